/**
 * A live object and what its controllers made of it: Deployment ->
 * ReplicaSets (the current one, and the previous one scaled to 0 after a
 * second rollout) -> Pods; StatefulSet and DaemonSet -> Pods; CronJob -> Job
 * -> Pod; Job -> Pod. Names, labels, annotations, ownerReferences and status
 * follow the kube-controller-manager controllers (kubernetes
 * pkg/controller/deployment/sync.go getNewReplicaSet: `<deployment>-<pod-template-hash>`,
 * annotations `deployment.kubernetes.io/revision|desired-replicas|max-replicas`;
 * pkg/controller/deployment/util/deployment_util.go condition reasons and
 * messages; pkg/controller/statefulset/stateful_set_utils.go `<set>-<ordinal>`;
 * pkg/controller/cronjob/utils.go getJobName `<cronjob>-<scheduled minutes>`;
 * pkg/controller/job labels `batch.kubernetes.io/job-name`, `controller-uid`).
 */
import type { Loose } from '../core/util';
import type { LiveObject } from './argo-status';
import { apiVersionOf, podTemplateHash, ts } from './live-meta';
import { appliedMetadata, desiredOf, manifestOf, withDrift, type LiveEnv } from './live-manifest';
import type { PodMode } from './live-pods';
import { childMeta, podsFor, type LivePod } from './live-children';
import { cronTree, runJob } from './live-jobs';

export type { LivePod } from './live-children';

export interface LiveTree {
  top: Record<string, Loose>;
  /** ReplicaSets and Jobs. */
  controllers: Array<Record<string, Loose>>;
  pods: LivePod[];
}

function modeFor(live: LiveObject, index: number, declared: number): PodMode {
  const d = desiredOf(live);
  if (live.health === 'Progressing') return 'creating';
  if (live.health !== 'Degraded') return 'running';
  // Replicas added by a drift do not fit on the nodes: they stay Pending.
  if (index >= declared) return 'unschedulable';
  if (d.podFailure === 'image-pull') return 'image-pull';
  return index % 2 === 0 ? 'crash' : 'oom';
}

function deploymentTree(live: LiveObject, top: Record<string, Loose>, env: LiveEnv, declared: number): LiveTree {
  const { name, namespace } = top.metadata;
  const replicas = Number(top.spec.replicas ?? 1);
  const template = top.spec.template ?? {};
  const revision = live.rollouts ?? 1;
  const applied = live.appliedAt ?? env.now;
  const hash = podTemplateHash(`${namespace}/${name}#${live.revision}#${JSON.stringify(template)}`);
  const rsName = `${name}-${hash}`;
  const labels = { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash };
  const rsAnnotations = (rev: number) => ({
    'deployment.kubernetes.io/desired-replicas': String(replicas),
    'deployment.kubernetes.io/max-replicas': String(replicas + Math.ceil(replicas / 4)),
    'deployment.kubernetes.io/revision': String(rev),
  });
  const rs = (n: string, h: string, count: number, created: number, rev: number) => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      ...childMeta(n, namespace, top, created, env, { annotations: rsAnnotations(rev) }),
      labels: { ...labels, 'pod-template-hash': h },
    },
    spec: {
      replicas: count,
      selector: { matchLabels: { ...top.spec.selector?.matchLabels, 'pod-template-hash': h } },
      template: { ...template, metadata: { labels: { ...labels, 'pod-template-hash': h } } },
    },
    status: { observedGeneration: 1, replicas: count },
  });
  const current = rs(rsName, hash, replicas, applied, revision);
  const names = Array.from({ length: replicas }, (_, i) => `${rsName}-${env.ids.suffix(`${rsName}#${i}`)}`);
  const pods = podsFor(current, names, labels, template, applied, env, (i) => modeFor(live, i, declared));
  const ready = pods.filter((p) => p.mode === 'running').length;
  Object.assign(current.status, { availableReplicas: ready, fullyLabeledReplicas: replicas, readyReplicas: ready });
  const controllers: Array<Record<string, Loose>> = [current];
  if (revision > 1) {
    const oldHash = podTemplateHash(`${namespace}/${name}#rollout-${revision - 1}`);
    controllers.push(rs(`${name}-${oldHash}`, oldHash, 0, live.createdAt ?? applied, revision - 1));
  }
  const conditions =
    ready >= replicas
      ? [
          cond('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', applied),
          cond('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rsName}" has successfully progressed.`, applied),
        ]
      : [
          cond('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', applied),
          live.health === 'Degraded'
            ? cond(
                'Progressing',
                'False',
                'ProgressDeadlineExceeded',
                `ReplicaSet "${rsName}" has timed out progressing.`,
                applied + 600_000,
              )
            : cond('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`, applied),
        ];
  top.metadata.annotations = { 'deployment.kubernetes.io/revision': String(revision), ...top.metadata.annotations };
  top.status = {
    ...(ready > 0 ? { availableReplicas: ready, readyReplicas: ready } : {}),
    conditions,
    observedGeneration: top.metadata.generation,
    replicas,
    ...(ready < replicas ? { unavailableReplicas: replicas - ready } : {}),
    updatedReplicas: replicas,
  };
  return { top, controllers, pods };
}

const cond = (type: string, status: string, reason: string, message: string, at: number) => ({
  lastTransitionTime: ts(at),
  lastUpdateTime: ts(at),
  message,
  reason,
  status,
  type,
});

function setTree(live: LiveObject, top: Record<string, Loose>, env: LiveEnv, declared: number): LiveTree {
  const { name, namespace } = top.metadata;
  const template = top.spec.template ?? {};
  const created = live.appliedAt ?? env.now;
  const hash = podTemplateHash(`${namespace}/${name}#${live.revision}`);
  let names: string[];
  let labels: Record<string, string>;
  if (top.kind === 'StatefulSet') {
    names = Array.from({ length: Number(top.spec.replicas ?? 1) }, (_, i) => `${name}-${i}`);
    labels = { ...(template.metadata?.labels ?? {}), 'controller-revision-hash': `${name}-${hash}` };
  } else {
    names = env.nodes.map((node) => `${name}-${env.ids.suffix(`${name}#${node}`)}`);
    labels = { ...(template.metadata?.labels ?? {}), 'controller-revision-hash': hash, 'pod-template-generation': '1' };
  }
  const pods = podsFor(top, names, labels, template, created, env, (i) => modeFor(live, i, declared));
  const ready = pods.filter((p) => p.mode === 'running').length;
  top.status =
    top.kind === 'StatefulSet'
      ? {
          availableReplicas: ready,
          currentReplicas: names.length,
          observedGeneration: 1,
          readyReplicas: ready,
          replicas: names.length,
          updatedReplicas: names.length,
        }
      : {
          currentNumberScheduled: names.length,
          desiredNumberScheduled: names.length,
          numberAvailable: ready,
          numberMisscheduled: 0,
          numberReady: ready,
          observedGeneration: 1,
          updatedNumberScheduled: names.length,
        };
  return { top, controllers: [], pods };
}

/** The live object with spec and status as kube-apiserver returns it, and what its controllers created. */
export function renderLive(live: LiveObject, env: LiveEnv): LiveTree {
  const d = desiredOf(live);
  const manifest = manifestOf(live, d);
  const { apiVersion, kind, metadata: _m, ...body } = manifest;
  const base = { apiVersion: apiVersion ?? apiVersionOf(d), kind, metadata: appliedMetadata(live, d, manifest, env), ...body };
  const top = withDrift(base, live);
  const declared = Number(manifest.spec?.replicas ?? 1);
  switch (kind) {
    case 'Deployment':
      return deploymentTree(live, top, env, declared);
    case 'StatefulSet':
    case 'DaemonSet':
      return setTree(live, top, env, declared);
    case 'CronJob':
      return cronTree(live, top, env);
    case 'Job':
      return { top, controllers: [], pods: runJob(top, live.appliedAt ?? env.now, env, live.health !== 'Progressing') };
    case 'Service':
      top.spec = {
        clusterIP: clusterIp(d.namespace, d.name),
        clusterIPs: [clusterIp(d.namespace, d.name)],
        internalTrafficPolicy: 'Cluster',
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        sessionAffinity: 'None',
        type: 'ClusterIP',
        ...top.spec,
      };
      top.status = { loadBalancer: {} };
      return { top, controllers: [], pods: [] };
    case 'Namespace':
      top.spec = { finalizers: ['kubernetes'] };
      top.status = { phase: 'Active' };
      return { top, controllers: [], pods: [] };
    default:
      return { top, controllers: [], pods: [] };
  }
}

function clusterIp(namespace: string, name: string): string {
  let h = 0;
  for (const ch of `${namespace}/${name}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `10.233.${h % 64}.${1 + ((h >>> 8) % 254)}`;
}
