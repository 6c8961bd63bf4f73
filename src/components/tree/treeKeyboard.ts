/**
 * The keyboard model of the WAI-ARIA tree pattern over the flat list of visible rows: what a key
 * does to the focused row. Pure, so each rule is one test.
 */
import type { VisibleRow } from '../../model';
import { asRowList, type RowList, type Rows } from '../../model/tree/rowList';

export type TreeCommand =
  | { type: 'focus'; index: number }
  | { type: 'expand'; key: string }
  | { type: 'collapse'; key: string; index: number }
  | { type: 'toggle'; key: string }
  /** Enter on a row that opens something (a resource's panel): its default action. */
  | { type: 'activate'; index: number };

/** Rows moved by Page Up / Page Down. */
export const PAGE_ROWS = 10;

/**
 * The command for `key` pressed on row `index`, or `null` when the key means nothing here (so the
 * browser keeps its default, e.g. Tab leaves the tree).
 */
export function treeKeyCommand(rows: Rows, index: number, key: string, activatable?: (row: VisibleRow) => boolean): TreeCommand | null {
  if (rows.length === 0) return null;
  const i = Math.min(Math.max(index, 0), rows.length - 1);
  const row = asRowList(rows).at(i);
  const last = rows.length - 1;
  switch (key) {
    case 'ArrowDown':
      return { type: 'focus', index: Math.min(last, i + 1) };
    case 'ArrowUp':
      return { type: 'focus', index: Math.max(0, i - 1) };
    case 'Home':
      return { type: 'focus', index: 0 };
    case 'End':
      return { type: 'focus', index: last };
    case 'PageDown':
      return { type: 'focus', index: Math.min(last, i + PAGE_ROWS) };
    case 'PageUp':
      return { type: 'focus', index: Math.max(0, i - PAGE_ROWS) };
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      // Open a closed node; on an open one, step to its first child.
      return row.expanded ? { type: 'focus', index: Math.min(last, i + 1) } : { type: 'expand', key: row.key };
    case 'ArrowLeft': {
      if (row.hasChildren && row.expanded) return { type: 'collapse', key: row.key, index: i };
      if (row.parentKey === null) return null;
      const parent = parentIndex(rows, i);
      return parent < 0 ? null : { type: 'focus', index: parent };
    }
    case 'Enter':
      if (activatable?.(row)) return { type: 'activate', index: i };
      return row.hasChildren ? { type: 'toggle', key: row.key } : null;
    case ' ':
      return row.hasChildren ? { type: 'toggle', key: row.key } : null;
    default:
      return null;
  }
}

/** The index of the row's parent: the nearest row above with a smaller depth. */
export function parentIndex(rows: Rows, index: number): number {
  if (!Array.isArray(rows)) {
    // Found by key: walking up through thousands of siblings would make each of their rows.
    const parent = (rows as RowList).at(index).parentKey;
    return parent === null ? -1 : (rows as RowList).indexOfKey(parent);
  }
  const list = rows as readonly VisibleRow[];
  const depth = list[index].depth;
  for (let i = index - 1; i >= 0; i--) if (list[i].depth < depth) return i;
  return -1;
}
