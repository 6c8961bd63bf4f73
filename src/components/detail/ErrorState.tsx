import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button } from '@kubed/components';
import { t } from '../../host';
import { pageError, serverDetail } from '../common/errorText';

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

export interface ErrorStateProps {
  error: unknown;
  name: string;
  onRetry(): void;
  /** A link back to the list. */
  back: React.ReactNode;
}

/** Why the application cannot be shown, and what the user can do about it. Never a blank page. */
export function ErrorState({ error, name, onRetry, back }: ErrorStateProps) {
  const words = pageError(error);
  const which = words.problem;
  const detail = which === 'failed' ? serverDetail(error) : '';
  return (
    <Box role="alert" className={`gitops-state gitops-state-${which}`}>
      <h2>{t(words.title, { name })}</h2>
      <p>{t(words.desc, { name })}</p>
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
