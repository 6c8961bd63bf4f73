import { useMutation, useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import type { ListApplicationsParams } from '../api/client';
import { isApiError, type ApiError } from '../api/errors';
import type { ClusterContext } from '../api/url';
import type { Application, ApplicationList, ApplicationsSummary, ApplicationSyncRequest } from '../model/application/types';
import { isMultiCluster } from '../host';
import { appKeys } from './keys';
import { nextFailureStreak, nextPollDelay, type FailureStreak } from './polling';
import { prepareUpdate } from '../model/wizard/wizardSubmit';
import { useGitOpsApi } from './GitOpsProvider';

export const LIST_POLL_MS = 10_000;
export const DETAIL_POLL_MS = 5_000;

export interface ProjectRef {
  cluster: string;
  namespace: string;
}

export function clusterContext(cluster: string): ClusterContext {
  return { cluster, multicluster: isMultiCluster() };
}

const streaks = new WeakMap<object, FailureStreak>();

/** A refetchInterval that follows the polling policy: back off on errors, stop on terminal ones. */
export function pollEvery<T>(baseMs: number, operationRunning?: (data: T | undefined) => boolean) {
  return (data: T | undefined, query: Query<T, ApiError, T>) => {
    const { error } = query.state;
    const streak = nextFailureStreak(streaks.get(query), query.state);
    streaks.set(query, streak);
    return nextPollDelay({
      baseMs,
      failures: streak.streak,
      lastErrorKind: isApiError(error) ? error.kind : undefined,
      operationRunning: operationRunning?.(data),
    });
  };
}

export function useApplicationList({ cluster, namespace }: ProjectRef, params: ListApplicationsParams) {
  const api = useGitOpsApi();
  return useQuery<ApplicationList, ApiError>({
    queryKey: appKeys.list(cluster, namespace, params),
    queryFn: ({ signal }) => api.list(clusterContext(cluster), namespace, params, { signal }),
    keepPreviousData: true,
    refetchInterval: pollEvery<ApplicationList>(LIST_POLL_MS),
  });
}

export function useApplicationSummary({ cluster, namespace }: ProjectRef) {
  const api = useGitOpsApi();
  return useQuery<ApplicationsSummary, ApiError>({
    queryKey: appKeys.summary(cluster, namespace),
    queryFn: ({ signal }) => api.summary(clusterContext(cluster), namespace, { signal }),
    refetchInterval: pollEvery<ApplicationsSummary>(LIST_POLL_MS),
  });
}

export function useApplication({ cluster, namespace }: ProjectRef, name: string, operationRunning?: (app: Application | undefined) => boolean) {
  const api = useGitOpsApi();
  return useQuery<Application, ApiError>({
    queryKey: appKeys.detail(cluster, namespace, name),
    queryFn: ({ signal }) => api.get(clusterContext(cluster), namespace, name, { signal }),
    refetchInterval: pollEvery<Application>(DETAIL_POLL_MS, operationRunning),
  });
}

/** After any change, everything cached for the project is stale. */
function useInvalidateProject({ cluster, namespace }: ProjectRef) {
  const client = useQueryClient();
  return () => client.invalidateQueries(appKeys.project(cluster, namespace));
}

export function useSyncApplication(project: ProjectRef) {
  const api = useGitOpsApi();
  const invalidate = useInvalidateProject(project);
  return useMutation<Application, ApiError, { name: string; request: ApplicationSyncRequest }>({
    mutationFn: ({ name, request }) => api.sync(clusterContext(project.cluster), project.namespace, name, request),
    onSettled: invalidate,
  });
}

export function useDeleteApplication(project: ProjectRef) {
  const api = useGitOpsApi();
  const invalidate = useInvalidateProject(project);
  return useMutation<Application, ApiError, { name: string; cascade: boolean }>({
    mutationFn: ({ name, cascade }) => api.remove(clusterContext(project.cluster), project.namespace, name, cascade),
    onSettled: invalidate,
  });
}

export function useUpdateApplication(project: ProjectRef) {
  const api = useGitOpsApi();
  const invalidate = useInvalidateProject(project);
  return useMutation<Application, ApiError, Application>({
    mutationFn: (app) => api.update(clusterContext(project.cluster), app),
    onSettled: invalidate,
  });
}

/** One change to an application, computed from its latest copy; `null` leaves it as it is. */
export type ApplicationChange = (latest: Application) => Application | null;

/**
 * Changes one application from its latest copy: for each change, GET, apply, PUT. The server
 * copies the latest resourceVersion into any PUT body, so a cached copy would silently undo
 * someone else's edit or bring back a finished `spec.argoApp.operation` (a second sync).
 */
export function useEditApplication(project: ProjectRef) {
  const api = useGitOpsApi();
  const invalidate = useInvalidateProject(project);
  return useMutation<Application | null, ApiError, { name: string; changes: ApplicationChange[] }>({
    mutationFn: async ({ name, changes }) => {
      const ctx = clusterContext(project.cluster);
      let result: Application | null = null;
      for (const change of changes) {
        const latest = await api.get(ctx, project.namespace, name);
        const changed = change(latest);
        if (changed) result = await api.update(ctx, prepareUpdate(changed, latest).body);
      }
      return result;
    },
    onSettled: invalidate,
  });
}

export function useCreateApplication(project: ProjectRef) {
  const api = useGitOpsApi();
  const invalidate = useInvalidateProject(project);
  return useMutation<Application, ApiError, Application>({
    mutationFn: (app) => api.create(clusterContext(project.cluster), project.namespace, app),
    onSettled: invalidate,
  });
}
