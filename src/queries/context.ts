import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../api/errors';
import type { DevOpsProject, GitRepository, ListResult, WorkspaceTemplate } from '../api/context';
import { currentUsername } from '../host';
import { ALL_PERMISSIONS, applicationActions, applicationPermissions, type ApplicationPermissions } from '../model/application/permissions';
import { clusterContext, type ProjectRef } from './applications';
import { contextKeys } from './keys';
import { useContextApi } from './GitOpsProvider';

/** Context changes rarely: cache it for a minute and never poll. */
const CONTEXT_STALE_MS = 60_000;

export function useWorkspace(workspace: string) {
  const api = useContextApi();
  return useQuery<WorkspaceTemplate, ApiError>({
    queryKey: contextKeys.workspace(workspace),
    queryFn: ({ signal }) => api.workspace(workspace, { signal }),
    staleTime: CONTEXT_STALE_MS,
  });
}

export function useDevOpsProjects(workspace: string, cluster: string, enabled = true) {
  const api = useContextApi();
  return useQuery<ListResult<DevOpsProject>, ApiError>({
    queryKey: contextKeys.devopsProjects(workspace, cluster),
    queryFn: ({ signal }) => api.devopsProjects(clusterContext(cluster), workspace, { signal }),
    staleTime: CONTEXT_STALE_MS,
    enabled: enabled && !!cluster,
  });
}

export function useGitRepositories({ cluster, namespace }: ProjectRef) {
  const api = useContextApi();
  return useQuery<ListResult<GitRepository>, ApiError>({
    queryKey: contextKeys.gitRepositories(cluster, namespace),
    queryFn: ({ signal }) => api.gitRepositories(clusterContext(cluster), namespace, { signal }),
    staleTime: CONTEXT_STALE_MS,
  });
}

/** What the current user may do with applications in a DevOps project. */
export function useApplicationPermissions({ cluster, namespace }: ProjectRef) {
  const api = useContextApi();
  const user = currentUsername();
  return useQuery<ApplicationPermissions, ApiError>({
    queryKey: contextKeys.permissions(cluster, namespace, user),
    queryFn: async ({ signal }) => {
      // Without a known user nothing can be checked here; offer the actions and let the server decide.
      if (!user) return ALL_PERMISSIONS;
      const templates = await api.roleTemplates(clusterContext(cluster), user, namespace, { signal });
      return applicationPermissions(applicationActions(templates.items ?? []));
    },
    staleTime: CONTEXT_STALE_MS,
  });
}
