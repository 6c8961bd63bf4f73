import type { ProjectRef } from '../../queries/applications';

/** What the current user may do with the applications of one DevOps project. */
export interface ApplicationPermissions {
  view: boolean;
  create: boolean;
  edit: boolean;
  sync: boolean;
  delete: boolean;
}

export interface PermissionsResult {
  data?: ApplicationPermissions;
  isLoading: boolean;
  error: unknown;
}

const ALL: ApplicationPermissions = { view: true, create: true, edit: true, sync: true, delete: true };

/**
 * The list page's one seam to the permission check, shaped like the query the project-wide
 * permission hook returns. Until that hook is wired in, every action is offered and the server
 * remains the judge: a 403 on an action disables it on the page (see `useAppActions`).
 */
export function useListPermissions(_project: ProjectRef): PermissionsResult {
  return { data: ALL, isLoading: false, error: null };
}
