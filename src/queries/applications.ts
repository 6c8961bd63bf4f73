import * as React from 'react';
import { useMutation, useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import type { GitOpsApi, ListApplicationsParams } from '../api/client';
import { isApiError, type ApiError } from '../api/errors';
import type { ClusterContext } from '../api/url';
import type {
  Application,
  ApplicationDestination,
  ApplicationList,
  ApplicationsSummary,
  ApplicationSyncRequest,
} from '../model/application/types';
import { type BulkOutcome, runBulk } from '../model/list/bulk';
import { isMultiCluster } from '../host';
import { selectDecodedApplication, selectDecodedList } from './argoStatus';
import { appKeys } from './keys';
import { nextFailureStreak, nextPollDelay, type FailureStreak } from './polling';
import { prepareUpdate } from '../model/wizard/wizardSubmit';
import { useGitOpsApi } from './GitOpsProvider';

/** The request paths, for showing the request the wizard will send (nothing is sent with them). */
export { applicationPath, applicationsPath } from '../api/url';
export type { ListApplicationsParams } from '../api/client';

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

export interface ApplicationListOptions {
  /**
   * Decode every row's `status.argoApp` as the data arrives (default), for a list that shows
   * statuses; off where only names and specs are read (the wizard's target check, diagnostics' peers).
   */
  decodeStatuses?: boolean;
}

export function useApplicationList(
  { cluster, namespace }: ProjectRef,
  params: ListApplicationsParams,
  { decodeStatuses = true }: ApplicationListOptions = {},
) {
  const api = useGitOpsApi();
  return useQuery<ApplicationList, ApiError>({
    queryKey: appKeys.list(cluster, namespace, params),
    queryFn: ({ signal }) => api.list(clusterContext(cluster), namespace, params, { signal }),
    select: decodeStatuses ? selectDecodedList : undefined,
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

export function useApplication(
  { cluster, namespace }: ProjectRef,
  name: string,
  operationRunning?: (app: Application | undefined) => boolean,
) {
  const api = useGitOpsApi();
  return useQuery<Application, ApiError>({
    queryKey: appKeys.detail(cluster, namespace, name),
    queryFn: ({ signal }) => api.get(clusterContext(cluster), namespace, name, { signal }),
    select: selectDecodedApplication,
    refetchInterval: pollEvery<Application>(DETAIL_POLL_MS, operationRunning),
  });
}

/**
 * Asks the server again for one application now, sooner than its polling would (the refresh
 * does so while it waits for Argo CD to reconcile).
 */
export function useRefetchApplication({ cluster, namespace }: ProjectRef, name: string): () => void {
  const client = useQueryClient();
  return React.useCallback(
    () => void client.invalidateQueries(appKeys.detail(cluster, namespace, name)),
    [client, cluster, namespace, name],
  );
}

/** The Argo CD destinations the GitOps API offers; they change rarely. */
export function useArgoClusters(cluster: string) {
  const api = useGitOpsApi();
  return useQuery<ApplicationDestination[], ApiError>({
    queryKey: appKeys.argoClusters(cluster),
    queryFn: ({ signal }) => api.argoClusters(clusterContext(cluster), { signal }),
    staleTime: 60_000,
  });
}

function readLatest(api: GitOpsApi, { cluster, namespace }: ProjectRef, name: string): Promise<Application> {
  return api.get(clusterContext(cluster), namespace, name);
}

/**
 * Reads one application from the server, never from the cache, and caches nothing: the copy a
 * write is computed from (the server copies the latest resourceVersion into every PUT body, so a
 * PUT built from a cached copy would silently undo someone else's edit), and the answer to
 * "is this name taken?". Rejects with the normalised error (a free name is `notFound`).
 */
export function useReadLatestApplication(project: ProjectRef): (name: string) => Promise<Application> {
  const api = useGitOpsApi();
  const { cluster, namespace } = project;
  return React.useCallback((name: string) => readLatest(api, { cluster, namespace }, name), [api, cluster, namespace]);
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
        const latest = await readLatest(api, project, name);
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

export type BulkActionKind = 'sync' | 'delete';

export interface BulkActionRequest {
  kind: BulkActionKind;
  names: readonly string[];
  /** Delete: also delete what the applications deployed. */
  cascade: boolean;
  onProgress?: (settled: number, total: number) => void;
}

export type BulkActionOutcome = BulkOutcome<string, Application>;

/**
 * Sync (with the applications' own settings) or delete several applications. There is no bulk
 * endpoint, so each application is one request, four at a time; every application gets its own
 * outcome (the mutation never fails as a whole). The project's lists, summary and details are
 * refetched once when all have settled, not once per application, and without waiting for that
 * refetch, so the outcome shows at once.
 */
export function useBulkApplicationAction(project: ProjectRef) {
  const api = useGitOpsApi();
  const client = useQueryClient();
  return useMutation<BulkActionOutcome[], unknown, BulkActionRequest>({
    mutationFn: ({ kind, names, cascade, onProgress }) => {
      const ctx = clusterContext(project.cluster);
      return runBulk(
        names,
        (name) => (kind === 'sync' ? api.sync(ctx, project.namespace, name, {}) : api.remove(ctx, project.namespace, name, cascade)),
        { onProgress },
      );
    },
    onSettled: () => {
      void client.invalidateQueries(appKeys.project(project.cluster, project.namespace));
    },
  });
}
