import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button } from '@kubed/components';
import { Add } from '@kubed/icons';
import { Link } from 'react-router-dom';
import { t } from '../../host';
import { serverMessageOf } from '../../model/errors/errorKind';
import { canRetry, loadError } from '../common/errorText';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { COLORS } from './styles';

const Bars = styled.div`
  padding: 8px 20px 16px;
`;

const BarRow = styled.div`
  display: flex;
  gap: 16px;
  padding: 12px 0;
  border-top: 1px solid ${COLORS.border};
  span {
    height: 12px;
    border-radius: 6px;
    background: ${colors.surface.placeholder};
  }
  span:nth-child(1) {
    flex: 3;
  }
  span:nth-child(2) {
    flex: 1;
  }
  span:nth-child(3) {
    flex: 1;
  }
  span:nth-child(4) {
    flex: 4;
  }
  span:nth-child(5) {
    flex: 2;
  }
`;

/** Grey bars where the rows will be, so the page keeps its shape while the first list loads. */
export function ListSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Bars role="status" aria-busy="true" className="gitops-list-skeleton">
      <VisuallyHidden>{t('GITOPS_LIST_LOADING')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        <BarRow key={i} aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
          <span />
        </BarRow>
      ))}
    </Bars>
  );
}

const Panel = styled.div`
  padding: 40px 20px;
  text-align: center;
  color: ${COLORS.secondary};
  font-size: 12px;
  h2 {
    font-size: 14px;
    color: ${COLORS.text};
    margin: 0 0 8px;
  }
  p {
    max-width: 640px;
    margin: 0 auto 8px;
    line-height: 20px;
  }
  pre {
    display: inline-block;
    text-align: left;
    background: ${COLORS.headerBg};
    border: 1px solid ${COLORS.border};
    border-radius: 4px;
    padding: 8px 12px;
    margin: 8px 0;
    color: ${COLORS.text};
  }
  .gitops-state-actions {
    display: flex;
    justify-content: center;
    gap: 12px;
    margin-top: 16px;
  }
  .gitops-server-message {
    font-family: monospace;
    color: ${COLORS.muted};
    word-break: break-word;
  }
`;

export function EmptyProject({ createTo }: { createTo?: string }) {
  return (
    <Panel className="gitops-empty">
      <h2>{t('GITOPS_LIST_EMPTY_TITLE')}</h2>
      <p>{t('GITOPS_LIST_EMPTY_DESC')}</p>
      {createTo ? (
        <div className="gitops-state-actions">
          <Button as={Link} to={createTo} color="secondary" leftIcon={<Add aria-hidden="true" />}>
            {t('GITOPS_LIST_CREATE')}
          </Button>
        </div>
      ) : null}
    </Panel>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <Panel className="gitops-no-matches">
      <h2>{t('GITOPS_LIST_NO_MATCH_TITLE')}</h2>
      <p>{t('GITOPS_LIST_NO_MATCH_DESC')}</p>
      <div className="gitops-state-actions">
        <Button variant="outline" onClick={onClear}>
          {t('GITOPS_LIST_CLEAR_FILTERS')}
        </Button>
      </div>
    </Panel>
  );
}

const ENGINE_CONFIG = `agent:\n  argocd:\n    enabled: true`;

export interface LoadErrorProps {
  error: unknown;
  cluster: string;
  namespace: string;
  onRetry: () => void;
  /** The context page, where another cluster or project can be picked. */
  contextTo: string;
}

/** The whole list area when the list cannot be shown at all: what happened and what to do. */
export function LoadError({ error, cluster, namespace, onRetry, contextTo }: LoadErrorProps) {
  const words = loadError(error);
  const problem = words.problem;
  const serverMessage = serverMessageOf(error);
  return (
    <Panel role="alert" className={`gitops-load-error gitops-load-error-${problem}`}>
      <h2>{t(words.title)}</h2>
      <p>{t(words.desc, { cluster, namespace })}</p>
      {problem === 'engine-missing' ? (
        <>
          <p>{t('GITOPS_LIST_ENGINE_FIX')}</p>
          <pre aria-label={t('GITOPS_LIST_ENGINE_CONFIG')}>{ENGINE_CONFIG}</pre>
        </>
      ) : null}
      {serverMessage && (problem === 'server' || problem === 'forbidden') ? <p className="gitops-server-message">{serverMessage}</p> : null}
      <div className="gitops-state-actions">
        {problem === 'session-expired' ? (
          <Button color="secondary" onClick={() => window.location.reload()}>
            {t('GITOPS_LIST_LOGIN_AGAIN')}
          </Button>
        ) : null}
        {canRetry(problem) ? (
          <Button color="secondary" onClick={onRetry}>
            {t('GITOPS_LIST_RETRY')}
          </Button>
        ) : null}
        {problem !== 'session-expired' && problem !== 'network' ? (
          <Button as={Link} to={contextTo} variant="outline">
            {t('GITOPS_LIST_CHANGE_PROJECT')}
          </Button>
        ) : null}
      </div>
    </Panel>
  );
}

const Banner = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 16px;
  padding: 10px 16px;
  margin-bottom: 12px;
  border-radius: 4px;
  border: 1px solid ${colors.list.alertBorder};
  background: ${colors.alert.bg};
  color: ${COLORS.text};
  font-size: 12px;
  strong {
    color: ${COLORS.danger};
  }
`;

/**
 * A refetch failed while rows are shown. For an expired session or lost access the rows stay
 * (marked stale) but the cause is said loudly, since polling has stopped.
 */
export function RefetchProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const words = loadError(error);
  const problem = words.problem;
  if (problem !== 'session-expired' && problem !== 'forbidden' && problem !== 'engine-missing') return null;
  return (
    <Banner role="alert" className={`gitops-refetch-problem gitops-load-error-${problem}`}>
      <strong>{t(words.title)}</strong>
      <span>{t(problem === 'session-expired' ? 'GITOPS_LIST_SESSION_DESC' : 'GITOPS_LIST_STALE_STOPPED')}</span>
      {problem === 'session-expired' ? (
        <Button size="sm" color="secondary" onClick={() => window.location.reload()}>
          {t('GITOPS_LIST_LOGIN_AGAIN')}
        </Button>
      ) : (
        <Button size="sm" variant="outline" onClick={onRetry}>
          {t('GITOPS_LIST_RETRY')}
        </Button>
      )}
    </Banner>
  );
}
