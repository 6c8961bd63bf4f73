import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { Application, OperationState, ParsedArgoStatus } from '../../model';
import { t } from '../../host';
import { formatList } from '../common/localeFormat';
import { PhaseCode } from '../status/CodeBadges';
import { RevisionLink } from './RevisionLink';
import { Fields, Section } from './Section';
import { Empty } from './tableStyles';
import { Duration, Time } from './Time';

const Pending = styled.p`
  margin: 0 0 12px;
  padding: 8px 12px;
  border-radius: 4px;
  background: ${colors.tone.info.bg};
  border: 1px solid ${colors.tone.info.border};
  font-size: 12px;
`;

function initiator(by: { username?: string; automated?: boolean } | undefined): string {
  if (by?.automated) return t('GITOPS_AUTOMATED');
  return by?.username || t('GITOPS_NONE');
}

function optionsText(op: OperationState): string {
  const sync = op.operation?.sync;
  const parts: string[] = [];
  if (sync?.prune) parts.push(t('GITOPS_SYNC_PRUNE'));
  if (sync?.dryRun) parts.push(t('GITOPS_SYNC_DRY_RUN'));
  if (sync?.syncStrategy?.apply) parts.push(t('GITOPS_SYNC_APPLY_ONLY'));
  if (sync?.syncStrategy?.apply?.force || sync?.syncStrategy?.hook?.force) parts.push(t('GITOPS_SYNC_FORCE'));
  if (sync?.resources?.length) parts.push(t('GITOPS_OPERATION_SELECTED_RESOURCES', { count: sync.resources.length }));
  for (const option of sync?.syncOptions ?? []) parts.push(option);
  return formatList(parts);
}

export interface OperationPanelProps {
  app: Application;
  parsed: ParsedArgoStatus;
  /** Epoch milliseconds: the end of a running operation's duration so far. */
  now: number;
}

/** The last (or running) sync operation: phase, message, times, who started it and with what. */
export function OperationPanel({ app, parsed, now }: OperationPanelProps) {
  const op = parsed.status?.operationState;
  const requested = app.spec?.argoApp?.operation;
  const running = op?.phase === 'Running' || op?.phase === 'Terminating';
  const options = op ? optionsText(op) : '';
  const repoURL = app.spec?.argoApp?.spec?.source?.repoURL;
  return (
    <Section title={t('GITOPS_SECTION_OPERATION')}>
      {requested && !running ? (
        <Pending role="status">{t('GITOPS_OPERATION_REQUESTED', { username: initiator(requested.initiatedBy) })}</Pending>
      ) : null}
      {!op ? (
        <Empty>{t('GITOPS_OPERATION_NONE')}</Empty>
      ) : (
        <Fields>
          <dt>{t('GITOPS_FIELD_PHASE')}</dt>
          <dd>{op.phase ? <PhaseCode code={op.phase} /> : t('GITOPS_NONE')}</dd>
          <dt>{t('GITOPS_FIELD_MESSAGE')}</dt>
          <dd>{op.message || t('GITOPS_NONE')}</dd>
          <dt>{t('GITOPS_FIELD_STARTED')}</dt>
          <dd>
            <Time value={op.startedAt} />
          </dd>
          <dt>{t('GITOPS_FIELD_FINISHED')}</dt>
          <dd>
            <Time value={op.finishedAt} />
          </dd>
          <dt>{t('GITOPS_FIELD_DURATION')}</dt>
          <dd>
            <Duration start={op.startedAt} end={op.finishedAt ?? (running ? now : undefined)} />
          </dd>
          <dt>{t('GITOPS_FIELD_INITIATED_BY')}</dt>
          <dd>{initiator(op.operation?.initiatedBy)}</dd>
          <dt>{t('GITOPS_FIELD_REVISION')}</dt>
          <dd>
            {op.syncResult?.revision || op.operation?.sync?.revision ? (
              <RevisionLink
                repoURL={op.syncResult?.source?.repoURL ?? repoURL}
                revision={op.syncResult?.revision || op.operation?.sync?.revision}
              />
            ) : (
              t('GITOPS_NONE')
            )}
          </dd>
          {options ? (
            <>
              <dt>{t('GITOPS_FIELD_OPTIONS')}</dt>
              <dd>{options}</dd>
            </>
          ) : null}
          {op.retryCount ? (
            <>
              <dt>{t('GITOPS_FIELD_RETRY_COUNT')}</dt>
              <dd>{op.retryCount}</dd>
            </>
          ) : null}
        </Fields>
      )}
    </Section>
  );
}
