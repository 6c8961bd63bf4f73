import { registerTranslations } from '../host/i18n';
import pageLocales from './pages';

/** Imported by every route module, so its page can translate before it renders. */
registerTranslations(pageLocales);
