/**
 * One flat entry per resource of an application: the live state from `status.resources` joined
 * with what the last sync did to it (`operationState.syncResult.resources`), plus the resources
 * only that sync result knows (hooks that ran, resources it pruned). Linear in the input.
 */
import { type Severity, healthSeverity, phaseSeverity, resultSeverity, syncSeverity, worseSeverity } from '../status/status';
import { hookPhaseOf } from '../status/syncResult';
import type {
  ArgoStatus,
  HealthStatusCode,
  HookType,
  OperationPhase,
  ResourceResult,
  ResourceStatus,
  ResultCode,
  SyncPhase,
  SyncStatusCode,
} from '../application/types';

export interface LastSyncResult {
  status?: ResultCode;
  message?: string;
  hookType?: HookType;
  /** Set for hooks only. */
  hookPhase?: OperationPhase;
  syncPhase?: SyncPhase;
}

export interface ResourceEntry {
  /** `group/version/kind/namespace/name`, empty segments kept (`/v1/Service/default/web`). */
  key: string;
  group: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
  sync?: SyncStatusCode;
  /** Absent on Argo CD ≥ 3.0, which keeps per-resource health out of the Application. */
  health?: HealthStatusCode;
  healthMessage?: string;
  hook: boolean;
  requiresPruning: boolean;
  syncWave?: number;
  /** What the last sync operation did to this resource, when it touched it. */
  lastSync?: LastSyncResult;
  /** Known only from the last sync result (a hook that ran, a resource it pruned), not tracked live. */
  fromSyncResultOnly: boolean;
  severity: Severity;
}

/** `group/version/kind/namespace/name`, with empty segments kept so keys never collide. */
export function resourceKey(r: { group?: string; version?: string; kind?: string; namespace?: string; name?: string }): string {
  return `${r.group ?? ''}/${r.version ?? ''}/${r.kind ?? ''}/${r.namespace ?? ''}/${r.name ?? ''}`;
}

function lastSyncOf(r: ResourceResult): LastSyncResult {
  const out: LastSyncResult = {};
  if (r.status !== undefined) out.status = r.status;
  if (r.message !== undefined) out.message = r.message;
  if (r.hookType !== undefined) out.hookType = r.hookType;
  // An ordinary resource's hookPhase stays `Running` after a finished sync: only a hook's counts.
  const hookPhase = hookPhaseOf(r);
  if (hookPhase !== undefined) out.hookPhase = hookPhase;
  if (r.syncPhase !== undefined) out.syncPhase = r.syncPhase;
  return out;
}

function entrySeverity(e: ResourceEntry): Severity {
  const last = e.lastSync;
  // A failed last sync stays worth flagging until the next sync replaces it.
  if (resultSeverity(last?.status) === 'error' || phaseSeverity(last?.hookPhase) === 'error') return 'error';
  let s: Severity | undefined;
  if (e.health !== undefined) s = healthSeverity(e.health);
  if (e.sync !== undefined) s = s === undefined ? syncSeverity(e.sync) : worseSeverity(s, syncSeverity(e.sync));
  // Hooks and pruned resources have no live state: what the sync did to them is all there is.
  if (s === undefined && last?.status !== undefined) s = resultSeverity(last.status);
  if (s === undefined && last?.hookPhase !== undefined) s = phaseSeverity(last.hookPhase);
  return s ?? 'unknown';
}

function fromLive(r: ResourceStatus, key: string, last: ResourceResult | undefined): ResourceEntry {
  // Made whole at once, with every field, so each entry has the same shape: 20,000 of them are
  // built for one large application, and a reshaped copy per entry doubled the garbage.
  const entry: ResourceEntry = {
    key,
    group: r.group ?? '',
    version: r.version ?? '',
    kind: r.kind ?? '',
    namespace: r.namespace ?? '',
    name: r.name ?? '',
    sync: r.status,
    health: r.health?.status,
    healthMessage: r.health?.message,
    hook: r.hook === true,
    requiresPruning: r.requiresPruning === true,
    syncWave: r.syncWave,
    lastSync: last ? lastSyncOf(last) : undefined,
    fromSyncResultOnly: false,
    severity: 'unknown',
  };
  entry.severity = entrySeverity(entry);
  return entry;
}

function fromResult(r: ResourceResult, key: string): ResourceEntry {
  const entry: ResourceEntry = {
    key,
    group: r.group ?? '',
    version: r.version ?? '',
    kind: r.kind ?? '',
    namespace: r.namespace ?? '',
    name: r.name ?? '',
    sync: undefined,
    health: undefined,
    healthMessage: undefined,
    hook: r.hookType !== undefined,
    requiresPruning: false,
    syncWave: undefined,
    lastSync: lastSyncOf(r),
    fromSyncResultOnly: true,
    severity: 'unknown',
  };
  entry.severity = entrySeverity(entry);
  return entry;
}

/** Resources sharing a name: almost always one, so no array until a second comes. */
type Bucket<T> = T | T[];

function findIn<T>(bucket: Bucket<T> | undefined, same: (x: T) => boolean): T | undefined {
  if (bucket === undefined) return undefined;
  if (Array.isArray(bucket)) return bucket.find(same);
  return same(bucket) ? bucket : undefined;
}

function addTo<T>(map: Map<string, Bucket<T>>, name: string, item: T): void {
  const bucket = map.get(name);
  if (bucket === undefined) map.set(name, item);
  else if (Array.isArray(bucket)) bucket.push(item);
  else map.set(name, [bucket, item]);
}

type Coordinates = Pick<ResourceStatus, 'group' | 'version' | 'kind' | 'namespace'>;
/**
 * Same group, kind and namespace (the name is compared by the lookup). Sync results may carry
 * another version than the live resource, so they are matched without it.
 */
const sameIdentity = (a: Coordinates, b: Coordinates) =>
  (a.group ?? '') === (b.group ?? '') && (a.kind ?? '') === (b.kind ?? '') && (a.namespace ?? '') === (b.namespace ?? '');
/** Same `resourceKey` (the name aside). */
const sameKey = (a: Coordinates, b: Coordinates) => sameIdentity(a, b) && (a.version ?? '') === (b.version ?? '');

/**
 * The resources of an Argo CD status as flat entries, de-duplicated by key (first one wins),
 * each with its last sync result attached. Entries only known from the sync result come last.
 *
 * Resources are looked up by name, a string the parser already made, then compared field by
 * field: building lookup strings for every resource took as long as the rest of the tree at
 * 20,000 resources.
 */
export function resourceEntries(status: ArgoStatus | null | undefined, includeSyncResultOnly = true): ResourceEntry[] {
  const results = status?.operationState?.syncResult?.resources ?? [];
  // The first result for each resource (group, kind, namespace, name), by name.
  const resultsByName = new Map<string, Bucket<ResourceResult>>();
  const firstResults: ResourceResult[] = [];
  for (const r of results) {
    const name = r.name ?? '';
    if (findIn(resultsByName.get(name), (x) => sameIdentity(x, r))) continue;
    addTo(resultsByName, name, r);
    firstResults.push(r);
  }
  const out: ResourceEntry[] = [];
  // What is listed already (live resources, then results), by name.
  const listed = new Map<string, Bucket<Coordinates>>();
  const matched = new Set<ResourceResult>();
  for (const r of status?.resources ?? []) {
    const name = r.name ?? '';
    if (findIn(listed.get(name), (x) => sameKey(x, r))) continue;
    addTo(listed, name, r);
    const last = findIn(resultsByName.get(name), (x) => sameIdentity(x, r));
    if (last) matched.add(last);
    out.push(fromLive(r, resourceKey(r), last));
  }
  if (includeSyncResultOnly) {
    for (const r of firstResults) {
      const name = r.name ?? '';
      if (matched.has(r) || findIn(listed.get(name), (x) => sameKey(x, r))) continue;
      addTo(listed, name, r);
      out.push(fromResult(r, resourceKey(r)));
    }
  }
  return out;
}
