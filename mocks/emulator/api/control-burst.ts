/**
 * `POST /_emulator/v1/clusters/{c}/namespaces/{ns}/applications-burst {count, perSecond?}`:
 * a burst of status changes for benchmarks of list/watch clients. Each change takes the next
 * existing application (by name, round robin), moves its Argo CD health and sync to the next
 * values and writes them the way ks-devops' status controller does (labels, then
 * `status.argoApp`: sim/controller.ts applyStatus, argocd-application-status-controller.go
 * L74-113), so a watch sees the same MODIFIED events as for a real Argo CD change (two per
 * change: the labels, then the status subresource). Not a KubeSphere behaviour.
 * `perSecond` > 0 spreads the writes over emulator time in 50 ms batches (background tasks:
 * real time in `fast`/`realistic`, `advance` in `instant`); absent or 0 writes them all now.
 */
import type { Loose } from '../core/util';
import type { EmulatorState } from '../sim/state';

const HEALTH = ['Healthy', 'Progressing', 'Degraded', 'Suspended', 'Missing', 'Unknown'];
const SYNC = ['Synced', 'OutOfSync', 'Unknown'];
const BATCH_MS = 50;

export interface BurstResult {
  count: number;
  applications: number;
  perSecond: number;
  /** Emulator time over which the writes are spread. */
  durationMs: number;
}

function parseStatus(text: unknown): Record<string, Loose> {
  if (typeof text !== 'string') return {};
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

export function startBurst(state: EmulatorState, cluster: string, namespace: string, input: Record<string, unknown>): BurstResult | string {
  const { count, perSecond = 0 } = input;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1_000_000) return 'count must be an integer 0..1000000';
  if (typeof perSecond !== 'number' || !Number.isFinite(perSecond) || perSecond < 0) return 'perSecond must be a number >= 0';
  if (!state.clusterExists(cluster)) return `unknown cluster "${cluster}"`;
  const names = state.store
    .list(cluster, namespace)
    .map((r) => r.name)
    .sort();
  if (names.length === 0 && count > 0) return `no applications in ${cluster}/${namespace}`;

  let step = 0;
  const change = () => {
    const name = names[step % names.length];
    const round = Math.floor(step / Math.max(1, names.length)) + 1;
    step++;
    const app = state.store.get(cluster, namespace, name);
    if (!app) return;
    const status = parseStatus(app.status?.argoApp);
    const h = (HEALTH.indexOf(status.health?.status) + round) % HEALTH.length;
    const s = (SYNC.indexOf(status.sync?.status) + round) % SYNC.length;
    const next = {
      ...status,
      health: { ...status.health, status: HEALTH[h < 0 ? 0 : h] },
      sync: { ...status.sync, status: SYNC[s < 0 ? 0 : s] },
      reconciledAt: state.timestamp(),
    };
    const argoName = app.metadata?.labels?.['gitops.kubesphere.io/argocd-application'] ?? name;
    state.argo.setStatus(cluster, argoName, next);
    state.controllers.applyStatus(cluster, namespace, name, next, app.spec?.argoApp?.operation !== undefined);
  };

  if (perSecond === 0) {
    for (let i = 0; i < count; i++) change();
    return { count, applications: names.length, perSecond, durationMs: 0 };
  }
  const perBatch = Math.max(1, Math.round((perSecond * BATCH_MS) / 1000));
  const batches = Math.ceil(count / perBatch);
  const batchMs = (perBatch / perSecond) * 1000;
  for (let b = 0; b < batches; b++) {
    const size = Math.min(perBatch, count - b * perBatch);
    state.scheduler.scheduleBackground(Math.round(b * batchMs), 'applications burst', () => {
      for (let i = 0; i < size; i++) change();
    });
  }
  return { count, applications: names.length, perSecond, durationMs: Math.round((batches - 1) * batchMs) };
}
