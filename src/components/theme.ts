import { useContext } from 'react';
import { ThemeContext } from 'styled-components';
import type { KubedTheme } from '@kubed/components';

/**
 * Every colour of the extension, by what it is for. This is the only file of `src/` (besides the
 * entry's error screen, see `tests/noHexColours.test.ts`) that spells a colour.
 *
 * The console wraps every page, extensions included, in kube-design's `KubedConfigProvider`, which
 * hands its theme to styled-components' `ThemeProvider`. A token is a styled-components
 * interpolation: `color: ${colors.text.muted};` reads `theme.palette` at render time, so the pages
 * follow the console's theme. Where kube-design has no matching value, or when no provider is
 * there (unit tests), the token's fallback applies. Every fallback is the value the pages used
 * before tokens existed and equals the kube-design light preset wherever a token reads it, so the
 * console's default theme renders exactly as before. Outside styled templates (an icon's `color`
 * prop), use `useColor(token)`.
 *
 * Contrast: the text tokens meet WCAG AA (4.5:1) on `surface.default` (#fff), noted per token.
 * Several are darker than the nearest kube-design colour on purpose (e.g. `text.muted` is
 * `accents_6`, not kube-design's usual grey `accents_5` #79879c at 3.65:1); do not swap one for a
 * lighter theme colour.
 *
 * A dark or high-contrast theme is a change to this file. Tokens with no kube-design counterpart
 * (marked "fixed") have light values only, so under a dark console theme (`palette.background` is
 * dark) every token keeps its fallback: the pages stay light and readable instead of mixing light
 * notices with light text. Adding dark values for the fixed tokens and dropping that check in
 * `paletteOf` makes the pages follow a dark theme.
 */

type KubedPalette = Partial<Omit<KubedTheme['palette'], 'colors'>> & { colors?: Record<string, readonly string[] | undefined> };

/** What a styled-components interpolation receives: `theme` is `{}` without a provider. */
export interface TokenProps {
  theme?: unknown;
}

export interface ColorToken {
  (props?: TokenProps): string;
  /** The value without a kube-design theme, equal to the light preset where `fromKubed` is set. */
  readonly fallback: string;
  /** Which kube-design palette entry the token follows, for documentation and tests. */
  readonly fromKubed?: string;
}

function hexLuminance(value: string): number | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The kube-design palette to read, or undefined to use the fallbacks (no theme, or a dark one). */
function paletteOf(theme: unknown): KubedPalette | undefined {
  const palette = (theme as { palette?: unknown } | null | undefined)?.palette;
  if (!palette || typeof palette !== 'object') return undefined;
  const background = (palette as KubedPalette).background;
  const luminance = typeof background === 'string' ? hexLuminance(background) : undefined;
  if (luminance !== undefined && luminance < 0.5) return undefined;
  return palette as KubedPalette;
}

/** Reads `path` ("accents_6", "colors.blue.0") from a kube-design palette. */
function lookUp(palette: KubedPalette, path: string): string | undefined {
  let value: unknown = palette;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function token(fallback: string, fromKubed?: string): ColorToken {
  const read = (props?: TokenProps) => {
    const palette = fromKubed ? paletteOf(props?.theme) : undefined;
    return (palette && lookUp(palette, fromKubed as string)) ?? fallback;
  };
  return Object.assign(read, { fallback, fromKubed });
}

/** A fixed value: kube-design has no matching colour. */
const fixed = (value: string) => token(value);

export const colors = {
  text: {
    /** Headings, values, body text. 13.6:1 on white. */
    primary: token('#242e42', 'accents_8'),
    /** Labels, secondary body text. 9.9:1 on white. */
    secondary: token('#36435c', 'accents_7'),
    /** Hints, descriptions, table headers, loading text. 5.0:1 on white (4.55:1 on `surface.muted`). */
    muted: token('#5f708a', 'accents_6'),
    /** A disabled control's text (exempt from contrast rules). */
    disabled: token('#abb4be', 'accents_4'),
    /** Text on `surface.inverse`. */
    inverse: token('#fff', 'background'),
    /** Text on an `accent` or `danger` fill (step bullets). Fixed. */
    onAccent: fixed('#fff'),
    /** Links and link-like buttons. 6.2:1 on white. Fixed (kube-design's `link` #0070f3 is lighter: 4.55:1). */
    link: fixed('#1d5fb8'),
    /** A field's error message. 5.5:1 on white. */
    danger: token('#ca2621', 'error'),
    /** Warning text ("stale" marks). 5.8:1 on white. Fixed (kube-design's `warning` #f5a623 is 2:1). */
    warning: fixed('#8d5a00'),
    /** Informational text (an operation running). 5.4:1 on white. Fixed (kube-design's blue #329dce is 3.1:1). */
    info: fixed('#1f6fa3'),
  },
  surface: {
    /** Cards, panels, inputs. */
    default: token('#fff', 'background'),
    /** Row hover, code blocks, table headers. */
    subtle: token('#f9fbfd', 'accents_0'),
    /** Chips, avatars, inactive step bullets, inline code. */
    muted: token('#eff4f9', 'accents_1'),
    /** Loading skeleton bars. */
    placeholder: token('#e3e9ef', 'accents_2'),
    /** The pressed segment of a segmented switch. */
    inverse: token('#242e42', 'accents_8'),
    /** The selected tree row (whose panel is open): a tint of the accent. Fixed. */
    selected: fixed('#eaf7f2'),
  },
  border: {
    /** Inputs, selects, buttons: the border of a control. */
    control: token('#ccd3db', 'border'),
    /** A text field's or select's border, as kube-design's Input and Select draw it. */
    input: token('#abb4be', 'accents_4'),
    /** The same border under the pointer (kube-design's Input `:hover`). */
    inputHover: token('#79879c', 'accents_5'),
    /** Cards, fieldsets, table header rules. */
    default: token('#e3e9ef', 'accents_2'),
    /** Between stacked items (diagnostics). */
    divider: token('#eff4f9', 'accents_1'),
    /** Between table and tree rows. Fixed. */
    row: fixed('#f1f4f7'),
    /** Under the tab strip. Fixed. */
    tabs: fixed('#d8dee5'),
  },
  /** KubeSphere's green for the selected tab and the current step. Fixed. */
  accent: fixed('#00aa72'),
  /** The focus ring (3.0:1 on white, the non-text minimum). Fixed. */
  focus: fixed('#00aa72'),
  /** An invalid control's border and the failed step's bullet. */
  danger: token('#ca2621', 'error'),
  /**
   * Status icons, by severity (src/model/status maps health and sync codes to a severity:
   * Healthy/Synced -> success, Progressing -> info, Suspended/Missing/OutOfSync -> warning,
   * Degraded -> error, Unknown -> unknown). The console's own status colours: an icon is a shape
   * filled with one of these and its mark in `statusMark`, as kubesphere/console draws them
   * (`packages/core/src/containers/Extensions/Management/utils/status.tsx`:
   * `<Success fill="#55bc8a" color="#fff" />`). Icons only, decorative: the badge's text carries
   * the meaning, so these need not reach the text contrast.
   */
  status: {
    success: token('#55bc8a', 'success'),
    warning: token('#f5a623', 'warning'),
    error: token('#ca2621', 'error'),
    info: token('#329dce', 'colors.blue.2'),
    unknown: token('#79879c', 'accents_5'),
  },
  /** The mark (tick, cross, bars) cut into a filled status icon. Fixed. */
  statusMark: fixed('#fff'),
  /** Tinted notice boxes: background and border per tone; text inside uses `text.*`. */
  tone: {
    info: { bg: fixed('#f0f8fd'), border: token('#c7deef', 'colors.blue.0') },
    warning: { bg: fixed('#fff9ed'), border: fixed('#f5c26b') },
    error: { bg: fixed('#fff3f3'), border: token('#ea8573', 'colors.red.1') },
    success: { bg: fixed('#effaf5'), border: fixed('#9ad7bb') },
  },
  /** A failed request's box (actions' ErrorNotice). Text 6.0:1 on its background. */
  alert: {
    bg: fixed('#fff1f0'),
    border: fixed('#f5c2c0'),
    text: token('#ab2f29', 'colors.red.3'),
  },
  /**
   * The application list's own values, tuned there for contrast on white and on the header
   * colour (`surface.subtle`). They differ slightly from the tokens above (muted #5f6b7e vs
   * #5f708a, link #0f62ad vs #1d5fb8, danger text #b3261e vs #ca2621, a blue focus ring): making
   * the list match the other pages is a change to these four lines. All fixed.
   */
  list: {
    /** 5.4:1 on white, 5.2:1 on `surface.subtle`. */
    muted: fixed('#5f6b7e'),
    /** 6.2:1 on white. */
    link: fixed('#0f62ad'),
    /** 6.5:1 on white. */
    danger: fixed('#b3261e'),
    focus: fixed('#3385ff'),
    /** The border of the list's error banner (its background is `alert.bg`). */
    alertBorder: fixed('#f0c2c0'),
  },
} as const;

/** Box shadows (they carry a colour too). Fixed: the cards' are lighter than kube-design's, the fields' are its own. */
export const shadows = {
  /** A card resting on the page. */
  card: '0 4px 8px 0 rgba(36, 46, 66, 0.06)',
  /** A clickable card under the pointer or focus. */
  raised: '0 4px 16px 0 rgba(36, 46, 66, 0.16)',
  /** The glow of a focused text field: kube-design Input's `.input-focus` (green 2 at 20 %). */
  controlFocus: '0 4px 8px 0 rgba(85, 188, 138, 0.2)',
  /** The glow of a focused invalid field: kube-design Form's `.form-item-status-error` (red 2 at 20 %). */
  controlInvalidFocus: '0 4px 8px 0 rgba(202, 38, 33, 0.2)',
} as const;

/** A token's value for the current theme, for places that need a string (an icon's `color`). */
export function useColor(colorToken: ColorToken): string {
  return colorToken({ theme: useContext(ThemeContext) });
}
