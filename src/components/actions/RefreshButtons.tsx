import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button } from '@kubed/components';
import { Refresh } from '@kubed/icons';
import { t } from '../../host';
import { errorKey } from '../common/errorText';
import type { RefreshState } from './refreshMachine';
import type { RefreshControl } from './useRefreshApplication';

const Status = styled.span`
  font-size: 12px;
  color: ${colors.text.muted};
`;

/** What the refresh is doing, in words; empty when idle. */
export function refreshStatusText(state: RefreshState): string {
  switch (state.phase) {
    case 'requesting':
    case 'waiting':
    case 'clearing':
      return t(state.mode === 'hard' ? 'GITOPS_REFRESH_RUNNING_HARD' : 'GITOPS_REFRESH_RUNNING');
    case 'done':
      return t(state.outcome === 'refreshed' ? 'GITOPS_REFRESH_DONE' : 'GITOPS_REFRESH_UNCONFIRMED');
    case 'failed':
      return `${t(state.step === 'request' ? 'GITOPS_REFRESH_FAILED' : 'GITOPS_REFRESH_CLEAR_FAILED')} ${t(errorKey(state.error))}`;
    default:
      return '';
  }
}

/** Refresh and hard refresh, with a live status line. */
export function RefreshButtons({ control, disabled }: { control: RefreshControl; disabled?: boolean }) {
  const text = refreshStatusText(control.state);
  const settled = control.state.phase === 'done' || control.state.phase === 'failed';
  return (
    <>
      <Button
        variant="outline"
        leftIcon={<Refresh size={16} aria-hidden />}
        disabled={disabled || control.busy}
        onClick={() => control.start('normal')}
      >
        {t('GITOPS_REFRESH')}
      </Button>
      <Button variant="outline" disabled={disabled || control.busy} onClick={() => control.start('hard')}>
        {t('GITOPS_HARD_REFRESH')}
      </Button>
      <Status role="status" aria-live="polite" className="gitops-refresh-status">
        {text}
        {settled ? (
          <Button variant="text" size="sm" onClick={control.dismiss}>
            {t('GITOPS_DISMISS')}
          </Button>
        ) : null}
      </Status>
    </>
  );
}
