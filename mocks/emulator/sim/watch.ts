/**
 * Kubernetes watch of `applications.gitops.kubesphere.io`, as the KubeSphere 4.1 console opens
 * it and kube-apiserver serves it, fed by the emulator's store.
 *
 * ## What the KubeSphere 4.1 console does (kubesphere/console, mirror HEAD 3f30647, 2025-06-13)
 * - URL: `useUrl().getWatchListUrl(params)` is `${apiVersion}/watch${getPath(params)}/${module}`
 *   (packages/shared/src/hooks/useUrl/index.ts L89-91), i.e. the LEGACY watch path
 *   `apis/<g>/<v>/watch/klusters/<c>/namespaces/<ns>/<plural>`; `getWatchUrl` appends `/<name>`
 *   (L93-95). `getClusterUrl` turns `klusters/<c>` into the `/clusters/<c>/apis/...` prefix in a
 *   multicluster console, or drops it in a single-cluster one (L40-64). No `?watch=true`.
 * - Transport: a browser WebSocket to the page's own origin, `ws:`/`wss:` from the page protocol
 *   (packages/shared/src/hooks/useWebSocket/useBaseWebSocket.ts L28-39,
 *   packages/shared/src/utils/urlHelper.ts L84-89), e.g.
 *   `wss://console/clusters/host/apis/apps/v1/watch/namespaces/demo/deployments`.
 *   Query: only what a caller passes as `params` (L36-39); the DataTable passes none
 *   (packages/shared/src/components/DataTable/index.tsx L219-231, constants.ts L6-10), so the
 *   console sends NO `resourceVersion`, `allowWatchBookmarks` or `timeoutSeconds`: every open
 *   starts with the current state as ADDED events, then changes.
 * - Messages: one JSON text frame per event, `JSON.parse`d (packages/shared/src/utils/
 *   websocket.client.ts L86-97); `{type: 'ADDED'|'DELETED'|'MODIFIED', object}`, kept only when
 *   `object.kind` is the module's kind (useWebSocket.ts L14-17, L44-55, L106-133). The DataTable
 *   refetches (debounced 1 s) on ADDED/DELETED and patches rows on MODIFIED (index.tsx L214-231).
 * - Reconnect: on close it reopens after 2^n s, at most `reopenLimit` 5 times; `close(true)` on
 *   unmount stops it (websocket.client.ts L19-21, L99-117, L125-136).
 * - Token: ks-console's Node server proxies every upgrade to `ws://ks-apiserver`
 *   (server/components/wsProxy.js L11-26, server/configs/config.yaml L35) and adds
 *   `Authorization: Bearer <token cookie>` (wsProxy.js L22-25); the browser sends only cookies.
 *
 * ## What KubeSphere 4.1.3 does with it (kubesphere/kubesphere v4.1.3)
 * - RequestInfo: `watch` is a special verb in the path (pkg/apiserver/request/requestinfo.go
 *   L48, L105-107, L198-204) and `?watch=true` (or any value but false/0) on a list makes the
 *   verb `watch` too (L262-284). Both forms are authorised as verb `watch` by the RBAC
 *   authorizer (apiserver.go L262-277), so a user without `watch` gets the 403 Status as the
 *   answer to the upgrade request, before any WebSocket exists.
 * - `/apis/...` goes to kube-apiserver through an upgrade-aware proxy (filters/kubeapiserver.go
 *   L57-84: Authorization replaced by ks-apiserver's own credentials); `/clusters/<c>/...` to the
 *   member cluster, query string carried in `X-KubeSphere-Rawquery` for upgrades
 *   (filters/multicluster.go L95-156). Applications are a CRD, so `/apis/gitops.kubesphere.io`
 *   is kube-apiserver's (the APIService filter skips Kubernetes requests, filters/apiservice.go
 *   L37-42); only `/kapis/gitops.kubesphere.io` goes to devops-apiserver.
 *
 * ## What kube-apiserver does (kubernetes/apiserver v0.31.0)
 * - WebSocket: `serveWatchHandler` answers a WebSocket request with `websocket.Handler`
 *   (pkg/endpoints/handlers/watch.go L155-158); JSON is text-framed (L81, L327-340), one encoded
 *   `WatchEvent` per message, i.e. `{"type":"ADDED","object":{…}}` plus the JSON encoder's
 *   newline; the server ignores what the client sends and closes on timeout or end of results
 *   (L266-313).
 * - `timeoutSeconds` sets the deadline; without it a random 1-2 × minRequestTimeout (1800 s)
 *   (handlers/get.go L253-260).
 * - Starting point: no resourceVersion (or "0") = the current state as ADDED events, then changes
 *   (storage/cacher/watch_cache.go L764-773); N = every change after N. An N older than the watch
 *   cache's window is an ERROR event carrying a Status 410 `Expired`, `too old resource version:
 *   N (oldest-1)` (watch_cache.go L779-781, cacher.go L647-654, L1447-1470), then the stream ends;
 *   an unparsable N is an error before the watch starts (cacher.go L532-535). The window is
 *   dynamic (100 to 102,400 events, at least 75 s: watch_cache.go L59-66); here it is the last
 *   1,000 events or 5 minutes of the emulator clock, whichever is shorter.
 * - Bookmarks (`allowWatchBookmarks=true`): about every minute and 2 s before the deadline
 *   (cacher.go L64-68, cache_watcher.go L222-252); the object is an empty object of the kind with
 *   only `metadata.resourceVersion`.
 * - Selectors: an object entering a watcher's label/field selection is ADDED, staying MODIFIED,
 *   leaving DELETED with its previous content at the event's resourceVersion
 *   (cache_watcher.go L362-392).
 * - Objects are what a GET returns; a CR is unstructured, so keys are sorted at every level.
 */
import { goQuote, marshalCompact, marshalSorted } from '../core/gojson';
import { createRandom, type Loose } from '../core/util';
import { API_VERSION } from '../api/crd';
import type { Scheduler } from '../core/scheduler';
import type { AppObject, Change, Store } from './store';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

/** Where a watch writes: a WebSocket, an msw WebSocket link, a streamed HTTP body or a test. */
export interface WatchSink {
  /** One event, encoded as kube-apiserver encodes it (JSON plus newline). */
  send(text: string): void;
  /** The server ends the watch (timeout, end of results): a clean close, code 1000. */
  close(code: number, reason: string): void;
  /** The connection breaks (`dropWatches`, reset): no close frame, the client sees 1006. */
  abort(): void;
}

export interface WatchSpec {
  cluster: string;
  /** Undefined = every namespace (cluster-scoped list path). */
  namespace?: string;
  /** Label and field selection (api/kube-query.ts listFilter). */
  match: (obj: AppObject) => boolean;
  /** As sent; undefined, "" and "0" = current state first. Must be a non-negative integer otherwise. */
  resourceVersion?: string;
  allowBookmarks: boolean;
  /** `timeoutSeconds` × 1000; undefined = kube-apiserver's default 1800-3600 s. */
  timeoutMs?: number;
}

export interface WatchLimits {
  maxEvents: number;
  maxAgeMs: number;
  bookmarkEveryMs: number;
}

export const DEFAULT_WATCH_LIMITS: WatchLimits = { maxEvents: 1000, maxAgeMs: 5 * 60_000, bookmarkEveryMs: 60_000 };

interface HistoryEvent {
  rv: number;
  at: number;
  namespace: string;
  /** The object after the change; undefined for a deletion. */
  object?: AppObject;
  /** The object before it (undefined for a creation). */
  prev?: AppObject;
  /** Encoded lazily, shared by every watcher. */
  curJson?: string;
  prevJson?: string;
}

interface ClusterHistory {
  events: HistoryEvent[];
  head: number;
  /** The history holds every change after this resourceVersion (kube's "oldest-1"). */
  completeFrom: number;
}

const HTML_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** Sorted keys, native string quoting; HTML escapes are added afterwards. */
function encodeSorted(value: Loose): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return '[' + value.map(encodeSorted).join(',') + ']';
  let out = '{';
  for (const key of Object.keys(value).sort()) {
    if (value[key] === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key) + ':' + encodeSorted(value[key]);
  }
  return out + '}';
}

/**
 * `marshalSorted` (Go's encoding of a map, as for unstructured objects) with the native string
 * encoder: the same bytes, about six times faster. Text with characters from U+D800 up (where
 * UTF-16 order is not Go's byte order, and lone surrogates Go writes as U+FFFD) takes the exact path.
 */
function fastMarshalSorted(value: Loose): string {
  const text = encodeSorted(value);
  if (/[\ud800-\uffff]|\\ud[89a-f]/.test(text)) return marshalSorted(value);
  return text.replace(/[<>&\u2028\u2029]/g, (c) => HTML_ESCAPES[c]);
}

const encoded = new WeakMap<object, string>();

/**
 * A stored object as kube-apiserver encodes a CR (keys sorted). Stored objects are never
 * mutated (sim/store.ts), so the text is kept per object: the initial ADDED events, lists and
 * the events of many watchers encode each object once.
 */
export function encodeObject(obj: AppObject): string {
  let text = encoded.get(obj);
  if (text === undefined) encoded.set(obj, (text = fastMarshalSorted(obj)));
  return text;
}

/** `{"kind":"Status",…}` as apimachinery's StatusError carries it in an ERROR event. */
export function statusObject(code: number, reason: string, message: string, details?: Record<string, Loose>): Record<string, Loose> {
  const status: Record<string, Loose> = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason };
  if (details) status.details = details;
  status.code = code;
  return status;
}

/** watch.Event as the JSON encoder writes it: `type` first (struct order), object sorted (unstructured). */
export function encodeEvent(type: WatchEventType, objectJson: string): string {
  return `{"type":${goQuote(type)},"object":${objectJson}}\n`;
}

function numericRv(obj: AppObject | undefined, fallback: number): number {
  const rv = Number(obj?.metadata?.resourceVersion);
  return Number.isSafeInteger(rv) && rv > 0 ? rv : fallback;
}

class Watcher {
  closed = false;
  readonly deadline: number;

  constructor(
    readonly spec: WatchSpec,
    readonly sink: WatchSink,
    now: number,
    timeoutMs: number,
  ) {
    this.deadline = now + timeoutMs;
  }

  inScope(namespace: string): boolean {
    return this.spec.namespace === undefined || this.spec.namespace === namespace;
  }

  /** cache_watcher.go L374-392: which event (if any) this watcher sees. */
  deliver(event: HistoryEvent): void {
    if (this.closed || !this.inScope(event.namespace)) return;
    const cur = event.object !== undefined && this.spec.match(event.object);
    const old = event.prev !== undefined && this.spec.match(event.prev);
    if (cur) {
      event.curJson ??= encodeObject(event.object!);
      this.sink.send(encodeEvent(old ? 'MODIFIED' : 'ADDED', event.curJson));
    } else if (old) {
      // The previous content at the event's resourceVersion (etcd gives a delete its own revision).
      event.prevJson ??= fastMarshalSorted({ ...event.prev, metadata: { ...event.prev!.metadata, resourceVersion: String(event.rv) } });
      this.sink.send(encodeEvent('DELETED', event.prevJson));
    }
  }
}

/** Namespace/name order, as the watch cache's store lists (keys computed once). */
export function sortByKey(objects: AppObject[]): AppObject[] {
  return objects
    .map((obj) => ({ obj, key: `${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((e) => e.obj);
}

export type WatchStart = { ok: true; stop: () => void } | { ok: false; status: number; reason: string; message: string };

export class WatchHub {
  private readonly histories = new Map<string, ClusterHistory>();
  private readonly watchers = new Set<Watcher>();
  private readonly random = createRandom(0x3a7c4);
  limits: WatchLimits = { ...DEFAULT_WATCH_LIMITS };
  /** The resourceVersion of the last reset: a cluster's history is complete from there. */
  private baseline: number;

  constructor(
    private readonly store: Store,
    private readonly scheduler: Scheduler,
  ) {
    this.baseline = store.currentResourceVersion;
    store.onChange((change) => this.record(change));
  }

  get openWatches(): number {
    return this.watchers.size;
  }

  /** A reset is a new etcd: open watches break, and no resourceVersion before now can be resumed. */
  reset(): void {
    this.dropAll();
    this.histories.clear();
    this.baseline = this.store.currentResourceVersion;
  }

  /** Breaks every open watch (the `dropWatches` fault): clients see an abnormal close and reconnect. */
  dropAll(): number {
    const count = this.watchers.size;
    for (const w of [...this.watchers]) this.end(w, () => w.sink.abort());
    return count;
  }

  private history(cluster: string): ClusterHistory {
    let h = this.histories.get(cluster);
    if (!h) this.histories.set(cluster, (h = { events: [], head: 0, completeFrom: this.baseline }));
    return h;
  }

  private prune(h: ClusterHistory): void {
    const oldest = this.scheduler.now() - this.limits.maxAgeMs;
    while (h.head < h.events.length && (h.events.length - h.head > this.limits.maxEvents || h.events[h.head].at < oldest)) {
      h.completeFrom = h.events[h.head].rv;
      h.head++;
    }
    if (h.head > 4096 || (h.head > 0 && h.head === h.events.length)) {
      h.events = h.events.slice(h.head);
      h.head = 0;
    }
  }

  private record(change: Change): void {
    const h = this.history(change.cluster);
    const fallback = this.store.currentResourceVersion;
    const rv = change.kind === 'deleted' ? Number(change.resourceVersion ?? fallback) : numericRv(change.after, fallback);
    const event: HistoryEvent = {
      rv,
      at: this.scheduler.now(),
      namespace: change.namespace,
      object: change.kind === 'deleted' ? undefined : change.after,
      prev: change.before,
    };
    h.events.push(event);
    this.prune(h);
    for (const w of this.watchers) if (w.spec.cluster === change.cluster) w.deliver(event);
  }

  /**
   * Starts a watch: replays what `resourceVersion` asks for, then delivers every change until
   * the deadline, `stop()` or `dropAll()`. An unparsable resourceVersion is refused before the
   * watch starts (cacher.go L532-535); the caller answers it as an HTTP error.
   */
  start(spec: WatchSpec, sink: WatchSink): WatchStart {
    const raw = spec.resourceVersion ?? '';
    if (raw !== '' && !/^\d+$/.test(raw)) {
      // APIObjectVersioner.ParseResourceVersion wraps strconv's error; the exact Status wording is not confirmed.
      return {
        ok: false,
        status: 400,
        reason: 'BadRequest',
        message: `invalid resource version: strconv.ParseUint: parsing ${goQuote(raw)}: invalid syntax`,
      };
    }
    const requested = raw === '' ? 0 : Number(raw);
    const now = this.scheduler.now();
    // get.go L258-260: rand in [1, 2) × minRequestTimeout (1800 s).
    const timeoutMs = spec.timeoutMs && spec.timeoutMs > 0 ? spec.timeoutMs : Math.floor(1_800_000 * (1 + this.random()));
    const watcher = new Watcher(spec, sink, now, timeoutMs);
    const h = this.history(spec.cluster);
    this.prune(h);
    const current = this.store.currentResourceVersion;

    if (requested !== 0 && requested < h.completeFrom) {
      // watch_cache.go L779-781 through cacher.go L648-653: one ERROR event, then the end of results.
      const status = statusObject(410, 'Expired', `too old resource version: ${requested} (${h.completeFrom})`);
      sink.send(encodeEvent('ERROR', marshalCompact(status)));
      sink.close(1000, '');
      return { ok: true, stop: () => undefined };
    }
    if (requested > current) {
      // cacher.go L634-637: kube-apiserver waits up to 3 s for the cache, then fails the watch with
      // storage.NewTooLargeResourceVersionError; here it fails at once.
      const status = statusObject(504, 'Timeout', `Too large resource version: ${requested}, current: ${current}`, {
        causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }],
        retryAfterSeconds: 1,
      });
      sink.send(encodeEvent('ERROR', marshalCompact(status)));
      sink.close(1000, '');
      return { ok: true, stop: () => undefined };
    }

    this.watchers.add(watcher);
    if (requested === 0) {
      // watch_cache.go L764-773: the current state as ADDED events, in key order.
      const objects =
        spec.namespace !== undefined ? this.store.list(spec.cluster, spec.namespace).map((r) => r.obj) : this.store.all(spec.cluster);
      for (const obj of sortByKey(objects.filter(spec.match))) sink.send(encodeEvent('ADDED', encodeObject(obj)));
    } else {
      for (let i = h.head; i < h.events.length; i++) if (h.events[i].rv > requested) watcher.deliver(h.events[i]);
    }

    this.scheduler.scheduleBackground(timeoutMs, 'watch timeout', () => this.end(watcher, () => sink.close(1000, '')));
    if (spec.allowBookmarks) this.scheduleBookmark(watcher);
    return { ok: true, stop: () => this.end(watcher, () => undefined) };
  }

  private end(watcher: Watcher, how: () => void): void {
    if (watcher.closed) return;
    watcher.closed = true;
    this.watchers.delete(watcher);
    how();
  }

  /** cache_watcher.go L244-252: next bookmark a minute on, or 2 s before the deadline if sooner. */
  private scheduleBookmark(watcher: Watcher): void {
    const now = this.scheduler.now();
    const at = Math.min(now + this.limits.bookmarkEveryMs, watcher.deadline - 2000);
    if (at <= now) return;
    this.scheduler.scheduleBackground(at - now, 'watch bookmark', () => {
      if (watcher.closed) return;
      const object = {
        apiVersion: API_VERSION,
        kind: 'Application',
        metadata: { resourceVersion: String(this.store.currentResourceVersion) },
      };
      watcher.sink.send(encodeEvent('BOOKMARK', marshalSorted(object)));
      this.scheduleBookmark(watcher);
    });
  }
}
