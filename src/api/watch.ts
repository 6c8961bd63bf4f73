import type { Application } from '../model/application/types';
import { requestJson, type FetchLike, type RequestOptions } from './client';
import { clusterPrefix, segment, withQuery, type ClusterContext } from './url';

/**
 * The Kubernetes watch of `applications.gitops.kubesphere.io`, as the KubeSphere 4.1 console
 * opens a watch (console `packages/shared/src/hooks/useUrl/index.ts` L89-95,
 * `hooks/useWebSocket/useBaseWebSocket.ts` L28-39): a browser WebSocket to the page's own origin
 * on the legacy path `[/clusters/{c}]/apis/<g>/<v>/watch/namespaces/{ns}/<plural>`, which the
 * console's server forwards to ks-apiserver with the user's token, one JSON event per text
 * frame. Unlike the console we start from a list's resourceVersion, so an open costs no initial
 * ADDED event per application: kube-apiserver serves the legacy path (`WATCHLIST`) with the list
 * handler and `forceWatch` (k8s.io/apiserver `endpoints/installer.go` `restfulListResource(…,
 * true, …)`), which decodes the same ListOptions from the query as `?watch=true` does
 * (`handlers/get.go` `ListResource`): `resourceVersion`, `allowWatchBookmarks`, `timeoutSeconds`. Applications are a CRD: `/apis/...` is
 * kube-apiserver's, only `/kapis/...` is devops-apiserver's.
 */
export const APPLICATIONS_API = '/apis/gitops.kubesphere.io/v1alpha1';

/** `[/clusters/{c}]/apis/gitops.kubesphere.io/v1alpha1/namespaces/{ns}/applications`: kube-apiserver's list. */
export function kubeApplicationsPath(ctx: ClusterContext, namespace: string): string {
  return `${clusterPrefix(ctx)}${APPLICATIONS_API}/namespaces/${segment(namespace, 'namespace')}/applications`;
}

/**
 * The legacy watch path the console uses, with the starting point, bookmarks and how long the
 * server should keep it open (`timeoutSeconds`: it then ends it cleanly and we watch again from
 * where it was, which also sends our credentials through the gateway again).
 */
export function applicationsWatchPath(ctx: ClusterContext, namespace: string, resourceVersion?: string, timeoutSeconds?: number): string {
  const path = `${clusterPrefix(ctx)}${APPLICATIONS_API}/watch/namespaces/${segment(namespace, 'namespace')}/applications`;
  const rv = resourceVersion && /^\d+$/.test(resourceVersion) ? resourceVersion : undefined;
  const timeout = timeoutSeconds !== undefined && Number.isInteger(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds : undefined;
  return withQuery(path, { resourceVersion: rv, allowWatchBookmarks: rv ? 'true' : undefined, timeoutSeconds: timeout });
}

/** `ws://` or `wss://` on the page's own host, as the console builds it (`urlHelper.ts` L84-89). */
export function watchUrl(location: { protocol: string; host: string }, path: string): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export type WatchEvent =
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: Application; resourceVersion?: string }
  | { type: 'BOOKMARK'; resourceVersion?: string }
  | { type: 'ERROR'; code?: number; reason?: string; message?: string };

const TYPES = new Set<string>(['ADDED', 'MODIFIED', 'DELETED', 'BOOKMARK', 'ERROR']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One text frame of a watch: `{"type":…,"object":{…}}` plus the JSON encoder's newline
 * (kube-apiserver handlers/watch.go L327-340). Anything else (binary, not JSON, an unknown type,
 * an object without a name) is `undefined`: ignored, never a crash.
 */
export function parseWatchFrame(data: unknown): WatchEvent | undefined {
  if (typeof data !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.trim());
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || typeof parsed.type !== 'string' || !TYPES.has(parsed.type) || !isRecord(parsed.object)) return undefined;
  const object = parsed.object;
  const metadata = isRecord(object.metadata) ? object.metadata : undefined;
  const rv = typeof metadata?.resourceVersion === 'string' ? metadata.resourceVersion : undefined;
  switch (parsed.type) {
    case 'ERROR':
      return {
        type: 'ERROR',
        code: typeof object.code === 'number' ? object.code : undefined,
        reason: typeof object.reason === 'string' ? object.reason : undefined,
        message: typeof object.message === 'string' ? object.message : undefined,
      };
    case 'BOOKMARK':
      return { type: 'BOOKMARK', resourceVersion: rv };
    default:
      if (typeof metadata?.name !== 'string' || !metadata.name) return undefined;
      return { type: parsed.type as 'ADDED' | 'MODIFIED' | 'DELETED', object: object as unknown as Application, resourceVersion: rv };
  }
}

/**
 * Metadata only, as client-go's metadata client asks (`metadata.PartialObjectMetadataListMimeTypes`,
 * JSON form): kube-apiserver answers every resource, CRDs included, with a PartialObjectMetadataList
 * (k8s.io/apiserver `endpoints/handlers/response.go` `transformResponseObject` →
 * `asPartialObjectMetadataList`; `rest.go` `AllowsMediaTypeTransform`). The Accept clauses are tried
 * in order (`negotiation/negotiate.go` `NegotiateMediaTypeOptions`), so a server that refused the
 * conversion would answer the plain list, whose metadata carries the same resourceVersion.
 */
export const METADATA_LIST_ACCEPT = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json';

/**
 * The resourceVersion to watch from: kube-apiserver's list of one item (`limit=1`) carries the
 * store's resourceVersion, so list-then-watch misses nothing. (The kapis list carries none.)
 * Metadata only: the one item is a whole Application otherwise, megabytes with a large tree.
 */
export async function listResourceVersion(
  ctx: ClusterContext,
  namespace: string,
  options: RequestOptions = {},
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): Promise<string | undefined> {
  const list = await requestJson<{ metadata?: { resourceVersion?: unknown } }>(
    fetchImpl,
    withQuery(kubeApplicationsPath(ctx, namespace), { limit: 1 }),
    { signal: options.signal, headers: { Accept: METADATA_LIST_ACCEPT } },
  );
  const rv = list?.metadata?.resourceVersion;
  return typeof rv === 'string' && /^\d+$/.test(rv) ? rv : undefined;
}

/** How a watch connection ended, for the reconnect policy. */
export interface WatchClose {
  /** The socket opened (a refused upgrade never opens in a browser). */
  opened: boolean;
  /** An `error` event came: the browser failed the connection (a refused upgrade, a protocol error). */
  errored: boolean;
  /** Frames received on this connection. */
  messages: number;
  code: number;
  /** The server sent an ERROR event (410 Expired: relist). */
  errorStatus?: number;
  /** We closed it ourselves. */
  byClient: boolean;
}

export interface WatchSocketHandlers {
  onOpen(): void;
  onEvent(event: WatchEvent): void;
  onClose(close: WatchClose): void;
}

export interface WatchSocket {
  close(): void;
}

/**
 * Opens one watch connection. `undefined` when this environment has no WebSocket or refuses to
 * build one (the caller polls instead).
 */
export function openWatchSocket(url: string, handlers: WatchSocketHandlers): WatchSocket | undefined {
  const Ctor = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
  if (typeof Ctor !== 'function') return undefined;
  let socket: WebSocket;
  try {
    socket = new Ctor(url);
  } catch {
    return undefined;
  }
  const state: WatchClose = { opened: false, errored: false, messages: 0, code: 0, byClient: false };
  let done = false;
  const finish = (code: number) => {
    if (done) return;
    done = true;
    state.code = code;
    handlers.onClose({ ...state });
  };
  socket.onopen = () => {
    if (done) return;
    state.opened = true;
    handlers.onOpen();
  };
  socket.onerror = () => {
    state.errored = true;
  };
  socket.onmessage = (message: MessageEvent) => {
    if (done) return;
    state.messages++;
    const event = parseWatchFrame(message.data);
    if (!event) return;
    if (event.type === 'ERROR') state.errorStatus = event.code ?? 500;
    handlers.onEvent(event);
  };
  socket.onclose = (event: CloseEvent) => finish(event.code);
  return {
    close: () => {
      if (done) return;
      state.byClient = true;
      try {
        socket.close(1000);
      } catch {
        // already closing
      }
      finish(1000);
    },
  };
}
