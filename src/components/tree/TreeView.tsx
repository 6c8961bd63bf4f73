import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { VisibleRow } from '../../model';
import { asRowList, type Rows } from '../../model/tree/rowList';
import { rowPartStyles } from './rowParts';
import { treeKeyCommand } from './treeKeyboard';
import { type RowWindow, rowWindow, scrollToReveal } from './virtualWindow';

export const ROW_HEIGHT = 36;
const DEFAULT_HEIGHT = 480;

// Containment keeps a scroll step's layout and paint to the rows that changed, not the page.
const Viewport = styled.div`
  contain: strict;
  overflow-y: auto;
  border: 1px solid ${colors.border.default};
  border-radius: 4px;
  background: ${colors.surface.default};
`;

const Item = styled.div`
  contain: strict;
  position: absolute;
  left: 0;
  right: 0;
  display: flex;
  align-items: center;
  box-sizing: border-box;
  padding-right: 12px;
  border-bottom: 1px solid ${colors.border.row};
  cursor: default;
  white-space: nowrap;
  overflow: hidden;
  &:hover {
    background: ${colors.surface.subtle};
  }
  &[aria-selected='true'] {
    background: ${colors.surface.selected};
    box-shadow: inset 3px 0 0 ${colors.focus};
  }
  &:focus {
    outline: 2px solid ${colors.focus};
    outline-offset: -2px;
  }
  ${rowPartStyles}
`;

export interface TreeViewProps {
  /** The visible rows: an array, or a `RowList` that makes only the rows on screen (a large tree). */
  rows: Rows;
  /** The tree's accessible name. */
  label: string;
  /** Open (`true`), close (`false`) or flip (`undefined`) a node. */
  onToggle(key: string, expand?: boolean): void;
  renderRow(row: VisibleRow): React.ReactNode;
  /** Height of the scrolling area in pixels; the list renders only what fits plus an overscan. */
  height?: number;
  rowHeight?: number;
  /** Rows that open something when clicked or on Enter (a resource's panel); others toggle. */
  activatable?(row: VisibleRow): boolean;
  onActivate?(row: VisibleRow): void;
  /** The row whose panel is open (`aria-selected`). */
  selectedKey?: string | null;
}

/** Marks the part of a row that only opens and closes it (the chevron), also on an activatable row. */
export const TOGGLE_ATTRIBUTE = 'data-tree-toggle';

interface TreeItemProps {
  row: VisibleRow;
  index: number;
  rowHeight: number;
  tabbable: boolean;
  selected: boolean | undefined;
  renderRow(row: VisibleRow): React.ReactNode;
}

/**
 * Rows equal field by field. The list is made again when the tree changes (a status refresh), so
 * a row that shows the same node in the same place is another object with the same fields.
 */
export function sameRow(a: VisibleRow, b: VisibleRow): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as Array<keyof VisibleRow>;
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

const sameItem = (a: TreeItemProps, b: TreeItemProps): boolean =>
  a.index === b.index &&
  a.rowHeight === b.rowHeight &&
  a.tabbable === b.tabbable &&
  a.selected === b.selected &&
  a.renderRow === b.renderRow &&
  sameRow(a.row, b.row);

/**
 * One row. Memoised, and its events are handled by the tree: scrolling re-renders the view, but a
 * row that stays on screen with the same props (or an equal row, see `sameRow`) is not drawn again.
 */
const TreeItem = React.memo(function TreeItem({ row, index, rowHeight, tabbable, selected, renderRow }: TreeItemProps) {
  return (
    <Item
      role="treeitem"
      className="gitops-tree-row"
      data-row-index={index}
      aria-level={row.depth}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      style={{ top: index * rowHeight, height: rowHeight, paddingLeft: 8 + (row.depth - 1) * 20 }}
    >
      {renderRow(row)}
    </Item>
  );
}, sameItem);

/** The index of the row an event happened in, or -1. */
function rowIndexOf(target: EventTarget): number {
  const item = (target as Element).closest?.('[role="treeitem"]');
  const index = item?.getAttribute('data-row-index');
  return index == null ? -1 : Number(index);
}

/**
 * A WAI-ARIA tree over a flat list of visible rows. Rows are virtualised (fixed height, only the
 * window on screen plus an overscan is in the DOM) so tens of thousands of resources stay
 * responsive; given a `RowList`, only those rows are even made. One row is tabbable at a time
 * (roving tabindex); it is always rendered, even when scrolled away, so keyboard focus never lands
 * on a row that does not exist.
 */
export function TreeView({
  rows: given,
  label,
  onToggle,
  renderRow,
  height = DEFAULT_HEIGHT,
  rowHeight = ROW_HEIGHT,
  activatable,
  onActivate,
  selectedKey,
}: TreeViewProps) {
  const rows = React.useMemo(() => asRowList(given), [given]);
  const viewportRef = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  // Right after a scroll, a jump draws only the rows on screen; the overscan follows in a task of
  // its own, so one scroll step never mounts twice the rows (and does twice the work) in one frame.
  const [scrolling, setScrolling] = React.useState(false);
  const drawn = React.useRef<RowWindow>({ start: 0, end: 0 });
  const [focusedKey, setFocusedKey] = React.useState<string | null>(null);
  // Set by keyboard moves: the DOM focus follows to this row once it is rendered. A key rather
  // than a flag, because an effect left pending from an earlier render may run first.
  const pendingFocus = React.useRef<string | null>(null);
  const lastIndex = React.useRef(0);

  // When the focused row disappears (its parent was collapsed, a filter hid it), the row now at
  // its place takes the tab stop.
  const found = focusedKey === null ? -1 : rows.indexOfKey(focusedKey);
  const focusIndex = rows.length === 0 ? -1 : found >= 0 ? found : Math.min(lastIndex.current, rows.length - 1);
  if (focusIndex >= 0) lastIndex.current = focusIndex;

  const viewportHeight = Math.min(height, Math.max(rows.length, 1) * rowHeight + 2);
  const full = rowWindow({ scrollTop, viewportHeight, rowHeight, count: rows.length });
  let { start, end } = full;
  if (scrolling) {
    // A short step keeps most of the rows drawn: draw it whole.
    const kept = Math.min(full.end, drawn.current.end) - Math.max(full.start, drawn.current.start);
    if (kept * 2 < full.end - full.start)
      ({ start, end } = rowWindow({ scrollTop, viewportHeight, rowHeight, count: rows.length, overscan: 0 }));
  }
  drawn.current = { start, end };

  React.useEffect(() => {
    if (!scrolling) return undefined;
    const timer = window.setTimeout(() => setScrolling(false), 0);
    return () => window.clearTimeout(timer);
  }, [scrolling, scrollTop]);

  React.useEffect(() => {
    if (pendingFocus.current === null || focusIndex < 0 || rows.at(focusIndex).key !== pendingFocus.current) return;
    pendingFocus.current = null;
    viewportRef.current?.querySelector<HTMLElement>(`[data-row-index="${focusIndex}"]`)?.focus();
  });

  const focusRow = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    const row = rows.at(index);
    setFocusedKey(row.key);
    pendingFocus.current = row.key;
    const viewport = viewportRef.current;
    if (!viewport) return;
    const next = scrollToReveal(index, viewport.scrollTop, viewportHeight, rowHeight);
    if (next !== viewport.scrollTop) {
      viewport.scrollTop = next;
      setScrollTop(next);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (rowIndexOf(event.target) < 0) return;
    const command = treeKeyCommand(rows, focusIndex, event.key, activatable);
    if (!command) return;
    event.preventDefault();
    if (command.type === 'focus') focusRow(command.index);
    else if (command.type === 'activate') onActivate?.(rows.at(command.index));
    else if (command.type === 'expand') onToggle(command.key, true);
    else if (command.type === 'collapse') onToggle(command.key, false);
    else onToggle(command.key);
  };

  const onFocus = (event: React.FocusEvent) => {
    const index = rowIndexOf(event.target);
    if (index < 0 || index >= rows.length) return;
    const key = rows.at(index).key;
    if (focusedKey !== key) setFocusedKey(key);
  };

  const onClick = (event: React.MouseEvent) => {
    const index = rowIndexOf(event.target);
    if (index < 0 || index >= rows.length) return;
    const row = rows.at(index);
    setFocusedKey(row.key);
    const onChevron = (event.target as Element).closest?.(`[${TOGGLE_ATTRIBUTE}]`);
    if (activatable?.(row) && !onChevron) onActivate?.(row);
    else if (row.hasChildren) onToggle(row.key);
  };

  const indexes: number[] = [];
  for (let i = start; i < end; i++) indexes.push(i);
  if (focusIndex >= 0 && (focusIndex < start || focusIndex >= end)) indexes.push(focusIndex);

  return (
    <Viewport
      ref={viewportRef}
      className="gitops-tree-viewport"
      style={{ height: viewportHeight }}
      onScroll={(e) => {
        setScrollTop(e.currentTarget.scrollTop);
        setScrolling(true);
      }}
      // Keys, clicks and focus of every row are handled here, so the memoised rows need no handlers.
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={onFocus}
    >
      <div role="tree" aria-label={label} style={{ position: 'relative', height: rows.length * rowHeight }}>
        {indexes.map((i) => {
          const row = rows.at(i);
          return (
            <TreeItem
              key={row.key}
              row={row}
              index={i}
              rowHeight={rowHeight}
              tabbable={i === focusIndex}
              selected={activatable?.(row) ? row.key === selectedKey : undefined}
              renderRow={renderRow}
            />
          );
        })}
      </div>
    </Viewport>
  );
}
