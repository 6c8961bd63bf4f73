import * as React from 'react';
import { Link } from 'react-router-dom';
import type { Application } from '../../model/application/types';
import { parseArgoStatus } from '../../model/status/argoStatus';
import { lastReconciledAt } from '../../model/application/appInfo';
import { isOperationInProgress } from '../../model/status/status';
import { t } from '../../host';
import { HealthBadge, SyncBadge } from '../status/AppBadges';
import { DestinationCell, NameCell, OperationMark, SourceCell, TimeCell } from './AppCells';
import { TextButton } from './styles';

/** An action the row offers: absent = hidden; with `disabledReason` = shown but not usable, and why. */
export interface RowAction {
  disabledReason?: string;
}

export interface RowActions {
  sync?: RowAction;
  delete?: RowAction;
}

export interface AppRowProps {
  app: Application;
  /** The time the list was fetched; ages are measured from it so every row agrees. */
  now: number;
  detailTo: string;
  /** The edit wizard, when the user may edit. */
  editTo?: string;
  selectable: boolean;
  selected: boolean;
  onSelect: (name: string, selected: boolean) => void;
  actions: RowActions;
  onSync: (name: string) => void;
  onDelete: (name: string) => void;
}

function ActionButton({ label, name, action, danger, onRun }: { label: string; name: string; action: RowAction; danger?: boolean; onRun: () => void }) {
  const reason = action.disabledReason;
  // aria-disabled instead of disabled: the button stays focusable, so keyboard and screen reader
  // users can still reach it and hear why it cannot be used (the title is its description).
  return (
    <TextButton
      type="button"
      danger={danger}
      aria-label={t('GITOPS_LIST_ACTION_ON', { action: label, name })}
      aria-disabled={reason ? true : undefined}
      title={reason}
      onClick={reason ? undefined : onRun}
    >
      {label}
    </TextButton>
  );
}

function AppRowInner({ app, now, detailTo, editTo, selectable, selected, onSelect, actions, onSync, onDelete }: AppRowProps) {
  const name = app.metadata?.name ?? '';
  const raw = app.status?.argoApp;
  // Parsed once per status string: polling returns the same string until Argo CD reports again.
  const parsed = React.useMemo(() => parseArgoStatus(raw), [raw]);
  const running = isOperationInProgress(app, parsed);
  const syncAction: RowAction | undefined =
    actions.sync && running && !actions.sync.disabledReason ? { disabledReason: t('GITOPS_LIST_SYNC_RUNNING_REASON') } : actions.sync;

  return (
    <tr className={selected ? 'gitops-row-selected' : undefined}>
      {selectable ? (
        <td className="gitops-cell-check">
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('GITOPS_LIST_SELECT_APP', { name })}
            onChange={(e) => onSelect(name, e.target.checked)}
          />
        </td>
      ) : null}
      <td>
        <NameCell app={app} to={detailTo} />
      </td>
      <td>
        <HealthBadge app={app} parsed={parsed} />
      </td>
      <td>
        <div>
          <SyncBadge app={app} parsed={parsed} />
        </div>
        {running ? <OperationMark /> : null}
      </td>
      <td>
        <SourceCell app={app} />
      </td>
      <td>
        <DestinationCell app={app} />
      </td>
      <td>
        <TimeCell iso={lastReconciledAt(parsed)} now={now} />
      </td>
      <td className="gitops-cell-actions">
        {syncAction ? <ActionButton label={t('GITOPS_LIST_SYNC_ACTION')} name={name} action={syncAction} onRun={() => onSync(name)} /> : null}
        {editTo ? (
          <TextButton as={Link} to={editTo} aria-label={t('GITOPS_LIST_ACTION_ON', { action: t('GITOPS_EDIT'), name })}>
            {t('GITOPS_EDIT')}
          </TextButton>
        ) : null}
        {actions.delete ? (
          <ActionButton label={t('GITOPS_LIST_DELETE_ACTION')} name={name} action={actions.delete} danger onRun={() => onDelete(name)} />
        ) : null}
      </td>
    </tr>
  );
}

/** Rows re-render only when their application, the clock or the selection changed. */
export const AppRow = React.memo(AppRowInner);
