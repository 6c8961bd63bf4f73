import * as React from 'react';
import type { Application } from '../../model/application/types';
import { argoStatusOf } from '../../queries/argoStatus';
import { isOperationInProgress } from '../../model/status/status';
import { t } from '../../host';
import type { AppColumn, AppRowModel } from './columns';
import type { RowAction, RowActions } from './RowActionsCell';

export type { RowAction, RowActions } from './RowActionsCell';

export interface AppRowProps {
  /** The columns shown; a stable array, so a row re-renders only when its own data changed. */
  columns: readonly AppColumn[];
  app: Application;
  /** The time the list was fetched; ages are measured from it so every row agrees. */
  now: number;
  detailTo: string;
  /** The edit wizard, when the user may edit. */
  editTo?: string;
  selected: boolean;
  onSelect: (name: string, selected: boolean) => void;
  actions: RowActions;
  onSync: (name: string) => void;
  onDelete: (name: string) => void;
}

function AppRowInner({ columns, app, actions, ...rest }: AppRowProps) {
  const name = app.metadata?.name ?? '';
  // Decoded by the list query, once per application version.
  const parsed = argoStatusOf(app);
  const running = isOperationInProgress(app, parsed);
  const sync: RowAction | undefined =
    actions.sync && running && !actions.sync.disabledReason ? { disabledReason: t('GITOPS_LIST_SYNC_RUNNING_REASON') } : actions.sync;
  const row: AppRowModel = { ...rest, app, name, parsed, running, actions: { ...actions, sync } };

  return (
    <tr className={row.selected ? 'gitops-row-selected' : undefined}>
      {columns.map((column) => (
        <td key={column.id} className={column.className}>
          {column.cell(row)}
        </td>
      ))}
    </tr>
  );
}

/** Rows re-render only when their application, the clock or the selection changed. */
export const AppRow = React.memo(AppRowInner);
