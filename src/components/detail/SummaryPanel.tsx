import * as React from 'react';
import styled from 'styled-components';
import {
  type Application,
  argoAppName,
  creator,
  description,
  destinationSummary,
  images,
  isNameTooLongToMirror,
  lastReconciledAt,
  type ParsedArgoStatus,
  repoWebUrl,
  withoutCredentials,
  sourceSummary,
  syncPolicySummary,
} from '../../model';
import { t } from '../../host';
import { formatList } from '../common/localeFormat';
import { RevisionLink } from './RevisionLink';
import { Fields, Section } from './Section';
import { Time } from './Time';
import { sourceTypeWord } from './format';

const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
  gap: 12px;
`;

const Plain = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  li + li {
    margin-top: 2px;
  }
`;

/** The repository as a link when it has an http(s) web page, as text otherwise. */
function Repository({ url }: { url: string }) {
  const web = repoWebUrl(url);
  if (!url) return <span>{t('GITOPS_NONE')}</span>;
  return web ? (
    <a href={web} target="_blank" rel="noopener noreferrer">
      {withoutCredentials(url)}
    </a>
  ) : (
    <span>{withoutCredentials(url)}</span>
  );
}

function policyText(app: Application): string {
  const p = syncPolicySummary(app);
  if (p.mode === 'manual') return t('GITOPS_SYNC_POLICY_MANUAL');
  const extras = [p.prune ? t('GITOPS_SYNC_POLICY_PRUNE') : '', p.selfHeal ? t('GITOPS_SYNC_POLICY_SELF_HEAL') : ''].filter(Boolean);
  return extras.length ? t('GITOPS_SYNC_POLICY_AUTOMATED_WITH', { extras: formatList(extras) }) : t('GITOPS_SYNC_POLICY_AUTOMATED');
}

function retryText(app: Application): string | null {
  const retry = syncPolicySummary(app).retry;
  if (!retry) return null;
  const b = retry.backoff ?? {};
  return t('GITOPS_RETRY_SUMMARY', {
    limit: retry.limit ?? '',
    duration: b.duration ?? '',
    factor: b.factor ?? '',
    maxDuration: b.maxDuration ?? '',
  });
}

/** Source, destination, policy, images and who and when, for the Overview tab. */
export function SummaryPanel({ app, parsed }: { app: Application; parsed: ParsedArgoStatus }) {
  const source = sourceSummary(app, parsed);
  const dest = destinationSummary(app);
  const policy = syncPolicySummary(app);
  const imageList = images(app, parsed);
  const retry = retryText(app);
  const text = description(app);
  return (
    <Columns>
      <Section title={t('GITOPS_SECTION_SOURCE')}>
        <Fields>
          <dt>{t('GITOPS_FIELD_REPOSITORY')}</dt>
          <dd>
            <Repository url={source.repoURL} />
          </dd>
          <dt>{t('GITOPS_FIELD_TARGET_REVISION')}</dt>
          <dd>{source.revision}</dd>
          {source.chart ? (
            <>
              <dt>{t('GITOPS_FIELD_CHART')}</dt>
              <dd>{source.chart}</dd>
            </>
          ) : null}
          <dt>{t('GITOPS_FIELD_PATH')}</dt>
          <dd>{source.path ?? t('GITOPS_NONE')}</dd>
          <dt>{t('GITOPS_FIELD_SOURCE_TYPE')}</dt>
          <dd>{source.sourceType ? sourceTypeWord(source.sourceType) : t('GITOPS_SOURCE_TYPE_AUTO')}</dd>
          <dt>{t('GITOPS_FIELD_SYNCED_REVISION')}</dt>
          <dd>{source.syncedRevision ? <RevisionLink repoURL={source.repoURL} revision={source.syncedRevision} /> : t('GITOPS_NONE')}</dd>
        </Fields>
      </Section>
      <Section title={t('GITOPS_SECTION_DEPLOYMENT')}>
        <Fields>
          <dt>{t('GITOPS_FIELD_DESTINATION')}</dt>
          <dd>{dest.inCluster ? t('GITOPS_DESTINATION_IN_CLUSTER', { cluster: dest.cluster }) : dest.cluster || t('GITOPS_NONE')}</dd>
          <dt>{t('GITOPS_FIELD_NAMESPACE')}</dt>
          <dd>{dest.namespace ?? t('GITOPS_NONE')}</dd>
          <dt>{t('GITOPS_FIELD_SYNC_POLICY')}</dt>
          <dd>{policyText(app)}</dd>
          <dt>{t('GITOPS_FIELD_SYNC_OPTIONS')}</dt>
          <dd>{policy.syncOptions.length ? formatList(policy.syncOptions) : t('GITOPS_NONE')}</dd>
          {retry ? (
            <>
              <dt>{t('GITOPS_FIELD_RETRY')}</dt>
              <dd>{retry}</dd>
            </>
          ) : null}
          <dt>{t('GITOPS_FIELD_IMAGES')}</dt>
          <dd>
            {imageList.length ? (
              <Plain>
                {imageList.map((image) => (
                  <li key={image}>{image}</li>
                ))}
              </Plain>
            ) : (
              t('GITOPS_NONE')
            )}
          </dd>
        </Fields>
      </Section>
      <Section title={t('GITOPS_SECTION_BASIC')}>
        <Fields>
          {text ? (
            <>
              <dt>{t('GITOPS_FIELD_DESCRIPTION')}</dt>
              <dd>{text}</dd>
            </>
          ) : null}
          <dt>{t('GITOPS_FIELD_ARGO_APP')}</dt>
          <dd>{isNameTooLongToMirror(app, parsed) ? t('GITOPS_ARGO_APP_NOT_CREATED') : argoAppName(app)}</dd>
          <dt>{t('GITOPS_FIELD_CREATOR')}</dt>
          <dd>{creator(app) ?? t('GITOPS_NONE')}</dd>
          <dt>{t('GITOPS_FIELD_CREATED')}</dt>
          <dd>
            <Time value={app.metadata.creationTimestamp} />
          </dd>
          <dt>{t('GITOPS_FIELD_RECONCILED')}</dt>
          <dd>
            <Time value={lastReconciledAt(parsed)} />
          </dd>
        </Fields>
      </Section>
    </Columns>
  );
}
