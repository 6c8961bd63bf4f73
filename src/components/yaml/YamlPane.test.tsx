// @vitest-environment jsdom
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../model/application/types';
import { newApplication } from '../../model/wizard/wizardSubmit';
import { installTestTranslations } from '../../testing/i18n';
import YamlPane from './YamlPane';

beforeEach(() => {
  installTestTranslations('en');
  // The plain editor: the code editor needs a real layout engine.
  window.localStorage.setItem('gitops-console:yaml-plain-editor', 'true');
});
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

function Harness({
  manifest,
  text,
  onChange,
  onStatus,
}: {
  manifest: Application;
  text?: string;
  onChange: (t: string, m: Application | null) => void;
  onStatus: () => void;
}) {
  return <YamlPane manifest={manifest} text={text} onChange={onChange} onStatus={onStatus} />;
}

describe('the YAML view', () => {
  it('shows a syntax error with its line, keeps the text and reports it invalid', async () => {
    const onChange = vi.fn();
    const onStatus = vi.fn();
    render(<Harness manifest={newApplication('p')} onChange={onChange} onStatus={onStatus} />);
    const editor = screen.getByRole('textbox', { name: 'Application YAML' });
    fireEvent.change(editor, { target: { value: 'metadata:\n  name: a: b\n' } });
    const error = await screen.findByTestId('wizard-yaml-error');
    expect(error.textContent).toContain('The YAML is not valid at line 2');
    expect(editor.getAttribute('aria-describedby')).toBe(error.id);
    expect(editor).toHaveProperty('value', 'metadata:\n  name: a: b\n');
    expect(onChange).toHaveBeenLastCalledWith('metadata:\n  name: a: b\n', null);
    await waitFor(() => expect(onStatus).toHaveBeenLastCalledWith({ valid: false, errors: 1, checking: false }));
  });

  it('warns about a missing location label and unknown fields', async () => {
    const onChange = vi.fn();
    const app = newApplication('p');
    delete app.metadata.labels;
    render(<Harness manifest={app} onChange={onChange} onStatus={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Application YAML' }), {
      target: { value: 'metadata: {name: x}\nspec: {argoApp: {spec: {source: {repoURL: r}, destination: {}}}}\nextra: 1\n' },
    });
    // Not a problem to fix: a key the server drops, listed apart.
    expect((await screen.findByTestId('wizard-yaml-dropped')).textContent).toContain('extra');
    expect(screen.getByTestId('wizard-label-notice').textContent).toContain('gitops.kubesphere.io/argocd-location');
    expect(screen.queryByTestId('wizard-yaml-problems')).toBeNull();
  });

  it('writes a change made elsewhere into the text without losing its comments', async () => {
    const onChange = vi.fn();
    const start = newApplication('p');
    const text = `# keep me\n${'apiVersion: gitops.kubesphere.io/v1alpha1'}\n`;
    const { rerender } = render(<Harness manifest={start} text={text} onChange={onChange} onStatus={() => undefined} />);
    const changed: Application = { ...start, metadata: { ...start.metadata, name: 'renamed' } };
    rerender(<Harness manifest={changed} text={text} onChange={onChange} onStatus={() => undefined} />);
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Application YAML' }) as HTMLTextAreaElement).value).toContain('name: renamed'),
    );
    expect((screen.getByRole('textbox', { name: 'Application YAML' }) as HTMLTextAreaElement).value).toContain('# keep me');
  });

  it('keeps a long text, with its manifest, when the page is left right after typing', async () => {
    const onChange = vi.fn();
    render(<Harness manifest={newApplication('p')} onChange={onChange} onStatus={() => undefined} />);
    const long = `metadata:\n  name: long-one\n${Array.from({ length: 2_000 }, (_, i) => `# line ${i} of notes`).join('\n')}\n`;
    fireEvent.change(screen.getByRole('textbox', { name: 'Application YAML' }), { target: { value: long } });
    window.dispatchEvent(new Event('pagehide'));
    const [text, manifest] = onChange.mock.calls[onChange.mock.calls.length - 1];
    expect(text).toBe(long);
    expect((manifest as Application).metadata.name).toBe('long-one');
  });
});
