/**
 * The emulated etcd for `applications.gitops.kubesphere.io`, one keyspace per
 * cluster. Stored objects are never mutated in place: every write stores a new
 * object, so handlers can serialise stored objects directly (no per-request
 * deep clone, which keeps a 10,000-item list fast) and tests get snapshots.
 *
 * Kubernetes semantics that clients can observe are kept: a global
 * resourceVersion counter, generation bumps on spec changes and on graceful
 * deletion, deletionTimestamp while finalizers remain, and the status
 * subresource split (main updates keep status, status updates keep the rest).
 */
import { API_VERSION, Application, GROUP } from '../api/crd';
import { canonical } from '../core/schema';
import { deepClone, isRecord, randomSuffix, rfc3339, uuidFrom, type Loose } from '../core/util';
import { StoreError, conflict, invalid, noNewFinalizers, notFound, uidConflict } from './apierrors';

export { StoreError, cacheNotFound, conflict, notFound } from './apierrors';

export type AppObject = Record<string, Loose>;

export interface AppRecord {
  obj: AppObject;
  /** Creation time in whole seconds, precomputed because every list sorts on it. */
  createdMs: number;
  name: string;
}

export type ChangeKind = 'added' | 'modified' | 'deleted';

export interface Change {
  cluster: string;
  namespace: string;
  name: string;
  kind: ChangeKind;
  before?: AppObject;
  after?: AppObject;
  /** Raw objects are stored as given and do not wake the controllers. */
  raw?: boolean;
  /**
   * The revision of a deletion: etcd gives the delete its own revision and the watch's DELETED
   * event carries the last state with it (apiserver v0.31 storage/cacher/cache_watcher.go L389-391).
   */
  resourceVersion?: string;
}

/** See `Store.stamp`. */
export interface NamespaceStamp {
  writes: number;
  order: number;
}

const NO_WRITES: Readonly<NamespaceStamp> = Object.freeze({ writes: 0, order: 0 });

/** Checks an update may add to kube-apiserver's (ObjectMeta validation): returns field errors. */
export type UpdateCheck = (metadata: Record<string, Loose>) => string[];

/** A store record from an object, as `put` builds it (creation time in whole seconds). */
export function toRecord(obj: AppObject, name: string): AppRecord {
  const created = Date.parse(String(obj.metadata?.creationTimestamp ?? ''));
  return { obj, name, createdMs: Number.isNaN(created) ? 0 : Math.floor(created / 1000) * 1000 };
}

export class Store {
  private readonly apps = new Map<string, Map<string, Map<string, AppRecord>>>();
  private readonly namespaces = new Map<string, Set<string>>();
  private readonly listeners: Array<(change: Change) => void> = [];
  private rv = 1000;
  /** Per cluster and namespace: when its objects last changed, and its names or creation times (see `stamp`). */
  private readonly stamps = new Map<string, NamespaceStamp>();
  private writes = 0;

  constructor(
    private readonly now: () => number,
    private readonly random: () => number,
  ) {}

  onChange(listener: (change: Change) => void): void {
    this.listeners.push(listener);
  }

  clear(): void {
    this.apps.clear();
    this.namespaces.clear();
    // Stamps keep counting: an index built before the clear never matches what follows it.
    this.stamps.clear();
  }

  /**
   * What list indexes check before reusing their work (api/list-index.ts): `writes` changes with
   * every write to the namespace, `order` only when a name comes or goes or a creation time
   * changes (a status update keeps it). Both only grow, and are 0 for a namespace never written
   * since the last `clear`, which is then empty.
   */
  stamp(cluster: string, namespace: string): Readonly<NamespaceStamp> {
    return this.stamps.get(`${cluster}\u0000${namespace}`) ?? NO_WRITES;
  }

  nextResourceVersion(): string {
    return String(++this.rv);
  }

  /** The last resourceVersion handed out (what a list or a watch bookmark reports). */
  get currentResourceVersion(): number {
    return this.rv;
  }

  newUid(): string {
    return uuidFrom(this.random);
  }

  addNamespace(cluster: string, namespace: string): void {
    let set = this.namespaces.get(cluster);
    if (!set) this.namespaces.set(cluster, (set = new Set()));
    set.add(namespace);
  }

  hasNamespace(cluster: string, namespace: string): boolean {
    return this.namespaces.get(cluster)?.has(namespace) ?? false;
  }

  clusters(): string[] {
    return [...new Set([...this.apps.keys(), ...this.namespaces.keys()])];
  }

  get(cluster: string, namespace: string, name: string): AppObject | undefined {
    return this.apps.get(cluster)?.get(namespace)?.get(name)?.obj;
  }

  /** The stored record itself (what a list returns), for the informer cache's history. */
  record(cluster: string, namespace: string, name: string): AppRecord | undefined {
    return this.apps.get(cluster)?.get(namespace)?.get(name);
  }

  /** Records of one namespace, unsorted; callers must not mutate the objects. */
  list(cluster: string, namespace: string): AppRecord[] {
    const ns = this.apps.get(cluster)?.get(namespace);
    return ns ? [...ns.values()] : [];
  }

  /** Every application of a cluster, for controllers that scan (shared resources, pushes). */
  all(cluster: string): AppObject[] {
    const out: AppObject[] = [];
    for (const ns of this.apps.get(cluster)?.values() ?? []) for (const rec of ns.values()) out.push(rec.obj);
    return out;
  }

  /** Creates an object like kube-apiserver does; the caller has validated name and namespace. */
  create(cluster: string, input: AppObject): AppObject {
    const obj = deepClone(input);
    const meta = obj.metadata as AppObject;
    if (!meta.name && meta.generateName) {
      do meta.name = meta.generateName + randomSuffix(this.random);
      while (this.get(cluster, meta.namespace, meta.name));
    }
    if (this.get(cluster, meta.namespace, meta.name)) {
      throw new StoreError(409, `applications.${GROUP} "${meta.name}" already exists`);
    }
    meta.uid = this.newUid();
    meta.resourceVersion = this.nextResourceVersion();
    meta.generation = 1;
    meta.creationTimestamp = rfc3339(this.now());
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    delete meta.managedFields;
    obj.kind = 'Application';
    obj.apiVersion = API_VERSION;
    obj.status = { fluxApp: {} };
    const stored = canonical(obj, Application);
    this.put(cluster, stored, false);
    this.emit({ cluster, namespace: meta.namespace, name: meta.name, kind: 'added', after: stored });
    return stored;
  }

  /**
   * Replaces an object as kube-apiserver's registry Store.Update does
   * (apiserver v0.31 pkg/registry/generic/registry/store.go L598-731), in its
   * order: the UID precondition taken from the object (L611-614, checked by
   * GuaranteedUpdate before anything else), not found (L625-626), a stale
   * resourceVersion (L713-714), then validation in rest.BeforeUpdate (L731):
   * the caller's ObjectMeta checks plus "no new finalizers" on an object being
   * deleted, one 422 for all. `main` keeps the stored status (status
   * subresource), `status` keeps everything but status. When the update
   * removes the last finalizer of an object being deleted, the object is gone
   * afterwards; the final state is still returned, as kube-apiserver does.
   */
  update(cluster: string, input: AppObject, subresource: 'main' | 'status' = 'main', check?: UpdateCheck): AppObject {
    const meta = input.metadata as AppObject;
    const current = this.get(cluster, meta.namespace, meta.name);
    if (meta.uid && meta.uid !== (current?.metadata.uid ?? '')) {
      throw uidConflict(meta.namespace, meta.name, meta.uid, current?.metadata.uid ?? '');
    }
    if (!current) throw notFound(meta.name);
    if (meta.resourceVersion && meta.resourceVersion !== current.metadata.resourceVersion) throw conflict(meta.name);
    let next: AppObject;
    if (subresource === 'status') {
      next = { ...current, status: deepClone(input.status) };
    } else {
      const errors = check ? check(meta) : [];
      const finalizers = current.metadata.deletionTimestamp ? noNewFinalizers(meta.finalizers, current.metadata.finalizers) : undefined;
      if (finalizers) errors.push(finalizers);
      if (errors.length > 0) throw invalid(meta.name, errors);
      next = deepClone(input);
      next.kind = 'Application';
      next.apiVersion = API_VERSION;
      next.status = current.status;
      const m = next.metadata;
      m.uid = current.metadata.uid;
      m.creationTimestamp = current.metadata.creationTimestamp;
      m.generation = current.metadata.generation;
      if (current.metadata.deletionTimestamp) m.deletionTimestamp = current.metadata.deletionTimestamp;
      else delete m.deletionTimestamp;
      if (current.metadata.deletionGracePeriodSeconds !== undefined)
        m.deletionGracePeriodSeconds = current.metadata.deletionGracePeriodSeconds;
      if (JSON.stringify(next.spec) !== JSON.stringify(current.spec)) m.generation = (current.metadata.generation ?? 0) + 1;
    }
    next = canonical({ ...next, metadata: { ...next.metadata, resourceVersion: this.nextResourceVersion() } }, Application);
    if (next.metadata.deletionTimestamp && !(next.metadata.finalizers?.length > 0)) {
      this.remove(cluster, current);
      return next;
    }
    this.put(cluster, next, true);
    this.emit({ cluster, namespace: meta.namespace, name: meta.name, kind: 'modified', before: current, after: next });
    return next;
  }

  /** Clone, change, write: the only way controllers modify objects. */
  mutate(
    cluster: string,
    namespace: string,
    name: string,
    change: (draft: AppObject) => void,
    subresource: 'main' | 'status' = 'main',
  ): AppObject | undefined {
    const current = this.get(cluster, namespace, name);
    if (!current) return undefined;
    const draft = deepClone(current);
    change(draft);
    return this.update(cluster, draft, subresource);
  }

  /** Graceful delete: marks the object while finalizers remain, removes it otherwise. */
  delete(cluster: string, namespace: string, name: string): void {
    const current = this.get(cluster, namespace, name);
    if (!current) throw notFound(name);
    if (current.metadata.finalizers?.length > 0) {
      if (current.metadata.deletionTimestamp) return;
      const next = deepClone(current);
      next.metadata.deletionTimestamp = rfc3339(this.now());
      next.metadata.deletionGracePeriodSeconds = 0;
      next.metadata.generation = (current.metadata.generation ?? 0) + 1;
      next.metadata.resourceVersion = this.nextResourceVersion();
      const stored = canonical(next, Application);
      this.put(cluster, stored, true);
      this.emit({ cluster, namespace, name, kind: 'modified', before: current, after: stored });
      return;
    }
    this.remove(cluster, current);
  }

  /** Stores an object verbatim (untrusted-data tests); only fills what lists need to sort. */
  putRaw(cluster: string, namespace: string, name: string, input: unknown): AppObject {
    const obj: AppObject = isRecord(input) ? deepClone(input) : {};
    if (!isRecord(obj.metadata)) obj.metadata = {};
    obj.metadata.name ??= name;
    obj.metadata.namespace ??= namespace;
    obj.metadata.uid ??= this.newUid();
    obj.metadata.resourceVersion ??= this.nextResourceVersion();
    obj.metadata.creationTimestamp ??= rfc3339(this.now());
    this.addNamespace(cluster, namespace);
    const before = this.get(cluster, namespace, name);
    this.put(cluster, obj, true, { namespace, name });
    this.emit({ cluster, namespace, name, kind: before ? 'modified' : 'added', before, after: obj, raw: true });
    return obj;
  }

  /** Bulk insert for seeds: no events, objects already canonical and complete. */
  load(cluster: string, objects: AppObject[]): void {
    for (const obj of objects) {
      this.addNamespace(cluster, obj.metadata.namespace);
      this.put(cluster, obj, false);
    }
  }

  private put(cluster: string, obj: AppObject, replace: boolean, key?: { namespace: string; name: string }): void {
    const namespace = key?.namespace ?? obj.metadata.namespace;
    const name = key?.name ?? obj.metadata.name;
    let byNs = this.apps.get(cluster);
    if (!byNs) this.apps.set(cluster, (byNs = new Map()));
    let byName = byNs.get(namespace);
    if (!byName) byNs.set(namespace, (byName = new Map()));
    if (!replace && byName.has(name)) throw new StoreError(409, `applications.${GROUP} "${name}" already exists`);
    const before = byName.get(name);
    const rec = toRecord(obj, name);
    byName.set(name, rec);
    this.touch(cluster, namespace, before?.createdMs !== rec.createdMs);
  }

  private touch(cluster: string, namespace: string, reordered: boolean): void {
    const key = `${cluster}\u0000${namespace}`;
    const writes = ++this.writes;
    const stamp = this.stamps.get(key);
    if (stamp) {
      stamp.writes = writes;
      if (reordered) stamp.order = writes;
    } else this.stamps.set(key, { writes, order: writes });
  }

  private remove(cluster: string, current: AppObject): void {
    const { namespace, name } = current.metadata;
    if (this.apps.get(cluster)?.get(namespace)?.delete(name)) this.touch(cluster, namespace, true);
    this.emit({ cluster, namespace, name, kind: 'deleted', before: current, resourceVersion: this.nextResourceVersion() });
  }

  private emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }
}
