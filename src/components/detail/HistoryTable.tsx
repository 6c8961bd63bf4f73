import * as React from 'react';
import styled from 'styled-components';
import { Button } from '@kubed/components';
import type { Application, ParsedArgoStatus, RevisionHistory } from '../../model';
import type { ApplicationPermissions } from '../../model/application/permissions';
import { historyRevision, mayRedeploy } from '../../model/actions/redeploy';
import type { ProjectRef } from '../../queries/applications';
import { t } from '../../host';
import { colors } from '../theme';
import { RedeployDialog } from '../actions/RedeployDialog';
import { shortRevision } from './format';
import { RevisionLink } from './RevisionLink';
import { Section } from './Section';
import { Empty, Table } from './tableStyles';
import { Time } from './Time';

const CurrentMark = styled.span`
  margin-left: 8px;
  padding: 0 6px;
  border-radius: 2px;
  background: ${colors.surface.muted};
  color: ${colors.text.secondary};
  font-size: 12px;
  white-space: nowrap;
`;

function initiator(h: RevisionHistory): string {
  if (h.initiatedBy?.automated) return t('GITOPS_AUTOMATED');
  return h.initiatedBy?.username ?? '';
}

export interface HistoryTableProps {
  history: readonly RevisionHistory[];
  repoURL: string;
  /** Offers "Redeploy" on each row that names a revision; left out where the user may not sync. */
  onRedeploy?(entry: RevisionHistory): void;
}

/**
 * Past deployments, newest first: id, revision, when it was deployed and by whom. The newest is
 * what is deployed now, and is marked so: redeploying it is a plain re-sync of that revision.
 */
export function HistoryTable({ history, repoURL, onRedeploy }: HistoryTableProps) {
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
              {onRedeploy ? <th scope="col">{t('GITOPS_LIST_COL_ACTIONS')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((h, i) => {
              const revision = historyRevision(h);
              const current = i === 0;
              const labelKey = current ? 'GITOPS_REDEPLOY_ROW_LABEL_CURRENT' : 'GITOPS_REDEPLOY_ROW_LABEL';
              return (
                // Keyed by id: a new deployment shifts the rows, and a row keyed by its place would be
                // remounted, taking the focus from its button (given back there when the dialog closes).
                <tr key={h.id !== undefined ? `id-${h.id}` : `at-${i}`}>
                  <td>{h.id ?? ''}</td>
                  <td>
                    <RevisionLink repoURL={h.source?.repoURL ?? h.sources?.[0]?.repoURL ?? repoURL} revision={revision} />
                    {current ? <CurrentMark>{t('GITOPS_HISTORY_CURRENT')}</CurrentMark> : null}
                  </td>
                  <td>
                    <Time value={h.deployStartedAt} />
                  </td>
                  <td>
                    <Time value={h.deployedAt} />
                  </td>
                  {showInitiator ? <td>{initiator(h)}</td> : null}
                  {onRedeploy ? (
                    <td>
                      {revision ? (
                        <Button
                          variant="outline"
                          size="sm"
                          aria-label={t(labelKey, { revision: shortRevision(revision), id: h.id ?? '' })}
                          onClick={() => onRedeploy(h)}
                        >
                          {t('GITOPS_REDEPLOY')}
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Section>
  );
}

export interface HistoryTabProps {
  project: ProjectRef;
  app: Application;
  parsed: ParsedArgoStatus;
  /** As the header reads them: undefined while unknown, and then nothing is offered, as there. */
  permissions?: ApplicationPermissions;
  repoURL: string;
}

/**
 * The History tab: the table, and the redeploy dialog for the row chosen. Redeploy follows the
 * header's Sync: only with the right to sync, never for a terminating app or one never mirrored.
 */
export function HistoryTab({ project, app, parsed, permissions, repoURL }: HistoryTabProps) {
  // The dialog stays mounted and is only closed, so that it can give the focus back to the row's button.
  const [entry, setEntry] = React.useState<RevisionHistory | null>(null);
  const offer = permissions?.sync === true && mayRedeploy(app, parsed);
  return (
    <>
      <HistoryTable history={parsed.status?.history ?? []} repoURL={repoURL} onRedeploy={offer ? setEntry : undefined} />
      <RedeployDialog open={entry !== null} onClose={() => setEntry(null)} project={project} app={app} entry={entry} />
    </>
  );
}
