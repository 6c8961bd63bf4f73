import * as React from 'react';
import { useParams } from 'react-router-dom';
import { PageFrame } from '../../components/layout/PageFrame';
import { ActionResults } from '../../components/list/ActionResults';
import { ContextBar } from '../../components/list/ContextBar';
import { ListNotes } from '../../components/list/ListNotes';
import { RefetchProblem } from '../../components/list/ListStates';
import { SummaryFilters } from '../../components/list/SummaryFilters';
import { t } from '../../host';
import { useApplicationsWatch } from '../../queries/watch';
import { pickContextPath } from '../paths';
import { AppsCard } from './AppsCard';
import { BulkConfirm } from './BulkConfirm';
import { useAppActions } from './useAppActions';
import { useListAccess } from './useListAccess';
import { useListing } from './useListing';
import { useRowDialogs } from './useRowDialogs';
import { useSelection } from './useSelection';

/** The applications of one DevOps project: what they are and how they are doing, and what can be done with them. */
export function ListPage() {
  const { workspace = '', cluster = '', namespace = '' } = useParams();
  const project = React.useMemo(() => ({ cluster, namespace }), [cluster, namespace]);
  // Keeps the rows and the summary current; the queries poll only while it is not connected.
  useApplicationsWatch(project);
  const listing = useListing(workspace, project);
  const actions = useAppActions(project);
  const access = useListAccess(workspace, project, actions.denied);
  const selection = useSelection(listing.items, listing.requestKey);
  const rowDialogs = useRowDialogs(project, listing.items, actions.record, actions.failed);
  const contextTo = pickContextPath(workspace);
  const { state, summary } = listing;

  return (
    <PageFrame
      title={t('GITOPS_APPLICATIONS')}
      description={t('GITOPS_LIST_DESC')}
      navigation={<ContextBar cluster={cluster} namespace={namespace} changeTo={contextTo} />}
    >
      <ListNotes viewOnly={access.viewOnly} actions={access.rowActions} />
      {listing.stale ? <RefetchProblem error={listing.list.error} onRetry={listing.refresh} /> : null}
      <ActionResults progress={actions.progress} report={actions.report} onDismiss={actions.dismiss} />
      {listing.fullError ? null : (
        <SummaryFilters
          counts={listing.counts}
          failed={!summary.data && summary.isError}
          health={state.health}
          sync={state.sync}
          onToggle={listing.toggleSummary}
        />
      )}
      <AppsCard
        listing={listing}
        access={access}
        selection={selection}
        actions={actions}
        rowDialogs={rowDialogs}
        project={project}
        contextTo={contextTo}
      />
      <BulkConfirm actions={actions} onConfirmed={selection.clear} />
      {rowDialogs.dialogs}
    </PageFrame>
  );
}
