import model from './model';
import context from './context';
import list from './list';
import detail from './detail';
import wizard from './wizard';
import wizardErrors from './wizardErrors';
import actions from './actions';
import tree from './tree';
import wizardSource from './wizardSource';
import wizardYaml from './wizardYaml';
import wizardSummary from './wizardSummary';

type Table = Record<string, string>;

/** The pages' strings: they travel with the page chunks, not with the entry (see host/i18n). */
const modules: { en: Table; zh: Table }[] = [
  model,
  context,
  list,
  detail,
  tree,
  actions,
  wizard,
  wizardSource,
  wizardErrors,
  wizardYaml,
  wizardSummary,
];

const pageLocales = {
  en: Object.assign({}, ...modules.map((m) => m.en)) as Table,
  zh: Object.assign({}, ...modules.map((m) => m.zh)) as Table,
};

export default pageLocales;
