import * as React from 'react';
import { type QueryKey, useQueries, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiError } from '../api/errors';
import type { KubeCollectionRef, KubeList, KubeListParams, KubeObject, KubeObjectRef } from '../api/kube';
import { type LiveCluster, type LiveDestination, liveClusterOf } from '../model/live/liveCluster';
import type { Application } from '../model/application/types';
import { argoStatusOf } from './argoStatus';
import { clusterContext, pollEvery, useArgoClusters } from './applications';
import { useKubeApi } from './GitOpsProvider';

/**
 * Live objects of an application's destination cluster. Nothing here runs until a page asks for
 * it (a tree row expanded, a resource selected, an unhealthy workload on the overview), and it
 * refreshes far slower than the application itself: a minute when idle, so an open workload and
 * a panel stay within 6 requests a minute, none while the tab is hidden (the query client's
 * `refetchIntervalInBackground: false`). A 403 or 404 stops the refreshing (`pollEvery`). When
 * Argo CD reports a change, the live data is read again at once (`useLiveRefreshOnChange`).
 */
export const LIVE_POLL_MS = 60_000;
/** At most one refresh on a change this often, however fast the application changes. */
export const LIVE_CHANGE_REFRESH_MS = 10_000;
/** Switching between panels reuses what was read moments ago. */
const LIVE_STALE_MS = 10_000;

/** Its own root: live objects are keyed by the destination cluster, not the DevOps project. */
export const liveKeys = {
  all: ['gitops-live'] as const,
  cluster: (cluster: string) => [...liveKeys.all, cluster] as const,
  object: (cluster: string, ref: KubeObjectRef) =>
    [...liveKeys.cluster(cluster), 'object', ref.group, ref.version, ref.plural, ref.namespace ?? '', ref.name] as const,
  list: (cluster: string, ref: KubeCollectionRef, params: KubeListParams) =>
    [...liveKeys.cluster(cluster), 'list', ref.group, ref.version, ref.plural, ref.namespace ?? '', params] as const,
};

/**
 * One live object, or nothing while `ref` is null. `poll: false` for what rarely changes (a
 * namespace's workspace): read once and kept for a few minutes.
 */
export function useLiveObject(cluster: string | undefined, ref: KubeObjectRef | null, { poll = true }: { poll?: boolean } = {}) {
  const api = useKubeApi();
  return useQuery<KubeObject, ApiError>({
    queryKey: ref && cluster !== undefined ? liveKeys.object(cluster, ref) : [...liveKeys.all, 'none'],
    queryFn: ({ signal }) => api.get(clusterContext(cluster ?? ''), ref!, { signal }),
    enabled: !!ref && cluster !== undefined,
    staleTime: poll ? LIVE_STALE_MS : 300_000,
    refetchInterval: poll ? pollEvery<KubeObject>(LIVE_POLL_MS) : false,
  });
}

/** Several objects at once, in the order of `refs`. */
export function useLiveObjects(cluster: string | undefined, refs: readonly KubeObjectRef[]) {
  const api = useKubeApi();
  return useQueries({
    queries: refs.map((ref): UseQueryOptions<KubeObject, ApiError, KubeObject, QueryKey> => ({
      queryKey: liveKeys.object(cluster ?? '', ref),
      queryFn: ({ signal }) => api.get(clusterContext(cluster ?? ''), ref, { signal }),
      enabled: cluster !== undefined,
      staleTime: LIVE_STALE_MS,
      refetchInterval: pollEvery<KubeObject>(LIVE_POLL_MS),
    })),
  });
}

export interface LiveListRequest {
  ref: KubeCollectionRef;
  params?: KubeListParams;
}

/**
 * Several lists at once, each fetched once however many panels need it (same key, one request).
 * The result is in the order of `requests`.
 */
export function useLiveLists(cluster: string | undefined, requests: readonly LiveListRequest[]) {
  const api = useKubeApi();
  return useQueries({
    queries: requests.map(({ ref, params = {} }): UseQueryOptions<KubeList, ApiError, KubeList, QueryKey> => ({
      queryKey: liveKeys.list(cluster ?? '', ref, params),
      queryFn: ({ signal }) => api.list(clusterContext(cluster ?? ''), ref, params, { signal }),
      enabled: cluster !== undefined,
      staleTime: LIVE_STALE_MS,
      refetchInterval: pollEvery<KubeList>(LIVE_POLL_MS),
    })),
  });
}

/** At most this many events per request; Kubernetes keeps events about an hour. */
export const EVENTS_LIMIT = 500;

const eventsRef = (namespace: string): KubeCollectionRef => ({ group: '', version: 'v1', plural: 'events', namespace });

/**
 * The events of one object, asked for as the KubeSphere console asks for them
 * (`packages/shared/src/components/Widgets/Events/index.tsx`: `involvedObject.name`,
 * `.namespace` and `.kind` as a field selector).
 */
export function objectEventsRequest(namespace: string, kind: string, name: string): LiveListRequest {
  return {
    ref: eventsRef(namespace),
    params: { fieldSelector: `involvedObject.name=${name},involvedObject.namespace=${namespace},involvedObject.kind=${kind}` },
  };
}

/** Every pod's events in a namespace, one request for all the pods a workload owns. */
export function podEventsRequest(namespace: string): LiveListRequest {
  return { ref: eventsRef(namespace), params: { fieldSelector: 'involvedObject.kind=Pod', limit: EVENTS_LIMIT } };
}

/**
 * The KubeSphere cluster that runs an application's resources. The GitOps `/clusters` list is
 * read only when the destination names a server other than the cluster Argo CD runs in.
 */
export function useLiveCluster(projectCluster: string, destination: LiveDestination | undefined): LiveCluster | undefined {
  const direct = liveClusterOf(destination, projectCluster, []);
  const needsList = 'unknown' in direct && direct.reason === 'unknown-server';
  const clusters = useArgoClusters(projectCluster, needsList);
  if (!needsList) return direct;
  if (clusters.data) return liveClusterOf(destination, projectCluster, clusters.data);
  return clusters.isError ? direct : undefined;
}

/**
 * What Argo CD reports changing (health, sync, an operation and its end): the live objects changed
 * too. Not the reconcile time: Argo CD reconciles every few minutes whether or not anything
 * changed, and reading the cluster again each time would double the idle requests.
 */
export function liveSignature(app: Application): string {
  const status = argoStatusOf(app).status;
  const op = status?.operationState;
  return [status?.health?.status, status?.sync?.status, status?.sync?.revision, op?.phase, op?.finishedAt].join('|');
}

/**
 * Reads the live objects of `cluster` again when `signature` changes (the application's health,
 * sync, operation or reconcile time, which the detail page polls), at most once per
 * `LIVE_CHANGE_REFRESH_MS`: a rollout Argo CD reports shows in the pods within seconds, without
 * polling the cluster faster. Only queries on screen are read again.
 */
export function useLiveRefreshOnChange(cluster: string | undefined, signature: string): void {
  const client = useQueryClient();
  const first = React.useRef(signature);
  const last = React.useRef(0);
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  React.useEffect(() => {
    if (cluster === undefined || signature === first.current) return;
    first.current = signature;
    const run = () => {
      last.current = Date.now();
      void client.invalidateQueries({ queryKey: liveKeys.cluster(cluster), refetchType: 'active' });
    };
    const wait = last.current + LIVE_CHANGE_REFRESH_MS - Date.now();
    clearTimeout(timer.current);
    if (wait <= 0) run();
    else timer.current = setTimeout(run, wait);
  }, [client, cluster, signature]);
  React.useEffect(() => () => clearTimeout(timer.current), []);
}
