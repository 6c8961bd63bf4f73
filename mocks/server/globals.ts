import type { InstalledExtension } from './installed';

export interface ShellUser {
  username: string;
  globalrole: string;
  descriptionKey: string;
  workspaces: string[];
}

export interface GlobalsInput {
  installedExtensions: InstalledExtension[];
  user: ShellUser;
  users: ShellUser[];
  lang: 'en' | 'zh';
  multicluster: boolean;
  proxied: boolean;
}

/** `window.globals` as the console's `renderView` writes it, plus the shell's own switches. */
export function buildGlobals(input: GlobalsInput) {
  return {
    user: {
      username: input.user.username,
      globalrole: input.user.globalrole,
      lang: input.lang,
      workspaces: input.user.workspaces,
    },
    ksConfig: { multicluster: { clusterRole: input.multicluster ? 'host' : 'none' }, devops: true, 'gitops-console': true },
    config: {},
    installedExtensions: input.installedExtensions,
    shell: {
      users: input.users.map((u) => ({ username: u.username, descriptionKey: u.descriptionKey })),
      proxied: input.proxied,
    },
  };
}

/** Inline JSON safe inside a <script>: nothing in it can close the tag. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
