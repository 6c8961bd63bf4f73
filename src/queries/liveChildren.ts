import * as React from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { KubeList, KubeObject, KubeObjectRef } from '../api/kube';
import type { ApiError } from '../api/errors';
import { errorKind, serverMessageOf } from '../model/errors/errorKind';
import { objectRefOf } from '../model/live/kinds';
import { childListRequests, jobPodRequests, type ListRequest, type OwnedNode, ownedTree } from '../model/live/ownership';
import { comparePods, podSummary } from '../model/live/podSummary';
import type { LiveChildren } from '../model/live/treeLiveRows';
import type { ResourceEntry } from '../model/tree/resourceEntries';
import { type LiveListRequest, useLiveLists, useLiveObjects } from './live';

type Result<T> = Pick<UseQueryResult<T, ApiError>, 'data' | 'error' | 'isError' | 'dataUpdatedAt'>;

/** A failed read as the tree words it: no access, gone, or the server's words. */
export function failedChildren(error: unknown): LiveChildren {
  const kind = errorKind(error);
  if (kind === 'forbidden') return { state: 'forbidden' };
  if (kind === 'notFound') return { state: 'missing' };
  return { state: 'error', message: serverMessageOf(error) || String(error) };
}

const toListRequest = (r: ListRequest): LiveListRequest => ({
  ref: { group: r.group, version: r.version, plural: r.plural, namespace: r.namespace },
  params: r.labelSelector !== undefined ? { labelSelector: r.labelSelector } : {},
});

const requestKey = (r: LiveListRequest) =>
  `${r.ref.group}/${r.ref.version}/${r.ref.plural}/${r.ref.namespace ?? ''}?${r.params?.labelSelector ?? ''}`;

function sortPodsFirstFailing(nodes: readonly OwnedNode[]): OwnedNode[] {
  return nodes
    .map((n) => {
      if (n.kind !== 'Pod') return { ...n, children: sortPodsFirstFailing(n.children) };
      return n;
    })
    .sort((a, b) => (a.kind === 'Pod' && b.kind === 'Pod' ? comparePods(podSummary(a.object), podSummary(b.object)) : 0));
}

export interface LiveChildrenSource {
  onOpenWorkloads(workloads: ResourceEntry[]): void;
  childrenOf(resource: ResourceEntry): LiveChildren | undefined;
}

/** The children of the workloads open in the tree (see `useLiveChildrenOf`). */
export function useLiveChildren(cluster: string | undefined, clusterKnown: boolean): LiveChildrenSource {
  const [open, setOpen] = React.useState<ResourceEntry[]>([]);
  const onOpenWorkloads = React.useCallback((workloads: ResourceEntry[]) => {
    setOpen((prev) => (prev.length === workloads.length && prev.every((w, i) => w.key === workloads[i].key) ? prev : workloads));
  }, []);
  const childrenOf = useLiveChildrenOf(cluster, clusterKnown, open);
  return { onOpenWorkloads, childrenOf };
}

/**
 * The live children of some workloads: each workload is read (its selector says which pods are
 * its), then its ReplicaSets or Jobs and Pods are listed. Lists shared by several workloads, or by
 * the tree and a panel, are asked for once (same query). `cluster` undefined: not known yet.
 */
export function useLiveChildrenOf(
  cluster: string | undefined,
  clusterKnown: boolean,
  open: readonly ResourceEntry[],
): (resource: ResourceEntry) => LiveChildren | undefined {
  const refs = React.useMemo(() => {
    const out: Array<{ resource: ResourceEntry; ref: KubeObjectRef }> = [];
    for (const resource of open) {
      const ref = objectRefOf(resource);
      if (ref && ref.version) out.push({ resource, ref });
    }
    return out;
  }, [open]);
  const objects: Array<Result<KubeObject>> = useLiveObjects(
    cluster,
    refs.map((r) => r.ref),
  );

  // First the lists each workload's own object names; then, for CronJobs, their jobs' pods.
  const firstLists = new Map<string, LiveListRequest>();
  refs.forEach(({ resource }, i) => {
    for (const r of childListRequests(resource.kind, objects[i]?.data).map(toListRequest)) firstLists.set(requestKey(r), r);
  });
  const first: Array<Result<KubeList>> = useLiveLists(cluster, [...firstLists.values()]);
  const firstByKey = new Map([...firstLists.keys()].map((k, i) => [k, first[i]]));

  const secondLists = new Map<string, LiveListRequest>();
  refs.forEach(({ resource }, i) => {
    if (resource.kind !== 'CronJob' || !objects[i]?.data) return;
    const jobs = [...firstByKey.values()].flatMap((r) => r?.data?.items ?? []);
    for (const r of jobPodRequests(objects[i].data, jobs).map(toListRequest)) secondLists.set(requestKey(r), r);
  });
  const second: Array<Result<KubeList>> = useLiveLists(cluster, [...secondLists.values()]);
  const listByKey = new Map(firstByKey);
  [...secondLists.keys()].forEach((k, i) => listByKey.set(k, second[i]));

  // A new function only when something was read anew, so the tree's rows are not rebuilt idly.
  const version = [...objects, ...first, ...second].map((q) => `${q.dataUpdatedAt}:${q.isError ? 1 : 0}`).join(',');
  const childrenOf = React.useCallback(
    (resource: ResourceEntry): LiveChildren | undefined => {
      if (!clusterKnown) return { state: 'unknown-cluster' };
      const i = refs.findIndex((r) => r.resource.key === resource.key);
      if (i < 0) return objectRefOf(resource)?.version ? undefined : { state: 'error', message: resource.kind };
      const object = objects[i];
      if (object?.isError) return failedChildren(object.error);
      if (!object?.data) return { state: 'loading' };
      const requests = childListRequests(resource.kind, object.data).map(toListRequest);
      if (resource.kind === 'CronJob') {
        const jobs = requests.flatMap((r) => listByKey.get(requestKey(r))?.data?.items ?? []);
        requests.push(...jobPodRequests(object.data, jobs).map(toListRequest));
      }
      const lists = requests.map((r) => ({ request: r, result: listByKey.get(requestKey(r)) }));
      const failed = lists.find((l) => l.result?.isError);
      if (failed) return failedChildren(failed.result!.error);
      if (lists.some((l) => !l.result?.data)) return { state: 'loading' };
      const items = (plural: string) => lists.filter((l) => l.request.ref.plural === plural).flatMap((l) => l.result!.data!.items ?? []);
      const nodes = ownedTree(resource.kind, object.data, { replicaSets: items('replicasets'), jobs: items('jobs'), pods: items('pods') });
      return { state: 'ready', nodes: sortPodsFirstFailing(nodes) };
    },
    // `version` stands for the query results read above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [clusterKnown, refs, version],
  );
  return childrenOf;
}
