/**
 * Puts an application into the state it would have after running for a
 * while: KubeSphere object with the controller's labels and finalizer, the
 * Argo CD app, the objects it deployed, past history and last operation, and
 * the status written back by the status controller. Nothing is scheduled
 * (apart from the background retries of a reconcile that keeps failing), so a
 * seeded emulator is quiet until someone acts.
 */
import { canonical } from '../core/schema';
import { fakeSha, rfc3339, type Loose } from '../core/util';
import { Application, API_VERSION, FINALIZER_APP, FINALIZER_CASCADE, LABEL_ARGO_APP, LABEL_LOCATION } from '../api/crd';
import { renderFor, settledHealth, initialHealth } from '../sim/argo-status';
import { runSync } from '../sim/argo-sync';
import { resourceKey } from '../sim/manifests';
import type { ArgoApp } from '../sim/argo';
import type { EmulatorState } from '../sim/state';

export interface SeedApp {
  cluster?: string;
  namespace: string;
  name: string;
  alias?: string;
  description?: string;
  creator?: string;
  source: Record<string, unknown>;
  destination?: Record<string, unknown>;
  /** Auto-sync policy; omitted = manual sync. */
  automated?: { prune?: boolean; selfHeal?: boolean };
  syncOptions?: string[];
  /** Minutes since creation. */
  age: number;
  /** What is deployed: the current revision, an older one, or nothing yet. */
  live: 'synced' | 'stale' | 'none';
  history?: number;
  /** Created without the argocd-location label (e.g. with kubectl): the controller ignores it. */
  noLocation?: boolean;
  /** Leaves a sync in progress, started by this user. */
  runningSyncBy?: string;
  /** Created after another app claimed the same objects. */
  sharedWith?: string;
  /**
   * Its reconcile has failed since it was created (a name over 63 characters):
   * no Argo CD app, no argocd-application label, no finalizer, no status.
   */
  neverMirrored?: boolean;
  /**
   * Lost its argocd-location label (kubectl edit), then was deleted with
   * cascade this many minutes ago: it stays terminating, its Argo CD app lives on.
   */
  deletedWithoutLocation?: number;
}

const MINUTE = 60_000;

export function bootstrapApp(state: EmulatorState, seed: SeedApp): void {
  const cluster = seed.cluster ?? 'host';
  const now = state.scheduler.now();
  const created = now - seed.age * MINUTE;
  const mirrored = !seed.noLocation && !seed.neverMirrored;
  const labels: Record<string, string> = {};
  if (!seed.noLocation && seed.deletedWithoutLocation === undefined) labels[LABEL_LOCATION] = state.argocdNamespace;
  if (mirrored) labels[LABEL_ARGO_APP] = seed.name;
  const annotations: Record<string, string> = { 'kubesphere.io/creator': seed.creator ?? 'admin' };
  if (seed.alias) annotations['kubesphere.io/alias-name'] = seed.alias;
  if (seed.description) annotations['kubesphere.io/description'] = seed.description;
  const syncPolicy: Record<string, unknown> = {};
  if (seed.automated) syncPolicy.automated = seed.automated;
  if (seed.syncOptions) syncPolicy.syncOptions = seed.syncOptions;
  const spec = {
    source: seed.source,
    destination: seed.destination ?? { server: 'https://kubernetes.default.svc', namespace: seed.namespace },
    // The console sends the DevOps project; kubectl users often leave Argo CD's `default`.
    project: seed.noLocation ? 'default' : seed.namespace,
    ...(Object.keys(syncPolicy).length > 0 ? { syncPolicy } : {}),
  };
  const deleted = seed.deletedWithoutLocation === undefined ? undefined : now - seed.deletedWithoutLocation * MINUTE;
  const app: Record<string, Loose> = canonical(
    {
      kind: 'Application',
      apiVersion: API_VERSION,
      metadata: {
        name: seed.name,
        namespace: seed.namespace,
        uid: state.store.newUid(),
        resourceVersion: state.store.nextResourceVersion(),
        // Create = 1; the controller's project/finalizer write = 2; a graceful delete bumps it again.
        generation: (mirrored ? 2 : 1) + (deleted === undefined ? 0 : 1),
        creationTimestamp: rfc3339(created),
        ...(deleted === undefined ? {} : { deletionTimestamp: rfc3339(deleted), deletionGracePeriodSeconds: 0 }),
        labels,
        annotations,
        finalizers: mirrored ? [FINALIZER_APP, ...(deleted === undefined ? [] : [FINALIZER_CASCADE])] : [],
      },
      spec: { kind: 'argocd', argoApp: { spec } },
      status: { fluxApp: {} },
    },
    Application,
  );
  state.store.load(cluster, [app]);
  if (seed.noLocation) {
    state.controllers.reconcile(cluster, seed.namespace, seed.name);
    return;
  }
  if (seed.neverMirrored) {
    state.controllers.failingSince(cluster, seed.namespace, seed.name, created);
    return;
  }
  const argoApp: ArgoApp = {
    name: seed.name,
    namespace: state.argocdNamespace,
    labels: {
      'gitops.kubesphere.io/application-name': seed.name,
      'gitops.kubesphere.io/application-namespace': seed.namespace,
      'gitops.kubesphere.io/argocd-application-control-by': 'ks-devops',
    },
    annotations: {},
    finalizers: [],
    spec: app.spec.argoApp.spec,
    status: {},
    creationTimestamp: rfc3339(created),
    owner: { namespace: seed.namespace, name: seed.name },
  };
  state.argo.insert(cluster, argoApp);
  deploy(state, cluster, argoApp, seed, created);
  // Dated to the app's last periodic refresh, as if Argo CD had been running: the next one is at most 180 s away.
  state.argo.refresh(cluster, seed.name, true);
  if (seed.runningSyncBy) startSync(state, cluster, seed, seed.runningSyncBy);
  if (deleted !== undefined) {
    // The DELETE woke the reconciler, which found no location label: one Invalid event, at that time.
    state.controllers.reconcile(cluster, seed.namespace, seed.name);
    const at = rfc3339(deleted);
    state.events.backdate({ cluster, namespace: seed.namespace, name: seed.name, reason: 'Invalid' }, 1, at, at);
  }
}

/** Fills the destination with what past syncs applied, and the matching history. */
function deploy(state: EmulatorState, cluster: string, app: ArgoApp, seed: SeedApp, created: number): void {
  if (seed.live === 'none') return;
  const rendered = renderFor(app.spec, app.name);
  if (!rendered.ok) return;
  const current = state.argo.revisionFor(app.spec);
  const revision = seed.live === 'stale' ? fakeSha(`${seed.name}#previous`) : current;
  const world = state.argo.world(cluster, app);
  const span = Math.max(1, seed.age - 1) * MINUTE;
  const deployedAtOf = (i: number) => created + Math.round((span * (i + 1)) / (Math.max(1, seed.history ?? 1) + 1));
  const outcome = runSync({ appName: app.name, resources: rendered.resources, world: new Map(), revision, sync: {} });
  for (const live of outcome.applied) {
    const key = resourceKey(live);
    // A shared object keeps its first owner; the later app is the one that sees the warning.
    if (seed.sharedWith && world.get(key)?.owner === seed.sharedWith) continue;
    const desired = live.desired;
    const health = desired ? (settledHealth(desired) ?? initialHealth(desired)) : {};
    const rollouts = Math.max(1, seed.history ?? 1);
    world.set(key, {
      ...live,
      health: health.health,
      healthMessage: health.message,
      createdAt: deployedAtOf(0),
      appliedAt: deployedAtOf(rollouts - 1),
      rollouts,
    });
  }
  const count = Math.max(1, seed.history ?? 1);
  const history = Array.from({ length: count }, (_, i) => {
    const deployedAt = deployedAtOf(i);
    const rev = i === count - 1 ? revision : fakeSha(`${seed.name}#${i}`);
    return { deployStartedAt: rfc3339(deployedAt - 4000), deployedAt: rfc3339(deployedAt), id: i, revision: rev, source: app.spec.source };
  });
  const last = history[history.length - 1];
  const failed = outcome.failure !== undefined;
  const kept = failed ? history.slice(0, -1) : history;
  app.status = {
    ...(kept.length > 0 ? { history: kept } : {}),
    operationState: {
      finishedAt: last.deployedAt,
      message: failed ? `one or more objects failed to apply, reason: ${outcome.failure}` : 'successfully synced (all tasks run)',
      operation: seed.automated
        ? { initiatedBy: { automated: true }, retry: {}, sync: { revision } }
        : { initiatedBy: { username: seed.creator ?? 'admin' }, retry: {}, sync: { revision: seed.source.targetRevision ?? 'HEAD' } },
      phase: failed ? 'Failed' : 'Succeeded',
      startedAt: last.deployStartedAt,
      syncResult: { resources: outcome.results, revision, source: app.spec.source },
    },
  };
  app.lastSyncRevision = revision;
}

function startSync(state: EmulatorState, cluster: string, seed: SeedApp, username: string): void {
  const operation = { sync: { revision: String(seed.source.targetRevision ?? 'HEAD') }, initiatedBy: { username }, retry: {} };
  state.store.mutate(cluster, seed.namespace, seed.name, (draft) => {
    draft.spec.argoApp.operation = operation;
  });
  const argoApp = state.argo.get(cluster, seed.name);
  if (!argoApp) return;
  argoApp.operation = operation;
  state.argo.startNow(cluster, seed.name);
}
