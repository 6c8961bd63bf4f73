import * as React from 'react';
import styled from 'styled-components';
import { Button } from '@kubed/components';
import { t } from '../../host';
import { COLORS } from './styles';

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 12px;
  padding: 8px 20px;
  background: ${COLORS.headerBg};
  border-bottom: 1px solid ${COLORS.border};
  font-size: 12px;
  color: ${COLORS.text};
  strong {
    margin-right: auto;
  }
`;

export interface BulkBarProps {
  count: number;
  /** Each is absent when the user may not do it; a string is the reason it is disabled. */
  sync?: { disabledReason?: string };
  delete?: { disabledReason?: string };
  busy: boolean;
  onSync: () => void;
  onDelete: () => void;
  onClear: () => void;
}

/** The actions for the selected rows; shown only while some are selected. */
export function BulkBar({ count, sync, delete: remove, busy, onSync, onDelete, onClear }: BulkBarProps) {
  if (count === 0) return null;
  return (
    <Bar role="region" aria-label={t('GITOPS_LIST_BULK')}>
      <strong>{t('GITOPS_LIST_SELECTED', { count })}</strong>
      {sync ? (
        <Button size="sm" color="secondary" disabled={busy || !!sync.disabledReason} title={sync.disabledReason} onClick={onSync}>
          {t('GITOPS_LIST_BULK_SYNC')}
        </Button>
      ) : null}
      {remove ? (
        <Button size="sm" color="error" disabled={busy || !!remove.disabledReason} title={remove.disabledReason} onClick={onDelete}>
          {t('GITOPS_LIST_BULK_DELETE')}
        </Button>
      ) : null}
      <Button size="sm" variant="outline" onClick={onClear}>
        {t('GITOPS_LIST_CLEAR_SELECTION')}
      </Button>
      {sync?.disabledReason || remove?.disabledReason ? (
        <span className="gitops-bulk-reason">{sync?.disabledReason ?? remove?.disabledReason}</span>
      ) : null}
    </Bar>
  );
}
