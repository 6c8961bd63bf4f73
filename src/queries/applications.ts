import * as React from 'react';
import { useMutation, useQuery, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import type { GitOpsApi } from '../api/client';
import { isApiError, type ApiError } from '../api/errors';
import type { ClusterContext } from '../api/url';
import type {
  Application,
  ApplicationDestination,
  ApplicationList,
  ApplicationsSummary,
  ApplicationSyncRequest,
} from '../model/application/types';
import { ACTION_RETRY, type BulkOutcome, isTransientActionError, runBulk } from '../model/list/bulk';
import { errorKind } from '../model/errors/errorKind';
import { recordDeleted } from '../state/deletedApps';
import { isMultiCluster } from '../host';
import { selectDecodedApplication, selectDecodedList } from './argoStatus';
import { appKeys, type ListRequest } from './keys';
import { nextFailureStreak, nextPollDelay, shouldRetry, type FailureStreak } from './polling';
import { prepareUpdate } from '../model/wizard/wizardSubmit';
import { useGitOpsApi } from './GitOpsProvider';
import { isWatchLive, useWatchLive } from './watchRegistry';
import { newerApplication } from './watchPolicy';

/** The request paths, for showing the request the wizard will send (nothing is sent with them). */
export { applicationPath, applicationsPath } from '../api/url';
export type { ListApplicationsParams } from '../api/client';
export type { ListRequest } from './keys';

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

/**
 * A list read while the watch is connected, with each row the watch already showed in a later
 * version kept: devops-apiserver reads through a cache that lags its writes.
 */
function keepWatchedRows(cached: ApplicationList | undefined, fresh: ApplicationList): ApplicationList {
  if (!cached?.items?.length || !fresh.items?.length) return fresh;
  const known = new Map(cached.items.map((item) => [item.metadata?.name, item]));
  let changed = false;
  const items = fresh.items.map((item) => {
    const kept = newerApplication(known.get(item.metadata?.name), item);
    if (kept !== item) changed = true;
    return kept;
  });
  return changed ? { ...fresh, items } : fresh;
}

type RetryOption = boolean | number | ((count: number, error: ApiError) => boolean);
type RetryDelayOption = number | ((count: number, error: ApiError) => number);

/**
 * Retries of a list or summary read: a 404 or 409 from the server's cache lagging a write heals
 * within seconds, so it is tried again quietly, 1 s apart, up to 3 times (no error, no stale
 * mark, polling goes on) before it counts; any other error follows the client's own policy.
 */
function transientReadRetry(client: QueryClient) {
  const defaults = client.getDefaultOptions().queries ?? {};
  const { retry = 3, retryDelay } = defaults as { retry?: RetryOption; retryDelay?: RetryDelayOption };
  const byDefault = (count: number, error: ApiError) =>
    typeof retry === 'function' ? retry(count, error) : typeof retry === 'number' ? count < retry : retry;
  const delayByDefault = (count: number, error: ApiError) =>
    typeof retryDelay === 'function' ? retryDelay(count, error) : (retryDelay ?? Math.min(1_000 * 2 ** count, 30_000));
  return {
    retry: (count: number, error: ApiError) => (isTransientActionError(error) ? count < 3 : byDefault(count, error)),
    retryDelay: (count: number, error: ApiError) => (isTransientActionError(error) ? 1_000 : delayByDefault(count, error)),
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
  params: ListRequest,
  { decodeStatuses = true }: ApplicationListOptions = {},
) {
  const api = useGitOpsApi();
  const client = useQueryClient();
  const live = useWatchLive({ cluster, namespace });
  return useQuery<ApplicationList, ApiError>({
    queryKey: appKeys.list(cluster, namespace, params),
    queryFn: async ({ signal }) => {
      const list = await api.list(clusterContext(cluster), namespace, params, { signal });
      return isWatchLive(client, { cluster, namespace })
        ? keepWatchedRows(client.getQueryData(appKeys.list(cluster, namespace, params)), list)
        : list;
    },
    select: decodeStatuses ? selectDecodedList : undefined,
    keepPreviousData: true,
    // A connected watch keeps the rows current (queries/watch.ts); polling is the fallback.
    refetchInterval: live ? false : pollEvery<ApplicationList>(LIST_POLL_MS),
    ...transientReadRetry(client),
  });
}

export function useApplicationSummary({ cluster, namespace }: ProjectRef) {
  const api = useGitOpsApi();
  const client = useQueryClient();
  const live = useWatchLive({ cluster, namespace });
  return useQuery<ApplicationsSummary, ApiError>({
    queryKey: appKeys.summary(cluster, namespace),
    queryFn: ({ signal }) => api.summary(clusterContext(cluster), namespace, { signal }),
    refetchInterval: live ? false : pollEvery<ApplicationsSummary>(LIST_POLL_MS),
    ...transientReadRetry(client),
  });
}

/** How often deleted applications are looked for while the server may still list them. */
export const DELETION_CHECK_MS = 2_000;

/**
 * Which of `names` (applications deleted here) the server still lists: `?names=` answers with
 * just those, so the check costs a few objects whatever the size of the project. Off when
 * `names` is empty.
 */
export function useStillListed({ cluster, namespace }: ProjectRef, names: readonly string[]) {
  const api = useGitOpsApi();
  const params = React.useMemo<ListRequest>(() => ({ names: names.join(',') }), [names]);
  return useQuery<ApplicationList, ApiError>({
    queryKey: appKeys.list(cluster, namespace, params),
    queryFn: ({ signal }) => api.list(clusterContext(cluster), namespace, params, { signal }),
    enabled: names.length > 0,
    refetchInterval: pollEvery<ApplicationList>(DELETION_CHECK_MS),
  });
}

export interface ApplicationQueryOptions {
  /**
   * Until this time (ms since the epoch), a 404 is retried every `NOT_FOUND_RETRY_MS` instead of shown:
   * the server reads through a cache that lags its writes, so an app created a moment ago may not
   * be found yet (reference §1.5). Other failures are retried as usual.
   */
  notFoundRetryUntil?: number;
}

export const NOT_FOUND_RETRY_MS = 750;

export function useApplication(
  { cluster, namespace }: ProjectRef,
  name: string,
  operationRunning?: (app: Application | undefined) => boolean,
  { notFoundRetryUntil }: ApplicationQueryOptions = {},
) {
  const api = useGitOpsApi();
  const client = useQueryClient();
  const live = useWatchLive({ cluster, namespace });
  const notFound = (error: unknown) => isApiError(error) && error.kind === 'not-found';
  return useQuery<Application, ApiError>({
    queryKey: appKeys.detail(cluster, namespace, name),
    queryFn: async ({ signal }) => {
      const app = await api.get(clusterContext(cluster), namespace, name, { signal });
      return isWatchLive(client, { cluster, namespace })
        ? newerApplication(client.getQueryData(appKeys.detail(cluster, namespace, name)), app)
        : app;
    },
    select: selectDecodedApplication,
    // A connected watch delivers every write, the status of a running operation too (queries/watch.ts).
    refetchInterval: live ? false : pollEvery<Application>(DETAIL_POLL_MS, operationRunning),
    // Only when asked: an explicit `retry` would replace the client's own policy.
    ...(notFoundRetryUntil === undefined
      ? {}
      : {
          retry: (count: number, error: ApiError) =>
            notFound(error) ? Date.now() < notFoundRetryUntil : shouldRetry(count, isApiError(error) ? error.kind : undefined),
          retryDelay: NOT_FOUND_RETRY_MS,
        }),
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
export function useArgoClusters(cluster: string, enabled = true) {
  const api = useGitOpsApi();
  return useQuery<ApplicationDestination[], ApiError>({
    queryKey: appKeys.argoClusters(cluster),
    queryFn: ({ signal }) => api.argoClusters(clusterContext(cluster), { signal }),
    staleTime: 60_000,
    enabled,
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

/** The wait before retry `count` (from 0) of a write that failed transiently. */
const actionRetryDelay = (count: number) => ACTION_RETRY.delaysMs[Math.min(count, ACTION_RETRY.delaysMs.length - 1)];

/** A sync refused for a lagging cache (404 after a create, 409) changed nothing: tried again briefly. */
export function useSyncApplication(project: ProjectRef) {
  const api = useGitOpsApi();
  const invalidate = useInvalidateProject(project);
  return useMutation<Application, ApiError, { name: string; request: ApplicationSyncRequest }>({
    mutationFn: ({ name, request }) => api.sync(clusterContext(project.cluster), project.namespace, name, request),
    retry: (count, error) => count < ACTION_RETRY.delaysMs.length && isTransientActionError(error),
    retryDelay: actionRetryDelay,
    onSettled: invalidate,
  });
}

/**
 * Deletes one application and remembers it, so no list shows it again while the server's cache
 * lags. A 409 (a stale read while adding the cascade finalizer) is tried again briefly; a 404 is
 * left to the caller, for whom it means "already gone".
 */
export function useDeleteApplication(project: ProjectRef) {
  const api = useGitOpsApi();
  const invalidate = useInvalidateProject(project);
  return useMutation<Application, ApiError, { name: string; cascade: boolean }>({
    mutationFn: ({ name, cascade }) => api.remove(clusterContext(project.cluster), project.namespace, name, cascade),
    retry: (count, error) => count < ACTION_RETRY.delaysMs.length && errorKind(error) === 'conflict',
    retryDelay: actionRetryDelay,
    onSuccess: (deleted) => recordDeleted(project, [deleted]),
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
    // A 409 means the read lagged a write (the server's cache): reading again and re-applying is
    // safe, since every change is computed from the copy just read (and is `null` once applied).
    retry: (count, error) => count < ACTION_RETRY.delaysMs.length && errorKind(error) === 'conflict',
    retryDelay: actionRetryDelay,
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
 * outcome (the mutation never fails as a whole), after brief retries of a failure that heals by
 * itself (`ACTION_RETRY`). Deleted applications are remembered (see `useDeleteApplication`). The
 * project's lists, summary and details are refetched once when all have settled, not once per
 * application, and without waiting for that refetch, so the outcome shows at once.
 */
export function useBulkApplicationAction(project: ProjectRef) {
  const api = useGitOpsApi();
  const client = useQueryClient();
  return useMutation<BulkActionOutcome[], unknown, BulkActionRequest>({
    mutationFn: async ({ kind, names, cascade, onProgress }) => {
      const ctx = clusterContext(project.cluster);
      const outcomes = await runBulk(
        names,
        (name) => (kind === 'sync' ? api.sync(ctx, project.namespace, name, {}) : api.remove(ctx, project.namespace, name, cascade)),
        { onProgress, retry: ACTION_RETRY },
      );
      if (kind === 'delete')
        recordDeleted(
          project,
          outcomes.flatMap((o) => (o.ok ? [o.value] : [])),
        );
      return outcomes;
    },
    onSettled: () => {
      void client.invalidateQueries(appKeys.project(project.cluster, project.namespace));
    },
  });
}
