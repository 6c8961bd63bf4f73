/**
 * The eight routes of `gitops.kubesphere.io/v1alpha1` in Argo CD mode
 * (ks-devops pkg/kapis/gitops/v1alpha1/argocd), with the handler quirks the
 * reference documents: reads come from the informer cache (state.cache),
 * writes go to kube-apiserver (state.store); PUT targets the body's
 * namespace/name with the cached path object's resourceVersion, DELETE
 * returns the object as read before deleting, write responses carry no
 * apiVersion/kind, sync errors are ServiceErrors. Writes: gitops-writes.ts.
 */
import { stringMap } from '../core/util';
import { Application, LABEL_HEALTH, LABEL_LOCATION, LABEL_SYNC } from './crd';
import { readEntity } from './entity';
import { decodeFailure, remove, sync, update, withoutTypeMeta } from './gitops-writes';
import { listIndexOf } from './list-index';
import { parseListQuery } from './query';
import { acceptsJson, json, restfulError, textError } from './responses';
import { validateMeta } from './validation';
import { StoreError, cacheNotFound } from '../sim/store';
import { hostCluster, type UserDef } from '../sim/context';
import type { EmulatorState } from '../sim/state';

export interface GitopsRequest {
  state: EmulatorState;
  cluster: string;
  user: UserDef;
  request: Request;
  url: URL;
  /** Path segments after `/kapis/gitops.kubesphere.io/v1alpha1`. */
  parts: string[];
}

type Handler = (r: GitopsRequest, ns: string, name: string) => Promise<Response> | Response;

interface Route {
  pattern: string[];
  methods: Record<string, Handler>;
}

/** Registration order of route.go, which is also the order of the `Allow` header. */
const ROUTES: Route[] = [
  { pattern: ['namespaces', '*', 'applications'], methods: { GET: list, POST: create } },
  { pattern: ['namespaces', '*', 'application-summary'], methods: { GET: summary } },
  { pattern: ['namespaces', '*', 'applications', '*'], methods: { GET: get, DELETE: remove, PUT: update } },
  { pattern: ['namespaces', '*', 'applications', '*', 'sync'], methods: { POST: sync } },
  { pattern: ['clusters'], methods: { GET: clusters } },
];

function matches(pattern: string[], parts: string[]): boolean {
  return pattern.length === parts.length && pattern.every((p, i) => p === '*' || p === parts[i]);
}

export async function handleGitops(r: GitopsRequest): Promise<Response> {
  const route = ROUTES.find((rt) => matches(rt.pattern, r.parts));
  if (!route) return restfulError(404, '404: Page Not Found');
  const handler = route.methods[r.request.method];
  if (!handler) return restfulError(405, '405: Method Not Allowed', { Allow: Object.keys(route.methods).join(', ') });
  if (!acceptsJson(r.request.headers.get('accept'))) {
    return restfulError(406, '406: Not Acceptable\n\nAvailable representations: application/json');
  }
  try {
    return await handler(r, r.parts[1] ?? '', r.parts[3] ?? '');
  } catch (e) {
    if (e instanceof StoreError) return textError(e.code, e.message);
    throw e;
  }
}

/**
 * The status filters are label matches on the cached list, then KubeSphere's DefaultList; both
 * read through the list index (list-index.ts), which gives the same result as that scan.
 */
function list(r: GitopsRequest, ns: string): Response {
  const params = r.url.searchParams;
  const wanted: Array<[string, string]> = [];
  if (params.get('syncStatus')) wanted.push([LABEL_SYNC, params.get('syncStatus') as string]);
  if (params.get('healthStatus')) wanted.push([LABEL_HEALTH, params.get('healthStatus') as string]);
  const page = listIndexOf(r.state.store, r.state.cache).list(r.cluster, ns, parseListQuery(params), wanted);
  return json({ items: page.items.map((rec) => rec.obj), totalItems: page.totalItems });
}

/** Counts of the status labels' values over the cached list (kept by the list index between writes). */
function summary(r: GitopsRequest, ns: string): Response {
  return json(listIndexOf(r.state.store, r.state.cache).summary(r.cluster, ns, LABEL_HEALTH, LABEL_SYNC));
}

/**
 * ks-devops argocd/handler.go L45-58: namespace from the path, the location
 * label forced, then client.Create. kube-apiserver checks in its order:
 * NamespaceLifecycle admission first (mutating admission runs before the
 * registry, apiserver v0.31 endpoints/handlers/create.go L201-202; plugin
 * namespace/lifecycle/admission.go L77), then ObjectMeta validation
 * (rest.BeforeCreate), then the storage refuses a resourceVersion
 * (storage/etcd3/store.go L206-207), a plain error that ErrorToAPIStatus
 * turns into a 500 with its text (endpoints/handlers/responsewriters/status.go).
 */
async function create(r: GitopsRequest, ns: string): Promise<Response> {
  const entity = await readEntity(r.request, Application);
  if (!entity.ok) return decodeFailure(entity);
  const app = entity.value;
  app.metadata.namespace = ns;
  app.metadata.labels = { ...stringMap(app.metadata.labels), [LABEL_LOCATION]: r.state.argocdNamespace };
  if (!r.state.store.hasNamespace(r.cluster, ns)) return textError(404, `namespaces "${ns}" not found`);
  const invalid = validateMeta(app.metadata);
  if (invalid) return textError(422, invalid);
  if (app.metadata.resourceVersion) return textError(500, 'resourceVersion should not be set on objects to be created');
  return json(withoutTypeMeta(r.state.store.create(r.cluster, app)));
}

/** ks-devops gitops/handler.go L75-85 (GetApplication): a cache Get, 404 in the Kind form. */
function get(r: GitopsRequest, ns: string, name: string): Response {
  const app = r.state.cache.get(r.cluster, ns, name);
  if (!app) throw cacheNotFound(name);
  return json(app);
}

function clusters(r: GitopsRequest): Response {
  const items: Array<{ server: string; name: string }> = [{ server: 'https://kubernetes.default.svc', name: 'in-cluster' }];
  // Cluster secrets are made by the host's MultiClusterReconciler only; members list just in-cluster.
  if (r.cluster === hostCluster(r.state.context)) {
    const sorted = [...r.state.context.clusters].sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const c of sorted) items.push({ server: c.kubernetesAPIEndpoint, name: c.name });
  }
  return json(items);
}
