import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Refresh } from '@kubed/icons';
import { Link } from 'react-router-dom';
import type { Application } from '../../model/application/types';
import { aliasName, description, destinationSummary, sourceSummary } from '../../model/application/appInfo';
import { repoWebUrl, withoutCredentials } from '../../model/application/links';
import { labelled, t } from '../../host';
import { StatusBadge } from '../status/StatusBadge';
import { describeTime } from './relativeTime';
import { COLORS, Muted } from './styles';

const Lines = styled.div`
  display: flex;
  flex-direction: column;
  gap: 2px;
  min-width: 0;
`;

/** One line that never wraps and ends where its column does; the full text stays available as a tooltip. */
const Line = styled.span`
  display: block;
  max-width: 100%;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

const NameLink = styled(Link)`
  font-weight: 600;
  color: ${COLORS.text};
  word-break: break-all;
  &:hover {
    color: ${COLORS.link};
    text-decoration: underline;
  }
`;

const RepoLink = styled.a`
  color: ${COLORS.link};
  &:hover {
    text-decoration: underline;
  }
`;

const Running = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 4px;
  font-size: 12px;
  color: ${colors.text.info};
`;

export function NameCell({ app, to }: { app: Application; to: string }) {
  const name = app.metadata?.name ?? '';
  const alias = aliasName(app);
  const desc = description(app);
  return (
    <Lines>
      <NameLink to={to}>{name}</NameLink>
      {alias ? <Muted title={alias}>{alias}</Muted> : null}
      {desc ? (
        <Muted as={Line} title={desc}>
          {desc}
        </Muted>
      ) : null}
    </Lines>
  );
}

/** Shown next to the badges while a sync is requested or running. */
export function OperationMark() {
  return (
    <Running className="gitops-operation-running">
      <Refresh size={14} aria-hidden="true" />
      {t('GITOPS_LIST_OPERATION_RUNNING')}
    </Running>
  );
}

/** Under the name while KubeSphere keeps a deleted application until its finalizers are removed. */
export function DeletingMark() {
  return (
    <div className="gitops-deleting">
      <StatusBadge severity="warning" icon="Stop" label={t('GITOPS_LIST_DELETING')} title={t('GITOPS_LIST_DELETING_REASON')} />
    </div>
  );
}

/** The scheme says nothing in a narrow column; the full URL stays in the tooltip and the link. */
function shortRepo(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

export function SourceCell({ app }: { app: Application }) {
  const source = sourceSummary(app);
  if (!source.repoURL) return <Muted>-</Muted>;
  // Repository URLs come from users: only http(s) becomes a link, anything else stays text, and
  // credentials in the URL are never shown or linked.
  const href = repoWebUrl(source.repoURL);
  const shown = withoutCredentials(source.repoURL);
  const where = source.chart
    ? labelled(t('GITOPS_LIST_CHART'), source.chart)
    : source.path
      ? labelled(t('GITOPS_LIST_PATH'), source.path)
      : '';
  return (
    <Lines>
      <Line title={shown}>
        {href ? (
          <RepoLink href={href} target="_blank" rel="noopener noreferrer">
            {shortRepo(shown)}
          </RepoLink>
        ) : (
          shown
        )}
      </Line>
      <Muted as={Line} title={`${source.revision}${where ? ` · ${where}` : ''}`}>
        {labelled(t('GITOPS_LIST_REVISION'), source.revision)}
        {where ? ` · ${where}` : ''}
      </Muted>
    </Lines>
  );
}

export function DestinationCell({ app }: { app: Application }) {
  const dest = destinationSummary(app);
  return (
    <Lines>
      <Line title={dest.server ?? dest.cluster}>{dest.inCluster ? t('GITOPS_LIST_IN_CLUSTER') : dest.cluster || '-'}</Line>
      <Muted as={Line} title={dest.namespace}>
        {labelled(t('GITOPS_LIST_NAMESPACE'), dest.namespace || '-')}
      </Muted>
    </Lines>
  );
}

export function TimeCell({ iso, now }: { iso: string | undefined; now: number }) {
  const time = describeTime(iso, now);
  if (!time) return <Muted title={t('GITOPS_LIST_NEVER_RECONCILED_HINT')}>{t('GITOPS_LIST_NEVER_RECONCILED')}</Muted>;
  return (
    <time dateTime={iso} title={time.absolute}>
      {time.text}
    </time>
  );
}
