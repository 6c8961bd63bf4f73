import * as React from 'react';
import type { RevisionHistory } from '../../model';
import { t } from '../../host';
import { RevisionLink } from './RevisionLink';
import { Section } from './Section';
import { Empty, Table } from './tableStyles';
import { Time } from './Time';

function initiator(h: RevisionHistory): string {
  if (h.initiatedBy?.automated) return t('GITOPS_AUTOMATED');
  return h.initiatedBy?.username ?? '';
}

/** Past deployments, newest first: id, revision, when it was deployed and by whom. */
export function HistoryTable({ history, repoURL }: { history: readonly RevisionHistory[]; repoURL: string }) {
  const rows = React.useMemo(() => [...history].sort((a, b) => (b.id ?? -1) - (a.id ?? -1)), [history]);
  const showInitiator = rows.some((h) => h.initiatedBy);
  return (
    <Section title={t('GITOPS_SECTION_HISTORY')}>
      {rows.length === 0 ? (
        <Empty>{t('GITOPS_HISTORY_EMPTY')}</Empty>
      ) : (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t('GITOPS_COL_ID')}</th>
              <th scope="col">{t('GITOPS_COL_REVISION')}</th>
              <th scope="col">{t('GITOPS_COL_DEPLOY_STARTED')}</th>
              <th scope="col">{t('GITOPS_COL_DEPLOYED_AT')}</th>
              {showInitiator ? <th scope="col">{t('GITOPS_COL_INITIATED_BY')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((h, i) => (
              <tr key={`${h.id ?? 'x'}-${i}`}>
                <td>{h.id ?? ''}</td>
                <td>
                  <RevisionLink repoURL={h.source?.repoURL ?? repoURL} revision={h.revision ?? h.revisions?.[0]} />
                </td>
                <td>
                  <Time value={h.deployStartedAt} />
                </td>
                <td>
                  <Time value={h.deployedAt} />
                </td>
                {showInitiator ? <td>{initiator(h)}</td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Section>
  );
}
