/**
 * Indexes behind the kapis application list and summary, so that a page of 20 out of 50,000
 * applications does not filter, sort and count 50,000 objects on every request (the standalone
 * server answers the page's other requests on the same event loop).
 *
 * The results are exactly those of the plain scan (`defaultList` over the informer cache, and the
 * summary's count): the two orders `defaultList` uses are kept sorted per namespace and rebuilt
 * only when a name comes or goes or a creation time changes (`Store.stamp().order`); the records
 * in them are refreshed after any write (`writes`); the summary is recounted after any write. A
 * namespace with a write still in flight to the informer cache (`cacheLagMs`) is read the plain
 * way, since its list is not the store's then.
 */
import type { InformerCache } from '../sim/cache';
import type { AppRecord, Store } from '../sim/store';
import { compareAsc, defaultList, metaFilter, pageBounds, stringAt, type ListQuery } from './query';

export interface StatusSummary {
  total: number;
  healthStatus: Record<string, number>;
  syncStatus: Record<string, number>;
}

interface Sorted {
  order: number;
  writes: number;
  /** Ascending; a descending list reads it backwards, `compareAsc` being a total order (names are unique). */
  records: AppRecord[];
}

interface NamespaceIndex {
  byCreated?: Sorted;
  byName?: Sorted;
  /** The last few filtered lists, ascending, by order and filters: paging through a search or a status reads one. */
  filtered: Map<string, { writes: number; records: AppRecord[] }>;
  summary?: { writes: number; value: StatusSummary };
}

/** Filtered lists kept per namespace (a search typed letter by letter makes one per letter). */
const FILTERED_KEPT = 8;

export class ListIndex {
  private readonly namespaces = new Map<string, NamespaceIndex>();

  constructor(
    private readonly store: Store,
    private readonly cache: InformerCache,
  ) {}

  /**
   * `defaultList(cache.list(cluster, namespace).filter(labels match), q)`: the records of one
   * namespace whose labels have the given values and that pass the query's filters, sorted and paged.
   */
  list(cluster: string, namespace: string, q: ListQuery, labels: Array<[string, string]> = []): { items: AppRecord[]; totalItems: number } {
    const keep = (rec: AppRecord) =>
      labels.every(([key, value]) => stringAt(rec.obj.metadata?.labels, key) === value) &&
      q.filters.every(([field, value]) => metaFilter(rec, field, value));
    if (!this.cache.settled(cluster, namespace)) return defaultList(this.cache.list(cluster, namespace).filter(keep), q);
    const which = q.sortBy === 'name' ? 'byName' : 'byCreated';
    let sorted = this.sorted(cluster, namespace, which);
    if (labels.length > 0 || q.filters.length > 0) {
      const entry = this.entry(cluster, namespace);
      const { writes } = this.store.stamp(cluster, namespace);
      const key = JSON.stringify([which, labels, q.filters]);
      let hit = entry.filtered.get(key);
      if (hit?.writes !== writes) {
        hit = { writes, records: sorted.filter(keep) };
        if (entry.filtered.size >= FILTERED_KEPT) entry.filtered.delete(entry.filtered.keys().next().value as string);
      }
      // Most recently used last, so the oldest goes first.
      entry.filtered.delete(key);
      entry.filtered.set(key, hit);
      sorted = hit.records;
    }
    const n = sorted.length;
    const [start, end] = pageBounds(q, n);
    const items: AppRecord[] = [];
    for (let i = start; i < end; i++) items.push(q.ascending ? sorted[i] : sorted[n - 1 - i]);
    return { items, totalItems: n };
  }

  /** The application-summary counts of one namespace, by the values of two labels. */
  summary(cluster: string, namespace: string, healthLabel: string, syncLabel: string): StatusSummary {
    if (!this.cache.settled(cluster, namespace)) return countLabels(this.cache.list(cluster, namespace), healthLabel, syncLabel);
    const entry = this.entry(cluster, namespace);
    const { writes } = this.store.stamp(cluster, namespace);
    if (entry.summary?.writes !== writes) {
      entry.summary = { writes, value: countLabels(this.store.list(cluster, namespace), healthLabel, syncLabel) };
    }
    return entry.summary.value;
  }

  private entry(cluster: string, namespace: string): NamespaceIndex {
    const key = `${cluster}\u0000${namespace}`;
    let entry = this.namespaces.get(key);
    if (!entry) this.namespaces.set(key, (entry = { filtered: new Map() }));
    return entry;
  }

  private sorted(cluster: string, namespace: string, which: 'byCreated' | 'byName'): AppRecord[] {
    const entry = this.entry(cluster, namespace);
    const stamp = this.store.stamp(cluster, namespace);
    let sorted = entry[which];
    if (!sorted || sorted.order !== stamp.order) {
      const sortBy = which === 'byName' ? 'name' : 'creationTimestamp';
      const records = this.store.list(cluster, namespace).sort((a, b) => compareAsc(a, b, sortBy));
      sorted = entry[which] = { order: stamp.order, writes: stamp.writes, records };
    } else if (sorted.writes !== stamp.writes) {
      // Same names in the same order; some of them were rewritten.
      const records = sorted.records.map((rec) => this.store.record(cluster, namespace, rec.name) ?? rec);
      sorted = entry[which] = { order: stamp.order, writes: stamp.writes, records };
    }
    return sorted.records;
  }
}

function countLabels(records: AppRecord[], healthLabel: string, syncLabel: string): StatusSummary {
  const health: Record<string, number> = {};
  const sync: Record<string, number> = {};
  for (const rec of records) {
    const labels = rec.obj.metadata?.labels;
    const h = stringAt(labels, healthLabel);
    const s = stringAt(labels, syncLabel);
    if (h) health[h] = (health[h] ?? 0) + 1;
    if (s) sync[s] = (sync[s] ?? 0) + 1;
  }
  const sorted = (m: Record<string, number>) =>
    Object.fromEntries(
      Object.keys(m)
        .sort()
        .map((k) => [k, m[k]]),
    );
  return { total: records.length, healthStatus: sorted(health), syncStatus: sorted(sync) };
}

const indexes = new WeakMap<Store, ListIndex>();

/** The index of a store (one per emulator), made on first use. */
export function listIndexOf(store: Store, cache: InformerCache): ListIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new ListIndex(store, cache)));
  return index;
}
