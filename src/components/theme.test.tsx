// @vitest-environment jsdom
import * as React from 'react';
import styled, { ThemeProvider } from 'styled-components';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { KubedConfigProvider, themeUtils } from '@kubed/components';
import { colors, type ColorToken } from './theme';
import { StatusBadge } from './status/StatusBadge';

function tokens(tree: unknown, prefix = ''): Array<[string, ColorToken]> {
  if (typeof tree === 'function') return [[prefix, tree as ColorToken]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => tokens(value, prefix ? `${prefix}.${key}` : key));
}

const ALL = tokens(colors);
const light = themeUtils.getPresetStaticTheme();
const dark = themeUtils.getPresets().find((theme) => theme.type === 'dark');

/** The CSS of the one `Probe` rendered: styled-components writes it into the document's style tags. */
function css(ui: React.ReactElement): string {
  const { container } = render(ui);
  const className = (container.querySelector('p') as HTMLElement).className.split(' ').pop() as string;
  const text = [...document.querySelectorAll('style')].map((style) => style.textContent).join('');
  return new RegExp(`\\.${className}\\{([^}]*)\\}`).exec(text)?.[1] ?? '';
}

afterEach(cleanup);

const Probe = styled.p`
  color: ${colors.text.primary};
  border-color: ${colors.border.control};
  background: ${colors.tone.info.bg};
`;

describe('theme tokens', () => {
  it('give their fallback without a theme provider (unit tests, a console without kube-design)', () => {
    for (const [name, token] of ALL) {
      expect(token(), name).toBe(token.fallback);
      expect(token({ theme: {} }), name).toBe(token.fallback);
    }
  });

  it("render exactly as before under the console's default theme: every theme-read value equals its fallback", () => {
    const read = ALL.filter(([, token]) => token.fromKubed);
    expect(read.length).toBeGreaterThan(15);
    for (const [name, token] of read) {
      expect(token({ theme: light }).toLowerCase(), `${name} <- palette.${token.fromKubed}`).toBe(token.fallback.toLowerCase());
    }
  });

  it('follow a customised light theme (a high-contrast console theme changes the pages too)', () => {
    const custom = themeUtils.createFromLight({ type: 'gitops-hc', palette: { accents_8: '#000000', border: '#333333' } });
    expect(colors.text.primary({ theme: custom })).toBe('#000000');
    expect(colors.border.control({ theme: custom })).toBe('#333333');
    expect(colors.tone.info.bg({ theme: custom })).toBe('#f0f8fd');
  });

  it('keep the light look under a dark console theme until this module has dark values (no light text on light notices)', () => {
    expect(dark).toBeDefined();
    for (const [name, token] of ALL) expect(token({ theme: dark }), name).toBe(token.fallback);
  });

  it('reach styled components through the kube-design provider, and fall back without it', () => {
    const bare = css(<Probe />);
    const inConsole = css(
      <KubedConfigProvider>
        <Probe />
      </KubedConfigProvider>,
    );
    expect(bare).toBe('color:#242e42;border-color:#ccd3db;background:#f0f8fd;');
    expect(inConsole).toBe(bare);
    const custom = themeUtils.createFromLight({ type: 'gitops-probe', palette: { accents_8: '#111111' } });
    expect(
      css(
        <ThemeProvider theme={custom}>
          <Probe />
        </ThemeProvider>,
      ),
    ).toBe('color:#111111;border-color:#ccd3db;background:#f0f8fd;');
  });

  it('reach props that need a string (a status icon) through useColor', () => {
    const badge = <StatusBadge severity="success" icon="Success" label="Healthy" />;
    const icon = render(badge).container.querySelector('svg');
    expect(icon?.getAttribute('fill')).toBe('#55bc8a');
    expect(icon?.getAttribute('color')).toBe('#fff');
    cleanup();
    expect(
      render(<KubedConfigProvider>{badge}</KubedConfigProvider>)
        .container.querySelector('svg')
        ?.getAttribute('fill'),
    ).toBe('#55bc8a');
    cleanup();
    const custom = themeUtils.createFromLight({ type: 'gitops-badge', palette: { success: '#2e7d32' } });
    const themed = render(<ThemeProvider theme={custom}>{badge}</ThemeProvider>);
    expect(themed.container.querySelector('svg')?.getAttribute('fill')).toBe('#2e7d32');
  });

  it("fill a status icon with the status colour, as the console's status icons are, and keep silhouettes one colour", () => {
    const disc = render(<StatusBadge severity="error" icon="CloseCircleDuotone" label="Degraded" />).container.querySelector('svg');
    expect([disc?.getAttribute('fill'), disc?.getAttribute('color'), disc?.getAttribute('aria-hidden')]).toEqual([
      '#ca2621',
      '#fff',
      'true',
    ]);
    cleanup();
    const heart = render(<StatusBadge severity="success" icon="HeartDuotone" label="Healthy" />).container.querySelector('svg');
    expect([heart?.getAttribute('fill'), heart?.getAttribute('color')]).toEqual(['#55bc8a', '#55bc8a']);
  });
});
