/**
 * From a resource tree to the rows a WAI-ARIA tree/treegrid renders: only nodes whose ancestors
 * are all expanded, in order, each with what `aria-level`, `aria-setsize`, `aria-posinset` and
 * `aria-expanded` need. The list is flat so a virtualised list can render any window of it.
 */
import type { ResourceTree, TreeNode } from './resourceTree';

export interface VisibleRow {
  key: string;
  node: TreeNode;
  /** 1 for the application, 2 for namespaces, 3 for kinds, 4 for resources (= `aria-level`). */
  depth: number;
  hasChildren: boolean;
  /** Meaningful only when `hasChildren` (leaves carry no `aria-expanded`). */
  expanded: boolean;
  /** 1-based position among its siblings (= `aria-posinset`). */
  posInSet: number;
  /** Number of siblings including itself (= `aria-setsize`). */
  setSize: number;
  parentKey: string | null;
}

export type ExpandedKeys = ReadonlySet<string> | readonly string[];

function toSet(keys: ExpandedKeys): ReadonlySet<string> {
  return keys instanceof Set ? keys : new Set(keys as readonly string[]);
}

/**
 * The rows to render, in display order. The root row is always present; a node's children
 * follow it only if its key is in `expandedKeys`. Costs O(visible rows), whatever the tree size.
 */
export function flattenVisible(tree: ResourceTree, expandedKeys: ExpandedKeys): VisibleRow[] {
  const expanded = toSet(expandedKeys);
  const rows: VisibleRow[] = [];
  // An explicit stack instead of recursion keeps the order and cannot overflow.
  const stack: Array<{ node: TreeNode; depth: number; pos: number; size: number; parent: string | null }> = [
    { node: tree.root, depth: 1, pos: 1, size: 1, parent: null },
  ];
  while (stack.length > 0) {
    const { node, depth, pos, size, parent } = stack.pop()!;
    const hasChildren = node.children.length > 0;
    const isOpen = hasChildren && expanded.has(node.key);
    rows.push({
      key: node.key,
      node,
      depth,
      hasChildren,
      expanded: isOpen,
      posInSet: pos,
      setSize: size,
      parentKey: parent,
    });
    if (!isOpen) continue;
    const n = node.children.length;
    for (let i = n - 1; i >= 0; i--) {
      stack.push({ node: node.children[i], depth: depth + 1, pos: i + 1, size: n, parent: node.key });
    }
  }
  return rows;
}

/** Keys of every node that has children ("expand all"). */
export function expandableKeys(tree: ResourceTree): string[] {
  const keys: string[] = [];
  const stack: TreeNode[] = [tree.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.children.length === 0) continue;
    keys.push(node.key);
    for (const child of node.children) if (child.children.length > 0) stack.push(child);
  }
  return keys;
}

/**
 * What to expand when the tree is first shown. Defaults: the root and every namespace; kinds too
 * when the tree has at most `openKindsUpTo` resources (default 50), so small apps show everything.
 */
export function defaultExpandedKeys(tree: ResourceTree, openKindsUpTo = 50): string[] {
  const keys = [tree.root.key];
  const openKinds = tree.root.counts.total <= openKindsUpTo;
  for (const ns of tree.root.children) {
    keys.push(ns.key);
    if (openKinds) for (const kind of ns.children) keys.push(kind.key);
  }
  return keys;
}

/** Keys of the ancestors of `key`, root first, to expand so that node becomes visible; `null` if absent. */
export function ancestorKeys(tree: ResourceTree, key: string): string[] | null {
  if (tree.root.key === key) return [];
  for (const ns of tree.root.children) {
    if (ns.key === key) return [tree.root.key];
    for (const kind of ns.children) {
      if (kind.key === key) return [tree.root.key, ns.key];
      // Leaves are sorted by name, not key, so a scan is needed; it runs once per reveal.
      if (kind.children.some((leaf) => leaf.key === key)) return [tree.root.key, ns.key, kind.key];
    }
  }
  return null;
}

export interface Facet {
  value: string;
  count: number;
}

export interface TreeFacets {
  kinds: Facet[];
  namespaces: Facet[];
  health: Facet[];
  sync: Facet[];
}

const sortFacets = (map: Map<string, number>): Facet[] =>
  [...map].map(([value, count]) => ({ value, count })).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

/** The values present in the tree, with counts, to fill the filter controls. Read from the groups' counts. */
export function treeFacets(tree: ResourceTree): TreeFacets {
  const kinds = new Map<string, number>();
  const namespaces = new Map<string, number>();
  for (const ns of tree.root.children) {
    namespaces.set(ns.label, (namespaces.get(ns.label) ?? 0) + ns.counts.total);
    for (const kind of ns.children) kinds.set(kind.label, (kinds.get(kind.label) ?? 0) + kind.counts.total);
  }
  const { health, sync } = tree.root.counts;
  return {
    kinds: sortFacets(kinds),
    namespaces: sortFacets(namespaces),
    health: sortFacets(new Map(Object.entries(health))),
    sync: sortFacets(new Map(Object.entries(sync))),
  };
}
