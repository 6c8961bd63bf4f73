/**
 * Reading Kubernetes JSON that arrived untyped from the API server (or a proxy in front of it):
 * every accessor returns `undefined` for a missing field or a field of the wrong type, so the
 * modules of this folder never throw on a malformed object.
 */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when `value` is an object. */
export function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

/** The value at `path` (object keys only). */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = field(current, key);
  return current;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string, or `undefined`: Kubernetes omits and empties fields interchangeably. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function obj(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

/** An array, or an empty one for anything else. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The string values of a `map[string]string` (labels, annotations, matchLabels). */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Milliseconds since the epoch of an RFC 3339 time, or `undefined` when it is not one. */
export function timeMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Object identity fields every Kubernetes object has. */
export function metaOf(value: unknown): { name: string; namespace: string; uid: string } {
  const meta = field(value, 'metadata');
  return { name: str(field(meta, 'name')) ?? '', namespace: str(field(meta, 'namespace')) ?? '', uid: str(field(meta, 'uid')) ?? '' };
}
