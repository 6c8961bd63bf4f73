/**
 * What changed in a live object since it was last applied client-side: `kubectl apply` (and
 * Argo CD's default client-side apply) stores the applied manifest in the annotation
 * `kubectl.kubernetes.io/last-applied-configuration`. The live object is projected onto the
 * fields that manifest sets, so defaults the server filled in do not show up as changes.
 * Lists whose items all have a `name` are matched by name, as strategic merge patch does for
 * containers, env and ports (their patch merge key); other lists by index.
 */
import { at, field, isObject, type JsonObject, stringMap } from './json';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
export const ARGOCD_SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';

export type DriftUnavailable = 'server-side-apply' | 'no-annotation' | 'unreadable';

export type DriftResult =
  | {
      ok: true;
      /** The last applied manifest, server-owned fields removed. */
      applied: JsonObject;
      /** The live object reduced to the fields `applied` sets. */
      live: JsonObject;
      /** Where the two differ: `spec.replicas`, `spec.template.spec.containers[name=app].image`. */
      changed: string[];
    }
  | { ok: false; reason: DriftUnavailable };

const SERVER_METADATA = ['managedFields', 'resourceVersion', 'uid', 'generation', 'creationTimestamp', 'selfLink'];

/** A copy without `status`, the fields the server owns, and the annotation itself. */
function withoutServerFields(object: JsonObject): JsonObject {
  const { status: _status, ...rest } = object;
  if (!isObject(rest.metadata)) return rest;
  const metadata: JsonObject = { ...rest.metadata };
  for (const key of SERVER_METADATA) delete metadata[key];
  if (isObject(metadata.annotations)) {
    const { [LAST_APPLIED_ANNOTATION]: _applied, ...annotations } = metadata.annotations;
    if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
    else delete metadata.annotations;
  }
  return { ...rest, metadata };
}

/** Items matched by name: every item of both lists is an object with a string `name`. */
function namedItems(items: unknown[]): boolean {
  return items.every((item) => typeof field(item, 'name') === 'string');
}

/**
 * `live` reduced to the shape of `applied`. Keys absent from live stay absent (a change); a
 * name-matched list keeps the live items the manifest names (others are not the manifest's, as
 * for a sidecar an admission webhook injected), an index-matched list keeps all live items (the
 * manifest replaces such lists whole, so an extra item is a change).
 */
export function project(applied: unknown, live: unknown): unknown {
  if (isObject(applied) && isObject(live)) {
    const out: JsonObject = {};
    for (const key of Object.keys(applied)) if (key in live) out[key] = project(applied[key], live[key]);
    return out;
  }
  if (Array.isArray(applied) && Array.isArray(live)) {
    if (applied.length > 0 && namedItems(applied) && namedItems(live)) {
      const byName = new Map(live.map((item) => [field(item, 'name'), item]));
      return applied.filter((item) => byName.has(field(item, 'name'))).map((item) => project(item, byName.get(field(item, 'name'))));
    }
    return live.map((item, i) => (i < applied.length ? project(applied[i], item) : item));
  }
  return live;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}

const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const SUFFIX: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A `resource.Quantity` ("500m", "1Gi", 0.5) as a number, or `undefined`. */
export function quantityValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = QUANTITY.exec(value.trim());
  return match ? Number(match[1]) * SUFFIX[match[2] ?? ''] : undefined;
}

// Where the API server rewrites quantities in canonical form (`cpu: 0.5` is stored as "500m",
// `memory: 1024Mi` as "1Gi"): container resources, quotas, limit ranges, pod overhead.
const QUANTITY_PATH = /(^|\.)(resources|limits|requests|hard|overhead|default|defaultRequest|max|min|capacity)(\.|\[|$)/;

/** Scalars the server stores in another spelling: quantities, and numbers written as strings. */
function sameScalar(applied: unknown, live: unknown, path: string): boolean {
  if (applied === live) return true;
  if (typeof applied === 'number' && typeof live === 'string')
    return String(applied) === live || (QUANTITY_PATH.test(path) && quantityValue(live) === applied);
  if (typeof applied === 'string' && typeof live === 'string' && QUANTITY_PATH.test(path)) {
    const a = quantityValue(applied);
    const b = quantityValue(live);
    // Compared with a relative tolerance: "0.1" and "100m" go through different float paths.
    return a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return false;
}

/** `.key` for a plain key, `["app.kubernetes.io/name"]` for one with dots, slashes or spaces. */
function keyPath(base: string, key: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

/** The paths where `live` (projected) differs from `applied`, in manifest order. */
export function changedPaths(applied: unknown, live: unknown, base = ''): string[] {
  if (equal(applied, live)) return [];
  if (isObject(applied) && isObject(live)) {
    const out: string[] = [];
    for (const key of Object.keys(applied)) {
      const path = keyPath(base, key);
      if (!(key in live)) out.push(path);
      else out.push(...changedPaths(applied[key], live[key], path));
    }
    return out;
  }
  if (Array.isArray(applied) && Array.isArray(live)) {
    const out: string[] = [];
    if (applied.length > 0 && namedItems(applied) && namedItems(live)) {
      const byName = new Map(live.map((item) => [field(item, 'name'), item]));
      for (const item of applied) {
        const name = field(item, 'name') as string;
        const path = `${base}[name=${name}]`;
        if (!byName.has(name)) out.push(path);
        else out.push(...changedPaths(item, byName.get(name), path));
      }
      return out;
    }
    const length = Math.max(applied.length, live.length);
    for (let i = 0; i < length; i++) {
      const path = `${base}[${i}]`;
      if (i >= applied.length || i >= live.length) out.push(path);
      else out.push(...changedPaths(applied[i], live[i], path));
    }
    return out;
  }
  return sameScalar(applied, live, base) ? [] : [base];
}

/**
 * Whether the object was applied server-side, where no annotation is written: a `managedFields`
 * entry with operation `Apply`, or Argo CD's `ServerSideApply=true` sync option on the object.
 */
export function isServerSideApplied(object: unknown): boolean {
  const managed = at(object, 'metadata', 'managedFields');
  if (Array.isArray(managed) && managed.some((m) => field(m, 'operation') === 'Apply')) return true;
  const options = stringMap(at(object, 'metadata', 'annotations'))[ARGOCD_SYNC_OPTIONS_ANNOTATION] ?? '';
  return options.split(',').some((o) => o.trim() === 'ServerSideApply=true');
}

/** The drift of a live object from its last client-side apply; never throws. */
export function lastAppliedDrift(object: unknown): DriftResult {
  const annotation = stringMap(at(object, 'metadata', 'annotations'))[LAST_APPLIED_ANNOTATION];
  if (!isObject(object) || annotation === undefined) {
    return { ok: false, reason: isServerSideApplied(object) ? 'server-side-apply' : 'no-annotation' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(annotation);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!isObject(parsed)) return { ok: false, reason: 'unreadable' };
  const applied = withoutServerFields(parsed);
  const live = project(applied, withoutServerFields(object)) as JsonObject;
  return { ok: true, applied, live, changed: changedPaths(applied, live) };
}
