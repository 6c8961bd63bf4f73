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

// Lookups in a bucket, one function per test: a closure per lookup was 60,000 allocations at
// 20,000 resources, on the first load, before the JIT could remove them.
function withIdentity<T extends Coordinates>(bucket: Bucket<T> | undefined, r: Coordinates): T | undefined {
  if (bucket === undefined) return undefined;
  if (!Array.isArray(bucket)) return sameIdentity(bucket, r) ? bucket : undefined;
  for (const x of bucket) if (sameIdentity(x, r)) return x;
  return undefined;
}

function hasKey(bucket: Bucket<Coordinates> | undefined, r: Coordinates): boolean {
  if (bucket === undefined) return false;
  if (!Array.isArray(bucket)) return sameKey(bucket, r);
  for (const x of bucket) if (sameKey(x, r)) return true;
  return false;
}

/**
 * What `resourceEntries` made from one status, by position, for the next status of the same
 * application to reuse: a refresh keeps the decoded objects of unchanged resources (see
 * `sharedResources.ts`), and gets their entries back, the same objects, without making them again.
 */
export interface MadeEntries {
  live: readonly ResourceStatus[];
  results: readonly ResourceResult[];
  /** By index in `live`: the entry made from it (none for a duplicate) and the sync result it was joined with. */
  entries: ReadonlyArray<ResourceEntry | undefined>;
  lasts: ReadonlyArray<ResourceResult | undefined>;
  resultOnly: ReadonlyMap<ResourceResult, ResourceEntry>;
}

/**
 * The resources of an Argo CD status as flat entries, de-duplicated by key (first one wins),
 * each with its last sync result attached. Entries only known from the sync result come last.
 *
 * Resources are looked up by name, a string the parser already made, then compared field by
 * field: building lookup strings for every resource took as long as the rest of the tree at
 * 20,000 resources.
 */
export function resourceEntries(status: ArgoStatus | null | undefined, includeSyncResultOnly = true): ResourceEntry[] {
  return join(status, includeSyncResultOnly, undefined, false).entries;
}

/** `resourceEntries(status)`, reusing the entries `previous` made for the same objects; says what it made. */
export function resourceEntriesAfter(
  status: ArgoStatus | null | undefined,
  previous: MadeEntries | undefined,
): { entries: ResourceEntry[]; made: MadeEntries } {
  const again = previous && rejoin(status, previous);
  if (again) return again;
  const { entries, made } = join(status, true, previous, true);
  return { entries, made: made! };
}

const sameCoordinates = (a: ResourceStatus | ResourceResult, b: ResourceStatus | ResourceResult) =>
  sameKey(a, b) && (a.name ?? '') === (b.name ?? '');

/** Whether `next` holds the same resources as `previous`, place by place (only some of their values changed). */
function samePlaces<T extends ResourceStatus | ResourceResult>(previous: readonly T[], next: readonly T[], swapped: Map<T, T>): boolean {
  if (previous.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) {
    if (next[i] === previous[i]) continue;
    if (!sameCoordinates(next[i], previous[i])) return false;
    swapped.set(previous[i], next[i]);
  }
  return true;
}

/**
 * The join of a status whose resources and results are those of `previous`, in the same places,
 * some with other values (a health or a message that changed): every choice of the join (which
 * duplicate is dropped, which result goes with which resource) is the same, so it is not made
 * again; only the entries of changed objects are. Undefined when the places differ.
 */
function rejoin(status: ArgoStatus | null | undefined, previous: MadeEntries): { entries: ResourceEntry[]; made: MadeEntries } | undefined {
  const live = status?.resources ?? [];
  const results = status?.operationState?.syncResult?.resources ?? [];
  const swappedResults = new Map<ResourceResult, ResourceResult>();
  if (!samePlaces(previous.live, live, new Map()) || !samePlaces(previous.results, results, swappedResults)) return undefined;
  const out: ResourceEntry[] = [];
  const entries: Array<ResourceEntry | undefined> = new Array(live.length);
  const lasts: Array<ResourceResult | undefined> = new Array(live.length);
  for (let i = 0; i < live.length; i++) {
    const before = previous.entries[i];
    if (before === undefined) continue;
    const r = live[i];
    const was = previous.lasts[i];
    const last = was === undefined ? undefined : (swappedResults.get(was) ?? was);
    const entry = r === previous.live[i] && last === was ? before : fromLive(r, before.key, last);
    entries[i] = entry;
    lasts[i] = last;
    out.push(entry);
  }
  const resultOnly = new Map<ResourceResult, ResourceEntry>();
  for (const [was, before] of previous.resultOnly) {
    const r = swappedResults.get(was);
    const entry = r === undefined ? before : fromResult(r, before.key);
    resultOnly.set(r ?? was, entry);
    out.push(entry);
  }
  return { entries: out, made: { live, results, entries, lasts, resultOnly } };
}

function join(
  status: ArgoStatus | null | undefined,
  includeSyncResultOnly: boolean,
  previous: MadeEntries | undefined,
  record: boolean,
): { entries: ResourceEntry[]; made?: MadeEntries } {
  const results = status?.operationState?.syncResult?.resources ?? [];
  // The first result for each resource (group, kind, namespace, name), by name.
  const resultsByName = new Map<string, Bucket<ResourceResult>>();
  const firstResults: ResourceResult[] = [];
  for (const r of results) {
    const name = r.name ?? '';
    if (withIdentity(resultsByName.get(name), r)) continue;
    addTo(resultsByName, name, r);
    firstResults.push(r);
  }
  const out: ResourceEntry[] = [];
  const live = status?.resources ?? [];
  const entries: Array<ResourceEntry | undefined> = record ? new Array(live.length) : [];
  const lasts: Array<ResourceResult | undefined> = record ? new Array(live.length) : [];
  // Where each resource was in the previous status: made only when one moved.
  let before: Map<ResourceStatus, number> | undefined;
  const reused = (i: number, r: ResourceStatus, last: ResourceResult | undefined): ResourceEntry | undefined => {
    if (!previous) return undefined;
    let j = previous.live[i] === r ? i : undefined;
    if (j === undefined) {
      before ??= new Map(previous.live.map((x, k) => [x, k]));
      j = before.get(r);
    }
    return j !== undefined && previous.lasts[j] === last ? previous.entries[j] : undefined;
  };
  // What is listed already (live resources, then results), by name.
  const listed = new Map<string, Bucket<Coordinates>>();
  for (let i = 0; i < live.length; i++) {
    const r = live[i];
    const name = r.name ?? '';
    if (hasKey(listed.get(name), r)) continue;
    addTo(listed, name, r);
    const last = withIdentity(resultsByName.get(name), r);
    const entry = reused(i, r, last) ?? fromLive(r, resourceKey(r), last);
    if (record) {
      entries[i] = entry;
      lasts[i] = last;
    }
    out.push(entry);
  }
  const resultOnly = new Map<ResourceResult, ResourceEntry>();
  if (includeSyncResultOnly) {
    for (const r of firstResults) {
      const name = r.name ?? '';
      // A live resource of the same identity took this result (results are unique by identity,
      // so what else matches is live): it is not a resource of its own.
      if (withIdentity(listed.get(name), r)) continue;
      addTo(listed, name, r);
      const entry = previous?.resultOnly.get(r) ?? fromResult(r, resourceKey(r));
      if (record) resultOnly.set(r, entry);
      out.push(entry);
    }
  }
  return { entries: out, made: record ? { live, results, entries, lasts, resultOnly } : undefined };
}
