import * as React from 'react';
import { useStore } from 'zustand';
import { type Deletion, nextExpiry, unconfirmedNames } from '../../model/list/deletions';
import { type ProjectRef, useStillListed } from '../../queries/applications';
import { deletedAppsStore, expireDeleted, NO_DELETIONS, projectKey, recordNamesCheck } from '../../state/deletedApps';

const MAX_CHECKED = 50;

/**
 * The applications deleted here lately, which the list must not show again while the server's
 * cache lags (see `model/list/deletions.ts`). Each is forgotten when its time is up, and looked
 * for with a small `?names=` list until the server no longer has it; `onGone` runs when one is
 * confirmed gone, so the page can refetch its rows and counts without it (a page emptied by a
 * delete then fills up again).
 */
export function useDeletedApps(project: ProjectRef, onGone: () => void): Deletion[] {
  const key = projectKey(project);
  const deletions = useStore(deletedAppsStore, (state) => state.byProject[key] ?? NO_DELETIONS);

  React.useEffect(() => {
    const at = nextExpiry(deletions);
    if (at === undefined) return undefined;
    const timer = setTimeout(() => expireDeleted(project), Math.max(0, at - Date.now()));
    return () => clearTimeout(timer);
  }, [deletions, project]);

  // One array per distinct set of names, so the check's query key holds still. At most
  // MAX_CHECKED at a time keeps the URL short (names run to 63 characters); the others are
  // checked once these are gone, and counted as still there until then.
  const joined = unconfirmedNames(deletions).slice(0, MAX_CHECKED).join(',');
  const names = React.useMemo(() => (joined ? joined.split(',') : []), [joined]);
  const { data, dataUpdatedAt } = useStillListed(project, names);

  const onGoneRef = React.useRef(onGone);
  onGoneRef.current = onGone;
  React.useEffect(() => {
    // `data` answers the current `names`: the query key is made of them.
    if (!data || names.length === 0) return;
    if (recordNamesCheck(project, names, data.items, dataUpdatedAt)) onGoneRef.current();
  }, [data, dataUpdatedAt, names, project]);

  return deletions;
}
