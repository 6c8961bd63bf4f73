export { t, interpolate, registerTranslations, consoleLanguage } from './i18n';
export { getGlobals, currentUsername, isMultiCluster, isPlatformAdmin } from './globals';
export type { HostGlobals, HostUser } from './globals';
