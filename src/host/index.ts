export { t, interpolate, registerTranslations, consoleLanguage, consoleLocale, labelled } from './i18n';
export { getGlobals, currentUsername, isMultiCluster, isPlatformAdmin } from './globals';
export type { HostGlobals, HostUser } from './globals';
