import type { InstalledExtension } from './extensions';

/** What the server writes into `window.globals`, shaped like the console's. */
export interface ShellGlobals {
  user: { username: string; lang: 'en' | 'zh'; globalrole?: string; workspaces: string[] };
  ksConfig: { multicluster: { clusterRole: string } } & Record<string, unknown>;
  config: Record<string, unknown>;
  installedExtensions: InstalledExtension[];
  /** The standalone console's own settings; the real console has no such field. */
  shell: { users: { username: string; descriptionKey: string }[]; proxied: boolean };
}

export function readGlobals(): ShellGlobals {
  return (window as unknown as { globals: ShellGlobals }).globals;
}
