import * as React from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../host';
import { TextButton } from './styles';

/** An action the row offers: absent = hidden; with `disabledReason` = shown but not usable, and why. */
export interface RowAction {
  disabledReason?: string;
}

export interface RowActions {
  sync?: RowAction;
  delete?: RowAction;
}

function ActionButton({
  label,
  name,
  action,
  danger,
  onRun,
}: {
  label: string;
  name: string;
  action: RowAction;
  danger?: boolean;
  onRun: () => void;
}) {
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

export interface RowActionsCellProps {
  name: string;
  actions: RowActions;
  /** The edit wizard, when the user may edit. */
  editTo?: string;
  /** Edit is shown but not usable, and why. */
  editDisabledReason?: string;
  onSync: (name: string) => void;
  onDelete: (name: string) => void;
}

/** Sync, Edit and Delete of one row, each named after the application for screen readers. */
export function RowActionsCell({ name, actions, editTo, editDisabledReason, onSync, onDelete }: RowActionsCellProps) {
  return (
    <>
      {actions.sync ? (
        <ActionButton label={t('GITOPS_LIST_SYNC_ACTION')} name={name} action={actions.sync} onRun={() => onSync(name)} />
      ) : null}
      {editTo && editDisabledReason ? (
        <ActionButton label={t('GITOPS_EDIT')} name={name} action={{ disabledReason: editDisabledReason }} onRun={() => undefined} />
      ) : editTo ? (
        <TextButton as={Link} to={editTo} aria-label={t('GITOPS_LIST_ACTION_ON', { action: t('GITOPS_EDIT'), name })}>
          {t('GITOPS_EDIT')}
        </TextButton>
      ) : null}
      {actions.delete ? (
        <ActionButton label={t('GITOPS_LIST_DELETE_ACTION')} name={name} action={actions.delete} danger onRun={() => onDelete(name)} />
      ) : null}
    </>
  );
}
