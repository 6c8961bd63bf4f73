/**
 * Argo CD's periodic refresh. The application controller re-reconciles every
 * application once its comparison is older than `timeout.reconciliation`
 * (default 180 s: argo-cd v2.3.3 cmd/argocd-application-controller/commands/
 * argocd_application_controller.go L37 and L153, docs/operator-manual/argocd-cm.yaml
 * L264-267), even when nothing changed: the Application informer resyncs with
 * that period (controller/appcontroller.go L1663-1674, resync events reach
 * UpdateFunc L1721-1738, which queues a refresh) and needRefreshAppStatus
 * refreshes an app whose `reconciledAt + 180 s` has passed ("comparison
 * expired", L1377-1402). So `status.reconciledAt` moves about every 180 s
 * and the ks-devops status controller copies the new status each time.
 *
 * Emulated with one background task of the emulator clock, not one timer per
 * app: the period is cut into slots, each app belongs to one slot (a hash of
 * its name), and every slot boundary refreshes the expired apps of that slot.
 * Refreshes are spread over the period as Argo CD's own jitter
 * (`timeout.reconciliation.jitter`, Argo CD 2.6 and later) spreads them, and a
 * sweep touches only the Argo CD apps that exist (the large-list seed creates
 * them lazily), so large seeds stay cheap.
 */
import type { Scheduler } from '../core/scheduler';
import type { ArgoApp } from './argo-status';

export const RESYNC_PERIOD_MS = 180_000;
export const RESYNC_SLOTS = 36;
export const RESYNC_SLOT_MS = RESYNC_PERIOD_MS / RESYNC_SLOTS;

/** FNV-1a of `cluster/name`, so an app keeps its slot for its whole life. */
export function resyncSlot(cluster: string, name: string): number {
  const key = `${cluster}/${name}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % RESYNC_SLOTS;
}

/** When the slot of an app last came round, at or before `now`: seeds date their status to it. */
export function lastResync(cluster: string, name: string, now: number): number {
  const boundary = now - (now % RESYNC_SLOT_MS);
  const current = Math.round(boundary / RESYNC_SLOT_MS) % RESYNC_SLOTS;
  const back = (current - resyncSlot(cluster, name) + RESYNC_SLOTS) % RESYNC_SLOTS;
  return boundary - back * RESYNC_SLOT_MS;
}

export interface ResyncTarget {
  /** Every Argo CD app of every cluster, without copying. */
  entries(): Iterable<[cluster: string, app: ArgoApp]>;
  /** Runs Argo CD's comparison of one app now and publishes the status. */
  refresh(cluster: string, name: string): void;
}

export class PeriodicRefresh {
  private generation = 0;
  private readonly slots = new WeakMap<ArgoApp, number>();

  constructor(
    private readonly scheduler: Scheduler,
    private readonly target: ResyncTarget,
  ) {}

  /** (Re)starts the sweep; an earlier sweep stops at its next firing. */
  start(): void {
    this.next(++this.generation);
  }

  private next(generation: number): void {
    const now = this.scheduler.now();
    const due = now - (now % RESYNC_SLOT_MS) + RESYNC_SLOT_MS;
    this.scheduler.scheduleBackground(due - now, 'argo resync', () => {
      if (generation !== this.generation) return;
      this.sweep(Math.round(due / RESYNC_SLOT_MS) % RESYNC_SLOTS);
      this.next(generation);
    });
  }

  /** Refreshes the apps of `slot` whose last comparison has expired. */
  sweep(slot: number): number {
    const now = this.scheduler.now();
    const due: Array<[string, string]> = [];
    for (const [cluster, app] of this.target.entries()) {
      let own = this.slots.get(app);
      if (own === undefined) this.slots.set(app, (own = resyncSlot(cluster, app.name)));
      if (own !== slot || app.deleting || app.running || app.pinned) continue;
      const reconciledAt = Date.parse(app.status.reconciledAt ?? '');
      // reconciledAt has whole seconds and the sweep lands on slot boundaries: one slot of slack.
      if (!Number.isNaN(reconciledAt) && now - reconciledAt < RESYNC_PERIOD_MS - RESYNC_SLOT_MS) continue;
      due.push([cluster, app.name]);
    }
    for (const [cluster, name] of due) this.target.refresh(cluster, name);
    return due.length;
  }
}
