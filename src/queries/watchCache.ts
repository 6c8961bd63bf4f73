import { notifyManager, type QueryClient } from '@tanstack/react-query';
import type { WatchEvent } from '../api/watch';
import type { Application, ApplicationList } from '../model/application/types';
import { refetchDelay } from '../model/list/refetchSchedule';
import { appKeys, type ListRequest } from './keys';
import type { WatchedProject } from './watchRegistry';
import { compareResourceVersions, listMembershipSignature } from './watchPolicy';

/**
 * Changes that need a refetch (membership, the summary) are refetched once they stop for this
 * long, as the console's DataTable does: a burst of events then costs one refetch after it.
 */
export const WATCH_DEBOUNCE_MS = 1_000;

/** Under a steady stream of such changes, the counts are refetched at least this often. */
export const WATCH_MAX_WAIT_MS = 5_000;

/**
 * Events are applied together once per this window: a burst of hundreds of events a second then
 * costs one cache write and one render per window instead of one per event, and a badge still
 * changes within a frame or three of its event.
 */
export const WATCH_BATCH_MS = 50;

type ChangeEvent = Extract<WatchEvent, { object: Application }>;

/**
 * Writes a project's watch events into the query cache:
 * - MODIFIED: the event's object is what the kapis GET returns, so it replaces the cached detail
 *   and the row of every cached list page that holds it (older resourceVersions ignored), without
 *   a request; a change of what decides list membership or the summary (status labels, labels,
 *   alias, deletion), or of an application not seen before, also refetches the summary and the
 *   filtered lists (an unfiltered page keeps its names and order), debounced.
 * - ADDED, DELETED: every list, the summary (and that detail) are refetched, debounced.
 * Debounced: once, `WATCH_DEBOUNCE_MS` after the last such change (at most `WATCH_MAX_WAIT_MS`
 * after the first), so a burst is followed by one refetch of each, not one per second of it.
 * Events that come while a write of this page is under way are applied once it has settled (its
 * own refetch included), so the page sees its write's outcome before the changes that follow it,
 * in the order polling showed them (the refresh waits for a change after its PUT).
 */
export class WatchCacheWriter {
  private queue: ChangeEvent[] = [];
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change still waiting for its refetch came (`Date.now()`). */
  private firstPendingAt: number | undefined;
  private pendingDetails = new Set<string>();
  /** Lists to refetch at the end of the debounce: none, those with a filter, or all. */
  private pendingLists: 'none' | 'filtered' | 'all' = 'none';
  /** What decided list membership at the last version seen, by name. */
  private signatures = new Map<string, string>();
  private unsubscribeMutations: (() => void) | undefined;
  private disposed = false;

  constructor(
    private readonly client: QueryClient,
    private readonly project: WatchedProject,
  ) {}

  receive(event: ChangeEvent): void {
    if (this.disposed) return;
    this.queue.push(event);
    this.batchTimer ??= setTimeout(() => {
      this.batchTimer = undefined;
      this.flush();
    }, WATCH_BATCH_MS);
  }

  /** Refetches everything of the project now (after a relist: what changed meanwhile is not replayed). */
  refetchAll(): void {
    void this.client.invalidateQueries(appKeys.project(this.project.cluster, this.project.namespace));
  }

  dispose(): void {
    this.disposed = true;
    this.queue = [];
    this.unsubscribeMutations?.();
    this.unsubscribeMutations = undefined;
    for (const timer of [this.batchTimer, this.debounceTimer]) if (timer) clearTimeout(timer);
    this.batchTimer = this.debounceTimer = undefined;
  }

  private flush(): void {
    if (this.disposed || this.queue.length === 0 || this.waitForMutations()) return;
    const events = this.queue.splice(0);
    notifyManager.batch(() => this.applyAll(events));
  }

  /** True while one of this page's writes is in flight; the queue is flushed once they settle. */
  private waitForMutations(): boolean {
    if (this.client.isMutating() === 0) return false;
    if (this.unsubscribeMutations) return true;
    this.unsubscribeMutations = this.client.getMutationCache().subscribe(() => {
      if (this.client.isMutating() > 0) return;
      this.unsubscribeMutations?.();
      this.unsubscribeMutations = undefined;
      // After the mutation's own promise callbacks.
      setTimeout(() => this.flush(), 0);
    });
    return true;
  }

  private applyAll(events: ChangeEvent[]): void {
    const { cluster, namespace } = this.project;
    // The latest MODIFIED of each name: the cache only needs where the burst ended.
    const modified = new Map<string, Application>();
    for (const event of events) {
      const app = event.object;
      const name = app.metadata?.name as string;
      if (event.type === 'MODIFIED') {
        modified.set(name, app);
        continue;
      }
      modified.delete(name);
      if (event.type === 'DELETED') this.signatures.delete(name);
      else this.signatures.set(name, listMembershipSignature(app));
      if (this.client.getQueryCache().find(appKeys.detail(cluster, namespace, name), { exact: true })) this.pendingDetails.add(name);
      this.invalidateLater(true);
    }
    if (modified.size === 0) return;
    const previous = this.patch(modified);
    for (const [name, app] of modified) {
      const signature = listMembershipSignature(app);
      const known = previous.get(name);
      const before = known !== undefined ? listMembershipSignature(known) : this.signatures.get(name);
      this.signatures.set(name, signature);
      // Only a filtered list or the summary can change: an unfiltered page holds the same names in the same order.
      if (before === undefined || before !== signature) this.invalidateLater(false);
    }
  }

  /**
   * Replaces the cached details and list rows of `apps` by the events' objects, one write per
   * cached query; returns the older cached copy of each application that had one.
   */
  private patch(apps: Map<string, Application>): Map<string, Application> {
    const { cluster, namespace } = this.project;
    const previous = new Map<string, Application>();
    const newer = (app: Application, cached: Application) => {
      if (cached.metadata?.uid && app.metadata?.uid && cached.metadata.uid !== app.metadata.uid) return false;
      const order = compareResourceVersions(app.metadata?.resourceVersion, cached.metadata?.resourceVersion);
      return order === undefined || order > 0;
    };
    const cache = this.client.getQueryCache();
    for (const [name, app] of apps) {
      const key = appKeys.detail(cluster, namespace, name);
      const cached = cache.find<Application>(key, { exact: true })?.state.data;
      if (!cached || !newer(app, cached)) continue;
      previous.set(name, cached);
      this.client.setQueryData<Application>(key, app);
    }
    for (const [key, list] of this.client.getQueriesData<ApplicationList>(appKeys.lists(cluster, namespace))) {
      const items = list?.items;
      if (!items) continue;
      let next: Application[] | undefined;
      items.forEach((item, index) => {
        const name = item.metadata?.name as string;
        const app = apps.get(name);
        if (!app || !newer(app, item)) return;
        if (!previous.has(name)) previous.set(name, item);
        next ??= items.slice();
        next[index] = app;
      });
      if (next) this.client.setQueryData<ApplicationList>(key, { ...list, items: next });
    }
    return previous;
  }

  /** Lists, summary (and details asked for) refetched once for every burst of changes. */
  private invalidateLater(allLists: boolean): void {
    this.pendingLists = allLists ? 'all' : this.pendingLists === 'all' ? 'all' : 'filtered';
    const now = Date.now();
    this.firstPendingAt ??= now;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(
      () => this.invalidatePending(),
      refetchDelay(this.firstPendingAt, now, { quietMs: WATCH_DEBOUNCE_MS, maxWaitMs: WATCH_MAX_WAIT_MS }),
    );
  }

  private invalidatePending(): void {
    this.debounceTimer = undefined;
    this.firstPendingAt = undefined;
    const { cluster, namespace } = this.project;
    const lists = this.pendingLists;
    this.pendingLists = 'none';
    if (lists !== 'none') {
      void this.client.invalidateQueries({
        queryKey: appKeys.lists(cluster, namespace),
        predicate: (query) => lists === 'all' || isFiltered(query.queryKey[query.queryKey.length - 1]),
      });
      void this.client.invalidateQueries(appKeys.summary(cluster, namespace));
    }
    for (const name of this.pendingDetails) void this.client.invalidateQueries(appKeys.detail(cluster, namespace, name), { exact: true });
    this.pendingDetails.clear();
  }
}

/** Whether a list request selects by something a change can alter (status, labels, name or alias). */
function isFiltered(params: unknown): boolean {
  if (typeof params !== 'object' || params === null) return true;
  const p = params as ListRequest;
  return !!(p.syncStatus || p.healthStatus || p.label || p.name || p.names);
}
