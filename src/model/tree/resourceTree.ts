/**
 * The resource tree of one application, built from `status.resources` (the live, tracked
 * resources) and `operationState.syncResult.resources` (what the last sync did to each one):
 * application → namespace → kind → resource, with status counts and the worst status per group.
 *
 * Built in O(n log n) for n resources (one pass to index, one sort per level), so 20,000
 * resources stay cheap. Rendering is left to `rowList.ts` (or `flattenVisible` in `treeRows.ts`);
 * filtering as the user types to `treeFilterer.ts`.
 */
import { type ResourceEntry, resourceEntries } from './resourceEntries';
import { type Severity, worseSeverity } from '../status/status';
import type { ArgoStatus, HealthStatusCode, SyncStatusCode } from '../application/types';

export * from './resourceEntries';

export type TreeNodeType = 'application' | 'namespace' | 'kind' | 'resource';

export interface StatusCounts {
  total: number;
  health: Record<string, number>;
  sync: Record<string, number>;
  /** Resources without a health value (Argo CD ≥ 3.0, hooks, pruned resources). */
  noHealth: number;
}

export interface TreeNode {
  /** Stable across rebuilds: `app:<name>`, `ns:<namespace>`, `kind:<namespace>/<group>/<kind>`, or the resource key. */
  key: string;
  type: TreeNodeType;
  /** App name, namespace (empty for cluster-scoped resources), kind, or resource name. */
  label: string;
  /** API group of a kind or resource node (empty for the core group). */
  group?: string;
  children: TreeNode[];
  counts: StatusCounts;
  /** Worst severity in the subtree. */
  severity: Severity;
  /** Worst health in the subtree, by Argo CD's order (Healthy < Suspended < Progressing < Missing < Degraded < Unknown). */
  worstHealth?: HealthStatusCode;
  /** Worst sync status in the subtree (Synced < Unknown < OutOfSync). */
  worstSync?: SyncStatusCode;
  resource?: ResourceEntry;
}

export interface ResourceTree {
  root: TreeNode;
  /** Every resource in tree order. */
  resources: ResourceEntry[];
  /** False when no resource has a health value, as with Argo CD ≥ 3.0 defaults. */
  healthAvailable: boolean;
}

export interface ResourceFilter {
  /** Case-insensitive substring of the resource name. */
  name?: string;
  kinds?: readonly string[];
  health?: readonly string[];
  sync?: readonly string[];
  namespaces?: readonly string[];
}

export interface BuildOptions {
  /** Label of the root node. Defaults to an empty string. */
  appName?: string;
  filter?: ResourceFilter;
  /** Add resources known only from the last sync result (hooks, pruned). Defaults to true. */
  includeSyncResultOnly?: boolean;
}

const HEALTH_ORDER = new Map<string, number>([
  ['Healthy', 0],
  ['Suspended', 1],
  ['Progressing', 2],
  ['Missing', 3],
  ['Degraded', 4],
  ['Unknown', 5],
]);
const SYNC_ORDER = new Map<string, number>([
  ['Synced', 0],
  ['Unknown', 1],
  ['OutOfSync', 2],
]);
// A code newer than this console ranks like Unknown.
const rank = (order: ReadonlyMap<string, number>, code: string): number => order.get(code) ?? order.get('Unknown')!;

function worse(order: ReadonlyMap<string, number>, a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || a === b) return b;
  if (b === undefined) return a;
  return rank(order, b) > rank(order, a) ? b : a;
}

/** True when the entry passes every constraint of the filter; empty lists constrain nothing. */
export function matchesFilter(entry: ResourceEntry, filter: ResourceFilter | undefined): boolean {
  if (!filter) return true;
  const needle = filter.name?.trim().toLowerCase();
  if (needle && !entry.name.toLowerCase().includes(needle)) return false;
  if (filter.kinds?.length && !filter.kinds.includes(entry.kind)) return false;
  if (filter.namespaces?.length && !filter.namespaces.includes(entry.namespace)) return false;
  if (filter.health?.length && (entry.health === undefined || !filter.health.includes(entry.health))) return false;
  if (filter.sync?.length && (entry.sync === undefined || !filter.sync.includes(entry.sync))) return false;
  return true;
}

const emptyCounts = (): StatusCounts => ({ total: 0, health: {}, sync: {}, noHealth: 0 });

export function group(key: string, type: TreeNodeType, label: string): TreeNode {
  return { key, type, label, children: [], counts: emptyCounts(), severity: 'unknown' };
}

export function addEntry(node: TreeNode, e: ResourceEntry): void {
  const c = node.counts;
  c.total++;
  if (e.health === undefined) c.noHealth++;
  else c.health[e.health] = (c.health[e.health] ?? 0) + 1;
  if (e.sync !== undefined) c.sync[e.sync] = (c.sync[e.sync] ?? 0) + 1;
  node.severity = c.total === 1 ? e.severity : worseSeverity(node.severity, e.severity);
  node.worstHealth = worse(HEALTH_ORDER, node.worstHealth, e.health);
  node.worstSync = worse(SYNC_ORDER, node.worstSync, e.sync);
}

/** Adds a group's counts and worst states to `node`, as adding its entries one by one (in order) would. */
export function addGroup(node: TreeNode, child: TreeNode): void {
  const c = node.counts;
  const d = child.counts;
  node.severity = c.total === 0 ? child.severity : worseSeverity(node.severity, child.severity);
  c.total += d.total;
  c.noHealth += d.noHealth;
  for (const [k, n] of Object.entries(d.health)) c.health[k] = (c.health[k] ?? 0) + n;
  for (const [k, n] of Object.entries(d.sync)) c.sync[k] = (c.sync[k] ?? 0) + n;
  node.worstHealth = worse(HEALTH_ORDER, node.worstHealth, child.worstHealth);
  node.worstSync = worse(SYNC_ORDER, node.worstSync, child.worstSync);
}

/** A leaf's children: none, ever; one frozen array for all of them. */
const NO_CHILDREN = Object.freeze([]) as unknown as TreeNode[];
/**
 * A leaf's counts depend only on its health and sync, so leaves with the same pair share one
 * frozen object: a tree of 20,000 resources makes a handful instead of 60,000 small objects.
 * Found by health, then sync, without making a string per leaf.
 */
const leafCounts = new Map<string | undefined, Map<string | undefined, StatusCounts>>();
let leafCountsKept = 0;
const LEAF_COUNTS_KEPT = 1000;

function countsOf(e: ResourceEntry): StatusCounts {
  let bySync = leafCounts.get(e.health);
  let counts = bySync?.get(e.sync);
  if (counts) return counts;
  const fresh = emptyCounts();
  fresh.total = 1;
  if (e.health === undefined) fresh.noHealth = 1;
  else fresh.health[e.health] = 1;
  if (e.sync !== undefined) fresh.sync[e.sync] = 1;
  Object.freeze(fresh.health);
  Object.freeze(fresh.sync);
  counts = Object.freeze(fresh);
  // Codes come from the server: unknown ones are counted but not kept past a bound.
  if (leafCountsKept < LEAF_COUNTS_KEPT) {
    if (!bySync) leafCounts.set(e.health, (bySync = new Map()));
    bySync.set(e.sync, counts);
    leafCountsKept++;
  }
  return counts;
}

/** The same node as a group with this one entry added would be, without its allocations. */
export function leaf(e: ResourceEntry): TreeNode {
  return {
    key: e.key,
    type: 'resource',
    label: e.name,
    children: NO_CHILDREN,
    counts: countsOf(e),
    severity: e.severity,
    worstHealth: e.health,
    worstSync: e.sync,
    group: e.group,
    resource: e,
  };
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byLeaf = (a: TreeNode, b: TreeNode): number => byText(a.label, b.label) || byText(a.key, b.key);

/** Sorts a kind's leaves by name (then key), unless they came sorted, as Argo CD's lists mostly do. */
function sortLeaves(leaves: TreeNode[]): void {
  for (let i = 1; i < leaves.length; i++) {
    if (byLeaf(leaves[i - 1], leaves[i]) > 0) {
      leaves.sort(byLeaf);
      return;
    }
  }
}

interface NamespaceGroups {
  node: TreeNode;
  /** Kind nodes by API group, then kind: no `group/kind` string made per resource. */
  kinds: Map<string, Map<string, TreeNode>>;
}

/**
 * Builds the tree from entries already filtered; every entry ends up in exactly one leaf. Each
 * resource is counted in its kind only; namespaces and the root add up their kinds' counts.
 */
export function treeFromEntries(entries: readonly ResourceEntry[], appName = ''): ResourceTree {
  const root = group(`app:${appName}`, 'application', appName);
  const namespaces = new Map<string, NamespaceGroups>();
  let kind: TreeNode | undefined;
  let previous: ResourceEntry | undefined;
  for (const e of entries) {
    // Resources of one kind mostly come together: the kind of the previous one is looked up once.
    if (!kind || e.kind !== previous!.kind || e.group !== previous!.group || e.namespace !== previous!.namespace) {
      let ns = namespaces.get(e.namespace);
      if (!ns) {
        ns = { node: group(`ns:${e.namespace}`, 'namespace', e.namespace), kinds: new Map() };
        namespaces.set(e.namespace, ns);
      }
      let inGroup = ns.kinds.get(e.group);
      if (!inGroup) ns.kinds.set(e.group, (inGroup = new Map()));
      kind = inGroup.get(e.kind);
      if (!kind) {
        kind = group(`kind:${e.namespace}/${e.group}/${e.kind}`, 'kind', e.kind);
        kind.group = e.group;
        inGroup.set(e.kind, kind);
      }
    }
    previous = e;
    kind.children.push(leaf(e));
    addEntry(kind, e);
  }
  // Cluster-scoped resources (empty namespace) sort first.
  const nsList = [...namespaces.values()].sort((a, b) => byText(a.node.label, b.node.label));
  for (const ns of nsList) {
    const kinds: TreeNode[] = [];
    for (const inGroup of ns.kinds.values()) for (const k of inGroup.values()) kinds.push(k);
    kinds.sort((a, b) => byText(a.label, b.label) || byText(a.group ?? '', b.group ?? ''));
    for (const k of kinds) {
      sortLeaves(k.children);
      addGroup(ns.node, k);
    }
    ns.node.children = kinds;
    root.children.push(ns.node);
    addGroup(root, ns.node);
  }
  const ordered: ResourceEntry[] = [];
  for (const ns of root.children) {
    for (const k of ns.children) {
      for (const l of k.children) ordered.push(l.resource!);
    }
  }
  return { root, resources: ordered, healthAvailable: ordered.some((e) => e.health !== undefined) };
}

/**
 * The resource tree of an application: root (the app) → namespace → kind → resource. Options:
 * `appName` (default `''`), `filter` (default none), `includeSyncResultOnly` (default true).
 */
export function buildResourceTree(status: ArgoStatus | null | undefined, options: BuildOptions = {}): ResourceTree {
  const all = resourceEntries(status, options.includeSyncResultOnly ?? true);
  if (!options.filter) return treeFromEntries(all, options.appName ?? '');
  const tree = treeFromEntries(
    all.filter((e) => matchesFilter(e, options.filter)),
    options.appName ?? '',
  );
  // Whether Argo CD reports health is a fact about the app, not about what the filter kept.
  return { ...tree, healthAvailable: all.some((e) => e.health !== undefined) };
}

/** The same tree keeping only resources that pass `filter`; counts and worst states are recomputed. */
export function filterResourceTree(tree: ResourceTree, filter: ResourceFilter): ResourceTree {
  const index = leafIndex(tree);
  const picked: number[] = [];
  for (let i = 0; i < index.leaves.length; i++) if (matchesFilter(index.leaves[i].resource!, filter)) picked.push(i);
  return regroupLeaves(tree, picked);
}

/** Every leaf of a tree in tree order (= `tree.resources`), with its kind and namespace. */
export interface LeafIndex {
  leaves: TreeNode[];
  kinds: TreeNode[];
  namespaces: TreeNode[];
}

const leafIndexes = new WeakMap<ResourceTree, LeafIndex>();

/** The leaves of `tree` with their groups; made once per tree. */
export function leafIndex(tree: ResourceTree): LeafIndex {
  let index = leafIndexes.get(tree);
  if (index) return index;
  index = { leaves: [], kinds: [], namespaces: [] };
  for (const ns of tree.root.children) {
    for (const kind of ns.children) {
      for (const l of kind.children) {
        index.leaves.push(l);
        index.kinds.push(kind);
        index.namespaces.push(ns);
      }
    }
  }
  leafIndexes.set(tree, index);
  return index;
}

/**
 * The tree of some of `tree`'s leaves (`picked`: positions in `leafIndex(tree)`, ascending), as
 * `treeFromEntries` would build it from their entries. The leaves are shared and nothing is
 * sorted: they come in tree order, so only the groups and their counts are made anew. That keeps
 * filtering 20,000 resources to a few milliseconds.
 */
export function regroupLeaves(tree: ResourceTree, picked: readonly number[]): ResourceTree {
  const { leaves, kinds, namespaces } = leafIndex(tree);
  const root = group(tree.root.key, 'application', tree.root.label);
  const resources: ResourceEntry[] = [];
  let ns: TreeNode | undefined;
  let kind: TreeNode | undefined;
  let lastNs: TreeNode | undefined;
  let lastKind: TreeNode | undefined;
  for (const i of picked) {
    if (namespaces[i] !== lastNs) {
      lastNs = namespaces[i];
      ns = group(lastNs.key, 'namespace', lastNs.label);
      root.children.push(ns);
    }
    if (kinds[i] !== lastKind) {
      lastKind = kinds[i];
      kind = group(lastKind.key, 'kind', lastKind.label);
      kind.group = lastKind.group;
      ns!.children.push(kind);
    }
    const e = leaves[i].resource!;
    kind!.children.push(leaves[i]);
    addEntry(kind!, e);
    addEntry(ns!, e);
    addEntry(root, e);
    resources.push(e);
  }
  return { root, resources, healthAvailable: tree.healthAvailable };
}
