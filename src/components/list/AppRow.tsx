import * as React from 'react';
import { argoStatusOf } from '../../queries/argoStatus';
import { isNameTooLongToMirror, isOperationInProgress } from '../../model/status/status';
import { isTerminating } from '../../model/list/deletions';
import { t } from '../../host';
import type { AppColumn, AppRowModel } from './columns';
import type { RowAction } from './RowActionsCell';

export type { RowAction, RowActions } from './RowActionsCell';

/** What a row gets; the rest of its model (name, decoded status, running, being deleted) is derived from the app. */
export type AppRowProps = Omit<AppRowModel, 'name' | 'parsed' | 'running' | 'terminating'> & {
  /** The columns shown; a stable array, so a row re-renders only when its own data changed. */
  columns: readonly AppColumn[];
};

function AppRowInner({ columns, app, actions, ...rest }: AppRowProps) {
  const name = app.metadata?.name ?? '';
  // Decoded by the list query, once per application version.
  const parsed = argoStatusOf(app);
  const running = isOperationInProgress(app, parsed);
  // Being deleted: every action would fail or do nothing (a cascade delete even gets a 422), so
  // none is offered, each saying why.
  const terminating = isTerminating(app);
  const because = (action: RowAction | undefined, when: boolean, reason: string): RowAction | undefined =>
    action && when && !action.disabledReason ? { disabledReason: reason } : action;
  const deleting = t('GITOPS_LIST_DELETING_REASON');
  // Without its Argo CD application a sync is accepted and never runs, then blocks later syncs.
  const sync = terminating
    ? because(actions.sync, true, deleting)
    : isNameTooLongToMirror(app, parsed)
      ? because(actions.sync, true, t('GITOPS_NEVER_MIRRORED_NO_SYNC'))
      : because(actions.sync, running, t('GITOPS_LIST_SYNC_RUNNING_REASON'));
  const row: AppRowModel = {
    ...rest,
    app,
    name,
    parsed,
    running,
    terminating,
    editDisabledReason: terminating ? deleting : undefined,
    actions: { sync, delete: because(actions.delete, terminating, deleting) },
  };

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
