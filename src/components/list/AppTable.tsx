import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { Application } from '../../model/application/types';
import type { SortField } from '../../model/list/listQuery';
import { isTerminating } from '../../model/list/deletions';
import { t } from '../../host';
import { AppRow, type RowActions } from './AppRow';
import { APP_COLUMNS, visibleColumns, type AppColumn, type HeaderContext } from './columns';
import { COLORS } from './styles';

/**
 * KubeSphere's table look: light header, row dividers, 12px text. The layout is fixed, so the
 * columns take the widths their definitions give them instead of growing with their content;
 * below `min-width` the table scrolls sideways, the actions staying in view.
 */
export const Table = styled.table`
  width: 100%;
  min-width: 960px;
  table-layout: fixed;
  border-collapse: collapse;
  font-size: 12px;
  color: ${COLORS.text};
  th {
    text-align: left;
    font-weight: 600;
    color: ${COLORS.secondary};
    background: ${COLORS.headerBg};
    padding: 10px 12px;
    white-space: nowrap;
    /* A column's width includes its padding, whatever the host's global box-sizing. */
    box-sizing: border-box;
  }
  td {
    padding: 10px 12px;
    vertical-align: top;
    border-top: 1px solid ${COLORS.border};
    overflow-wrap: anywhere;
  }
  /*
   * Each row is a paint layer of its own, so the row the pointer enters is repainted alone. Without
   * it a hover repaints every row of the page: scrolling 100 rows under the pointer cost several
   * times as much main-thread paint per frame.
   */
  tbody tr {
    position: relative;
  }
  tbody tr:hover,
  tbody tr.gitops-row-selected {
    background: ${COLORS.headerBg};
  }
  /* Actions stay in view when the table scrolls sideways on a narrow screen. */
  .gitops-cell-actions {
    white-space: nowrap;
    text-align: right;
    position: sticky;
    right: 0;
    background: ${colors.surface.default};
  }
  th.gitops-cell-actions {
    background: ${COLORS.headerBg};
  }
  tbody tr:hover .gitops-cell-actions,
  tbody tr.gitops-row-selected .gitops-cell-actions {
    background: ${COLORS.headerBg};
  }
  input[type='checkbox'] {
    width: 16px;
    height: 16px;
    margin: 2px 0 0;
    cursor: pointer;
  }
  &[aria-busy='true'] tbody {
    opacity: 0.6;
  }
`;

const Scroll = styled.div`
  overflow-x: auto;
`;

function ariaSort(column: AppColumn, sort: AppTableProps['sort']): 'ascending' | 'descending' | undefined {
  if (!column.sortKey || !sort || sort.by !== column.sortKey) return undefined;
  return sort.ascending ? 'ascending' : 'descending';
}

export interface AppTableProps {
  apps: Application[];
  now: number;
  detailTo: (name: string) => string;
  editTo?: (name: string) => string;
  /** Row selection is offered only when some bulk action is. */
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (name: string, selected: boolean) => void;
  onSelectAll: (all: boolean) => void;
  actions: RowActions;
  onSync: (name: string) => void;
  onDelete: (name: string) => void;
  /** How the server sorted the list; the column showing that field says so. */
  sort?: { by: SortField; ascending: boolean };
  /** The rows are those of the previous page or filter while the new ones load. */
  busy?: boolean;
  /** Defaults to `APP_COLUMNS`. */
  columns?: readonly AppColumn[];
}

export function AppTable(props: AppTableProps) {
  const { apps, now, detailTo, editTo, selectable, selected, onSelect, onSelectAll, actions, onSync, onDelete, sort, busy } = props;
  const all = props.columns ?? APP_COLUMNS;
  const columns = React.useMemo(() => visibleColumns(all, { selectable }), [all, selectable]);
  const header: HeaderContext = {
    selectable,
    // Rows being deleted cannot be selected, so "all" means all the others.
    count: apps.filter((app) => !isTerminating(app)).length,
    selectedCount: apps.filter((app) => !isTerminating(app) && selected.has(app.metadata?.name ?? '')).length,
    onSelectAll,
  };
  return (
    <Scroll>
      <Table aria-label={t('GITOPS_APPLICATIONS')} aria-busy={busy || undefined}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={column.className}
                style={column.width ? { width: column.width } : undefined}
                aria-sort={ariaSort(column, sort)}
              >
                {column.renderHeader ? column.renderHeader(header) : t(column.header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {apps.map((app) => {
            const name = app.metadata?.name ?? '';
            return (
              <AppRow
                key={app.metadata?.uid ?? name}
                columns={columns}
                app={app}
                now={now}
                detailTo={detailTo(name)}
                editTo={editTo?.(name)}
                selected={selected.has(name)}
                onSelect={onSelect}
                actions={actions}
                onSync={onSync}
                onDelete={onDelete}
              />
            );
          })}
        </tbody>
      </Table>
    </Scroll>
  );
}
