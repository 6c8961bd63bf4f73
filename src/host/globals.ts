/**
 * The only module that reads the console's globals. Inside KubeSphere `window.globals` and
 * `window.t` are set by the host before extensions load; the standalone console sets the same.
 * When neither exists (unit tests) the fallbacks keep every caller working.
 */
export interface HostUser {
  username: string;
  globalrole?: string;
  lang?: string;
}

export interface HostGlobals {
  user?: HostUser;
  ksConfig?: { multicluster?: boolean | { clusterRole?: string } } & Record<string, unknown>;
  config?: Record<string, unknown>;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

interface HostWindow {
  globals?: HostGlobals;
  t?: Translate;
}

function hostWindow(): HostWindow {
  return typeof window === 'undefined' ? {} : (window as unknown as HostWindow);
}

export function getGlobals(): HostGlobals {
  return hostWindow().globals ?? {};
}

export function currentUsername(): string {
  return getGlobals().user?.username ?? '';
}

/**
 * As the console's own `isMultiCluster`: `ksConfig.multicluster.clusterRole` other than `none`.
 * A boolean is accepted too; without any ksConfig (tests) it is single-cluster.
 */
export function isMultiCluster(): boolean {
  const mc = getGlobals().ksConfig?.multicluster;
  if (typeof mc === 'boolean') return mc;
  if (mc && typeof mc === 'object') return mc.clusterRole !== 'none';
  return false;
}

export function isPlatformAdmin(): boolean {
  return getGlobals().user?.globalrole === 'platform-admin';
}
