import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { DeletionState, FinalizerRole } from '../../model';
import { t } from '../../host';
import { formatDateTime } from '../common/localeFormat';

const Box = styled.div`
  margin: 0 0 12px;
  padding: 10px 12px;
  border-radius: 4px;
  font-size: 12px;
  color: ${colors.text.secondary};
  background: ${colors.tone.warning.bg};
  border: 1px solid ${colors.tone.warning.border};
  p {
    margin: 0 0 4px;
  }
  ul {
    margin: 0 0 4px;
    padding-left: 16px;
  }
  li {
    overflow-wrap: anywhere;
  }
`;

const ROLE_KEY: Record<FinalizerRole, string> = {
  'argocd-application': 'GITOPS_DELETING_WAITS_ARGO_APP',
  'deployed-resources': 'GITOPS_DELETING_WAITS_RESOURCES',
  other: 'GITOPS_DELETING_WAITS_OTHER',
};

/**
 * A terminating application: since when, and what its deletion waits for, one line per
 * finalizer. Normally the controller finishes within seconds and the page then says so; when it
 * never will, the diagnostics explain why and offer the fix.
 */
export function DeletionNotice({ state }: { state: DeletionState }) {
  return (
    <Box role="status" className={`gitops-deletion${state.stuck ? ' gitops-deletion-stuck' : ''}`}>
      <p>
        <strong>{t('GITOPS_DELETING')}</strong> {t('GITOPS_DELETING_SINCE', { time: formatDateTime(state.since) ?? state.since })}
      </p>
      {state.waitingFor.length ? (
        <>
          <p>{t('GITOPS_DELETING_WAITS_FOR')}</p>
          <ul>
            {state.waitingFor.map(({ finalizer, role }) => (
              <li key={finalizer}>{t(ROLE_KEY[role], { finalizer, argoApp: state.argoApp })}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t(state.stuck ? 'GITOPS_DELETING_STUCK' : 'GITOPS_DELETING_USUALLY')}</p>
    </Box>
  );
}
