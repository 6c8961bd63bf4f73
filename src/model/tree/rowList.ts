/**
 * The visible rows of a resource tree as a list made in time linear in its groups, not its rows:
 * the resources of an open kind are one run, whose rows are made only when the virtual list asks
 * for them (the 30 or so on screen). `flattenVisible` builds every row, which at 20,000 resources
 * is too slow for "Expand all" or a key press in the filter; this gives the same rows in the same
 * order (`treeRows.test.ts` and `rowList.test.ts` hold them to it).
 */
import type { ResourceTree, TreeNode } from './resourceTree';
import type { ExpandedKeys, VisibleRow } from './treeRows';

/** The rows a tree view renders, by index. */
export interface RowList<R extends VisibleRow = VisibleRow> {
  readonly length: number;
  /** The row at `index` (0 ≤ index < length): the same object each time for one list. */
  at(index: number): R;
  /** Where the row with this key is, or -1 when it is not shown. */
  indexOfKey(key: string): number;
  /** The rows that `leafRows` added under open leaves (what runs under a workload), with their indexes. */
  readonly added: ReadonlyArray<{ index: number; row: R }>;
}

type Segment =
  /** A row of its own: a group, or an open leaf. */
  | { type: 'row'; row: VisibleRow; open: boolean }
  /** Closed leaves `from` … `to - 1` of `parent`, one after the other. */
  | { type: 'run'; parent: TreeNode; depth: number; from: number; to: number };

/** What is visible of a tree for a set of expanded keys, before any row is made. */
export interface TreeLayout {
  readonly tree: ResourceTree;
  readonly segments: readonly Segment[];
  /** Leaves whose keys are expanded and that are visible (workloads whose children are open), in order. */
  readonly openLeaves: readonly VisibleRow[];
}

const toSet = (keys: ExpandedKeys): ReadonlySet<string> => (keys instanceof Set ? keys : new Set(keys as readonly string[]));

function rowOf(node: TreeNode, depth: number, pos: number, size: number, parent: string | null, isOpen: boolean): VisibleRow {
  return {
    key: node.key,
    node,
    depth,
    hasChildren: node.children.length > 0,
    expanded: isOpen,
    posInSet: pos,
    setSize: size,
    parentKey: parent,
  };
}

/**
 * The layout of `tree` with `expandedKeys` open: every group row, and each open group's closed
 * leaves as runs. Costs one look at each child of an open group, and no allocation per leaf.
 */
export function treeLayout(tree: ResourceTree, expandedKeys: ExpandedKeys): TreeLayout {
  const expanded = toSet(expandedKeys);
  const segments: Segment[] = [];
  const openLeaves: VisibleRow[] = [];
  const root = tree.root;
  const rootOpen = root.children.length > 0 && expanded.has(root.key);
  segments.push({ type: 'row', row: rowOf(root, 1, 1, 1, null, rootOpen), open: false });
  // Recursion as deep as the tree: four levels.
  const walk = (node: TreeNode, depth: number) => {
    const children = node.children;
    const n = children.length;
    let run: Extract<Segment, { type: 'run' }> | undefined;
    for (let i = 0; i < n; i++) {
      const child = children[i];
      if (child.children.length === 0 && !expanded.has(child.key)) {
        if (run && run.to === i) run.to++;
        else segments.push((run = { type: 'run', parent: node, depth, from: i, to: i + 1 }));
        continue;
      }
      run = undefined;
      const isOpen = child.children.length > 0 && expanded.has(child.key);
      const row = rowOf(child, depth, i + 1, n, node.key, isOpen);
      const leaf = child.children.length === 0;
      segments.push({ type: 'row', row, open: leaf });
      if (leaf) openLeaves.push(row);
      if (isOpen) walk(child, depth + 1);
    }
  };
  if (rootOpen) walk(root, 2);
  return { tree, segments, openLeaves };
}

const parents = new WeakMap<ResourceTree, Map<string, { parent: TreeNode; index: number }>>();

/** Each leaf's parent and place among its siblings, made once per tree, when first asked. */
function leafPlaces(tree: ResourceTree): Map<string, { parent: TreeNode; index: number }> {
  let places = parents.get(tree);
  if (places) return places;
  places = new Map();
  const stack: TreeNode[] = [tree.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.children.forEach((child, index) => {
      if (child.children.length === 0) places!.set(child.key, { parent: node, index });
      else stack.push(child);
    });
  }
  parents.set(tree, places);
  return places;
}

/**
 * The rows of a layout. `leafRows` gives a leaf's rows as shown: the leaf itself (possibly
 * changed, e.g. a workload that can open) and, for an open leaf, the rows under it. It is called
 * for open leaves when the list is made and for the others when their row is first needed; for a
 * closed leaf it must give exactly one row.
 */
export function rowList<R extends VisibleRow = VisibleRow>(layout: TreeLayout, leafRows?: (row: VisibleRow) => readonly R[]): RowList<R> {
  const starts: number[] = [];
  /** The rows of row segments; runs make theirs on demand. */
  const made: Array<readonly R[] | null> = [];
  const keyIndex = new Map<string, number>();
  const added: Array<{ index: number; row: R }> = [];
  let length = 0;
  for (const segment of layout.segments) {
    starts.push(length);
    if (segment.type === 'run') {
      made.push(null);
      length += segment.to - segment.from;
      continue;
    }
    const rows = segment.open && leafRows ? leafRows(segment.row) : [segment.row as R];
    made.push(rows);
    rows.forEach((row, i) => {
      keyIndex.set(row.key, length + i);
      if (i > 0) added.push({ index: length + i, row });
    });
    length += rows.length;
  }

  const cache = new Map<number, R>();
  const segmentAt = (index: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const at = (index: number): R => {
    const hit = cache.get(index);
    if (hit) return hit;
    const s = segmentAt(index);
    const segment = layout.segments[s];
    let row: R;
    if (segment.type === 'run') {
      const i = segment.from + index - starts[s];
      const { parent } = segment;
      const plain = rowOf(parent.children[i], segment.depth, i + 1, parent.children.length, parent.key, false);
      row = leafRows ? leafRows(plain)[0] : (plain as R);
    } else {
      row = made[s]![index - starts[s]];
    }
    cache.set(index, row);
    return row;
  };

  const indexOfKey = (key: string): number => {
    const found = keyIndex.get(key);
    if (found !== undefined) return found;
    const place = leafPlaces(layout.tree).get(key);
    if (!place) return -1;
    // Few runs (one per open group), so a scan is enough.
    for (let s = 0; s < layout.segments.length; s++) {
      const segment = layout.segments[s];
      if (segment.type === 'run' && segment.parent === place.parent && place.index >= segment.from && place.index < segment.to) {
        return starts[s] + place.index - segment.from;
      }
    }
    return -1;
  };

  return { length, at, indexOfKey, added };
}

/** Rows as a plain array or as a list that makes them on demand. */
export type Rows<R extends VisibleRow = VisibleRow> = readonly R[] | RowList<R>;

/** `rows` as a list, wrapping an array. */
export const asRowList = <R extends VisibleRow>(rows: Rows<R>): RowList<R> =>
  Array.isArray(rows) ? rowListOf(rows as readonly R[]) : (rows as RowList<R>);

/** A plain array of rows as a `RowList` (tests, small trees). */
export function rowListOf<R extends VisibleRow>(rows: readonly R[]): RowList<R> {
  let keys: Map<string, number> | undefined;
  return {
    length: rows.length,
    at: (index) => rows[index],
    indexOfKey: (key) => {
      keys ??= new Map(rows.map((row, i) => [row.key, i]));
      return keys.get(key) ?? -1;
    },
    added: [],
  };
}
