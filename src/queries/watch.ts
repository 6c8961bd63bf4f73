import * as React from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';
import {
  applicationsWatchPath,
  listResourceVersion,
  openWatchSocket,
  watchUrl,
  type WatchClose,
  type WatchEvent,
  type WatchSocket,
} from '../api/watch';
import type { Application, ApplicationList } from '../model/application/types';
import { clusterContext, type ProjectRef } from './applications';
import { useWatchEnabled } from './GitOpsProvider';
import { appKeys, type ListRequest } from './keys';
import { compareResourceVersions, listMembershipSignature, reconnectDelay, watchCloseOutcome } from './watchPolicy';

/**
 * Keeps the application list, summary and detail of one project current from a Kubernetes watch
 * (api/watch.ts) instead of polling:
 * - MODIFIED: the event's object is what the kapis GET returns, so it replaces the cached detail
 *   and the row of every cached list page that holds it, without a request; a change of what
 *   decides list membership or the summary (status labels, labels, alias, deletion), or of an
 *   application not seen before, also invalidates the summary and the filtered lists (an
 *   unfiltered page keeps its names and order), debounced by 1 s (as the console's DataTable does).
 * - ADDED, DELETED: the lists, the summary (and that detail) are invalidated, debounced.
 * - BOOKMARK: the resourceVersion to resume from.
 * - An ERROR event (410 Expired): list again, refetch what is shown, watch again.
 * - Dropped: reconnect from the last resourceVersion after 1 s doubling to 30 s (jitter); the
 *   pages poll meanwhile. Refused (403, a gateway without upgrades), no `WebSocket`: the pages
 *   poll for the rest of their life. 401: the watch stops (the polls then say the session ended).
 * - Hidden tab: the socket closes; shown again: list, refetch, watch.
 * - Every `WATCH_PROBE_MS` while connected, one list of one object checks that the API still
 *   answers (an open watch outlives an expired session or a failing server): on a failure the
 *   watch closes and the pages poll, so they say what is wrong as before.
 * While the watch is connected the list, summary and detail queries do not poll (`useWatchLive`).
 */

export const WATCH_DEBOUNCE_MS = 1_000;
export const WATCH_PROBE_MS = 10_000;

type Listener = () => void;

interface LiveEntry {
  live: number;
  listeners: Set<Listener>;
}

/** Per query client and project: how many watches are connected now. */
const registry = new WeakMap<QueryClient, Map<string, LiveEntry>>();

const projectId = ({ cluster, namespace }: ProjectRef) => `${cluster}\u0000${namespace}`;

function entryOf(client: QueryClient, project: ProjectRef): LiveEntry {
  let byProject = registry.get(client);
  if (!byProject) registry.set(client, (byProject = new Map()));
  let entry = byProject.get(projectId(project));
  if (!entry) byProject.set(projectId(project), (entry = { live: 0, listeners: new Set() }));
  return entry;
}

/** Whether a watch keeps this project's queries current right now. */
export function isWatchLive(client: QueryClient, project: ProjectRef): boolean {
  return entryOf(client, project).live > 0;
}

function setLive(client: QueryClient, project: ProjectRef, delta: number): void {
  const entry = entryOf(client, project);
  entry.live = Math.max(0, entry.live + delta);
  for (const listener of [...entry.listeners]) listener();
}

/** Re-renders when the project's watch connects or disconnects; the queries' polling follows it. */
export function useWatchLive(project: ProjectRef): boolean {
  const client = useQueryClient();
  const { cluster, namespace } = project;
  const [live, setState] = React.useState(() => isWatchLive(client, { cluster, namespace }));
  React.useEffect(() => {
    const entry = entryOf(client, { cluster, namespace });
    const update = () => setState(entry.live > 0);
    entry.listeners.add(update);
    update();
    return () => void entry.listeners.delete(update);
  }, [client, cluster, namespace]);
  return live;
}

export type WatchState = 'connecting' | 'live' | 'reconnecting' | 'polling' | 'stopped';

export interface ApplicationsWatcherOptions {
  client: QueryClient;
  project: ProjectRef;
  onState?(state: WatchState): void;
  /** For tests: the page's location (`ws:`/`wss:` and host). */
  location?: { protocol: string; host: string };
  random?: () => number;
}

const visible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';

/** One project's watch: list, watch, apply, reconnect. Not React: the hook owns one per page. */
export class ApplicationsWatcher {
  private rv: string | undefined;
  private socket: WatchSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private probeTimer: ReturnType<typeof setInterval> | undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingDetails = new Set<string>();
  /** Lists to refetch at the end of the debounce: none, those with a filter, or all. */
  private pendingLists: 'none' | 'filtered' | 'all' = 'none';
  private attempt = 0;
  private live = false;
  private stopped = false;
  private abort: AbortController | undefined;
  /** What decided list membership at the last version seen, by name. */
  private signatures = new Map<string, string>();
  state: WatchState = 'connecting';

  constructor(private readonly options: ApplicationsWatcherOptions) {}

  start(): void {
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility);
    if (typeof (globalThis as { WebSocket?: unknown }).WebSocket !== 'function') return this.fallBack();
    if (visible()) void this.connect(false);
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribeMutations?.();
    this.unsubscribeMutations = undefined;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
    this.disconnect();
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
  }

  private get client() {
    return this.options.client;
  }

  private get project() {
    return this.options.project;
  }

  private setState(state: WatchState): void {
    this.state = state;
    this.options.onState?.(state);
  }

  private setLive(live: boolean): void {
    if (live === this.live) return;
    this.live = live;
    setLive(this.client, this.project, live ? 1 : -1);
  }

  /** Closes the socket and every timer but the debounce; the pages poll. */
  private disconnect(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.probeTimer) clearInterval(this.probeTimer);
    this.probeTimer = undefined;
    this.abort?.abort();
    this.abort = undefined;
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
    this.setLive(false);
  }

  /** For the rest of the page's life the pages poll as they did before watches. */
  private fallBack(): void {
    this.disconnect();
    this.stopped = true;
    this.setState('polling');
  }

  private onVisibility = () => {
    if (this.stopped) return;
    if (!visible()) {
      this.disconnect();
      this.setState('reconnecting');
      return;
    }
    if (!this.socket && !this.abort) {
      // What changed while hidden is not replayed: list again, refetch what is shown, watch.
      this.rv = undefined;
      this.attempt = 0;
      void this.connect(true);
    }
  };

  private schedule(delay: number, refetch: boolean): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.setState('reconnecting');
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (visible()) void this.connect(refetch);
    }, delay);
  }

  private backOff(refetch: boolean): void {
    this.schedule(reconnectDelay(this.attempt, (this.options.random ?? Math.random)()), refetch);
    this.attempt++;
  }

  private async connect(refetch: boolean): Promise<void> {
    if (this.stopped || this.socket) return;
    const ctx = clusterContext(this.project.cluster);
    if (this.rv === undefined) {
      const abort = (this.abort = new AbortController());
      try {
        this.rv = await listResourceVersion(ctx, this.project.namespace, { signal: abort.signal });
      } catch (error) {
        if (this.stopped || abort.signal.aborted) return;
        this.abort = undefined;
        const kind = isApiError(error) ? error.kind : undefined;
        if (kind === 'unauthorized') {
          this.disconnect();
          this.stopped = true;
          return this.setState('stopped');
        }
        if (kind === 'forbidden' || kind === 'not-found' || kind === 'engine-missing') return this.fallBack();
        return this.backOff(refetch);
      }
      if (this.stopped || abort.signal.aborted) return;
      this.abort = undefined;
      if (this.rv === undefined) return this.fallBack();
    }
    if (refetch) void this.client.invalidateQueries(appKeys.project(this.project.cluster, this.project.namespace));
    const location = this.options.location ?? globalThis.location;
    let url: string;
    try {
      url = watchUrl(location, applicationsWatchPath(ctx, this.project.namespace, this.rv));
    } catch {
      return this.fallBack();
    }
    const socket = openWatchSocket(url, {
      onOpen: () => {
        if (this.socket !== socket) return;
        this.setLive(true);
        this.setState('live');
        this.startProbe();
        // Polls that failed while disconnected would otherwise keep their error (and the stale mark): nothing polls now.
        void this.client.invalidateQueries({
          queryKey: appKeys.project(this.project.cluster, this.project.namespace),
          predicate: (query) => query.state.error != null && query.state.errorUpdatedAt >= query.state.dataUpdatedAt,
        });
      },
      onEvent: (event) => {
        if (this.socket !== socket) return;
        this.attempt = 0;
        this.apply(event);
      },
      onClose: (close) => {
        if (this.socket !== socket) return;
        this.socket = undefined;
        this.onClose(close);
      },
    });
    if (!socket) return this.fallBack();
    this.socket = socket;
  }

  private onClose(close: WatchClose): void {
    if (this.probeTimer) clearInterval(this.probeTimer);
    this.probeTimer = undefined;
    this.setLive(false);
    if (this.stopped) return;
    switch (watchCloseOutcome(close)) {
      case 'refused':
        return this.fallBack();
      case 'relist':
        this.rv = undefined;
        if (this.attempt === 0) {
          this.attempt++;
          return this.schedule(0, true);
        }
        return this.backOff(true);
      case 'resume':
        return this.schedule(0, false);
      case 'reconnect':
        return this.backOff(false);
      default:
        return;
    }
  }

  /** One small request now and then: a watch outlives an expired session or a failing API. */
  private startProbe(): void {
    if (this.probeTimer) clearInterval(this.probeTimer);
    this.probeTimer = setInterval(() => {
      if (!this.live) return;
      const ctx = clusterContext(this.project.cluster);
      listResourceVersion(ctx, this.project.namespace).catch((error: unknown) => {
        if (this.stopped || !this.live) return;
        const kind = isApiError(error) ? error.kind : undefined;
        // Let the pages poll now, so they show what the server says.
        this.disconnect();
        void this.client.invalidateQueries(appKeys.project(this.project.cluster, this.project.namespace));
        if (kind === 'unauthorized') {
          this.stopped = true;
          return this.setState('stopped');
        }
        if (kind === 'forbidden') return this.fallBack();
        this.rv = undefined;
        this.backOff(true);
      });
    }, WATCH_PROBE_MS);
  }

  /**
   * Events that came while a write of this page was under way: applied once it has settled (its
   * own refetch included), so the page sees its write's outcome before the changes that follow
   * it, in the order polling showed them (the refresh waits for a change after its PUT).
   */
  private deferred: WatchEvent[] = [];
  private unsubscribeMutations: (() => void) | undefined;

  private flushPending = false;

  private deferWhileMutating(event: WatchEvent): boolean {
    if (this.client.isMutating() === 0 && !this.flushPending) return false;
    this.deferred.push(event);
    if (this.flushPending) return true;
    this.flushPending = true;
    const flush = () => {
      this.flushPending = false;
      if (this.stopped) return;
      for (const deferred of this.deferred.splice(0)) this.apply(deferred, true);
    };
    this.unsubscribeMutations = this.client.getMutationCache().subscribe(() => {
      if (this.client.isMutating() > 0) return;
      this.unsubscribeMutations?.();
      this.unsubscribeMutations = undefined;
      // After the mutation's own promise callbacks.
      setTimeout(flush, 0);
    });
    return true;
  }

  private apply(event: WatchEvent, replay = false): void {
    if (event.type === 'ERROR') return; // the server closes next: relist (onClose)
    if (event.resourceVersion) this.rv = event.resourceVersion;
    if (event.type === 'BOOKMARK') return;
    if (!replay && this.deferWhileMutating(event)) return;
    const app = event.object;
    const name = app.metadata?.name as string;
    const { cluster, namespace } = this.project;
    if (event.type === 'MODIFIED') {
      const previous = this.patch(app);
      const signature = listMembershipSignature(app);
      const before = previous !== undefined ? listMembershipSignature(previous) : this.signatures.get(name);
      this.signatures.set(name, signature);
      // Only a filtered list or the summary can change: an unfiltered page holds the same names in the same order.
      if (before === undefined || before !== signature) this.invalidateLater(false);
      return;
    }
    if (event.type === 'DELETED') this.signatures.delete(name);
    else this.signatures.set(name, listMembershipSignature(app));
    const detail = appKeys.detail(cluster, namespace, name);
    if (this.client.getQueryCache().find(detail, { exact: true })) this.pendingDetails.add(name);
    this.invalidateLater(true);
  }

  /** Replaces the cached detail and list rows of `app` by the event's object; returns an older cached copy. */
  private patch(app: Application): Application | undefined {
    const { cluster, namespace } = this.project;
    const name = app.metadata?.name;
    let previous: Application | undefined;
    const newer = (cached: Application) => {
      if (cached.metadata?.uid && app.metadata?.uid && cached.metadata.uid !== app.metadata.uid) return false;
      const order = compareResourceVersions(app.metadata?.resourceVersion, cached.metadata?.resourceVersion);
      return order === undefined || order > 0;
    };
    this.client.setQueryData<Application>(appKeys.detail(cluster, namespace, name as string), (cached) => {
      if (!cached || !newer(cached)) return cached;
      previous ??= cached;
      return app;
    });
    for (const [key, list] of this.client.getQueriesData<ApplicationList>(appKeys.lists(cluster, namespace))) {
      const items = list?.items;
      if (!items) continue;
      const index = items.findIndex((item) => item.metadata?.name === name);
      if (index < 0 || !newer(items[index])) continue;
      previous ??= items[index];
      const next = items.slice();
      next[index] = app;
      this.client.setQueryData<ApplicationList>(key, { ...list, items: next });
    }
    return previous;
  }

  /** Lists, summary (and details asked for) refetched once for every burst of changes. */
  private invalidateLater(allLists: boolean): void {
    this.pendingLists = allLists ? 'all' : this.pendingLists === 'all' ? 'all' : 'filtered';
    if (this.debounceTimer) return;
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
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
    }, WATCH_DEBOUNCE_MS);
  }
}

/** Whether a list request selects by something a change can alter (status, labels, name or alias). */
function isFiltered(params: unknown): boolean {
  if (typeof params !== 'object' || params === null) return true;
  const p = params as ListRequest;
  return !!(p.syncStatus || p.healthStatus || p.label || p.name || p.names);
}

/**
 * Watches the applications of `project` while the page is mounted (once per page: the list page
 * and the detail page). Returns the watch's state; the queries follow it through `useWatchLive`.
 */
export function useApplicationsWatch(project: ProjectRef): WatchState {
  const client = useQueryClient();
  const enabled = useWatchEnabled();
  const { cluster, namespace } = project;
  const [state, setState] = React.useState<WatchState>(enabled ? 'connecting' : 'polling');
  React.useEffect(() => {
    if (!enabled || !cluster || !namespace) return setState('polling');
    const watcher = new ApplicationsWatcher({ client, project: { cluster, namespace }, onState: setState });
    watcher.start();
    return () => watcher.stop();
  }, [client, cluster, namespace, enabled]);
  return state;
}
