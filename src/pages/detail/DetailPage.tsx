import * as React from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import styled from 'styled-components';
import { colors } from '../../components/theme';
import { deletionState, displayName, errorKind, isOperationInProgress, isTerminating, type Application } from '../../model';
import { type ProjectRef, useApplication } from '../../queries/applications';
import { argoStatusOf, useDecodedStatuses } from '../../queries/argoStatus';
import { useApplicationsWatch } from '../../queries/watch';
import { resourceTreeBuilder } from '../../model/tree/treeBuilder';
import { t } from '../../host';
import { DeleteDialog } from '../../components/actions/DeleteDialog';
import { ErrorNotice } from '../../components/actions/ErrorNotice';
import { SyncDialog } from '../../components/actions/SyncDialog';
import { useRefreshApplication } from '../../components/actions/useRefreshApplication';
import { DeletionNotice } from '../../components/detail/DeletionNotice';
import { DetailHeader } from '../../components/detail/DetailHeader';
import { ErrorState } from '../../components/detail/ErrorState';
import { SavedAfterCatchUpNote } from '../../components/detail/SavedNote';
import { formatClock } from '../../components/common/localeFormat';
import { PageFrame } from '../../components/layout/PageFrame';
import { DetailTabs } from './DetailTabs';
import { createPath, editPath, listPath } from '../paths';
import { useArrival } from './useArrival';
import { useDetailPermissions } from './useDetailPermissions';
import { useDiagnosticActions } from './useDiagnosticActions';

const Loading = styled.p`
  padding: 24px;
  margin: 0;
  color: ${colors.text.muted};
`;

/** A calm state with a way back: being created, or deleted meanwhile. */
const Calm = styled.div`
  background: ${colors.surface.default};
  border-radius: 4px;
  padding: 32px 24px;
  text-align: center;
  font-size: 12px;
  color: ${colors.text.muted};
  h2 {
    font-size: 16px;
    margin: 0 0 8px;
    color: ${colors.text.primary};
  }
  p {
    margin: 0 0 12px;
  }
`;

/**
 * How long a 404 still means "being created" after our own create: the server's cache usually
 * catches up within a second or two.
 */
export const CREATING_GRACE_MS = 15_000;

const PollError = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  margin-bottom: 12px;
`;

const StaleMark = styled.strong`
  font-size: 12px;
  color: ${colors.text.warning};
`;

export interface DetailPageProps {
  workspace: string;
  cluster: string;
  namespace: string;
  name: string;
}

type DialogState = { type: 'sync'; preselected: string[] } | { type: 'delete' } | null;

function Loaded({
  project,
  app,
  now,
  onDeleted,
  editTo,
  createTo,
}: {
  project: ProjectRef;
  app: Application;
  now: number;
  onDeleted(): void;
  editTo: string;
  createTo: string;
}) {
  const permissions = useDetailPermissions(project);
  // A refresh of a large application is decoded in a worker: drawn again when it arrives.
  useDecodedStatuses();
  const parsed = argoStatusOf(app);
  const name = app.metadata.name ?? '';
  // Remembers the last tree: a refresh whose resources did not change gives the same tree, and
  // one that changed a few of them keeps the other rows as they are.
  const [buildTree] = React.useState(resourceTreeBuilder);
  const tree = React.useMemo(() => buildTree(parsed.status, name), [buildTree, parsed, name]);
  const [dialog, setDialog] = React.useState<DialogState>(null);
  const refresh = useRefreshApplication(project, app);
  const openSync = React.useCallback((preselected: string[] = []) => setDialog({ type: 'sync', preselected }), []);
  const actions = useDiagnosticActions(project, app, () => openSync());
  const deletion = React.useMemo(() => deletionState(app), [app]);
  return (
    <>
      {deletion ? <DeletionNotice state={deletion} /> : null}
      <DetailHeader
        app={app}
        parsed={parsed}
        refresh={refresh}
        permissions={permissions}
        editTo={editTo}
        onSync={() => openSync()}
        onDelete={() => setDialog({ type: 'delete' })}
      />
      <DetailTabs
        project={project}
        app={app}
        parsed={parsed}
        tree={tree}
        now={now}
        actions={actions}
        permissions={permissions}
        createTo={createTo}
        onSyncResources={deletion ? undefined : openSync}
      />
      <SyncDialog
        open={dialog?.type === 'sync'}
        onClose={() => setDialog(null)}
        project={project}
        app={app}
        resources={tree.resources}
        preselected={dialog?.type === 'sync' ? dialog.preselected : []}
      />
      <DeleteDialog open={dialog?.type === 'delete'} onClose={() => setDialog(null)} project={project} name={name} onDeleted={onDeleted} />
    </>
  );
}

/** Poll faster while something is about to change: a sync runs, or the app is being deleted. */
const changing = (app: Application | undefined) => !!app && (isTerminating(app) || isOperationInProgress(app, argoStatusOf(app)));

/**
 * One application: header with status and actions, then tabs. Polls every ~5 s, ~2 s while an
 * operation runs or it is being deleted; never renders a blank page (loading, being created,
 * deleted, each kind of error, or the app).
 */
export function DetailPage(props: DetailPageProps) {
  const { cluster, namespace, name } = props;
  const project = React.useMemo(() => ({ cluster, namespace }), [cluster, namespace]);
  const navigate = useNavigate();
  const location = useLocation();
  const back = listPath(props.workspace, cluster, namespace);
  const { justCreated, caughtUp } = useArrival();
  // Kept past the router state, which is dropped below; gone when dismissed.
  const [savedNote, setSavedNote] = React.useState(caughtUp);
  // Fixed at the first render: a 404 until then is the server's cache, not a missing app.
  const [creatingUntil] = React.useState(() => (justCreated ? Date.now() + CREATING_GRACE_MS : undefined));
  // Keeps the application current; the query polls only while it is not connected.
  useApplicationsWatch(project);
  const query = useApplication(project, name, changing, { notFoundRetryUntil: creatingUntil });
  const app = query.data;
  const settled = !!app || query.isError;
  // Once settled, forget where we came from: a reload later must not wait for a create again, nor
  // say again that a save had to wait.
  const arrived = justCreated || caughtUp;
  React.useEffect(() => {
    if (arrived && settled) navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [arrived, settled, navigate, location.pathname, location.search]);
  const backLink = <Link to={back}>{t('GITOPS_BACK_TO_LIST')}</Link>;

  let body: React.ReactNode;
  if (app && query.isError && errorKind(query.error) === 'notFound') {
    // It was here a moment ago: deleted meanwhile (a terminating app normally goes in seconds).
    body = (
      <Calm role="status" className="gitops-state gitops-state-deleted">
        <h2>{t('GITOPS_STATE_DELETED', { name })}</h2>
        <p>{t('GITOPS_STATE_DELETED_DESC')}</p>
        {backLink}
      </Calm>
    );
  } else if (app) {
    body = (
      <>
        {query.isError ? (
          <PollError role="status">
            <StaleMark>{t('GITOPS_DETAIL_STALE', { time: formatClock(query.dataUpdatedAt) ?? '' })}</StaleMark>
            <ErrorNotice error={query.error} />
          </PollError>
        ) : null}
        {savedNote ? <SavedAfterCatchUpNote onDismiss={() => setSavedNote(false)} /> : null}
        <Loaded
          project={project}
          app={app}
          now={query.dataUpdatedAt}
          editTo={editPath(props.workspace, cluster, namespace, name)}
          createTo={createPath(props.workspace, cluster, namespace)}
          onDeleted={() => navigate(back, { replace: true })}
        />
      </>
    );
  } else if (query.isError) {
    body = <ErrorState error={query.error} name={name} onRetry={() => void query.refetch()} back={backLink} />;
  } else if (creatingUntil !== undefined) {
    body = (
      <Calm role="status" aria-busy="true" className="gitops-state gitops-state-creating">
        <h2>{t('GITOPS_STATE_CREATING', { name })}</h2>
        <p>{t('GITOPS_STATE_CREATING_DESC')}</p>
      </Calm>
    );
  } else {
    body = <Loading role="status">{t('GITOPS_LOADING')}</Loading>;
  }

  return (
    <PageFrame
      title={app ? displayName(app) : name}
      description={app && displayName(app) !== name ? name : t('GITOPS_APPLICATION')}
      navigation={backLink}
    >
      {body}
    </PageFrame>
  );
}
