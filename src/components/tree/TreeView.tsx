import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { VisibleRow } from '../../model';
import { treeKeyCommand } from './treeKeyboard';
import { rowWindow, scrollToReveal } from './virtualWindow';

export const ROW_HEIGHT = 36;
const DEFAULT_HEIGHT = 480;

const Viewport = styled.div`
  overflow-y: auto;
  border: 1px solid ${colors.border.default};
  border-radius: 4px;
  background: ${colors.surface.default};
`;

const Item = styled.div`
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
`;

export interface TreeViewProps {
  rows: readonly VisibleRow[];
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

/**
 * A WAI-ARIA tree over a flat list of visible rows. Rows are virtualised (fixed height, only the
 * window on screen plus an overscan is in the DOM) so thousands of resources stay responsive.
 * One row is tabbable at a time (roving tabindex); it is always rendered, even when scrolled
 * away, so keyboard focus never lands on a row that does not exist.
 */
export function TreeView({
  rows,
  label,
  onToggle,
  renderRow,
  height = DEFAULT_HEIGHT,
  rowHeight = ROW_HEIGHT,
  activatable,
  onActivate,
  selectedKey,
}: TreeViewProps) {
  const viewportRef = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [focusedKey, setFocusedKey] = React.useState<string | null>(null);
  // Set by keyboard moves: the DOM focus follows to this row once it is rendered. A key rather
  // than a flag, because an effect left pending from an earlier render may run first.
  const pendingFocus = React.useRef<string | null>(null);
  const lastIndex = React.useRef(0);

  const indexByKey = React.useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((row, i) => map.set(row.key, i));
    return map;
  }, [rows]);

  // When the focused row disappears (its parent was collapsed, a filter hid it), the row now at
  // its place takes the tab stop.
  const found = focusedKey === null ? undefined : indexByKey.get(focusedKey);
  const focusIndex = rows.length === 0 ? -1 : (found ?? Math.min(lastIndex.current, rows.length - 1));
  if (focusIndex >= 0) lastIndex.current = focusIndex;

  const viewportHeight = Math.min(height, Math.max(rows.length, 1) * rowHeight + 2);
  const { start, end } = rowWindow({ scrollTop, viewportHeight, rowHeight, count: rows.length });

  React.useEffect(() => {
    if (pendingFocus.current === null || focusIndex < 0 || rows[focusIndex].key !== pendingFocus.current) return;
    pendingFocus.current = null;
    viewportRef.current?.querySelector<HTMLElement>(`[data-row-index="${focusIndex}"]`)?.focus();
  });

  const focusRow = (index: number) => {
    const row = rows[index];
    if (!row) return;
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
    const command = treeKeyCommand(rows, focusIndex, event.key, activatable);
    if (!command) return;
    event.preventDefault();
    if (command.type === 'focus') focusRow(command.index);
    else if (command.type === 'activate') onActivate?.(rows[command.index]);
    else if (command.type === 'expand') onToggle(command.key, true);
    else if (command.type === 'collapse') onToggle(command.key, false);
    else onToggle(command.key);
  };

  const indexes: number[] = [];
  for (let i = start; i < end; i++) indexes.push(i);
  if (focusIndex >= 0 && (focusIndex < start || focusIndex >= end)) indexes.push(focusIndex);

  return (
    <Viewport
      ref={viewportRef}
      className="gitops-tree-viewport"
      style={{ height: viewportHeight }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div role="tree" aria-label={label} style={{ position: 'relative', height: rows.length * rowHeight }}>
        {indexes.map((i) => {
          const row = rows[i];
          return (
            <Item
              key={row.key}
              role="treeitem"
              className="gitops-tree-row"
              data-row-index={i}
              aria-level={row.depth}
              aria-setsize={row.setSize}
              aria-posinset={row.posInSet}
              aria-expanded={row.hasChildren ? row.expanded : undefined}
              aria-selected={activatable?.(row) ? row.key === selectedKey : undefined}
              tabIndex={i === focusIndex ? 0 : -1}
              onKeyDown={onKeyDown}
              style={{ top: i * rowHeight, height: rowHeight, paddingLeft: 8 + (row.depth - 1) * 20 }}
              onFocus={() => {
                if (focusedKey !== row.key) setFocusedKey(row.key);
              }}
              onClick={(event) => {
                setFocusedKey(row.key);
                const onChevron = (event.target as Element).closest?.(`[${TOGGLE_ATTRIBUTE}]`);
                if (activatable?.(row) && !onChevron) onActivate?.(row);
                else if (row.hasChildren) onToggle(row.key);
              }}
            >
              {renderRow(row)}
            </Item>
          );
        })}
      </div>
    </Viewport>
  );
}
