import * as React from 'react';
import { Button } from '@kubed/components';
import { t } from '../../../host';
import type { NormalisedError } from '../../../model/errors/errorKind';
import { ErrorNotice } from '../../actions/ErrorNotice';
import { Hint, Note } from './styles';

export interface LogStatusProps {
  namespace: string;
  status: 'loading' | 'streaming' | 'ended' | 'error';
  error?: NormalisedError;
  paused: boolean;
  follow: boolean;
  previous: boolean;
  lineCount: number;
  dropped: number;
  onReload(): void;
}

/** The server's answer when a container has no previous instance (kubelet's wording, kept by the API server). */
const NO_PREVIOUS = /previous terminated container .* not found/;

/** What the panel is doing and what went wrong, above the lines. */
export function LogStatus({ namespace, status, error, paused, follow, previous, lineCount, dropped, onReload }: LogStatusProps) {
  const again = (
    <Button variant="outline" size="sm" onClick={onReload}>
      {t(follow ? 'GITOPS_LOGS_RECONNECT' : 'GITOPS_RELOAD')}
    </Button>
  );

  let problem: React.ReactNode = null;
  if (status === 'error' && error) {
    if (error.kind === 'forbidden') {
      problem = (
        <Note $tone="warning" role="alert" className="gitops-logs-forbidden">
          <p>{t('GITOPS_LOGS_FORBIDDEN', { namespace })}</p>
        </Note>
      );
    } else if (previous && error.kind === 'bad-request' && NO_PREVIOUS.test(error.serverMessage)) {
      problem = (
        <Note $tone="warning" role="alert" className="gitops-logs-no-previous">
          <p>{t('GITOPS_LOGS_NO_PREVIOUS')}</p>
        </Note>
      );
    } else {
      problem = (
        <>
          <ErrorNotice error={error} message={lineCount > 0 && follow ? t('GITOPS_LOGS_DISCONNECTED') : undefined} />
          <div>{again}</div>
        </>
      );
    }
  } else if (status === 'ended' && follow) {
    problem = (
      <Note className="gitops-logs-ended">
        <p>{t('GITOPS_LOGS_ENDED')}</p>
        {again}
      </Note>
    );
  }

  let activity = '';
  if (status === 'loading') activity = t('GITOPS_LOGS_LOADING');
  else if (paused) activity = t('GITOPS_LOGS_PAUSED');
  else if (status === 'streaming') activity = t('GITOPS_LOGS_FOLLOWING');
  else if (status === 'ended' && lineCount === 0) activity = t(previous ? 'GITOPS_LOGS_EMPTY_PREVIOUS' : 'GITOPS_LOGS_EMPTY');

  return (
    <>
      <Hint role="status" aria-live="polite" className="gitops-logs-activity">
        {activity}
      </Hint>
      {problem}
      {dropped > 0 ? <Hint className="gitops-logs-dropped">{t('GITOPS_LOGS_DROPPED', { shown: lineCount, dropped })}</Hint> : null}
    </>
  );
}
