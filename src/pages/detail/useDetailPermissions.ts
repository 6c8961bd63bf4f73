import { ALL_PERMISSIONS, type ApplicationPermissions } from '../../model/application/permissions';
import type { ProjectRef } from '../../queries/applications';
import { useApplicationPermissions } from '../../queries/permissions';

/**
 * What the detail page may offer, in the header and in the diagnostics alike; undefined while the
 * check runs. When the check itself fails, every action is offered and the server stays the
 * judge, as on the list (`useListPermissions`): hiding everything would lock out users whose role
 * templates merely could not be read, and the view-only note would be a guess.
 */
export function useDetailPermissions(project: ProjectRef): ApplicationPermissions | undefined {
  const query = useApplicationPermissions(project);
  return query.data ?? (query.isError ? ALL_PERMISSIONS : undefined);
}
