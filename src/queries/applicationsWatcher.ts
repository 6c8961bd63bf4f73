import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';
import { applicationsWatchPath, listResourceVersion, openWatchSocket, watchUrl, type WatchClose, type WatchSocket } from '../api/watch';
import { clusterContext } from './applications';
import { appKeys } from './keys';
import { WatchCacheWriter } from './watchCache';
import { reconnectDelay, watchCloseOutcome, watchTimeoutSeconds } from './watchPolicy';
import { countLiveWatch, type WatchedProject } from './watchRegistry';

export type WatchState = 'connecting' | 'live' | 'reconnecting' | 'polling' | 'stopped';

/** Refused upgrades in a row after which a watch that used to work is given up for polling. */
export const WATCH_MAX_REFUSALS = 3;

export interface ApplicationsWatcherOptions {
  client: QueryClient;
  project: WatchedProject;
  onState?(state: WatchState): void;
  /** For tests: the page's location (`ws:`/`wss:` and host). */
  location?: { protocol: string; host: string };
  random?: () => number;
}

const visible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';

/**
 * One project's watch (api/watch.ts) for the list and detail pages: list for a resourceVersion,
 * watch from it, hand the events to the cache (watchCache.ts), and keep connected:
 * - The server ends each watch after `timeoutSeconds` (5 to 10 min): watch on from where it was.
 * - An ERROR event (410 Expired) or a clean end before any frame: list again, refetch, watch.
 * - Dropped: reconnect from the last resourceVersion after 1 s doubling to 30 s (jitter); the
 *   pages poll meanwhile.
 * - Refused upgrade: the browser does not say why, so one list of one object asks the API: 401
 *   stops the watch and lets the pages show the expired session; 403, 404, an API that answers
 *   but never let a watch through (a gateway without upgrades), no `WebSocket`: the pages poll for
 *   the rest of their life, silently; anything else backs off and tries again.
 * - Hidden tab: the socket closes; shown again: list, refetch, watch.
 * Nothing is polled while the watch is connected: the queries see it through watchRegistry.ts.
 */
export class ApplicationsWatcher {
  private rv: string | undefined;
  private socket: WatchSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private refusals = 0;
  private everOpened = false;
  private live = false;
  private stopped = false;
  private abort: AbortController | undefined;
  private readonly cache: WatchCacheWriter;
  state: WatchState = 'connecting';

  constructor(private readonly options: ApplicationsWatcherOptions) {
    this.cache = new WatchCacheWriter(options.client, options.project);
  }

  start(): void {
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility);
    if (typeof (globalThis as { WebSocket?: unknown }).WebSocket !== 'function') return this.fallBack();
    if (visible()) void this.connect(false);
  }

  stop(): void {
    this.stopped = true;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
    this.disconnect();
    this.cache.dispose();
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
    countLiveWatch(this.options.client, this.project, live ? 1 : -1);
  }

  /** Closes the socket and the reconnect timer; the pages poll. */
  private disconnect(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
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

  /** The session ended: no more watching; the pages ask once more and say so. */
  private stopForSession(): void {
    this.disconnect();
    this.stopped = true;
    this.setState('stopped');
    void this.options.client.invalidateQueries(appKeys.project(this.project.cluster, this.project.namespace));
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

  /**
   * One list of one object: the resourceVersion to watch from, and what the API says of this user.
   * `undefined` when the watcher has already acted on a failure (stopped, polls, backs off).
   */
  private async askApi(refetch: boolean): Promise<string | undefined | 'failed'> {
    const abort = (this.abort = new AbortController());
    try {
      const rv = await listResourceVersion(clusterContext(this.project.cluster), this.project.namespace, { signal: abort.signal });
      if (this.stopped || abort.signal.aborted) return 'failed';
      this.abort = undefined;
      return rv;
    } catch (error) {
      if (this.stopped || abort.signal.aborted) return 'failed';
      this.abort = undefined;
      const kind = isApiError(error) ? error.kind : undefined;
      if (kind === 'unauthorized') this.stopForSession();
      else if (kind === 'forbidden' || kind === 'not-found' || kind === 'engine-missing') this.fallBack();
      else this.backOff(refetch);
      return 'failed';
    }
  }

  private async connect(refetch: boolean): Promise<void> {
    if (this.stopped || this.socket) return;
    if (this.rv === undefined) {
      const rv = await this.askApi(refetch);
      if (rv === 'failed') return;
      if (rv === undefined) return this.fallBack();
      this.rv = rv;
    }
    if (refetch) this.cache.refetchAll();
    const location = this.options.location ?? globalThis.location;
    const random = this.options.random ?? Math.random;
    let url: string;
    try {
      const path = applicationsWatchPath(
        clusterContext(this.project.cluster),
        this.project.namespace,
        this.rv,
        watchTimeoutSeconds(random()),
      );
      url = watchUrl(location, path);
    } catch {
      return this.fallBack();
    }
    const socket = openWatchSocket(url, {
      onOpen: () => {
        if (this.socket !== socket) return;
        this.everOpened = true;
        this.setLive(true);
        this.setState('live');
        // Polls that failed while disconnected would otherwise keep their error (and the stale mark): nothing polls now.
        void this.options.client.invalidateQueries({
          queryKey: appKeys.project(this.project.cluster, this.project.namespace),
          predicate: (query) => query.state.error != null && query.state.errorUpdatedAt >= query.state.dataUpdatedAt,
        });
      },
      onEvent: (event) => {
        if (this.socket !== socket) return;
        this.attempt = 0;
        this.refusals = 0;
        if (event.type === 'ERROR') return; // the server closes next: relist (onClose)
        if (event.resourceVersion) this.rv = event.resourceVersion;
        if (event.type !== 'BOOKMARK') this.cache.receive(event);
      },
      onClose: (close) => {
        if (this.socket !== socket) return;
        this.socket = undefined;
        void this.onClose(close);
      },
    });
    if (!socket) return this.fallBack();
    this.socket = socket;
  }

  private async onClose(close: WatchClose): Promise<void> {
    this.setLive(false);
    if (this.stopped) return;
    switch (watchCloseOutcome(close)) {
      case 'refused':
        return this.onRefused();
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

  /** The upgrade was refused: ask the API why (the browser only says 1006). */
  private async onRefused(): Promise<void> {
    this.setState('reconnecting');
    const rv = await this.askApi(false);
    if (rv === 'failed') return;
    this.refusals++;
    // The API answers, the upgrade does not pass: a gateway without WebSocket, or no `watch` verb.
    if (!this.everOpened || this.refusals >= WATCH_MAX_REFUSALS || rv === undefined) return this.fallBack();
    this.backOff(false);
  }
}
