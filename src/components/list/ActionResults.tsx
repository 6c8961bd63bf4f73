import * as React from 'react';
import styled from 'styled-components';
import { t } from '../../host';
import { isTerminatingRefusal } from '../../model/list/deletions';
import { serverMessageOf } from '../../model/errors/errorKind';
import { StatusBadge } from '../status/StatusBadge';
import type { ActionOutcome, ActionProgress, ActionReport } from './actions';
import { actionErrorText } from '../common/errorText';
import { COLORS, Card, TextButton } from './styles';

const Panel = styled(Card)`
  padding: 12px 20px;
  margin-bottom: 12px;
  font-size: 12px;
  color: ${COLORS.text};
  .gitops-results-head {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .gitops-results-head strong {
    flex: 1;
  }
  ul {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    max-height: 240px;
    overflow: auto;
  }
  ul:focus-visible {
    outline: 2px solid ${COLORS.focus};
    outline-offset: 2px;
  }
  li {
    display: flex;
    gap: 8px;
    align-items: baseline;
    padding: 4px 0;
    border-top: 1px solid ${COLORS.border};
  }
  .gitops-result-name {
    font-weight: 600;
    word-break: break-all;
  }
  .gitops-result-reason {
    color: ${COLORS.secondary};
  }
  .gitops-result-server {
    display: block;
    color: ${COLORS.muted};
    word-break: break-word;
  }
`;

/** Why one application failed, in words; the server's own words under ours where they add to them. */
export function failureText(error: unknown): { text: string; server?: string } {
  if (isTerminatingRefusal(error)) return { text: t('GITOPS_DELETE_ERR_TERMINATING'), server: serverMessageOf(error) };
  return { text: actionErrorText(error) };
}

function OutcomeLine({ outcome }: { outcome: ActionOutcome }) {
  const retried = (outcome.attempts ?? 1) > 1 ? t('GITOPS_LIST_RESULT_ATTEMPTS', { count: outcome.attempts }) : '';
  if (outcome.ok) {
    return (
      <li>
        <StatusBadge
          severity="success"
          icon="Success"
          label={outcome.alreadyGone ? t('GITOPS_LIST_RESULT_ALREADY_GONE') : t('GITOPS_LIST_RESULT_OK')}
        />
        <span className="gitops-result-name">{outcome.name}</span>
        {retried ? <span className="gitops-result-reason">{retried}</span> : null}
      </li>
    );
  }
  const failure = failureText(outcome.error);
  return (
    <li>
      <StatusBadge severity="error" icon="Error" label={t('GITOPS_LIST_RESULT_FAILED')} />
      <span className="gitops-result-name">{outcome.name}</span>
      <span className="gitops-result-reason">
        {retried ? `${failure.text} ${retried}` : failure.text}
        {failure.server ? <span className="gitops-result-server">{failure.server}</span> : null}
      </span>
    </li>
  );
}

function headline(report: ActionReport): string {
  const failed = report.outcomes.filter((o) => !o.ok).length;
  const succeeded = report.outcomes.length - failed;
  const key = report.kind === 'sync' ? 'GITOPS_LIST_RESULT_SYNC' : 'GITOPS_LIST_RESULT_DELETE';
  return t(key, { succeeded, failed });
}

/**
 * Progress while an action runs, then one line per application: which succeeded (after how many
 * tries, when a transient failure was retried; "already deleted" for a delete that found nothing)
 * and, for each failure, why. A live region, so the outcome is announced as well as shown.
 */
export function ActionResults({
  progress,
  report,
  onDismiss,
}: {
  progress?: ActionProgress;
  report?: ActionReport;
  onDismiss: () => void;
}) {
  if (!progress && !report) return null;
  return (
    <Panel aria-label={t('GITOPS_LIST_RESULTS')} className="gitops-action-results">
      <div role="status" aria-live="polite">
        {progress ? (
          <div className="gitops-results-head">
            <strong>
              {t(progress.kind === 'sync' ? 'GITOPS_LIST_PROGRESS_SYNC' : 'GITOPS_LIST_PROGRESS_DELETE', {
                settled: progress.settled,
                total: progress.total,
              })}
            </strong>
          </div>
        ) : report ? (
          <div className="gitops-results-head">
            <strong>{headline(report)}</strong>
            <TextButton type="button" onClick={onDismiss}>
              {t('GITOPS_LIST_DISMISS')}
            </TextButton>
          </div>
        ) : null}
        {report && !progress ? (
          // Long reports scroll inside the panel; keyboard users need a tab stop to scroll it too.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable (WCAG 2.1.1)
          <ul tabIndex={0}>
            {report.outcomes.map((o) => (
              <OutcomeLine key={o.name} outcome={o} />
            ))}
          </ul>
        ) : null}
      </div>
    </Panel>
  );
}
