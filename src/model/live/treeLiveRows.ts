/**
 * The resource tree's rows with what runs under each open workload: a Deployment's ReplicaSets
 * and their Pods, a CronJob's Jobs and their Pods, the Pods of the others. The tree itself comes
 * from `status.argoApp` (model/tree); these rows come from the cluster, only for workloads the
 * user opened, and are spliced in after their workload's row. Linear in the visible rows.
 */
import type { TreeNode } from '../tree/resourceTree';
import type { ResourceEntry } from '../tree/resourceEntries';
import type { VisibleRow } from '../tree/treeRows';
import { isWorkloadKind, type OwnedNode } from './ownership';

/** What a workload's children are right now, as the page read them. */
export type LiveChildren =
  | { state: 'loading' }
  /** The user may not read this namespace on that cluster. */
  | { state: 'forbidden' }
  /** The workload is not in the cluster (deleted, or never created). */
  | { state: 'missing' }
  /** Nothing could be read; `message` is the server's words. */
  | { state: 'error'; message: string }
  /** The destination cluster is not one this console can reach. */
  | { state: 'unknown-cluster' }
  | { state: 'ready'; nodes: readonly OwnedNode[] };

/** Each live row knows its workload (the tree resource it hangs under). */
export type LiveRowData =
  | { type: 'owned'; node: OwnedNode; workload: ResourceEntry }
  | { type: 'state'; children: Exclude<LiveChildren, { state: 'ready' }>; workload: ResourceEntry }
  | { type: 'empty'; workload: ResourceEntry };

/** A tree row with, for rows from the cluster, what they show. */
export interface LiveVisibleRow extends VisibleRow {
  live?: LiveRowData;
}

/** Keys of live rows: `live:` and the object's uid, stable across refreshes. */
export const liveRowKey = (node: Pick<OwnedNode, 'uid' | 'namespace' | 'kind' | 'name'>): string =>
  `live:${node.uid || `${node.kind}/${node.namespace}/${node.name}`}`;

/** Whether a tree row is a workload whose children can be shown. */
export function isLiveExpandable(row: VisibleRow): boolean {
  const r = row.node.resource;
  return row.node.type === 'resource' && !!r && !r.fromSyncResultOnly && r.namespace !== '' && isWorkloadKind(r.kind);
}

/** The workloads among the rows that are open, for the page to fetch their children. */
export function openWorkloads(rows: readonly VisibleRow[], expanded: ReadonlySet<string>): ResourceEntry[] {
  const out: ResourceEntry[] = [];
  for (const row of rows) if (expanded.has(row.key) && isLiveExpandable(row)) out.push(row.node.resource!);
  return out;
}

// Live rows need a node for the parts of the tree that read one (keyboard, labels); a minimal one.
function liveNode(key: string, label: string): TreeNode {
  return {
    key,
    type: 'resource',
    label,
    children: [],
    counts: { total: 0, health: {}, sync: {}, noHealth: 0 },
    severity: 'unknown',
  };
}

function pushOwned(
  out: LiveVisibleRow[],
  nodes: readonly OwnedNode[],
  depth: number,
  parentKey: string,
  workload: ResourceEntry,
  expanded: ReadonlySet<string>,
): void {
  nodes.forEach((node, i) => {
    const key = liveRowKey(node);
    const hasChildren = node.children.length > 0;
    // Owned groups (a ReplicaSet with pods) start open: closing one records its key as closed.
    const isOpen = hasChildren && !expanded.has(`closed:${key}`);
    out.push({
      key,
      node: liveNode(key, node.name),
      depth,
      hasChildren,
      expanded: isOpen,
      posInSet: i + 1,
      setSize: nodes.length,
      parentKey,
      live: { type: 'owned', node, workload },
    });
    if (isOpen) pushOwned(out, node.children, depth + 1, key, workload, expanded);
  });
}

/**
 * The rows with live children spliced in: every workload row becomes expandable, and an open one
 * is followed by its children (or one row saying why there are none). `childrenOf` answers for
 * open workloads only.
 */
export function withLiveRows(
  rows: readonly VisibleRow[],
  expanded: ReadonlySet<string>,
  childrenOf: (resource: ResourceEntry) => LiveChildren | undefined,
): LiveVisibleRow[] {
  const out: LiveVisibleRow[] = [];
  for (const row of rows) {
    if (!isLiveExpandable(row)) {
      out.push(row);
      continue;
    }
    const open = expanded.has(row.key);
    out.push({ ...row, hasChildren: true, expanded: open });
    if (!open) continue;
    const children = childrenOf(row.node.resource!) ?? { state: 'loading' as const };
    const depth = row.depth + 1;
    const workload = row.node.resource!;
    // One row instead of children: why there are none (yet).
    const note = (key: string, live: LiveRowData): LiveVisibleRow => ({
      key,
      node: liveNode(key, ''),
      depth,
      hasChildren: false,
      expanded: false,
      posInSet: 1,
      setSize: 1,
      parentKey: row.key,
      live,
    });
    if (children.state !== 'ready') {
      out.push(note(`live-state:${row.key}`, { type: 'state', children, workload }));
    } else if (children.nodes.length === 0) {
      out.push(note(`live-empty:${row.key}`, { type: 'empty', workload }));
    } else {
      pushOwned(out, children.nodes, depth, row.key, row.node.resource!, expanded);
    }
  }
  return out;
}

/**
 * The expanded-set change for toggling `key`: tree and workload keys are open when present;
 * owned groups are open unless `closed:<key>` is present.
 */
export function toggleKey(expanded: ReadonlySet<string>, key: string, open?: boolean): ReadonlySet<string> {
  const owned = key.startsWith('live:');
  const marker = owned ? `closed:${key}` : key;
  const isOpen = owned ? !expanded.has(marker) : expanded.has(marker);
  const want = open ?? !isOpen;
  if (want === isOpen) return expanded;
  const next = new Set(expanded);
  const present = owned ? !want : want;
  if (present) next.add(marker);
  else next.delete(marker);
  return next;
}

/** What a panel shows: a resource by its coordinates, from the tree or from the cluster. */
export interface LiveTarget {
  group: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
}

const OWNED_API: Record<OwnedNode['kind'], { group: string; version: string }> = {
  Pod: { group: '', version: 'v1' },
  ReplicaSet: { group: 'apps', version: 'v1' },
  Job: { group: 'batch', version: 'v1' },
};

/** The target of a row: its resource, or the object a live row shows; `null` for group and state rows. */
export function rowTarget(row: LiveVisibleRow): LiveTarget | null {
  if (row.live?.type === 'owned') {
    const { node } = row.live;
    return { ...OWNED_API[node.kind], kind: node.kind, namespace: node.namespace, name: node.name };
  }
  if (row.live || row.node.type !== 'resource' || !row.node.resource) return null;
  const { group, version, kind, namespace, name } = row.node.resource;
  return { group, version, kind, namespace, name };
}

/** `group/version/kind/namespace/name`, as the tree keys its resources (`resourceKey`). */
export const targetKey = (t: LiveTarget): string => `${t.group}/${t.version}/${t.kind}/${t.namespace}/${t.name}`;

/** A target from its key (kept in the page's address); `null` when the key is not one. */
export function parseTargetKey(key: string | null | undefined): LiveTarget | null {
  if (!key) return null;
  const parts = key.split('/');
  if (parts.length !== 5 || !parts[2] || !parts[4]) return null;
  const [group, version, kind, namespace, name] = parts;
  return { group, version, kind, namespace, name };
}
