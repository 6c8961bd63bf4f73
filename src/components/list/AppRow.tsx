import * as React from 'react';
import { argoStatusOf } from '../../queries/argoStatus';
import { lastReconciledAt } from '../../model/application/appInfo';
import { isNameTooLongToMirror, isOperationInProgress } from '../../model/status/status';
import { isTerminating } from '../../model/list/deletions';
import { t } from '../../host';
import type { AppColumn, AppRowModel } from './columns';
import { relativeTime } from './relativeTime';
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
  // Reasons are translated only for the rows that show them: a page of 100 rows is drawn at once.
  const because = (action: RowAction | undefined, when: boolean, reasonKey: string): RowAction | undefined =>
    action && when && !action.disabledReason ? { disabledReason: t(reasonKey) } : action;
  const deleting = 'GITOPS_LIST_DELETING_REASON';
  // Without its Argo CD application a sync is accepted and never runs, then blocks later syncs.
  const sync = terminating
    ? because(actions.sync, true, deleting)
    : isNameTooLongToMirror(app, parsed)
      ? because(actions.sync, true, 'GITOPS_NEVER_MIRRORED_NO_SYNC')
      : because(actions.sync, running, 'GITOPS_LIST_SYNC_RUNNING_REASON');
  const row: AppRowModel = {
    ...rest,
    app,
    name,
    parsed,
    running,
    terminating,
    editDisabledReason: terminating ? t(deleting) : undefined,
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

/**
 * Whether a row would draw the same at `now` and `then`: the clock only shows in the age of the
 * last reconcile, which moves in whole seconds, minutes, hours or days.
 */
function sameAge(app: AppRowProps['app'], now: number, then: number): boolean {
  if (now === then) return true;
  const at = lastReconciledAt(argoStatusOf(app));
  const ms = at ? Date.parse(at) : NaN;
  if (Number.isNaN(ms)) return true;
  const a = relativeTime(ms, now);
  const b = relativeTime(ms, then);
  return a.unit === b.unit && a.count === b.count;
}

/**
 * Props under which a row draws the same. The list's clock (`now`, when its data last changed)
 * moves with every watch batch; without this every row of the page would be drawn again 20
 * times a second during a burst of events, where only the changed rows need it.
 */
export function sameRow(prev: AppRowProps, next: AppRowProps): boolean {
  for (const key of Object.keys(next) as (keyof AppRowProps)[]) {
    if (key !== 'now' && prev[key] !== next[key]) return false;
  }
  return Object.keys(prev).length === Object.keys(next).length && sameAge(next.app, prev.now, next.now);
}

/** Rows re-render only when their application, the age they show or the selection changed. */
export const AppRow = React.memo(AppRowInner, sameRow);
