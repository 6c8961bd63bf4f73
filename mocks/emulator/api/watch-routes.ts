/**
 * `applications.gitops.kubesphere.io` as kube-apiserver serves the CRD behind ks-apiserver
 * (`/apis/...` and `/clusters/{c}/apis/...` are Kubernetes requests: kubesphere v4.1.3
 * pkg/apiserver/filters/kubeapiserver.go L57-84, apiservice.go L37-42): GET one, list, and
 * watch, from the store itself (kube-apiserver, not devops-apiserver's informer cache).
 *
 * Watch, in the forms kube-apiserver accepts and KubeSphere authorises as verb `watch`
 * (kubesphere v4.1.3 pkg/apiserver/request/requestinfo.go L198-204, L262-284):
 * - `…/namespaces/{ns}/applications?watch=true` (also `watch=1`, anything but false/0),
 * - the legacy `…/watch/namespaces/{ns}/applications[/{name}]` the KubeSphere console builds
 *   (console packages/shared/src/hooks/useUrl/index.ts L89-95),
 * - `…/applications?watch=true` and `…/watch/applications` across namespaces (platform admin).
 * Query: `resourceVersion`, `allowWatchBookmarks`, `timeoutSeconds`, `labelSelector`,
 * `fieldSelector` (`metadata.name`, `metadata.namespace`). Over a WebSocket (openWatch, used by
 * mocks/server and the msw link in ../index.ts) one event per text message; over plain HTTP a
 * chunked stream of the same lines (handlers/watch.go L155-159, L187-263).
 * The semantics (replay, 410, bookmarks, timeouts) and their sources: sim/watch.ts.
 */
import { marshalIndent, marshalSorted } from '../core/gojson';
import { isRecord, type Loose } from '../core/util';
import { authorizeGitops, forbidden, type Attributes } from './auth';
import { listFilter, paginate } from './kube-query';
import { metadataList, metadataObject, negotiateOutput, refused } from './kube-metadata';
import type { KubeRequest } from './kube-routes';
import { parseRequestInfo, type RequestInfo } from './requestinfo';
import { prettyPrint, rawStatusError, statusJson } from './responses';
import { admit } from './router';
import { GROUP, API_VERSION } from './crd';
import type { EmulatorState } from '../sim/state';
import type { AppObject } from '../sim/store';
import type { UserDef } from '../sim/context';
import { encodeObject, sortByKey, type WatchSink, type WatchSpec } from '../sim/watch';

const VERSION = 'v1alpha1';
const PLURAL = 'applications';

interface Target {
  namespace?: string;
  name?: string;
  /** The path names the `watch` verb (legacy form). */
  legacyWatch: boolean;
}

/** The application paths of the CRD; undefined for anything else (other kinds, subresources). */
export function applicationTarget(info: RequestInfo): Target | undefined {
  if (!info.kubernetes || !info.resourceRequest || info.group !== GROUP || info.version !== VERSION) return undefined;
  let parts = info.parts;
  const legacyWatch = parts[0] === 'watch';
  if (legacyWatch) parts = parts.slice(1);
  let namespace: string | undefined;
  if (parts[0] === 'namespaces' && parts.length >= 3) {
    namespace = parts[1];
    parts = parts.slice(2);
  }
  if (parts[0] !== PLURAL || parts.length > 2) return undefined;
  return { namespace, name: parts[1], legacyWatch };
}

/** Go strconv.ParseBool, as the query decoder reads `watch` and `allowWatchBookmarks`. */
function parseBool(value: string | null): boolean | undefined {
  if (value === null) return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** requestinfo.go L262-284: `watch` set to anything but false/0 makes a list a watch. */
function isWatch(target: Target, params: URLSearchParams): boolean {
  if (target.legacyWatch) return true;
  const values = params.getAll('watch');
  if (values.length === 0 || target.name !== undefined) return false;
  return !['false', '0'].includes(values[0].toLowerCase());
}

function attributes(verb: string, target: Target): Attributes {
  return { verb, group: GROUP, resource: PLURAL, namespace: target.namespace, name: target.name };
}

/**
 * Who may read applications through kube-apiserver: the RoleTemplates of the DevOps extension
 * give get/list/watch on `applications` to every member of the DevOps project
 * (sim/roletemplates.ts `devops-view-gitops-applications`), the same rule as the kapis list.
 */
function authorize(state: EmulatorState, user: UserDef, cluster: string, a: Attributes): boolean {
  return authorizeGitops(state.context, user, cluster, a);
}

/** The watch a request asks for, or the Status to answer instead (400 for bad options). */
function watchSpec(cluster: string, target: Target, params: URLSearchParams): WatchSpec | { status: number; message: string } {
  const filter = listFilter('Application', withName(params, target.name));
  if (!filter.ok) return { status: 400, message: filter.message };
  const timeout = params.get('timeoutSeconds');
  if (timeout !== null && !/^\d+$/.test(timeout)) return { status: 400, message: `invalid value for timeoutSeconds: ${timeout}` };
  return {
    cluster,
    namespace: target.namespace,
    match: filter.match,
    resourceVersion: params.get('resourceVersion') ?? undefined,
    allowBookmarks: parseBool(params.get('allowWatchBookmarks')) === true,
    timeoutMs: timeout === null ? undefined : Number(timeout) * 1000,
  };
}

/** A named watch is a watch with `fieldSelector=metadata.name=<name>` (handlers/get.go L226-246). */
function withName(params: URLSearchParams, name: string | undefined): URLSearchParams {
  if (name === undefined) return params;
  const copy = new URLSearchParams(params);
  const fields = copy.get('fieldSelector');
  copy.set('fieldSelector', fields ? `${fields},metadata.name=${name}` : `metadata.name=${name}`);
  return copy;
}

/** A CR as kube-apiserver writes it: unstructured, keys sorted; indented for browsers and curl. */
function crJson(value: unknown, request: Request): Response {
  const text = prettyPrint(request) ? marshalIndent(sortDeep(value), '  ') + '\n' : encodeObject(value as Record<string, Loose>) + '\n';
  return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function sortDeep(value: Loose): Loose {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (!isRecord(value)) return value;
  const out: Record<string, Loose> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortDeep(value[key]);
  return out;
}

/** GET/list/watch over HTTP; undefined for paths and methods it does not serve. */
export function handleApplicationsKube(r: KubeRequest): Response | undefined {
  const target = applicationTarget(r.info);
  if (!target || r.request.method !== 'GET') return undefined;
  const params = r.url.searchParams;
  const watch = isWatch(target, params);
  const verb = watch ? 'watch' : target.name !== undefined ? 'get' : 'list';
  const attrs = attributes(verb, { ...target, name: watch ? undefined : target.name });
  if (!authorize(r.state, r.user, r.cluster, attrs)) return forbidden(r.user.name, attrs, r.request);
  if (watch) return httpWatch(r, target);

  // Metadata only when asked (api/kube-metadata.ts); the Accept is negotiated before the read.
  const output = negotiateOutput(r.request.headers.get('accept'));
  if (output.as === 'refused') return refused(r.request);
  const store = r.state.store;
  if (target.name !== undefined) {
    const obj = store.get(r.cluster, target.namespace ?? '', target.name);
    if (!obj)
      return statusJson(
        404,
        'NotFound',
        `${PLURAL}.${GROUP} "${target.name}" not found`,
        { name: target.name, group: GROUP, kind: PLURAL },
        r.request,
      );
    return metadataObject(output, obj, r.request, '*unstructured.Unstructured') ?? crJson(obj, r.request);
  }
  const filter = listFilter('Application', params);
  if (!filter.ok) return statusJson(400, 'BadRequest', filter.message, undefined, r.request);
  const inKeyOrder =
    target.namespace !== undefined ? namespaceInKeyOrder(r.state, r.cluster, target.namespace) : sortByKey(store.all(r.cluster));
  // `limit`/`continue` as for the live objects (api/kube-query.ts paginate).
  const page = paginate(inKeyOrder.filter(filter.match), params);
  const items = page.items;
  const resourceVersion = String(store.currentResourceVersion);
  const partial = metadataList(output, { ...page, resourceVersion }, r.request, '*unstructured.UnstructuredList');
  if (partial) return partial;
  // The list's resourceVersion is the store's: a client lists, then watches from it.
  const metadata: Record<string, Loose> = { continue: page.continue ?? '', resourceVersion };
  if (page.remainingItemCount !== undefined) metadata.remainingItemCount = page.remainingItemCount;
  if (prettyPrint(r.request)) return crJson({ apiVersion: API_VERSION, items, kind: 'ApplicationList', metadata }, r.request);
  const text = `{"apiVersion":"${API_VERSION}","items":[${items.map(encodeObject).join(',')}],"kind":"ApplicationList","metadata":${marshalSorted(metadata)}}\n`;
  return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

const keyOrders = new WeakMap<EmulatorState['store'], Map<string, { order: number; names: string[] }>>();

/**
 * A namespace's applications in etcd key order (by name within one namespace). The names' order
 * is kept until a name comes or goes (`Store.stamp`), so the one-item list a watching page sends
 * on every load does not sort 50,000 names each time.
 */
function namespaceInKeyOrder(state: EmulatorState, cluster: string, namespace: string): AppObject[] {
  const store = state.store;
  let byNamespace = keyOrders.get(store);
  if (!byNamespace) keyOrders.set(store, (byNamespace = new Map()));
  const key = `${cluster}\u0000${namespace}`;
  const order = store.stamp(cluster, namespace).order;
  let cached = byNamespace.get(key);
  if (!cached || cached.order !== order) {
    const names = store.list(cluster, namespace).map((rec) => rec.name);
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    byNamespace.set(key, (cached = { order, names }));
  }
  const objects: AppObject[] = [];
  for (const name of cached.names) {
    const obj = store.get(cluster, namespace, name);
    if (obj) objects.push(obj);
  }
  return objects;
}

/** A watch over plain HTTP: kube-apiserver's chunked stream of JSON lines (handlers/watch.go L187-263). */
function httpWatch(r: KubeRequest, target: Target): Response {
  const spec = watchSpec(r.cluster, target, r.url.searchParams);
  if ('status' in spec) return statusJson(spec.status, 'BadRequest', spec.message, undefined, r.request);
  if (r.state.faults.watchDisabled) return watchDisabledResponse();
  const encoder = new TextEncoder();
  let stop: (() => void) | undefined;
  let refused: Response | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let done = false;
      const sink: WatchSink = {
        send: (text) => !done && controller.enqueue(encoder.encode(text)),
        close: () => {
          if (done) return;
          done = true;
          controller.close();
        },
        abort: () => {
          if (done) return;
          done = true;
          controller.error(new Error('watch connection dropped'));
        },
      };
      const started = r.state.watch.start(spec, sink);
      if (!started.ok) refused = statusJson(started.status, started.reason, started.message, undefined, r.request);
      else stop = started.stop;
      r.request.signal?.addEventListener('abort', () => {
        stop?.();
        sink.close(1000, '');
      });
    },
    cancel() {
      stop?.();
    },
  });
  if (refused) return refused;
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } });
}

/** The `watchDisabled` fault: what a gateway that does not pass upgrades would answer. */
function watchDisabledResponse(): Response {
  return rawStatusError(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
}

export type WatchOpen = { ok: true; start: (sink: WatchSink) => { stop: () => void } | Response } | { ok: false; response: Response };

/**
 * The WebSocket upgrade of a watch, as ks-apiserver decides it before kube-apiserver upgrades:
 * the filters of api/router.ts `admit` (faults, 401, cluster), then authorization of verb
 * `watch` (403 Status), then the watch options (400). A refusal is an HTTP response to the
 * upgrade request; an accepted watch starts when the caller has a sink (the open socket).
 * Paths other than the application watch: 404 NotFound Status.
 */
export async function openWatch(state: EmulatorState, request: Request, cookies?: Record<string, string>): Promise<WatchOpen> {
  const url = new URL(request.url);
  const info = parseRequestInfo(url.pathname);
  const target = info && applicationTarget(info);
  if (!info || !target || !isWatch(target, url.searchParams)) {
    return { ok: false, response: statusJson(404, 'NotFound', 'the server could not find the requested resource', {}, request) };
  }
  const admitted = await admit(state, request, info, cookies);
  if (admitted instanceof Response) return { ok: false, response: admitted };
  const { user, cluster } = admitted;
  const attrs = attributes('watch', { ...target, name: undefined });
  if (!authorize(state, user, cluster, attrs)) return { ok: false, response: forbidden(user.name, attrs, request) };
  const spec = watchSpec(cluster, target, url.searchParams);
  if ('status' in spec) return { ok: false, response: statusJson(spec.status, 'BadRequest', spec.message, undefined, request) };
  if (state.faults.watchDisabled) return { ok: false, response: watchDisabledResponse() };
  // An unparsable resourceVersion is refused before the upgrade (sim/watch.ts start).
  if (spec.resourceVersion && !/^\d+$/.test(spec.resourceVersion)) {
    const probe = state.watch.start(spec, { send: () => undefined, close: () => undefined, abort: () => undefined });
    if (!probe.ok) return { ok: false, response: statusJson(probe.status, probe.reason, probe.message, undefined, request) };
  }
  return {
    ok: true,
    start: (sink) => {
      const started = state.watch.start(spec, sink);
      return started.ok ? { stop: started.stop } : statusJson(started.status, started.reason, started.message, undefined, request);
    },
  };
}
