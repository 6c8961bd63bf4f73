/**
 * The handlers that change applications: PUT, DELETE and sync. Each reads
 * through the informer cache (state.cache) and writes to kube-apiserver
 * (state.store), step by step as ks-devops does, so a stale cache shows
 * through as the real server shows it: a Get that 404s in the Kind form, a
 * write that 409s on a cached resourceVersion.
 */
import { deepClone } from '../core/util';
import { canonical } from '../core/schema';
import { Application, ApplicationSyncRequest, FINALIZER_CASCADE, Operation } from './crd';
import { readEntity } from './entity';
import { json, textError } from './responses';
import { metaErrors } from './validation';
import { StoreError, cacheNotFound, type AppObject } from '../sim/store';
import type { GitopsRequest } from './gitops-routes';

export const withoutTypeMeta = (obj: AppObject): AppObject => {
  const { kind: _kind, apiVersion: _apiVersion, ...rest } = obj;
  return rest;
};

export function decodeFailure(result: { kind: 'content-type' | 'decode'; message: string }): Response {
  return textError(result.kind === 'content-type' ? 400 : 500, result.message);
}

/**
 * ks-devops pkg/kapis/gitops/v1alpha1/gitops/handler.go L122-140: decode the
 * body, Get the path object from the cache, copy its resourceVersion into the
 * body, Update the object the body names. kube-apiserver then checks in its
 * order (sim/store.ts update): UID precondition, not found, resourceVersion,
 * validation.
 */
export async function update(r: GitopsRequest, ns: string, name: string): Promise<Response> {
  const entity = await readEntity(r.request, Application);
  if (!entity.ok) return decodeFailure(entity);
  const body = entity.value;
  const latest = r.state.cache.get(r.cluster, ns, name);
  if (!latest) throw cacheNotFound(name);
  // client-go's request builder refuses an empty name ("resource name may not
  // be empty", a plain error: 500); without a namespace the typed client
  // addresses the cluster-scoped path, which a namespaced CRD does not serve.
  if (!body.metadata.name) return textError(500, 'resource name may not be empty');
  if (!body.metadata.namespace) return textError(404, 'the server could not find the requested resource');
  body.metadata.resourceVersion = latest.metadata.resourceVersion;
  return json(withoutTypeMeta(r.state.store.update(r.cluster, body, 'main', metaErrors)));
}

/**
 * ks-devops gitops/handler.go L87-120: Get from the cache; with
 * `cascade=true` on an Argo CD app, add the resources finalizer if missing
 * (k8sutil.AddFinalizer), Update, Get again from the cache; then Delete.
 * The answer is the object as last read, so with a lagging cache it lacks
 * the finalizer just added. On a terminating app the Update is refused by
 * kube-apiserver (no new finalizers, 422); with the finalizer already there
 * nothing is updated and the Delete answers 200.
 */
export function remove(r: GitopsRequest, ns: string, name: string): Response {
  const { cache, store } = r.state;
  let app = cache.get(r.cluster, ns, name);
  if (!app) throw cacheNotFound(name);
  const finalizers: string[] = Array.isArray(app.metadata.finalizers) ? app.metadata.finalizers : [];
  if (app.spec?.argoApp && r.url.searchParams.get('cascade') === 'true' && !finalizers.includes(FINALIZER_CASCADE)) {
    const draft = deepClone(app);
    draft.metadata.finalizers = [...finalizers, FINALIZER_CASCADE];
    store.update(r.cluster, draft);
    app = cache.get(r.cluster, ns, name);
    if (!app) throw cacheNotFound(name);
  }
  // client.Delete sends no preconditions: it deletes by name whatever the cache said.
  store.delete(r.cluster, ns, name);
  return json(app);
}

const INVALID_SYNC = '[ServiceError:400] invalid application sync request';
const NOT_INITIALIZED = '[ServiceError:400] application is not initialized, please confirm you have already configured it';
const IN_PROGRESS = '[ServiceError:400] another operation is already in progress';

/**
 * retry.DefaultRetry (k8s.io/client-go v0.31 util/retry/util.go L28-33):
 * 5 attempts, 10 ms apart (plus up to 10% jitter; the emulator takes the
 * lower bound). retry.OnError (L48-65) retries only conflicts and returns the
 * last one.
 */
const RETRY_STEPS = 5;
const RETRY_STEP_MS = 10;

/**
 * ks-devops pkg/kapis/gitops/v1alpha1/argocd/handler.go L95-184: decode the
 * request, Get the app (404, not initialized), build the operation from it,
 * then in RetryOnConflict: Get, refuse a nil argoApp or a set operation, set
 * the operation, Update. Each attempt reads the cache as it is when the
 * attempt runs, so a lag longer than the retries last ends in the 409.
 */
export async function sync(r: GitopsRequest, ns: string, name: string): Promise<Response> {
  const entity = await readEntity(r.request, ApplicationSyncRequest);
  if (!entity.ok) return textError(400, INVALID_SYNC);
  const req = entity.value;
  const { cache, store } = r.state;
  const first = cache.get(r.cluster, ns, name);
  if (!first) throw cacheNotFound(name);
  const argoApp = first.spec?.argoApp;
  if (!argoApp) return textError(400, NOT_INITIALIZED);
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
  const start = r.state.scheduler.now();
  for (let attempt = 0; ; attempt++) {
    const app = cache.get(r.cluster, ns, name, start + attempt * RETRY_STEP_MS);
    if (!app) throw cacheNotFound(name);
    if (!app.spec?.argoApp) return textError(400, NOT_INITIALIZED);
    if (app.spec.argoApp.operation) return textError(400, IN_PROGRESS);
    const draft = deepClone(app);
    draft.spec.argoApp.operation = operation;
    try {
      return json(withoutTypeMeta(store.update(r.cluster, draft)));
    } catch (e) {
      if (!(e instanceof StoreError && e.code === 409) || attempt === RETRY_STEPS - 1) throw e;
    }
  }
}
