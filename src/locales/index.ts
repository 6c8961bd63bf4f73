import core from './core';
import pageLocales from './pages';

/**
 * Every string of the extension, `{ en, zh }`. Shipped code never imports this: the entry
 * registers `core` with the console and the pages register `pages` (see host/i18n); tests use it.
 */
type Table = Record<string, string>;

const locales: { en: Table; zh: Table } = {
  en: { ...core.en, ...pageLocales.en },
  zh: { ...core.zh, ...pageLocales.zh },
};

export default locales;
