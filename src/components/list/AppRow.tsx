import * as React from 'react';
import { argoStatusOf } from '../../queries/argoStatus';
import { isOperationInProgress } from '../../model/status/status';
import { t } from '../../host';
import type { AppColumn, AppRowModel } from './columns';
import type { RowAction } from './RowActionsCell';

export type { RowAction, RowActions } from './RowActionsCell';

/** What a row gets; the rest of its model (name, decoded status, running) is derived from the app. */
export type AppRowProps = Omit<AppRowModel, 'name' | 'parsed' | 'running'> & {
  /** The columns shown; a stable array, so a row re-renders only when its own data changed. */
  columns: readonly AppColumn[];
};

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
