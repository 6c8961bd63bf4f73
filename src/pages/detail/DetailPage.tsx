import * as React from 'react';
import { Link, useNavigate } from 'react-router-dom';
import styled from 'styled-components';
import { colors } from '../../components/theme';
import { buildResourceTree, displayName, isOperationInProgress, type Application } from '../../model';
import { type ProjectRef, useApplication } from '../../queries/applications';
import { argoStatusOf } from '../../queries/argoStatus';
import { t } from '../../host';
import { DeleteDialog } from '../../components/actions/DeleteDialog';
import { ErrorNotice } from '../../components/actions/ErrorNotice';
import { SyncDialog } from '../../components/actions/SyncDialog';
import { useRefreshApplication } from '../../components/actions/useRefreshApplication';
import { DetailHeader } from '../../components/detail/DetailHeader';
import { ErrorState } from '../../components/detail/ErrorState';
import { PageFrame } from '../../components/layout/PageFrame';
import { DetailTabs } from './DetailTabs';
import { editPath, listPath } from '../paths';
import { useApplicationPermissions } from '../../queries/context';
import { useDiagnosticActions } from './useDiagnosticActions';

const Loading = styled.p`
  padding: 24px;
  margin: 0;
  color: ${colors.text.muted};
`;

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
}: {
  project: ProjectRef;
  app: Application;
  now: number;
  onDeleted(): void;
  editTo: string;
}) {
  const permissions = useApplicationPermissions(project).data;
  const parsed = argoStatusOf(app);
  const name = app.metadata.name ?? '';
  const tree = React.useMemo(() => buildResourceTree(parsed.status, { appName: name }), [parsed, name]);
  const [dialog, setDialog] = React.useState<DialogState>(null);
  const refresh = useRefreshApplication(project, app);
  const openSync = React.useCallback((preselected: string[] = []) => setDialog({ type: 'sync', preselected }), []);
  const actions = useDiagnosticActions(project, app, () => openSync());
  return (
    <>
      <DetailHeader
        app={app}
        parsed={parsed}
        refresh={refresh}
        permissions={permissions}
        editTo={editTo}
        onSync={() => openSync()}
        onDelete={() => setDialog({ type: 'delete' })}
      />
      <DetailTabs project={project} app={app} parsed={parsed} tree={tree} now={now} actions={actions} onSyncResources={openSync} />
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

/**
 * One application: header with status and actions, then tabs. Polls every ~5 s, ~2 s while an
 * operation runs; never renders a blank page (loading, each kind of error, or the app).
 */
export function DetailPage(props: DetailPageProps) {
  const { cluster, namespace, name } = props;
  const project = React.useMemo(() => ({ cluster, namespace }), [cluster, namespace]);
  const navigate = useNavigate();
  const back = listPath(props.workspace, cluster, namespace);
  const query = useApplication(project, name, (app) => !!app && isOperationInProgress(app, argoStatusOf(app)));
  const app = query.data;
  const backLink = <Link to={back}>{t('GITOPS_BACK_TO_LIST')}</Link>;

  let body: React.ReactNode;
  if (app) {
    body = (
      <>
        {query.isError ? (
          <PollError role="status">
            <StaleMark>{t('GITOPS_DETAIL_STALE', { time: new Date(query.dataUpdatedAt).toLocaleTimeString() })}</StaleMark>
            <ErrorNotice error={query.error} />
          </PollError>
        ) : null}
        <Loaded
          project={project}
          app={app}
          now={query.dataUpdatedAt}
          editTo={editPath(props.workspace, cluster, namespace, name)}
          onDeleted={() => navigate(back, { replace: true })}
        />
      </>
    );
  } else if (query.isError) {
    body = <ErrorState error={query.error} name={name} onRetry={() => void query.refetch()} back={backLink} />;
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
