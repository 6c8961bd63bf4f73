/**
 * The simulated Argo CD instance of each cluster: `argoproj.io` Applications
 * in the Argo CD namespace, the live objects they deployed, refreshes (on
 * request and every ~180 s, see argo-resync.ts), auto-sync, sync operations
 * (Running -> Succeeded/Failed, with retries) and rollout health. Every status
 * change is handed to `onStatus`, which plays the ks-devops status controller.
 */
import type { Scheduler } from '../core/scheduler';
import { deepClone, rfc3339, type Loose } from '../core/util';
import { FINALIZER_CASCADE, ANNOTATION_REFRESH } from '../api/crd';
import { compare, desiredKeysOf, destinationKey, renderFor, resolveRevision, type ArgoApp, type World } from './argo-status';
import { autoSyncOperation } from './argo-sync';
import { argoCreateError } from './argo-create';
import { OperationRunner, STEPS } from './argo-operation';
import { lastResync, PeriodicRefresh } from './argo-resync';

export type { ArgoApp } from './argo-status';

interface Instance {
  cluster: string;
  namespace: string;
  apps: Map<string, ArgoApp>;
  worlds: Map<string, World>;
}

export class ArgoSimulator {
  private readonly instances = new Map<string, Instance>();
  private readonly pushes = new Map<string, number>();
  private readonly queued = new Set<string>();
  private readonly resync: PeriodicRefresh;
  private readonly operations: OperationRunner;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly onStatus: (cluster: string, app: ArgoApp) => void,
  ) {
    this.resync = new PeriodicRefresh(scheduler, { entries: () => this.entries(), refresh: (c, name) => this.refresh(c, name) });
    this.resync.start();
    const inst = (cluster: string) => this.instances.get(cluster);
    this.operations = new OperationRunner(scheduler, {
      isCurrent: (cluster, app) => inst(cluster)?.apps.get(app.name) === app,
      world: (cluster, app) => this.world(cluster, app),
      revisionFor: (spec) => this.revisionFor(spec),
      publish: (cluster, app) => this.onStatus(cluster, app),
      reconcile: (cluster, app) => this.withInstance(cluster, (i) => this.reconcile(i, app)),
      refreshSharing: (cluster, app, keys) => this.withInstance(cluster, (i) => this.refreshSharing(i, app, keys)),
    });
  }

  private withInstance(cluster: string, fn: (inst: Instance) => void): void {
    const inst = this.instances.get(cluster);
    if (inst) fn(inst);
  }

  /** Empties every instance; the scheduler has just been cleared, so the periodic refresh starts again. */
  clear(): void {
    this.instances.clear();
    this.pushes.clear();
    this.queued.clear();
    this.resync.start();
  }

  *entries(): Iterable<[string, ArgoApp]> {
    for (const inst of this.instances.values()) for (const app of inst.apps.values()) yield [inst.cluster, app];
  }

  ensureInstance(cluster: string, namespace: string): void {
    if (!this.instances.has(cluster)) this.instances.set(cluster, { cluster, namespace, apps: new Map(), worlds: new Map() });
  }

  namespaceOf(cluster: string): string | undefined {
    return this.instances.get(cluster)?.namespace;
  }

  get(cluster: string, name: string): ArgoApp | undefined {
    return this.instances.get(cluster)?.apps.get(name);
  }

  list(cluster: string): ArgoApp[] {
    return [...(this.instances.get(cluster)?.apps.values() ?? [])];
  }

  /** Live objects of a destination, for tests and the control API. */
  liveObjects(cluster: string, destination = 'in-cluster'): Array<Record<string, unknown>> {
    return [...(this.instances.get(cluster)?.worlds.get(destination)?.values() ?? [])].map(({ desired: _d, ...o }) => ({ ...o }));
  }

  /** Every destination world of every instance, for the live Kubernetes view (sim/live-cluster.ts). */
  *allWorlds(): Iterable<{ cluster: string; destination: string; world: World }> {
    for (const inst of this.instances.values())
      for (const [destination, world] of inst.worlds) yield { cluster: inst.cluster, destination, world };
  }

  /** A Create through kube-apiserver: throws its error text (argo-create.ts). */
  create(cluster: string, app: Omit<ArgoApp, 'status' | 'creationTimestamp'>): ArgoApp {
    const inst = this.instances.get(cluster);
    const error = argoCreateError(app, inst?.namespace, (name) => inst?.apps.has(name) ?? false);
    if (error || !inst) throw new Error(error);
    const created: ArgoApp = { ...deepClone(app), status: {}, creationTimestamp: this.timestamp() };
    inst.apps.set(created.name, created);
    this.afterWrite(inst, created, true, true);
    return created;
  }

  /** Adds an app as if it had existed for a while (seeds): nothing is scheduled. */
  insert(cluster: string, app: ArgoApp): void {
    this.instances.get(cluster)?.apps.set(app.name, app);
  }

  update(cluster: string, name: string, changes: Pick<ArgoApp, 'spec' | 'operation' | 'labels' | 'annotations' | 'finalizers'>): void {
    const inst = this.instances.get(cluster);
    const app = inst?.apps.get(name);
    if (!inst || !app || app.deleting) return;
    const specChanged = JSON.stringify(app.spec) !== JSON.stringify(changes.spec);
    const refresh = ANNOTATION_REFRESH in changes.annotations && !(ANNOTATION_REFRESH in app.annotations);
    Object.assign(app, deepClone(changes));
    this.afterWrite(inst, app, specChanged || refresh, false);
  }

  delete(cluster: string, name: string): void {
    const inst = this.instances.get(cluster);
    const app = inst?.apps.get(name);
    if (!inst || !app || app.deleting) return;
    app.deleting = true;
    this.scheduler.schedule(STEPS.react, `argo delete ${name}`, () => {
      const world = this.world(inst, app);
      const touched = new Set<string>();
      if (app.finalizers.includes(FINALIZER_CASCADE)) {
        for (const [key, live] of world) {
          if (live.owner !== app.name) continue;
          world.delete(key);
          touched.add(key);
        }
      }
      inst.apps.delete(app.name);
      this.refreshSharing(inst, app, touched);
    });
  }

  /** Simulates a `git push`: apps tracking a branch of the repo see a new revision. */
  push(repoURL: string): number {
    this.pushes.set(repoURL, (this.pushes.get(repoURL) ?? 0) + 1);
    let affected = 0;
    for (const inst of this.instances.values()) {
      for (const app of inst.apps.values()) {
        if (app.spec.source?.repoURL !== repoURL) continue;
        app.pinned = false;
        this.queueReconcile(inst, app);
        affected++;
      }
    }
    return affected;
  }

  revisionFor(spec: Record<string, Loose>): string {
    return resolveRevision(spec.source ?? {}, this.pushes.get(spec.source?.repoURL) ?? 0);
  }

  /** Injects a status as Argo CD would have written it (control API). */
  setStatus(cluster: string, name: string, status: Record<string, Loose>): void {
    const app = this.get(cluster, name);
    if (!app) return;
    app.status = deepClone(status);
    app.pinned = true;
    if (status.operationState?.phase !== 'Running') app.operation = undefined;
  }

  /** Starts a sync right away (used by seeds that show an operation in progress). */
  startNow(cluster: string, name: string): void {
    const inst = this.instances.get(cluster);
    const app = inst?.apps.get(name);
    if (inst && app) this.operations.start(inst.cluster, app);
  }

  world(inst: Instance | string, app: ArgoApp): World {
    const instance = typeof inst === 'string' ? this.instances.get(inst) : inst;
    if (!instance) return new Map();
    const key = destinationKey(app.spec.destination ?? {});
    let world = instance.worlds.get(key);
    if (!world) instance.worlds.set(key, (world = new Map()));
    return world;
  }

  /** Recomputes and publishes the status now (refreshes), or as of the app's last periodic refresh (seeds). */
  refresh(cluster: string, name: string, asOfLastResync = false): void {
    const inst = this.instances.get(cluster);
    const app = inst?.apps.get(name);
    if (inst && app) this.reconcile(inst, app, asOfLastResync ? lastResync(cluster, name, this.scheduler.now()) : undefined);
  }

  private afterWrite(inst: Instance, app: ArgoApp, needsRefresh: boolean, isNew: boolean): void {
    if (needsRefresh || isNew) {
      app.pinned = false;
      this.queueReconcile(inst, app);
    }
    if (app.operation && !app.running) {
      this.scheduler.schedule(STEPS.start, `argo start ${app.name}`, () => {
        if (inst.apps.get(app.name) === app && app.operation && !app.running && !app.deleting) this.operations.start(inst.cluster, app);
      });
    }
  }

  private queueReconcile(inst: Instance, app: ArgoApp): void {
    const key = `${inst.cluster}/${app.name}`;
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.scheduler.schedule(STEPS.react, `argo reconcile ${app.name}`, () => {
      this.queued.delete(key);
      if (inst.apps.get(app.name) !== app || app.deleting) return;
      if (ANNOTATION_REFRESH in app.annotations) {
        // Argo CD drops the refresh annotation from its own object once handled.
        const { [ANNOTATION_REFRESH]: _handled, ...rest } = app.annotations;
        app.annotations = rest;
      }
      this.reconcile(inst, app);
    });
  }

  private timestamp(): string {
    return rfc3339(this.scheduler.now());
  }

  /** reconciledAt must move on every refresh of an app, even two within one second. */
  private reconciledAt(app: ArgoApp, at = this.scheduler.now()): string {
    const now = Math.floor(at / 1000) * 1000;
    const previous = Date.parse(app.status.reconciledAt ?? '');
    return rfc3339(Number.isNaN(previous) ? now : Math.max(now, previous + 1000));
  }

  private reconcile(inst: Instance, app: ArgoApp, at?: number): void {
    if (app.pinned) return;
    const revision = this.revisionFor(app.spec);
    app.status = compare({
      appName: app.name,
      argoNamespace: inst.namespace,
      spec: app.spec,
      world: this.world(inst, app),
      revision,
      previous: app.status,
      now: this.reconciledAt(app, at),
    });
    const automated = app.spec.syncPolicy?.automated;
    if (
      automated &&
      app.status.sync?.status === 'OutOfSync' &&
      !app.operation &&
      !app.running &&
      renderFor(app.spec, app.name).ok &&
      app.lastSyncRevision !== revision
    ) {
      app.operation = autoSyncOperation(app.spec, revision);
      this.afterWrite(inst, app, false, false);
    }
    this.onStatus(inst.cluster, app);
  }

  /** Refreshes `app` and every other app of the instance that renders one of `keys`. */
  private refreshSharing(inst: Instance, app: ArgoApp, keys: Set<string>): void {
    if (inst.apps.get(app.name) === app && !app.running) this.reconcile(inst, app);
    if (keys.size === 0) return;
    for (const other of inst.apps.values()) {
      if (other === app || other.running || other.deleting) continue;
      if (destinationKey(other.spec.destination ?? {}) !== destinationKey(app.spec.destination ?? {})) continue;
      if (desiredKeysOf(other.spec, other.name).some((k) => keys.has(k))) this.reconcile(inst, other);
    }
  }
}
