import '../../locales/register';
import * as React from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router-dom';
import { PageFrame } from '../../components/layout/PageFrame';
import { t, isMultiCluster } from '../../host';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { useWorkspace } from '../../queries/context';
import { listPath } from '../paths';
import { recallContext } from '../../state/rememberedContext';
import { ContextProblem, ProjectPicker } from './ProjectPicker';

/** The host cluster's name in KubeSphere; single-cluster installs have only it. */
const HOST_CLUSTER = 'host';

/** The cluster and DevOps project picker of the workspace in the URL. */
export function ContextPage() {
  const { workspace = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const multicluster = isMultiCluster();
  const workspaceQuery = useWorkspace(workspace);
  const placed = (workspaceQuery.data?.spec?.placement?.clusters ?? []).map((c) => c.name).filter(Boolean);
  const clusters = multicluster ? placed : [HOST_CLUSTER];
  const cluster = params.get('cluster') ?? clusters[0] ?? '';

  return (
    <PageFrame title={t('GITOPS_CONTEXT_TITLE')} description={t('GITOPS_CONTEXT_DESC')}>
      {multicluster && clusters.length > 1 ? (
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', marginBottom: 12 }}>
          {t('GITOPS_CLUSTER')}
          <select value={cluster} onChange={(e) => setParams({ cluster: e.target.value }, { replace: true })}>
            {clusters.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {multicluster && workspaceQuery.error ? (
        // The clusters come from the workspace: without it there is nothing to pick, so say why.
        <ContextProblem
          error={workspaceQuery.error}
          forbidden={t('GITOPS_CONTEXT_WORKSPACE_FORBIDDEN')}
          failed={(message) => t('GITOPS_CONTEXT_WORKSPACE_FAILED', { message })}
          onRetry={() => void workspaceQuery.refetch()}
        />
      ) : multicluster && workspaceQuery.isSuccess && clusters.length === 0 ? (
        <p role="status">{t('GITOPS_CONTEXT_NO_CLUSTERS')}</p>
      ) : cluster ? (
        <ProjectPicker workspace={workspace} cluster={cluster} />
      ) : null}
    </PageFrame>
  );
}

/**
 * The GitOps menu item lands here. With a choice remembered for this workspace it goes
 * straight to that project's applications; otherwise it asks for a cluster and a project.
 */
export default function ContextRoute() {
  const { workspace = '' } = useParams();
  const [params] = useSearchParams();
  const remembered = params.has('pick') ? null : recallContext(workspace);
  if (remembered) return <Navigate to={listPath(workspace, remembered.cluster, remembered.namespace)} replace />;
  return (
    <GitOpsProvider>
      <ContextPage />
    </GitOpsProvider>
  );
}
