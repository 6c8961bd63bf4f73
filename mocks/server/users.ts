import type { ShellUser } from './globals';

/** The emulator's users, offered in the shell's user switch. */
export const SHELL_USERS: ShellUser[] = [
  { username: 'admin', globalrole: 'platform-admin', descriptionKey: 'SHELL_USER_ADMIN', workspaces: ['demo-workspace', 'staging-workspace'] },
  { username: 'tenant', globalrole: 'platform-regular', descriptionKey: 'SHELL_USER_TENANT', workspaces: ['demo-workspace'] },
  { username: 'viewer', globalrole: 'platform-regular', descriptionKey: 'SHELL_USER_VIEWER', workspaces: ['demo-workspace'] },
];
