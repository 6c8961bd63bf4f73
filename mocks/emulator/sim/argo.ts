/**
 * The simulated Argo CD instance of each cluster: `argoproj.io` Applications
 * in the Argo CD namespace, the live objects they deployed, refreshes,
 * auto-sync, sync operations (Running -> Succeeded/Failed, with retries) and
 * rollout health. Every status change is handed to `onStatus`, which plays the
 * ks-devops status controller.
 */
import type { Scheduler } from '../core/scheduler';
import { deepClone, rfc3339, type Loose } from '../core/util';
import { FINALIZER_CASCADE, ANNOTATION_REFRESH } from '../api/crd';
import { resourceKey } from './manifests';
import { compare, desiredKeysOf, destinationKey, renderFor, resolveRevision, settledHealth, type ArgoApp, type World } from './argo-status';
import { autoSyncOperation, finishedOperationState, runSync, withHistory } from './argo-sync';

export type { ArgoApp } from './argo-status';

interface Instance {
  cluster: string;
  namespace: string;
  apps: Map<string, ArgoApp>;
  worlds: Map<string, World>;
}

const STEPS = { react: 1, start: 1, run: 2, slowRun: 12, rollout: 2, retry: 2 };

export class ArgoSimulator {
  private readonly instances = new Map<string, Instance>();
  private readonly pushes = new Map<string, number>();
  private readonly queued = new Set<string>();

  constructor(
    private readonly scheduler: Scheduler,
    private readonly onStatus: (cluster: string, app: ArgoApp) => void,
  ) {}

  clear(): void {
    this.instances.clear();
    this.pushes.clear();
    this.queued.clear();
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
    return [...(this.instances.get(cluster)?.worlds.get(destination)?.values() ?? [])].map((o) => ({ ...o }));
  }

  create(cluster: string, app: Omit<ArgoApp, 'status' | 'creationTimestamp'>): ArgoApp {
    const inst = this.instances.get(cluster);
    if (!inst) throw new Error(`namespaces "${app.namespace}" not found`);
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
    if (inst && app) this.start(inst, app);
  }

  world(inst: Instance | string, app: ArgoApp): World {
    const instance = typeof inst === 'string' ? this.instances.get(inst) : inst;
    if (!instance) return new Map();
    const key = destinationKey(app.spec.destination ?? {});
    let world = instance.worlds.get(key);
    if (!world) instance.worlds.set(key, (world = new Map()));
    return world;
  }

  /** Recomputes and publishes the status now (seeds and refreshes). */
  refresh(cluster: string, name: string): void {
    const inst = this.instances.get(cluster);
    const app = inst?.apps.get(name);
    if (inst && app) this.reconcile(inst, app);
  }

  private afterWrite(inst: Instance, app: ArgoApp, needsRefresh: boolean, isNew: boolean): void {
    if (needsRefresh || isNew) {
      app.pinned = false;
      this.queueReconcile(inst, app);
    }
    if (app.operation && !app.running) {
      this.scheduler.schedule(STEPS.start, `argo start ${app.name}`, () => {
        if (inst.apps.get(app.name) === app && app.operation && !app.running && !app.deleting) this.start(inst, app);
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
  private reconciledAt(app: ArgoApp): string {
    const now = Math.floor(this.scheduler.now() / 1000) * 1000;
    const previous = Date.parse(app.status.reconciledAt ?? '');
    return rfc3339(Number.isNaN(previous) ? now : Math.max(now, previous + 1000));
  }

  private reconcile(inst: Instance, app: ArgoApp): void {
    if (app.pinned) return;
    const revision = this.revisionFor(app.spec);
    app.status = compare({
      appName: app.name,
      argoNamespace: inst.namespace,
      spec: app.spec,
      world: this.world(inst, app),
      revision,
      previous: app.status,
      now: this.reconciledAt(app),
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

  private start(inst: Instance, app: ArgoApp): void {
    if (!app.operation) return;
    app.pinned = false;
    const operation = deepClone(app.operation);
    const startedAt = this.timestamp();
    app.running = { operation, startedAt, retryCount: 0 };
    app.status = { ...app.status, operationState: { operation, phase: 'Running', message: 'one or more tasks are running', startedAt } };
    this.onStatus(inst.cluster, app);
    const rendered = renderFor(app.spec, app.name);
    const slow = rendered.ok && rendered.slow;
    this.scheduler.schedule(slow ? STEPS.slowRun : STEPS.run, `argo sync ${app.name}`, () => this.finish(inst, app));
  }

  private finish(inst: Instance, app: ArgoApp): void {
    const running = app.running;
    if (!running || inst.apps.get(app.name) !== app) return;
    const { operation, startedAt } = running;
    const sync = operation.sync ?? {};
    const rendered = renderFor(app.spec, app.name);
    // Argo CD resolves a branch, tag or HEAD given to a sync into a commit SHA.
    const revision = this.revisionFor(
      sync.revision ? { ...app.spec, source: { ...app.spec.source, targetRevision: sync.revision } } : app.spec,
    );
    const base = { operation, startedAt, ...(running.retryCount > 0 ? { retryCount: running.retryCount } : {}) };
    if (!rendered.ok) {
      this.complete(inst, app, { ...base, phase: 'Error', message: rendered.message, finishedAt: this.timestamp() }, revision);
      return;
    }
    const world = this.world(inst, app);
    const outcome = runSync({ appName: app.name, resources: rendered.resources, world, revision, sync });
    const limit = Number(operation.retry?.limit ?? 0);
    if (outcome.failure && running.retryCount < limit) {
      running.retryCount++;
      const message = `Retrying attempt #${running.retryCount} at ${this.timestamp().slice(11, 19)}: one or more objects failed to apply, reason: ${outcome.failure}`;
      app.status = { ...app.status, operationState: { ...base, retryCount: running.retryCount, phase: 'Running', message } };
      this.onStatus(inst.cluster, app);
      this.scheduler.schedule(STEPS.retry, `argo retry ${app.name}`, () => this.finish(inst, app));
      return;
    }
    const touched = new Set<string>();
    for (const key of outcome.pruned) {
      world.delete(key);
      touched.add(key);
    }
    for (const live of outcome.applied) {
      const key = resourceKey(live);
      world.set(key, live);
      touched.add(key);
      const desired = rendered.resources.find((d) => resourceKey(d) === key);
      const settled = desired && settledHealth(desired);
      if (settled && live.health === 'Progressing') this.scheduleRollout(inst, app, key, live.revision, settled);
    }
    const finishedAt = this.timestamp();
    const state = finishedOperationState(base, outcome, revision, app.spec.source, finishedAt);
    if (!outcome.failure && !sync.dryRun) {
      app.status = {
        ...app.status,
        history: withHistory(app.status.history, app.spec, { deployStartedAt: startedAt, deployedAt: finishedAt, revision }),
      };
    }
    this.complete(inst, app, state, sync.dryRun ? app.lastSyncRevision : revision);
    this.refreshSharing(inst, app, touched);
  }

  private complete(inst: Instance, app: ArgoApp, operationState: Record<string, Loose>, revision: string | undefined): void {
    app.running = undefined;
    app.operation = undefined;
    app.lastSyncRevision = revision;
    app.status = { ...app.status, operationState };
    this.reconcile(inst, app);
  }

  private scheduleRollout(
    inst: Instance,
    app: ArgoApp,
    key: string,
    revision: string,
    settled: { health: string; message?: string },
  ): void {
    this.scheduler.schedule(STEPS.rollout, `rollout ${key}`, () => {
      const live = this.world(inst, app).get(key);
      if (!live || live.owner !== app.name || live.revision !== revision) return;
      live.health = settled.health as typeof live.health;
      live.healthMessage = settled.message;
      this.refreshSharing(inst, app, new Set([key]));
    });
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
