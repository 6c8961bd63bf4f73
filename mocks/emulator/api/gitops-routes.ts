/**
 * The eight routes of `gitops.kubesphere.io/v1alpha1` in Argo CD mode
 * (ks-devops pkg/kapis/gitops/v1alpha1/argocd), with the handler quirks the
 * reference documents: PUT targets the body's namespace/name with the path
 * object's resourceVersion, DELETE returns the object as read before deleting,
 * write responses carry no apiVersion/kind, sync errors are ServiceErrors.
 */
import { deepClone, stringMap } from '../core/util';
import { canonical } from '../core/schema';
import { Application, ApplicationSyncRequest, FINALIZER_CASCADE, GROUP, LABEL_HEALTH, LABEL_LOCATION, LABEL_SYNC, Operation } from './crd';
import { readEntity } from './entity';
import { defaultList, parseListQuery } from './query';
import { json, restfulError, textError } from './responses';
import { validateMeta } from './validation';
import { StoreError, notFound, type AppObject } from '../sim/store';
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
  const accept = r.request.headers.get('accept');
  if (accept && !/(\*\/\*|application\/\*|application\/json)/.test(accept)) return restfulError(406, '406: Not Acceptable');
  try {
    return await handler(r, r.parts[1] ?? '', r.parts[3] ?? '');
  } catch (e) {
    if (e instanceof StoreError) return textError(e.code, e.message);
    throw e;
  }
}

const withoutTypeMeta = (obj: AppObject): AppObject => {
  const { kind: _kind, apiVersion: _apiVersion, ...rest } = obj;
  return rest;
};

function list(r: GitopsRequest, ns: string): Response {
  const params = r.url.searchParams;
  const wanted: Array<[string, string]> = [];
  if (params.get('syncStatus')) wanted.push([LABEL_SYNC, params.get('syncStatus') as string]);
  if (params.get('healthStatus')) wanted.push([LABEL_HEALTH, params.get('healthStatus') as string]);
  let records = r.state.store.list(r.cluster, ns);
  if (wanted.length > 0) {
    records = records.filter((rec) => {
      const labels = stringMap(rec.obj.metadata?.labels);
      return wanted.every(([k, v]) => labels[k] === v);
    });
  }
  const page = defaultList(records, parseListQuery(params));
  return json({ items: page.items.map((rec) => rec.obj), totalItems: page.totalItems });
}

function summary(r: GitopsRequest, ns: string): Response {
  const health: Record<string, number> = {};
  const sync: Record<string, number> = {};
  const records = r.state.store.list(r.cluster, ns);
  for (const rec of records) {
    const labels = stringMap(rec.obj.metadata?.labels);
    if (labels[LABEL_HEALTH]) health[labels[LABEL_HEALTH]] = (health[labels[LABEL_HEALTH]] ?? 0) + 1;
    if (labels[LABEL_SYNC]) sync[labels[LABEL_SYNC]] = (sync[labels[LABEL_SYNC]] ?? 0) + 1;
  }
  const sorted = (m: Record<string, number>) =>
    Object.fromEntries(
      Object.keys(m)
        .sort()
        .map((k) => [k, m[k]]),
    );
  return json({ total: records.length, healthStatus: sorted(health), syncStatus: sorted(sync) });
}

function decodeFailure(result: { kind: 'content-type' | 'decode'; message: string }): Response {
  return textError(result.kind === 'content-type' ? 400 : 500, result.message);
}

async function create(r: GitopsRequest, ns: string): Promise<Response> {
  const entity = await readEntity(r.request, Application);
  if (!entity.ok) return decodeFailure(entity);
  const app = entity.value;
  app.metadata.namespace = ns;
  app.metadata.labels = { ...stringMap(app.metadata.labels), [LABEL_LOCATION]: r.state.argocdNamespace };
  const invalid = validateMeta(app.metadata);
  if (invalid) return textError(422, invalid);
  if (app.metadata.resourceVersion)
    return textError(500, 'Internal error occurred: resourceVersion should not be set on objects to be created');
  if (!r.state.store.hasNamespace(r.cluster, ns)) return textError(404, `namespaces "${ns}" not found`);
  return json(withoutTypeMeta(r.state.store.create(r.cluster, app)));
}

function get(r: GitopsRequest, ns: string, name: string): Response {
  const app = r.state.store.get(r.cluster, ns, name);
  if (!app) throw notFound(name);
  return json(app);
}

async function update(r: GitopsRequest, ns: string, name: string): Promise<Response> {
  const entity = await readEntity(r.request, Application);
  if (!entity.ok) return decodeFailure(entity);
  const body = entity.value;
  const latest = r.state.store.get(r.cluster, ns, name);
  if (!latest) throw notFound(name);
  const target: string = body.metadata.name ?? '';
  const targetNs: string = body.metadata.namespace ?? '';
  if (!target) return textError(500, 'resource name may not be empty');
  if (!targetNs) return textError(404, 'the server could not find the requested resource');
  const current = r.state.store.get(r.cluster, targetNs, target);
  if (!current) throw notFound(target);
  if (body.metadata.uid && body.metadata.uid !== current.metadata?.uid) {
    return textError(
      409,
      `Operation cannot be fulfilled on applications.${GROUP} "${target}": Precondition failed: UID in precondition: ${body.metadata.uid}, UID in object meta: ${current.metadata?.uid}`,
    );
  }
  const invalid = validateMeta(body.metadata);
  if (invalid) return textError(422, invalid);
  body.metadata.resourceVersion = latest.metadata.resourceVersion;
  return json(withoutTypeMeta(r.state.store.update(r.cluster, body)));
}

function remove(r: GitopsRequest, ns: string, name: string): Response {
  const store = r.state.store;
  let app = store.get(r.cluster, ns, name);
  if (!app) throw notFound(name);
  if (app.spec?.argoApp && r.url.searchParams.get('cascade') === 'true') {
    const draft = deepClone(app);
    const finalizers: string[] = draft.metadata.finalizers ?? [];
    if (!finalizers.includes(FINALIZER_CASCADE)) draft.metadata.finalizers = [...finalizers, FINALIZER_CASCADE];
    store.update(r.cluster, draft);
    app = store.get(r.cluster, ns, name) ?? app;
  }
  store.delete(r.cluster, ns, name);
  return json(app);
}

const INVALID_SYNC = '[ServiceError:400] invalid application sync request';

async function sync(r: GitopsRequest, ns: string, name: string): Promise<Response> {
  const entity = await readEntity(r.request, ApplicationSyncRequest);
  if (!entity.ok) return textError(400, INVALID_SYNC);
  const req = entity.value;
  const app = r.state.store.get(r.cluster, ns, name);
  if (!app) throw notFound(name);
  const argoApp = app.spec?.argoApp;
  if (!argoApp) return textError(400, '[ServiceError:400] application is not initialized, please confirm you have already configured it');
  if (argoApp.operation) return textError(400, '[ServiceError:400] another operation is already in progress');
  const policy = argoApp.spec?.syncPolicy ?? {};
  const operation = canonical(
    {
      sync: {
        revision: req.revision,
        dryRun: req.dryRun,
        prune: req.prune,
        syncStrategy: req.strategy,
        resources: req.resources,
        manifests: req.manifests,
        syncOptions: req.syncOptions !== undefined ? req.syncOptions : policy.syncOptions,
      },
      initiatedBy: { username: r.user.name },
      info: req.infos,
      retry: req.retryStrategy ?? policy.retry ?? {},
    },
    Operation,
  );
  const draft = deepClone(app);
  draft.spec.argoApp.operation = operation;
  return json(withoutTypeMeta(r.state.store.update(r.cluster, draft)));
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
