/**
 * Re-applying a user's edits onto the latest version of an object: a three-way merge of `mine`
 * (the draft) and `theirs` (the server's latest) against `base` (what the draft started from).
 * Objects merge key by key; arrays and scalars are single values. Where both sides changed the
 * same value differently, the user's value is kept and the place is reported, so an edit is
 * never dropped without a word.
 */

export type MergePath = Array<string | number>;

export interface MergeResult<T> {
  merged: T;
  /** Places both sides changed differently; the user's value was kept there. */
  conflicts: MergePath[];
}

export interface MergeOptions {
  /** Places that only the server may change (resourceVersion, status …): always taken from `theirs`. */
  serverOwned?: (path: MergePath) => boolean;
}

type Json = Record<string, unknown>;

const MISSING = Symbol('missing');
type Value = unknown | typeof MISSING;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of JSON values; object key order does not matter. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

const same = (a: Value, b: Value) => (a === MISSING || b === MISSING ? a === b : jsonEqual(a, b));

function mergeValue(base: Value, mine: Value, theirs: Value, path: MergePath, options: MergeOptions, conflicts: MergePath[]): Value {
  if (options.serverOwned?.(path)) return theirs;
  if (same(mine, theirs)) return mine;
  if (same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  if (isObject(mine) && isObject(theirs)) return mergeObjects(isObject(base) ? base : {}, mine, theirs, path, options, conflicts);
  conflicts.push(path);
  return mine;
}

function mergeObjects(base: Json, mine: Json, theirs: Json, path: MergePath, options: MergeOptions, conflicts: MergePath[]): Json {
  const out: Json = {};
  // The user's key order first (it is what they see), then keys only the server added.
  const keys = [...Object.keys(mine), ...Object.keys(theirs).filter((k) => !(k in mine))];
  for (const key of keys) {
    const has = (o: Json) => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : MISSING);
    const value = mergeValue(has(base), has(mine), has(theirs), [...path, key], options, conflicts);
    if (value !== MISSING) out[key] = value;
  }
  return out;
}

/**
 * `theirs` with every change from `base` to `mine` applied on top. For every place where `mine`
 * differs from `base`, the result holds `mine`'s value (or lacks the key `mine` removed), unless
 * `serverOwned` claims that place.
 */
export function threeWayMerge<T>(base: T, mine: T, theirs: T, options: MergeOptions = {}): MergeResult<T> {
  const conflicts: MergePath[] = [];
  const merged = mergeValue(base, mine, theirs, [], options, conflicts);
  return { merged: (merged === MISSING ? undefined : merged) as T, conflicts };
}
