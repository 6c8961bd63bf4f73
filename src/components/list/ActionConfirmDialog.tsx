import * as React from 'react';
import styled from 'styled-components';
import { Button } from '@kubed/components';
import { t } from '../../host';
import { Dialog } from '../actions/Dialog';
import type { ListActionKind } from './actions';
import { COLORS } from './styles';

const Body = styled.div`
  font-size: 12px;
  color: ${COLORS.text};
  line-height: 20px;
  p {
    margin: 0 0 8px;
  }
  /* No scroll box of its own: the dialog's body scrolls (a nested one would need its own tab stop). */
  ul {
    margin: 0 0 12px;
    padding-left: 20px;
  }
  li {
    word-break: break-all;
  }
  label {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    margin-top: 8px;
  }
  input {
    margin-top: 3px;
  }
  .gitops-cascade-hint {
    color: ${COLORS.muted};
    display: block;
  }
`;

/** Names beyond this many are summed up, so a confirmation of 100 apps still fits the screen. */
const LISTED = 10;

export interface ActionConfirmDialogProps {
  /** Kept mounted and toggled, so the dialog can hand focus back to the button that opened it. */
  open: boolean;
  kind: ListActionKind;
  names: string[];
  onConfirm: (options: { cascade: boolean }) => void;
  onCancel: () => void;
}

/**
 * Confirms a sync or delete of one or more applications. Sync uses the defaults (each
 * application's own target revision, no prune, no dry run); delete can also remove what the
 * applications deployed.
 */
export function ActionConfirmDialog({ open, kind, names, onConfirm, onCancel }: ActionConfirmDialogProps) {
  const [cascade, setCascade] = React.useState(false);
  // Deleting what was deployed is never carried over from an earlier confirmation.
  React.useEffect(() => {
    if (open) setCascade(false);
  }, [open]);
  const count = names.length;
  const single = count === 1;
  const title =
    kind === 'sync'
      ? single
        ? t('GITOPS_LIST_CONFIRM_SYNC_ONE', { name: names[0] })
        : t('GITOPS_LIST_CONFIRM_SYNC_MANY', { count })
      : single
        ? t('GITOPS_LIST_CONFIRM_DELETE_ONE', { name: names[0] })
        : t('GITOPS_LIST_CONFIRM_DELETE_MANY', { count });
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      footer={
        <>
          <Button type="button" onClick={onCancel}>
            {t('GITOPS_LIST_CANCEL')}
          </Button>
          <Button type="button" color={kind === 'delete' ? 'error' : 'secondary'} shadow onClick={() => onConfirm({ cascade })}>
            {kind === 'sync' ? t('GITOPS_LIST_SYNC_ACTION') : t('GITOPS_LIST_DELETE_ACTION')}
          </Button>
        </>
      }
    >
      <Body>
        <p>{kind === 'sync' ? t('GITOPS_LIST_CONFIRM_SYNC_DESC') : t('GITOPS_LIST_CONFIRM_DELETE_DESC')}</p>
        {single ? null : (
          <ul aria-label={t('GITOPS_LIST_CONFIRM_APPS')}>
            {names.slice(0, LISTED).map((name) => (
              <li key={name}>{name}</li>
            ))}
            {count > LISTED ? <li>{t('GITOPS_LIST_AND_MORE', { count: count - LISTED })}</li> : null}
          </ul>
        )}
        {kind === 'delete' ? (
          <label>
            <input type="checkbox" checked={cascade} onChange={(e) => setCascade(e.target.checked)} />
            <span>
              {t('GITOPS_LIST_CASCADE')}
              <span className="gitops-cascade-hint">{t('GITOPS_LIST_CASCADE_HINT')}</span>
            </span>
          </label>
        ) : null}
      </Body>
    </Dialog>
  );
}
