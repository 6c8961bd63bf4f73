import type { ContextData } from '../emulator/sim/context';
import type { ShellUser } from './globals';

const DESCRIPTIONS: Record<string, string> = {
  admin: 'SHELL_USER_ADMIN',
  tenant: 'SHELL_USER_TENANT',
  viewer: 'SHELL_USER_VIEWER',
  'devops-only': 'SHELL_USER_DEVOPS_ONLY',
  'no-watch': 'SHELL_USER_NO_WATCH',
  outsider: 'SHELL_USER_OUTSIDER',
};

/**
 * The emulator's users, offered in the shell's user switch, each with the workspaces the
 * console would list for them (a platform admin sees all).
 */
export function shellUsers(context: ContextData): ShellUser[] {
  const allWorkspaces = context.workspaces.map((ws) => ws.name);
  return context.users.map((user) => ({
    username: user.name,
    globalrole: user.globalRole,
    descriptionKey: DESCRIPTIONS[user.name] ?? 'SHELL_USER_OTHER',
    workspaces: user.globalRole === 'platform-admin' ? allWorkspaces : Object.keys(user.workspaces),
  }));
}
