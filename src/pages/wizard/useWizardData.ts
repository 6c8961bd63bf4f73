import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/errors';
import type { ApplicationDestination } from '../../model/application/types';
import { clusterContext, useApplicationList, type ProjectRef } from '../../queries/applications';
import { useApplicationPermissions, useGitRepositories } from '../../queries/context';
import { useGitOpsApi } from '../../queries/GitOpsProvider';
import { appKeys } from '../../queries/keys';

type LoadState = 'loading' | 'error' | 'ready';

function stateOf(query: { isLoading: boolean; isError: boolean }): LoadState {
  return query.isError ? 'error' : query.isLoading ? 'loading' : 'ready';
}

/** The Argo CD destinations the GitOps API offers; they change rarely. */
function useArgoClusters(cluster: string) {
  const api = useGitOpsApi();
  return useQuery<ApplicationDestination[], ApiError>({
    queryKey: appKeys.argoClusters(cluster),
    queryFn: ({ signal }) => api.argoClusters(clusterContext(cluster), { signal }),
    staleTime: 60_000,
  });
}

/** Everything the wizard reads besides the draft: repositories, clusters, the project's apps and permissions. */
export function useWizardData(project: ProjectRef) {
  const repositories = useGitRepositories(project);
  const clusters = useArgoClusters(project.cluster);
  // All apps of the project (no limit), to warn about a shared target.
  const apps = useApplicationList(project, {});
  const permissions = useApplicationPermissions(project);
  return {
    repositories: repositories.data?.items ?? [],
    repositoriesState: stateOf(repositories),
    clusters: clusters.data ?? [],
    clustersState: stateOf(clusters),
    apps: apps.data?.items ?? [],
    permissions: permissions.data,
  };
}
