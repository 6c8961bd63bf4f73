/**
 * A sync operation of the simulated Argo CD: Running, then applied (with the
 * retries of its retry strategy) and Succeeded, Failed or Error, history and
 * rollout health of what it applied. Split from argo.ts, which owns the apps.
 */
import type { Scheduler } from '../core/scheduler';
import { deepClone, rfc3339, type Loose } from '../core/util';
import { resourceKey } from './manifests';
import { renderFor, settledHealth, type ArgoApp, type World } from './argo-status';
import { finishedOperationState, runSync, withHistory } from './argo-sync';

export const STEPS = { react: 1, start: 1, run: 2, slowRun: 12, rollout: 2, retry: 2 };

/** What an operation needs from the Argo CD instance that runs it. */
export interface OperationHost {
  /** The app is still the one its instance holds (not deleted, not replaced). */
  isCurrent(cluster: string, app: ArgoApp): boolean;
  world(cluster: string, app: ArgoApp): World;
  revisionFor(spec: Record<string, Loose>): string;
  /** Hands the status to the ks-devops status controller. */
  publish(cluster: string, app: ArgoApp): void;
  reconcile(cluster: string, app: ArgoApp): void;
  refreshSharing(cluster: string, app: ArgoApp, keys: Set<string>): void;
}

export class OperationRunner {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly host: OperationHost,
  ) {}

  start(cluster: string, app: ArgoApp): void {
    if (!app.operation) return;
    app.pinned = false;
    const operation = deepClone(app.operation);
    const startedAt = rfc3339(this.scheduler.now());
    app.running = { operation, startedAt, retryCount: 0 };
    app.status = { ...app.status, operationState: { operation, phase: 'Running', message: 'one or more tasks are running', startedAt } };
    this.host.publish(cluster, app);
    const rendered = renderFor(app.spec, app.name);
    const slow = rendered.ok && rendered.slow;
    this.scheduler.schedule(slow ? STEPS.slowRun : STEPS.run, `argo sync ${app.name}`, () => this.finish(cluster, app));
  }

  private finish(cluster: string, app: ArgoApp): void {
    const running = app.running;
    if (!running || !this.host.isCurrent(cluster, app)) return;
    const { operation, startedAt } = running;
    const sync = operation.sync ?? {};
    const rendered = renderFor(app.spec, app.name);
    // Argo CD resolves a branch, tag or HEAD given to a sync into a commit SHA.
    const revision = this.host.revisionFor(
      sync.revision ? { ...app.spec, source: { ...app.spec.source, targetRevision: sync.revision } } : app.spec,
    );
    const base = { operation, startedAt, ...(running.retryCount > 0 ? { retryCount: running.retryCount } : {}) };
    if (!rendered.ok) {
      this.complete(
        cluster,
        app,
        { ...base, phase: 'Error', message: rendered.message, finishedAt: rfc3339(this.scheduler.now()) },
        revision,
      );
      return;
    }
    const world = this.host.world(cluster, app);
    const outcome = runSync({ appName: app.name, resources: rendered.resources, world, revision, sync });
    const limit = Number(operation.retry?.limit ?? 0);
    if (outcome.failure && running.retryCount < limit) {
      running.retryCount++;
      const message = `Retrying attempt #${running.retryCount} at ${rfc3339(this.scheduler.now()).slice(11, 19)}: one or more objects failed to apply, reason: ${outcome.failure}`;
      app.status = { ...app.status, operationState: { ...base, retryCount: running.retryCount, phase: 'Running', message } };
      this.host.publish(cluster, app);
      this.scheduler.schedule(STEPS.retry, `argo retry ${app.name}`, () => this.finish(cluster, app));
      return;
    }
    const touched = new Set<string>();
    for (const key of outcome.pruned) {
      world.delete(key);
      touched.add(key);
    }
    const now = this.scheduler.now();
    for (const live of outcome.applied) {
      const key = resourceKey(live);
      // An apply updates the object in place: creation time stays, a new revision is a new rollout
      // (a drift is overwritten: kubectl apply restores the fields of the manifest).
      const before = world.get(key);
      live.createdAt = before?.createdAt ?? now;
      live.appliedAt = before && before.revision === live.revision ? (before.appliedAt ?? now) : now;
      live.rollouts = (before?.rollouts ?? 0) + (before?.revision === live.revision ? 0 : 1);
      world.set(key, live);
      touched.add(key);
      const desired = rendered.resources.find((d) => resourceKey(d) === key);
      const settled = desired && settledHealth(desired);
      if (settled && live.health === 'Progressing') this.scheduleRollout(cluster, app, key, live.revision, settled);
    }
    const finishedAt = rfc3339(this.scheduler.now());
    const state = finishedOperationState(base, outcome, revision, app.spec.source, finishedAt);
    if (!outcome.failure && !sync.dryRun) {
      app.status = {
        ...app.status,
        history: withHistory(app.status.history, app.spec, { deployStartedAt: startedAt, deployedAt: finishedAt, revision }),
      };
    }
    this.complete(cluster, app, state, sync.dryRun ? app.lastSyncRevision : revision);
    this.host.refreshSharing(cluster, app, touched);
  }

  private complete(cluster: string, app: ArgoApp, operationState: Record<string, Loose>, revision: string | undefined): void {
    app.running = undefined;
    app.operation = undefined;
    app.lastSyncRevision = revision;
    app.status = { ...app.status, operationState };
    this.host.reconcile(cluster, app);
  }

  private scheduleRollout(
    cluster: string,
    app: ArgoApp,
    key: string,
    revision: string,
    settled: { health: string; message?: string },
  ): void {
    this.scheduler.schedule(STEPS.rollout, `rollout ${key}`, () => {
      const live = this.host.world(cluster, app).get(key);
      if (!live || live.owner !== app.name || live.revision !== revision) return;
      live.health = settled.health as typeof live.health;
      live.healthMessage = settled.message;
      this.host.refreshSharing(cluster, app, new Set([key]));
    });
  }
}
