import * as React from 'react';
import styled from 'styled-components';
import { Button } from '@kubed/components';
import { colors } from '../theme';
import { t } from '../../host';

const Line = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  margin: 0 0 12px;
  padding: 6px 12px;
  border-radius: 4px;
  font-size: 12px;
  color: ${colors.text.secondary};
  background: ${colors.tone.info.bg};
  border: 1px solid ${colors.tone.info.border};
  p {
    margin: 0;
  }
`;

/**
 * After a save that had to wait for the server's cache to catch up with the user's previous
 * change: it went through, and the wait was the server's, not a fault. Calm, and gone when dismissed.
 */
export function SavedAfterCatchUpNote({ onDismiss }: { onDismiss(): void }) {
  return (
    <Line role="status" className="gitops-saved-note">
      <p>{t('GITOPS_DETAIL_SAVED_AFTER_CATCH_UP')}</p>
      <Button variant="text" size="sm" onClick={onDismiss}>
        {t('GITOPS_DISMISS')}
      </Button>
    </Line>
  );
}
