/**
 * A `window.t` like the console's, for component tests: the real locale tables and single-brace
 * interpolation. Never imported by shipped code.
 */
import { interpolate } from '../host';
import locales from '../locales';

type Table = Record<string, string>;

export function localeTable(lang: 'en' | 'zh' = 'en'): Table {
  return locales[lang];
}

/** A missing key comes back as `!KEY!`, so a test looking for real text fails loudly. */
export function installTestTranslations(lang: 'en' | 'zh' = 'en'): void {
  const table = localeTable(lang);
  (window as unknown as { t: (k: string, p?: Record<string, unknown>) => string }).t = (key, params) =>
    key in table ? interpolate(table[key], params) : `!${key}!`;
}
