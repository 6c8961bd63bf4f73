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
import live from './live';
import liveLogs from './liveLogs';
import redeploy from './redeploy';
import liveDiagnoses from '../model/live/liveLocales';

type Table = Record<string, string>;

/** The pages' strings: they travel with the page chunks, not with the entry (see host/i18n). */
export const PAGE_LOCALE_MODULES: readonly { en: Table; zh: Table }[] = [
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
  live,
  liveLogs,
  redeploy,
  liveDiagnoses,
];

const pageLocales = {
  en: Object.assign({}, ...PAGE_LOCALE_MODULES.map((m) => m.en)) as Table,
  zh: Object.assign({}, ...PAGE_LOCALE_MODULES.map((m) => m.zh)) as Table,
};

export default pageLocales;
