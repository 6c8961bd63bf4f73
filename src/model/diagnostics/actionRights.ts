/**
 * Which right each one-click fix of a diagnostic needs, read off the same permissions the detail
 * page's header uses, so the panel never offers what the header would not.
 */
import type { ApplicationPermissions } from '../application/permissions';
import type { DiagnosticAction } from './diagnosticTypes';

/**
 * The right `action` needs: `sync` for a sync, `create` to create the app again, `edit` for every
 * fix that PUTs the application (a label, finalizers, auto-sync); `null` for a hint that changes
 * nothing here (opening the Git repositories of the project).
 */
export function requiredPermission(action: DiagnosticAction): keyof ApplicationPermissions | null {
  switch (action.type) {
    case 'sync':
      return 'sync';
    case 'recreate':
      return 'create';
    case 'add-location-label':
    case 'finish-deletion':
    case 'remove-finalizers':
    case 'enable-auto-sync':
      return 'edit';
    case 'open-git-repositories':
      return null;
    default: {
      // A new kind of action does not compile until it says which right it needs.
      const unclassified: never = action;
      void unclassified;
      return 'edit';
    }
  }
}

/** Whether the user may take `action`; while the rights are unknown (`undefined`) nothing that needs one is. */
export function isActionAllowed(action: DiagnosticAction, permissions: ApplicationPermissions | undefined): boolean {
  const right = requiredPermission(action);
  return right === null || permissions?.[right] === true;
}
