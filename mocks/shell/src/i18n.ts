import i18next from 'i18next';

export type Lang = 'en' | 'zh';

/** The console's i18next setup: one `translation` namespace per language, `{var}` interpolation. */
export function initI18n(lang: Lang): void {
  void i18next.init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: {} }, zh: { translation: {} } },
    // As the console configures it: single braces, and i18next's default HTML escaping of values.
    interpolation: { prefix: '{', suffix: '}' },
    initImmediate: false,
  });
  (window as unknown as { t: typeof i18next.t }).t = i18next.t.bind(i18next);
}

export function registerLocales(locales: Record<string, Record<string, string>> | undefined): void {
  if (!locales) return;
  for (const [lang, table] of Object.entries(locales)) {
    i18next.addResourceBundle(lang, 'translation', table, true, true);
  }
}

export function t(key: string, params?: Record<string, unknown>): string {
  return i18next.t(key, params ? { ...params, interpolation: { escapeValue: false } } : undefined) as string;
}
