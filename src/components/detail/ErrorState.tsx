import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button } from '@kubed/components';
import { isApiError } from '../../api/errors';
import { t } from '../../host';
import { serverDetail } from '../actions/errorText';

const Box = styled.div`
  background: ${colors.surface.default};
  border-radius: 4px;
  padding: 32px 24px;
  text-align: center;
  h2 {
    font-size: 16px;
    margin: 0 0 8px;
    color: ${colors.text.primary};
  }
  p {
    margin: 0 0 12px;
    font-size: 12px;
    color: ${colors.text.muted};
    word-break: break-word;
  }
`;

const Row = styled.div`
  display: flex;
  justify-content: center;
  gap: 8px;
`;

type Case = 'not-found' | 'forbidden' | 'unauthorized' | 'engine-missing' | 'failed';

function caseOf(error: unknown): Case {
  if (!isApiError(error)) return 'failed';
  if (error.kind === 'not-found' || error.kind === 'forbidden' || error.kind === 'unauthorized' || error.kind === 'engine-missing') return error.kind;
  return 'failed';
}

const TEXT: Record<Case, { title: string; desc: string }> = {
  'not-found': { title: 'GITOPS_STATE_NOT_FOUND', desc: 'GITOPS_STATE_NOT_FOUND_DESC' },
  forbidden: { title: 'GITOPS_STATE_FORBIDDEN', desc: 'GITOPS_STATE_FORBIDDEN_DESC' },
  unauthorized: { title: 'GITOPS_STATE_UNAUTHORIZED', desc: 'GITOPS_STATE_UNAUTHORIZED_DESC' },
  'engine-missing': { title: 'GITOPS_STATE_ENGINE_MISSING', desc: 'GITOPS_STATE_ENGINE_MISSING_DESC' },
  failed: { title: 'GITOPS_STATE_FAILED', desc: 'GITOPS_STATE_FAILED_DESC' },
};

export interface ErrorStateProps {
  error: unknown;
  name: string;
  onRetry(): void;
  /** A link back to the list. */
  back: React.ReactNode;
}

/** Why the application cannot be shown, and what the user can do about it. Never a blank page. */
export function ErrorState({ error, name, onRetry, back }: ErrorStateProps) {
  const which = caseOf(error);
  const detail = which === 'failed' ? serverDetail(error) : '';
  return (
    <Box role="alert" className={`gitops-state gitops-state-${which}`}>
      <h2>{t(TEXT[which].title, { name })}</h2>
      <p>{t(TEXT[which].desc, { name })}</p>
      {detail ? <p>{detail}</p> : null}
      <Row>
        {which === 'failed' ? (
          <Button color="secondary" onClick={onRetry}>
            {t('GITOPS_RETRY')}
          </Button>
        ) : null}
        {which === 'unauthorized' ? (
          <Button color="secondary" onClick={() => window.location.reload()}>
            {t('GITOPS_LOG_IN_AGAIN')}
          </Button>
        ) : null}
        {back}
      </Row>
    </Box>
  );
}
