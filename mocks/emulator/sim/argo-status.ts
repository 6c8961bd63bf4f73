/**
 * Pure parts of the simulated Argo CD application controller: comparing the
 * rendered manifests with the live objects and producing the Argo CD 2.x
 * `.status` (resources carry health, conditions, summary, sourceType).
 */
import { render, resourceKey, type DesiredResource, type RenderResult } from './manifests';
import { fakeSha, type Loose } from '../core/util';

export type HealthStatus = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown';

/** A Kubernetes object Argo CD applied into a destination namespace. */
export interface LiveObject {
  group: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
  /** Argo CD app instance label: the application that last applied it. */
  owner: string;
  revision: string;
  health?: HealthStatus;
  healthMessage?: string;
  images: string[];
  /** The manifest it was applied from (live Kubernetes objects are rendered from it, sim/live-*.ts). */
  desired?: DesiredResource;
  /** First creation (ms): kept across re-applies, as metadata.creationTimestamp is. */
  createdAt?: number;
  /** Last apply (ms): the current ReplicaSet and its pods start here. */
  appliedAt?: number;
  /** Applies that changed the revision: a Deployment's `deployment.kubernetes.io/revision`. */
  rollouts?: number;
  /** JSON merge patches made behind Argo CD's back (control API): the live object drifts. */
  drifts?: Array<Record<string, unknown>>;
}

export type World = Map<string, LiveObject>;

/** An `argoproj.io` Application in the Argo CD namespace, plus simulation bookkeeping. */
export interface ArgoApp {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  finalizers: string[];
  spec: Record<string, Loose>;
  /** Top-level `operation`: a request to sync, removed when the sync finishes. */
  operation?: Record<string, Loose>;
  status: Record<string, Loose>;
  creationTimestamp: string;
  owner: { namespace: string; name: string };
  running?: { operation: Record<string, Loose>; startedAt: string; retryCount: number };
  /** Revision of the last finished sync; auto-sync never repeats one. */
  lastSyncRevision?: string;
  deleting?: boolean;
  /** Status injected through the control API; kept until something triggers a refresh. */
  pinned?: boolean;
}

export interface Condition {
  type: string;
  message: string;
  lastTransitionTime: string;
}

/** gitops-engine health.IsWorse ordering. */
const HEALTH_ORDER: HealthStatus[] = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Degraded', 'Unknown'];

export function worstHealth(statuses: HealthStatus[]): HealthStatus {
  let worst: HealthStatus = 'Healthy';
  for (const s of statuses) if (HEALTH_ORDER.indexOf(s) > HEALTH_ORDER.indexOf(worst)) worst = s;
  return worst;
}

export function destinationKey(destination: { server?: string; name?: string }): string {
  const server = destination.server ?? '';
  const name = destination.name ?? '';
  if (name === 'in-cluster' || (!name && (server === '' || server === 'https://kubernetes.default.svc'))) return 'in-cluster';
  return name || server;
}

export function resolveRevision(source: { repoURL?: string; targetRevision?: string; chart?: string }, pushes: number): string {
  const target = source.targetRevision || 'HEAD';
  if (/^[0-9a-f]{40}$/.test(target)) return target;
  if (source.chart) return target === 'HEAD' ? '0.1.0' : target;
  return fakeSha(`${source.repoURL ?? ''}#${target}#${pushes}`);
}

export function renderFor(spec: Record<string, Loose>, appName: string): RenderResult {
  return render(spec.source ?? {}, spec.destination?.namespace ?? '', appName);
}

export interface CompareInput {
  appName: string;
  argoNamespace: string;
  spec: Record<string, Loose>;
  world: World;
  revision: string;
  previous: Record<string, Loose>;
  now: string;
}

function keepTransition(previous: Condition[] | undefined, type: string, message: string, now: string): Condition {
  const same = previous?.find((c) => c.type === type && c.message === message);
  return { type, message, lastTransitionTime: same?.lastTransitionTime ?? now };
}

/** Computes `.status` after a refresh; history and operationState carry over from `previous`. */
export function compare(input: CompareInput): Record<string, Loose> {
  const { spec, world, previous, now, appName } = input;
  const comparedTo = { source: spec.source, destination: spec.destination };
  const carried: Record<string, Loose> = {};
  if (previous.history) carried.history = previous.history;
  if (previous.operationState) carried.operationState = previous.operationState;
  const rendered = renderFor(spec, appName);
  if (!rendered.ok) {
    return {
      ...carried,
      conditions: [keepTransition(previous.conditions, rendered.conditionType, rendered.message, now)],
      health: { status: 'Unknown' },
      reconciledAt: now,
      resources: previous.resources ?? [],
      summary: {},
      sync: { comparedTo, status: 'Unknown' },
    };
  }
  const conditions: Condition[] = [];
  const resources: Record<string, Loose>[] = [];
  const healths: HealthStatus[] = [];
  const images = new Set<string>();
  const desiredKeys = new Set<string>();
  for (const d of rendered.resources) {
    if (d.hook) continue;
    const key = resourceKey(d);
    desiredKeys.add(key);
    const live = world.get(key);
    const entry: Record<string, Loose> = {
      group: d.group || undefined,
      kind: d.kind,
      name: d.name,
      namespace: d.namespace || undefined,
      version: d.version,
    };
    let status = 'Synced';
    if (!live) {
      status = 'OutOfSync';
      if (d.health !== 'none') entry.health = { status: 'Missing' };
    } else {
      if (live.owner !== appName) {
        status = 'OutOfSync';
        conditions.push(
          keepTransition(
            previous.conditions,
            'SharedResourceWarning',
            `${d.kind}/${d.name} is part of applications ${input.argoNamespace}/${appName} and ${live.owner}`,
            now,
          ),
        );
      } else if (live.revision !== input.revision) {
        status = 'OutOfSync';
      }
      if (live.health) entry.health = live.healthMessage ? { message: live.healthMessage, status: live.health } : { status: live.health };
      live.images.forEach((i) => images.add(i));
    }
    if (entry.health) healths.push(entry.health.status);
    entry.status = status;
    resources.push(entry);
  }
  // Objects this app applied earlier but no longer renders are waiting to be pruned.
  for (const [key, live] of world) {
    if (live.owner !== appName || desiredKeys.has(key)) continue;
    resources.push({
      group: live.group || undefined,
      kind: live.kind,
      name: live.name,
      namespace: live.namespace || undefined,
      requiresPruning: true,
      status: 'OutOfSync',
      version: live.version,
    });
  }
  const outOfSync = resources.some((r) => r.status === 'OutOfSync');
  const status: Record<string, Loose> = {
    ...carried,
    health: { status: worstHealth(healths) },
    reconciledAt: now,
    resources,
    sourceType: rendered.sourceType,
    summary: images.size > 0 ? { images: [...images].sort() } : {},
    sync: { comparedTo, revision: input.revision, status: outOfSync ? 'OutOfSync' : 'Synced' },
  };
  if (conditions.length > 0) status.conditions = conditions;
  return status;
}

export function desiredKeysOf(spec: Record<string, Loose>, appName: string): string[] {
  const rendered = renderFor(spec, appName);
  return rendered.ok ? rendered.resources.filter((r) => !r.hook).map(resourceKey) : [];
}

/** `deployment.apps/guestbook-ui`, the kubectl-style name Argo CD uses in result messages. */
export function kubectlName(d: Pick<DesiredResource, 'group' | 'kind' | 'name'>): string {
  return `${d.kind.toLowerCase()}${d.group ? '.' + d.group : ''}/${d.name}`;
}

export const INVALID_CONFIG_KEY = (name: string) =>
  `ConfigMap "${name}" is invalid: data[bad key]: Invalid value: "bad key": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`;

/** Health right after `kubectl apply`, before rollout completes. */
export function initialHealth(d: DesiredResource): { health?: HealthStatus; message?: string } {
  switch (d.health) {
    case 'workload':
      return { health: 'Progressing', message: 'Waiting for rollout to finish: 0 of 1 updated replicas are available...' };
    case 'service':
      return { health: 'Healthy' };
    case 'job':
      return { health: 'Progressing' };
    case 'cronjob':
      return d.scenario === 'suspended' ? { health: 'Suspended', message: 'CronJob is Suspended' } : { health: 'Healthy' };
    default:
      return {};
  }
}

/** Health once the rollout has had time; `undefined` means no further change. */
export function settledHealth(d: DesiredResource): { health: HealthStatus; message?: string } | undefined {
  if (d.health !== 'workload' && d.health !== 'job') return undefined;
  if (d.scenario === 'progressing') return undefined;
  if (d.scenario === 'degraded') return { health: 'Degraded', message: `Deployment "${d.name}" exceeded its progress deadline` };
  return { health: 'Healthy' };
}
