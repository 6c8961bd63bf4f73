import core from './core';
import model from './model';
import context from './context';
import list from './list';
import detail from './detail';
import wizard from './wizard';

type Table = Record<string, string>;
interface LocaleModule {
  en: Table;
  zh: Table;
}

/**
 * Every area keeps its strings in its own module; they are merged here into the
 * `{ en, zh }` shape the console's `registerLocales` expects.
 */
const modules: LocaleModule[] = [core, model, context, list, detail, wizard];

function merge(lang: keyof LocaleModule): Table {
  return Object.assign({}, ...modules.map((m) => m[lang])) as Table;
}

const locales = { en: merge('en'), zh: merge('zh') };
export default locales;
