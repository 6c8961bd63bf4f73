import { type ProjectRef, useApplicationList, useArgoClusters } from '../../queries/applications';
import { useApplicationPermissions, useGitRepositories } from '../../queries/context';

type LoadState = 'loading' | 'error' | 'ready';

function stateOf(query: { isLoading: boolean; isError: boolean }): LoadState {
  return query.isError ? 'error' : query.isLoading ? 'loading' : 'ready';
}

/** Everything the wizard reads besides the draft: repositories, clusters, the project's apps and permissions. */
export function useWizardData(project: ProjectRef) {
  const repositories = useGitRepositories(project);
  const clusters = useArgoClusters(project.cluster);
  // All apps of the project (no limit), to warn about a shared target: only their specs are read.
  const apps = useApplicationList(project, {}, { decodeStatuses: false });
  const permissions = useApplicationPermissions(project);
  return {
    repositories: repositories.data?.items ?? [],
    repositoriesState: stateOf(repositories),
    clusters: clusters.data ?? [],
    clustersState: stateOf(clusters),
    /** The cluster the `clusters` list comes from: its `in-cluster`. */
    cluster: project.cluster,
    apps: apps.data?.items ?? [],
    permissions: permissions.data,
  };
}
