import * as React from 'react';
import type { Application } from '../../model/application/types';
import { lastReconciledAt } from '../../model/application/appInfo';
import type { SortField } from '../../model/list/listQuery';
import type { ParsedArgoStatus } from '../../model/status/argoStatus';
import { t } from '../../host';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { HealthBadge, SyncBadge } from '../status/AppBadges';
import { DeletingMark, DestinationCell, NameCell, OperationMark, SourceCell, TimeCell } from './AppCells';
import { RowActionsCell, type RowActions } from './RowActionsCell';
import { SelectAll, SelectRow } from './SelectBoxes';

/** What a cell is drawn from: one application, its status parsed once, and what the row offers. */
export interface AppRowModel {
  app: Application;
  name: string;
  parsed: ParsedArgoStatus;
  /** A sync is requested or running. */
  running: boolean;
  /** Being deleted (`metadata.deletionTimestamp`): marked, not selectable, no action offered. */
  terminating: boolean;
  /** The time the list was fetched; ages are measured from it so every row agrees. */
  now: number;
  detailTo: string;
  /** The edit wizard, when the user may edit. */
  editTo?: string;
  /** Why Edit is shown but not usable. */
  editDisabledReason?: string;
  selected: boolean;
  onSelect: (name: string, selected: boolean) => void;
  /** The row's own actions (a running sync already disables Sync, with the reason). */
  actions: RowActions;
  onSync: (name: string) => void;
  onDelete: (name: string) => void;
}

/** What decides which columns are shown. */
export interface ColumnContext {
  /** Rows can be selected (some bulk action is offered). */
  selectable: boolean;
}

/** What a header may need besides its name. */
export interface HeaderContext extends ColumnContext {
  count: number;
  selectedCount: number;
  onSelectAll: (all: boolean) => void;
}

/** One column of the application list: adding a column is adding one of these to `APP_COLUMNS`. */
export interface AppColumn {
  id: string;
  /** Locale key of the column's name. */
  header: string;
  /** Drawn instead of the plain name (a checkbox, a name for screen readers only). */
  renderHeader?: (ctx: HeaderContext) => React.ReactNode;
  cell: (row: AppRowModel) => React.ReactNode;
  /** A CSS width. Columns without one share the rest of the table's width. */
  width?: string;
  /** The server's sort field this column shows; its header tells when the list is sorted by it. */
  sortKey?: SortField;
  /** Class of the header and of every cell of the column. */
  className?: string;
  /** Absent: always shown. */
  visible?: (ctx: ColumnContext) => boolean;
}

/**
 * The list's columns, in order. Fixed widths fit the longest header and status of both languages;
 * name, repository and destination share what is left, and their long lines end in an ellipsis
 * (the full text stays in the tooltip), so the table fits the page and nothing hides under the
 * sticky actions column.
 */
export const APP_COLUMNS: readonly AppColumn[] = [
  {
    id: 'select',
    header: 'GITOPS_LIST_SELECT_ALL',
    renderHeader: ({ count, selectedCount, onSelectAll }) => <SelectAll count={count} selected={selectedCount} onChange={onSelectAll} />,
    cell: ({ name, selected, onSelect, terminating }) => (
      <SelectRow
        name={name}
        selected={selected}
        onSelect={onSelect}
        disabledReason={terminating ? t('GITOPS_LIST_DELETING_REASON') : undefined}
      />
    ),
    width: '40px',
    className: 'gitops-cell-check',
    visible: ({ selectable }) => selectable,
  },
  {
    id: 'name',
    header: 'GITOPS_LIST_COL_NAME',
    sortKey: 'name',
    cell: ({ app, detailTo, terminating }) => (
      <>
        <NameCell app={app} to={detailTo} />
        {terminating ? <DeletingMark /> : null}
      </>
    ),
  },
  { id: 'health', header: 'GITOPS_LIST_HEALTH', width: '112px', cell: ({ app, parsed }) => <HealthBadge app={app} parsed={parsed} /> },
  {
    id: 'sync',
    header: 'GITOPS_LIST_SYNC',
    width: '112px',
    cell: ({ app, parsed, running }) => (
      <>
        <div>
          <SyncBadge app={app} parsed={parsed} />
        </div>
        {running ? <OperationMark /> : null}
      </>
    ),
  },
  { id: 'source', header: 'GITOPS_LIST_COL_SOURCE', cell: ({ app }) => <SourceCell app={app} /> },
  { id: 'destination', header: 'GITOPS_LIST_COL_DESTINATION', width: '192px', cell: ({ app }) => <DestinationCell app={app} /> },
  {
    id: 'reconciled',
    header: 'GITOPS_LIST_COL_RECONCILED',
    width: '120px',
    cell: ({ parsed, now }) => <TimeCell iso={lastReconciledAt(parsed)} now={now} />,
  },
  {
    id: 'actions',
    header: 'GITOPS_LIST_COL_ACTIONS',
    renderHeader: () => <VisuallyHidden>{t('GITOPS_LIST_COL_ACTIONS')}</VisuallyHidden>,
    cell: ({ name, actions, editTo, editDisabledReason, onSync, onDelete }) => (
      <RowActionsCell
        name={name}
        actions={actions}
        editTo={editTo}
        editDisabledReason={editDisabledReason}
        onSync={onSync}
        onDelete={onDelete}
      />
    ),
    width: '136px',
    className: 'gitops-cell-actions',
  },
];

/** The columns to show in `ctx`. */
export function visibleColumns(columns: readonly AppColumn[], ctx: ColumnContext): AppColumn[] {
  return columns.filter((column) => !column.visible || column.visible(ctx));
}
