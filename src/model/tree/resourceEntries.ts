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

// Sync results may carry another version than the live resource, so they are matched without it.
function identity(r: { group?: string; kind?: string; namespace?: string; name?: string }): string {
  return `${r.group ?? ''}/${r.kind ?? ''}/${r.namespace ?? ''}/${r.name ?? ''}`;
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

function entrySeverity(e: Omit<ResourceEntry, 'severity'>): Severity {
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

function fromLive(r: ResourceStatus, last: ResourceResult | undefined): ResourceEntry {
  const base: Omit<ResourceEntry, 'severity'> = {
    key: resourceKey(r),
    group: r.group ?? '',
    version: r.version ?? '',
    kind: r.kind ?? '',
    namespace: r.namespace ?? '',
    name: r.name ?? '',
    hook: r.hook === true,
    requiresPruning: r.requiresPruning === true,
    fromSyncResultOnly: false,
  };
  if (r.status !== undefined) base.sync = r.status;
  if (r.health?.status !== undefined) base.health = r.health.status;
  if (r.health?.message !== undefined) base.healthMessage = r.health.message;
  if (r.syncWave !== undefined) base.syncWave = r.syncWave;
  if (last) base.lastSync = lastSyncOf(last);
  return { ...base, severity: entrySeverity(base) };
}

function fromResult(r: ResourceResult): ResourceEntry {
  const base: Omit<ResourceEntry, 'severity'> = {
    key: resourceKey(r),
    group: r.group ?? '',
    version: r.version ?? '',
    kind: r.kind ?? '',
    namespace: r.namespace ?? '',
    name: r.name ?? '',
    hook: r.hookType !== undefined,
    requiresPruning: false,
    lastSync: lastSyncOf(r),
    fromSyncResultOnly: true,
  };
  return { ...base, severity: entrySeverity(base) };
}

/**
 * The resources of an Argo CD status as flat entries, de-duplicated by key (first one wins),
 * each with its last sync result attached. Entries only known from the sync result come last.
 */
export function resourceEntries(status: ArgoStatus | null | undefined, includeSyncResultOnly = true): ResourceEntry[] {
  const results = status?.operationState?.syncResult?.resources ?? [];
  const resultById = new Map<string, ResourceResult>();
  for (const r of results) if (!resultById.has(identity(r))) resultById.set(identity(r), r);
  const out: ResourceEntry[] = [];
  const seenKeys = new Set<string>();
  const matched = new Set<string>();
  for (const r of status?.resources ?? []) {
    const key = resourceKey(r);
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    const id = identity(r);
    matched.add(id);
    out.push(fromLive(r, resultById.get(id)));
  }
  if (includeSyncResultOnly) {
    for (const [id, r] of resultById) {
      const key = resourceKey(r);
      if (matched.has(id) || seenKeys.has(key)) continue;
      seenKeys.add(key);
      out.push(fromResult(r));
    }
  }
  return out;
}
