/**
 * The applications this browser deleted in the last minute, per cluster and DevOps project, so
 * that the list hides them while the server's lagging cache still lists them (what a deletion
 * is and how it changes a list: `model/list/deletions.ts`). In memory only: after a reload the
 * cache has long caught up.
 *
 * Written where every successful DELETE passes, the mutation hooks of `queries/applications.ts`,
 * so a deletion from the list, a row's dialog or the detail page is remembered alike; the list
 * page reads it (`useStore(deletedAppsStore, …)`).
 */
import { createStore } from 'zustand/vanilla';
import type { Application } from '../model/application/types';
import { addDeletions, applyNamesCheck, type Deletion, expireDeletions } from '../model/list/deletions';

export type { Deletion } from '../model/list/deletions';

export interface ProjectKey {
  cluster: string;
  namespace: string;
}

interface DeletedState {
  byProject: Readonly<Record<string, Deletion[]>>;
}

export const deletedAppsStore = createStore<DeletedState>()(() => ({ byProject: {} }));

/** One array for "none", so a subscriber's selection stays the same object. */
export const NO_DELETIONS: Deletion[] = [];

export const projectKey = ({ cluster, namespace }: ProjectKey) => `${cluster}/${namespace}`;

function change(project: ProjectKey, next: (current: Deletion[]) => Deletion[]): void {
  const key = projectKey(project);
  deletedAppsStore.setState((state) => {
    const current = state.byProject[key] ?? NO_DELETIONS;
    const updated = next(current);
    if (updated === current) return state;
    const byProject = { ...state.byProject };
    if (updated.length > 0) byProject[key] = updated;
    else delete byProject[key];
    return { byProject };
  });
}

export function deletionsOf(project: ProjectKey): Deletion[] {
  return deletedAppsStore.getState().byProject[projectKey(project)] ?? NO_DELETIONS;
}

/** Remembers the applications a DELETE answered with (the object as it was before). */
export function recordDeleted(project: ProjectKey, apps: readonly Application[], now = Date.now()): void {
  if (apps.length > 0) change(project, (current) => expireDeletions(addDeletions(current, apps, now), now));
}

/**
 * Takes in a list of the deleted names answered at `fetchedAt`; true when it showed one of them
 * gone, so the lists and counts in hand may now be refetched without it.
 */
export function recordNamesCheck(
  project: ProjectKey,
  checked: readonly string[],
  listed: readonly Application[],
  fetchedAt: number,
): boolean {
  const before = deletionsOf(project);
  change(project, (current) => applyNamesCheck(current, checked, listed, fetchedAt));
  const after = deletionsOf(project);
  return after.some((d) => d.goneAt !== undefined && !before.find((b) => b.uid === d.uid && b.goneAt !== undefined));
}

/** Forgets the deletions older than the hiding time. */
export function expireDeleted(project: ProjectKey, now = Date.now()): void {
  change(project, (current) => expireDeletions(current, now));
}

/** Tests only: forget everything. */
export function forgetDeletions(): void {
  deletedAppsStore.setState({ byProject: {} });
}
