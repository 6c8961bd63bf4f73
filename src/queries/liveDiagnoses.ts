import * as React from 'react';
import type { Application } from '../model/application/types';
import { eventRows } from '../model/live/events';
import { diagnoseLive, type LiveDiagnostic, type LiveWorkloadPods } from '../model/live/liveDiagnosis';
import { isWorkloadKind, type OwnedNode } from '../model/live/ownership';
import { podSummary } from '../model/live/podSummary';
import type { ResourceEntry } from '../model/tree/resourceEntries';
import { useLiveChildrenOf } from './liveChildren';
import { liveSignature, podEventsRequest, useLiveCluster, useLiveLists, useLiveRefreshOnChange } from './live';

/** Enough to find why an app is down, few enough to stay a handful of requests. */
export const DIAGNOSED_WORKLOADS = 3;
const UNHEALTHY = new Set(['Degraded', 'Progressing']);

function podsOf(nodes: readonly OwnedNode[]): OwnedNode[] {
  return nodes.flatMap((n) => (n.kind === 'Pod' ? [n] : podsOf(n.children)));
}

/** The workloads worth a look: Argo CD calls them Degraded or Progressing; the first few. */
export function unhealthyWorkloads(resources: readonly ResourceEntry[]): ResourceEntry[] {
  return resources
    .filter((r) => isWorkloadKind(r.kind) && r.namespace !== '' && r.health !== undefined && UNHEALTHY.has(r.health))
    .sort((a, b) => (a.health === b.health ? 0 : a.health === 'Degraded' ? -1 : 1))
    .slice(0, DIAGNOSED_WORKLOADS);
}

/**
 * What the pods of an unhealthy application's workloads say (CrashLoopBackOff, ImagePullBackOff,
 * FailedScheduling, OOMKilled), read only when Argo CD reports a workload Degraded or
 * Progressing. A user who cannot read the namespace gets no live diagnosis, not an error: the
 * diagnoses from Argo CD's status still stand.
 */
export function useLiveDiagnoses(projectCluster: string, app: Application, resources: readonly ResourceEntry[]): LiveDiagnostic[] {
  const workloads = React.useMemo(() => unhealthyWorkloads(resources), [resources]);
  const workloadKeys = workloads.map((w) => w.key).join('|');
  // The same workloads across polls keep the same array, so nothing is asked for anew.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = React.useMemo(() => workloads, [workloadKeys]);
  const live = useLiveCluster(projectCluster, workloads.length ? app.spec?.argoApp?.spec?.destination : undefined);
  const cluster = workloads.length && live && 'cluster' in live ? live.cluster : undefined;
  const childrenOf = useLiveChildrenOf(cluster, cluster !== undefined, cluster ? stable : []);
  const namespaces = [...new Set(stable.map((w) => w.namespace))];
  const events = useLiveLists(cluster, cluster ? namespaces.map(podEventsRequest) : []);
  useLiveRefreshOnChange(cluster, liveSignature(app));

  const groups: LiveWorkloadPods[] = [];
  for (const workload of stable) {
    const children = childrenOf(workload);
    if (children?.state !== 'ready') continue;
    const i = namespaces.indexOf(workload.namespace);
    groups.push({
      workload: { kind: workload.kind, name: workload.name, namespace: workload.namespace },
      pods: podsOf(children.nodes).map((p) => podSummary(p.object)),
      events: eventRows(events[i]?.data),
    });
  }
  const signature = groups
    .map((g) => `${g.workload.name}:${g.pods.map((p) => `${p.name}/${p.reason}/${p.restarts}`).join(',')}:${g.events?.length}`)
    .join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return React.useMemo(() => diagnoseLive(groups), [signature]);
}
