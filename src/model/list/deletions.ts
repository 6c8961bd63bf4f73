/**
 * Applications this console deleted, kept for a short while so a deleted row does not come back.
 *
 * The API reads through an informer cache that lags writes (reference §1.5): after a successful
 * DELETE the next lists and summaries may still hold the application, and one with finalizers
 * stays, with `metadata.deletionTimestamp`, until the controller has removed them. Each deletion
 * is remembered by uid (a name can be taken again at once by a new application; a uid never
 * comes back) with the labels the counts use, and:
 * - its row is hidden from every list answer;
 * - it is taken out of the summary's counts and the list's total for as long as the answer in
 *   hand may still count it: until a list of just the deleted names (`?names=`, a few objects at
 *   most, never the whole project) shows it gone, and for answers older than that;
 * - after `DELETION_HIDE_MS` it is forgotten: whatever the server still shows then is real (an
 *   application whose finalizers never go shows again, marked as being deleted).
 */
import {
  ANNOTATION_ALIAS_NAME,
  type Application,
  type ApplicationsSummary,
  LABEL_HEALTH_STATUS,
  LABEL_SYNC_STATUS,
} from '../application/types';
import { errorKind, serverMessageOf } from '../errors/errorKind';
import type { ChipCodes, ListState } from './listQuery';
import { chipMatches } from './statusCounts';

export const DELETION_HIDE_MS = 60_000;

export interface Deletion {
  uid: string;
  name: string;
  /** For the list's name filter, which also matches the alias. */
  alias?: string;
  /** The status label values as last seen (absent: no label). */
  health?: string;
  sync?: string;
  /** When the DELETE succeeded (this browser's clock, like every time here). */
  deletedAt: number;
  /** When a list of the deleted names first came back without it. */
  goneAt?: number;
}

function described(app: Application): Pick<Deletion, 'alias' | 'health' | 'sync'> {
  const labels = app.metadata?.labels ?? {};
  return {
    alias: app.metadata?.annotations?.[ANNOTATION_ALIAS_NAME] || undefined,
    health: labels[LABEL_HEALTH_STATUS] || undefined,
    sync: labels[LABEL_SYNC_STATUS] || undefined,
  };
}

/** The deletion of `app` (the object the DELETE answered with); none without a uid. */
export function deletionOf(app: Application, now: number): Deletion | undefined {
  const uid = app.metadata?.uid;
  const name = app.metadata?.name;
  if (!uid || !name) return undefined;
  return { uid, name, ...described(app), deletedAt: now };
}

/** Adds the deletions of `apps`; a uid already there is replaced. */
export function addDeletions(current: Deletion[], apps: readonly Application[], now: number): Deletion[] {
  const added = apps.map((app) => deletionOf(app, now)).filter((d): d is Deletion => !!d);
  if (added.length === 0) return current;
  const uids = new Set(added.map((d) => d.uid));
  return [...current.filter((d) => !uids.has(d.uid)), ...added];
}

/** Drops the deletions older than `hideMs`; the same array when none is. */
export function expireDeletions(current: Deletion[], now: number, hideMs = DELETION_HIDE_MS): Deletion[] {
  const kept = current.filter((d) => now - d.deletedAt < hideMs);
  return kept.length === current.length ? current : kept;
}

/** When the next deletion is forgotten, if any. */
export function nextExpiry(current: readonly Deletion[], hideMs = DELETION_HIDE_MS): number | undefined {
  return current.length ? Math.min(...current.map((d) => d.deletedAt)) + hideMs : undefined;
}

/** The names still to check on the server, sorted (a stable query). */
export function unconfirmedNames(current: readonly Deletion[]): string[] {
  return [...new Set(current.filter((d) => d.goneAt === undefined).map((d) => d.name))].sort();
}

/**
 * What a list of `checked` names answered at `fetchedAt` tells: a deletion it does not hold (by
 * uid) is gone; one it holds gets the labels it has now. An answer older than a deletion tells
 * nothing about it. The same array when nothing changed.
 */
export function applyNamesCheck(
  current: Deletion[],
  checked: readonly string[],
  listed: readonly Application[],
  fetchedAt: number,
): Deletion[] {
  const byUid = new Map(listed.map((app) => [app.metadata?.uid, app]));
  let changed = false;
  const next = current.map((d) => {
    if (d.goneAt !== undefined || fetchedAt < d.deletedAt || !checked.includes(d.name)) return d;
    const app = byUid.get(d.uid);
    if (!app) {
      changed = true;
      return { ...d, goneAt: fetchedAt };
    }
    const now = described(app);
    if (now.health === d.health && now.sync === d.sync && now.alias === d.alias) return d;
    changed = true;
    return { ...d, ...now };
  });
  return changed ? next : current;
}

/** Whether an answer received at `fetchedAt` may still hold the deleted application. */
export function presentAt(d: Deletion, fetchedAt: number): boolean {
  return d.goneAt === undefined || d.goneAt > fetchedAt;
}

/** The rows without the deleted applications; the same array when none is among them. */
export function hideDeleted<T extends Application>(items: T[], deletions: readonly Deletion[]): T[] {
  if (deletions.length === 0) return items;
  const uids = new Set(deletions.map((d) => d.uid));
  const kept = items.filter((app) => !uids.has(app.metadata?.uid ?? ''));
  return kept.length === items.length ? items : kept;
}

const minus = (counts: Record<string, number>, code: string | undefined) => {
  if (code && (counts[code] ?? 0) > 0) counts[code] -= 1;
};

/** The summary received at `fetchedAt` without the deleted applications it may still count. */
export function adjustSummary(summary: ApplicationsSummary, fetchedAt: number, deletions: readonly Deletion[]): ApplicationsSummary {
  const counted = deletions.filter((d) => presentAt(d, fetchedAt));
  if (counted.length === 0) return summary;
  const healthStatus = { ...summary.healthStatus };
  const syncStatus = { ...summary.syncStatus };
  for (const d of counted) {
    minus(healthStatus, d.health);
    minus(syncStatus, d.sync);
  }
  return { total: Math.max(0, summary.total - counted.length), healthStatus, syncStatus };
}

/** Whether a deleted application was in the list the view asks for (the server's filter rules). */
export function matchesView(d: Deletion, state: Pick<ListState, 'name' | 'health' | 'sync'>, chipCodes: ChipCodes): boolean {
  if (state.name && !d.name.includes(state.name) && !d.alias?.includes(state.name)) return false;
  if (state.health && !chipMatches(state.health, d.health, chipCodes.health)) return false;
  if (state.sync && !chipMatches(state.sync, d.sync, chipCodes.sync)) return false;
  return true;
}

/**
 * The list's `totalItems` received at `fetchedAt`, without the deleted applications it may still
 * count: those on this page, and those elsewhere that match the view. Never fewer than the rows left.
 */
export function adjustTotal(
  totalItems: number,
  items: readonly Application[],
  fetchedAt: number,
  deletions: readonly Deletion[],
  view: { state: Pick<ListState, 'name' | 'health' | 'sync'>; chipCodes: ChipCodes },
): number {
  if (deletions.length === 0) return totalItems;
  const onPage = new Set(items.map((app) => app.metadata?.uid));
  let counted = 0;
  for (const d of deletions) {
    if (onPage.has(d.uid) || (presentAt(d, fetchedAt) && matchesView(d, view.state, view.chipCodes))) counted += 1;
  }
  const left = items.filter((app) => !deletions.some((d) => d.uid === app.metadata?.uid)).length;
  return Math.max(left, totalItems - counted);
}

/** Being deleted: KubeSphere keeps it until its finalizers are removed. */
export function isTerminating(app: Application): boolean {
  return !!app.metadata?.deletionTimestamp;
}

/**
 * The 422 of `DELETE ?cascade=true` on an application that is already being deleted and lacks
 * Argo CD's resources finalizer: Kubernetes refuses to add a finalizer then (reference §9).
 */
export function isTerminatingRefusal(error: unknown): boolean {
  return errorKind(error) === 'invalid' && serverMessageOf(error).includes('no new finalizers can be added if the object is being deleted');
}
