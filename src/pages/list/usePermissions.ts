import { ALL_PERMISSIONS, type ApplicationPermissions } from '../../model/application/permissions';
import type { ProjectRef } from '../../queries/applications';
import { useApplicationPermissions } from '../../queries/permissions';

export interface PermissionsResult {
  /** Absent while the check runs: actions stay hidden rather than flash in and out. */
  data?: ApplicationPermissions;
  isLoading: boolean;
  error: unknown;
}

/**
 * What the list may offer. When the check itself fails, every action is offered and the server
 * stays the judge: a 403 on an action then disables it on the page (see `useAppActions`). Hiding
 * everything instead would lock out users whose role templates merely could not be read.
 */
export function useListPermissions(project: ProjectRef): PermissionsResult {
  const query = useApplicationPermissions(project);
  if (query.error) return { data: ALL_PERMISSIONS, isLoading: false, error: query.error };
  return { data: query.data, isLoading: query.isLoading, error: null };
}
