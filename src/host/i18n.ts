type Params = Record<string, unknown>;
type Translate = (key: string, params?: Params) => string;
type Tables = Record<string, Record<string, string>>;

/** Single-brace interpolation, as the console's i18next is configured (`{name}`). */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The entry registers only the menu's and the page frame's strings with the console, because the
 * console downloads the entry on every page load for every user. The pages' strings arrive with
 * the page chunks and are kept here; `t` looks there first, then asks the console (the entry's
 * strings), then falls back to English.
 */
let pageTables: Tables = {};

export function registerTranslations(tables: Tables): void {
  pageTables = { ...pageTables };
  for (const [lang, table] of Object.entries(tables)) pageTables[lang] = { ...pageTables[lang], ...table };
}

function hostTranslate(): Translate | undefined {
  const hostT = typeof window === 'undefined' ? undefined : (window as unknown as { t?: Translate }).t;
  return typeof hostT === 'function' ? hostT : undefined;
}

/** The language read back last, for the console's `t` it was read from, until the current task ends. */
let language: { from: Translate | undefined; value: string } | undefined;

/**
 * The language the console is showing, read back through a key the entry registered with the
 * value `en` or `zh`: whatever language and fallbacks the console resolved, ours follow. Read
 * once per task: a page of 100 rows asks for hundreds of strings in one render, and each read is
 * a lookup in the console's i18next. A language switch shows from the next task on.
 */
export function consoleLanguage(): string {
  const hostT = hostTranslate();
  if (language && language.from === hostT) return language.value;
  const probe = hostT?.('GITOPS_LANG');
  language = { from: hostT, value: probe && probe !== 'GITOPS_LANG' ? probe : 'en' };
  queueMicrotask(() => (language = undefined));
  return language.value;
}

/**
 * The BCP 47 locale for `Intl` formatters (dates, relative times) in the console's language,
 * so that a Chinese console never shows US dates whatever the browser is set to.
 */
export function consoleLocale(): string {
  return consoleLanguage() === 'zh' ? 'zh-CN' : 'en';
}

/**
 * The console's i18next escapes interpolated values as HTML (its default `escapeValue: true`);
 * React already renders text safely, so an escaped value would show as `&lt;` on screen.
 */
const RAW_VALUES = { interpolation: { escapeValue: false } };

export const t: Translate = (key, params) => {
  // The pages' own strings first: asking the console for them (it never has them) was one more
  // lookup in its i18next per string drawn.
  const own = pageTables[consoleLanguage()]?.[key];
  if (own !== undefined) return interpolate(own, params);
  const hostT = hostTranslate();
  const fromHost = hostT ? hostT(key, params ? { ...params, ...RAW_VALUES } : undefined) : key;
  if (fromHost !== key) return fromHost;
  const text = pageTables.en?.[key];
  return text === undefined ? fromHost : interpolate(text, params);
};

/**
 * A label before its value, "Cluster: host" or "集群：host", with the colon of the language (a
 * full-width one in Chinese). Without `value`, the label and colon before a value shown apart.
 */
export function labelled(label: string, value = ''): string {
  return t('GITOPS_LABELLED', { label, value });
}
