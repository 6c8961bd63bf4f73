/**
 * A status refresh of a large application usually changes a few resources, or none (a reconcile
 * only moves `reconciledAt`). Decoding makes every object anew; `shareResources` gives back the
 * previous objects for the resources whose value did not change, and the previous arrays when
 * none did, so what is built from them (entries, tree nodes, rows) can be kept by identity
 * instead of being rebuilt and redrawn for 20,000 resources.
 */
import type { ArgoStatus } from '../application/types';
import { resourceKey } from './resourceEntries';

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Equal as JSON values: the plain objects, arrays and primitives a decoder makes. Runs for every
 * resource of a refresh, so keys are walked without making arrays of them.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    if (!hasOwn(x, k)) continue;
    if (!hasOwn(y, k) || !sameValue(x[k], y[k])) return false;
    count++;
  }
  for (const k in y) if (hasOwn(y, k)) count--;
  return count === 0;
}

type Keyed = Parameters<typeof resourceKey>[0];

/**
 * `next` with each item equal to an item of `previous` replaced by that item; `previous` itself
 * when every item is equal and in the same place. Items are compared at the same index first
 * (Argo CD keeps its lists sorted), then with the previous item of the same resource key.
 */
export function shareItems<T extends Keyed>(previous: readonly T[] | undefined, next: T[] | undefined): T[] | undefined {
  if (!previous || !next || previous.length === 0) return next;
  let byKey: Map<string, T> | undefined;
  let allSame = previous.length === next.length;
  for (let i = 0; i < next.length; i++) {
    const item = next[i];
    if (i < previous.length && sameValue(previous[i], item)) {
      next[i] = previous[i];
      continue;
    }
    allSame = false;
    if (!byKey) {
      byKey = new Map();
      // The first of each key, as the entries keep the first of duplicates.
      for (const p of previous) if (!byKey.has(resourceKey(p))) byKey.set(resourceKey(p), p);
    }
    const before = byKey.get(resourceKey(item));
    if (before !== undefined && sameValue(before, item)) next[i] = before;
  }
  return allSame ? (previous as T[]) : next;
}

/**
 * `next` (freshly decoded, owned by the caller: its resource lists are updated in place) with the
 * live resources and last sync results of `previous` wherever they are equal.
 */
export function shareResources(previous: ArgoStatus | null | undefined, next: ArgoStatus | null): ArgoStatus | null {
  if (!previous || !next) return next;
  if (next.resources) next.resources = shareItems(previous.resources, next.resources);
  const results = next.operationState?.syncResult;
  if (results?.resources) results.resources = shareItems(previous.operationState?.syncResult?.resources, results.resources);
  return next;
}
