/** Kubernetes objects for the tests of this folder, shaped as the API server returns them. */
export interface ContainerFixture {
  name: string;
  image?: string;
  ready?: boolean;
  restartCount?: number;
  state?: Record<string, unknown>;
  lastState?: Record<string, unknown>;
  started?: boolean;
  /** `Always` makes an init container a sidecar. */
  restartPolicy?: string;
}

export interface PodFixture {
  name?: string;
  namespace?: string;
  uid?: string;
  phase?: string;
  reason?: string;
  node?: string;
  owner?: string;
  deleting?: boolean;
  conditions?: Array<Record<string, unknown>>;
  containers?: ContainerFixture[];
  initContainers?: ContainerFixture[];
  labels?: Record<string, string>;
}

const running = { running: { startedAt: '2025-06-01T10:00:00Z' } };

function specOf(c: ContainerFixture): Record<string, unknown> {
  const spec: Record<string, unknown> = { name: c.name, image: c.image ?? `registry.example.com/${c.name}:1.0` };
  if (c.restartPolicy) spec.restartPolicy = c.restartPolicy;
  return spec;
}

function statusOf(c: ContainerFixture): Record<string, unknown> {
  const status: Record<string, unknown> = {
    name: c.name,
    image: c.image ?? `registry.example.com/${c.name}:1.0`,
    ready: c.ready ?? true,
    restartCount: c.restartCount ?? 0,
    state: c.state ?? running,
    lastState: c.lastState ?? {},
  };
  if (c.started !== undefined) status.started = c.started;
  return status;
}

/** A pod; by default one ready, running container `app` on node-1. */
export function makePod(p: PodFixture = {}): Record<string, unknown> {
  const containers = p.containers ?? [{ name: 'app' }];
  const init = p.initContainers ?? [];
  const metadata: Record<string, unknown> = {
    name: p.name ?? 'web-7d4b9c-abcde',
    namespace: p.namespace ?? 'demo',
    uid: p.uid ?? `uid-${p.name ?? 'web-7d4b9c-abcde'}`,
    creationTimestamp: '2025-06-01T09:59:00Z',
    labels: p.labels ?? { app: 'web' },
  };
  if (p.owner) metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'owner', uid: p.owner, controller: true }];
  if (p.deleting) metadata.deletionTimestamp = '2025-06-01T11:00:00Z';
  const status: Record<string, unknown> = {
    phase: p.phase ?? 'Running',
    conditions: p.conditions ?? [],
    containerStatuses: containers.map(statusOf),
  };
  if (init.length > 0) status.initContainerStatuses = init.map(statusOf);
  if (p.reason) status.reason = p.reason;
  const spec: Record<string, unknown> = { containers: containers.map(specOf) };
  if (init.length > 0) spec.initContainers = init.map(specOf);
  if (p.node !== '') spec.nodeName = p.node ?? 'node-1';
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec, status };
}

export const waiting = (reason: string, message?: string) => ({ waiting: message ? { reason, message } : { reason } });
export const terminated = (reason: string, exitCode: number, finishedAt = '2025-06-01T10:30:00Z') => ({
  terminated: { reason, exitCode, finishedAt },
});
