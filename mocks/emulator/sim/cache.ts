/**
 * The informer cache devops-apiserver reads through. ks-devops builds its
 * client from a controller-runtime manager (ks-devops
 * cmd/apiserver/app/options/options.go L172-184) whose client serves Get and
 * List from informers fed by watch events, while Create, Update and Delete go
 * straight to kube-apiserver. A read therefore sees the store as it was
 * `lagMs` ago: a GET right after a create 404s, a list still shows a deleted
 * application, and the Get inside PUT/DELETE/sync returns a stale
 * resourceVersion.
 *
 * Only keys written within the last `lagMs` keep a history (oldest first,
 * pruned on every access); every other key reads the store itself. A list is
 * the store's own records patched by those few recent keys, so a namespace of
 * 50,000 applications lists as fast as without lag. Time is the emulator's
 * clock, so `instant` timing makes the lag deterministic.
 */
import { toRecord, type AppObject, type AppRecord, type Change, type Store } from './store';

interface History {
  /** What the cache holds before the oldest write still in flight. */
  base: AppRecord | undefined;
  /** Writes in time order; `rec` undefined = deleted. */
  writes: Array<{ at: number; rec: AppRecord | undefined }>;
}

interface Pending {
  at: number;
  cluster: string;
  namespace: string;
  name: string;
}

export class InformerCache {
  private lag = 0;
  /** cluster -> namespace -> name -> history of recent writes. */
  private readonly recent = new Map<string, Map<string, Map<string, History>>>();
  /** Every write still in flight, oldest first, to prune in O(pruned). */
  private queue: Pending[] = [];
  private head = 0;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {
    store.onChange((change) => this.record(change));
  }

  get lagMs(): number {
    return this.lag;
  }

  setLag(ms: number): void {
    this.lag = Math.max(0, ms);
    // Without lag the cache is the store; from now on writes are seen late.
    if (this.lag === 0) this.clear();
  }

  /** Forgets every write in flight: the cache has caught up (a reset, a new seed). */
  clear(): void {
    this.recent.clear();
    this.queue = [];
    this.head = 0;
  }

  /** A Get through the cache at time `at` (default now). */
  get(cluster: string, namespace: string, name: string, at = this.now()): AppObject | undefined {
    this.prune();
    const history = this.recent.get(cluster)?.get(namespace)?.get(name);
    if (!history) return this.store.get(cluster, namespace, name);
    return this.resolve(history, at)?.obj;
  }

  /** A List of one namespace through the cache, unsorted; callers must not mutate the objects. */
  list(cluster: string, namespace: string, at = this.now()): AppRecord[] {
    this.prune();
    const records = this.store.list(cluster, namespace);
    const recent = this.recent.get(cluster)?.get(namespace);
    if (!recent || recent.size === 0) return records;
    const out = records.filter((rec) => !recent.has(rec.name));
    for (const history of recent.values()) {
      const rec = this.resolve(history, at);
      if (rec) out.push(rec);
    }
    return out;
  }

  /** No write to the namespace is still in flight: a list through the cache is the store's own list. */
  settled(cluster: string, namespace: string): boolean {
    this.prune();
    return (this.recent.get(cluster)?.get(namespace)?.size ?? 0) === 0;
  }

  private resolve(history: History, at: number): AppRecord | undefined {
    const cutoff = at - this.lag;
    let rec = history.base;
    for (const write of history.writes) {
      if (write.at > cutoff) break;
      rec = write.rec;
    }
    return rec;
  }

  private record(change: Change): void {
    if (this.lag === 0) return;
    this.prune();
    const { cluster, namespace, name } = change;
    let byNs = this.recent.get(cluster);
    if (!byNs) this.recent.set(cluster, (byNs = new Map()));
    let byName = byNs.get(namespace);
    if (!byName) byNs.set(namespace, (byName = new Map()));
    let history = byName.get(name);
    if (!history) byName.set(name, (history = { base: change.before ? toRecord(change.before, name) : undefined, writes: [] }));
    const at = this.now();
    const rec = change.kind === 'deleted' ? undefined : (this.store.record(cluster, namespace, name) ?? toRecord(change.after ?? {}, name));
    history.writes.push({ at, rec });
    this.queue.push({ at, cluster, namespace, name });
  }

  /** Delivers every write older than the lag: its key's base moves forward, a caught-up key is dropped. */
  private prune(): void {
    if (this.head >= this.queue.length) return;
    const cutoff = this.now() - this.lag;
    while (this.head < this.queue.length && this.queue[this.head].at <= cutoff) {
      const { cluster, namespace, name } = this.queue[this.head++];
      const byName = this.recent.get(cluster)?.get(namespace);
      const history = byName?.get(name);
      const write = history?.writes.shift();
      if (!byName || !history || !write) continue;
      history.base = write.rec;
      if (history.writes.length === 0) byName.delete(name);
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
