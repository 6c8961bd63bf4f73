/**
 * The manifest Argo CD applied for a live object, and the object's metadata as
 * kube-apiserver keeps it after the apply: the tracking label, the
 * last-applied-configuration of client-side apply or the managedFields of
 * server-side apply, uid, resourceVersion, generation, creationTimestamp, and
 * the drift made behind Argo CD's back.
 */
import type { Loose } from '../core/util';
import { mergePatch } from '../core/mergepatch';
import type { LiveObject } from './argo-status';
import type { DesiredResource } from './manifests';
import { apiVersionOf, kindOf, ts, type LiveIds } from './live-meta';

/**
 * Argo CD's default resource tracking: the label `app.kubernetes.io/instance`
 * = application name (argo-cd common/common.go `LabelKeyAppInstance`,
 * util/argo/resource_tracking.go, tracking method `label` by default in 2.x).
 */
export const LABEL_INSTANCE = 'app.kubernetes.io/instance';
/** kubectl's client-side apply record (k8s.io/api core/v1 annotation_key_constants.go `LastAppliedConfigAnnotation`). */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/** argo-cd common/common.go `AnnotationSyncOptions`; `ServerSideApply=true` per resource (docs user-guide/sync-options.md). */
export const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
/** argo-cd common/common.go `ArgoCDSSAManager`: the field manager of server-side apply syncs. */
export const SSA_MANAGER = 'argocd-controller';

export interface LiveEnv {
  ids: LiveIds;
  now: number;
  /** Nodes of the cluster hosting the object: `node-1`… */
  nodes: string[];
}

const GENERATIONS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Ingress'];

const appLabels = (d: DesiredResource) => ({ app: d.name });

function containersOf(d: DesiredResource): Array<Record<string, Loose>> {
  const image = d.images?.[0] ?? 'nginx:1.25.3';
  const app: Record<string, Loose> = {
    name: 'app',
    image,
    ports: [{ containerPort: 80 }],
    resources: { limits: { memory: '128Mi' }, requests: { cpu: '100m', memory: '64Mi' } },
  };
  if (!d.sidecar) return [app];
  return [app, { name: 'log-shipper', image: 'fluent/fluent-bit:2.2.0', resources: { requests: { cpu: '10m', memory: '16Mi' } } }];
}

const podTemplate = (d: DesiredResource) => ({ metadata: { labels: appLabels(d) }, spec: { containers: containersOf(d) } });

/** The manifest as the repo renders it, with the tracking label Argo CD adds before applying. */
export function manifestOf(live: LiveObject, d: DesiredResource): Record<string, Loose> {
  const info = kindOf(d.group, d.kind);
  const metadata: Record<string, Loose> = { labels: { [LABEL_INSTANCE]: live.owner }, name: d.name };
  if (d.namespace && info?.namespaced !== false) metadata.namespace = d.namespace;
  if (d.serverSideApply) metadata.annotations = { [SYNC_OPTIONS]: 'ServerSideApply=true' };
  const out: Record<string, Loose> = { apiVersion: apiVersionOf({ group: d.group, version: d.version }), kind: d.kind, metadata };
  switch (d.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
      out.spec = { selector: { matchLabels: appLabels(d) }, template: podTemplate(d) };
      if (d.kind !== 'DaemonSet') out.spec.replicas = d.replicas ?? 1;
      if (d.kind === 'StatefulSet') out.spec.serviceName = d.name;
      break;
    case 'Service':
      out.spec = { ports: [{ port: 80, targetPort: 80 }], selector: appLabels(d) };
      break;
    case 'ConfigMap':
      out.data = { 'app.properties': `name=${d.name}\nlog.level=info\n` };
      break;
    case 'CronJob':
      out.spec = {
        schedule: '0 2 * * *',
        suspend: d.scenario === 'suspended',
        jobTemplate: { spec: { template: { spec: { containers: containersOf(d), restartPolicy: 'OnFailure' } } } },
      };
      break;
    case 'Job':
      out.spec = { template: { spec: { containers: containersOf(d), restartPolicy: 'Never' } } };
      break;
    case 'Ingress':
      out.spec = {
        rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: d.name, port: { number: 80 } } } }] } }],
      };
      break;
    default:
      break;
  }
  return out;
}

/** Go's json.Marshal of an unstructured object: keys sorted. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * metadata after the apply. Client-side apply stores the applied manifest,
 * compact with sorted keys and the encoder's newline (kubectl
 * pkg/util/apply.go GetModifiedConfiguration); server-side apply stores none
 * and records the applier in managedFields (operation `Apply`).
 */
export function appliedMetadata(
  live: LiveObject,
  d: DesiredResource,
  manifest: Record<string, Loose>,
  env: LiveEnv,
): Record<string, Loose> {
  const identity = `${d.group}/${d.kind}/${d.namespace}/${d.name}`;
  const created = live.createdAt ?? env.now;
  const applied = live.appliedAt ?? created;
  const drifts = live.drifts?.length ?? 0;
  const annotations: Record<string, string> = { ...(manifest.metadata.annotations ?? {}) };
  if (!d.serverSideApply) annotations[LAST_APPLIED] = sortedJson(manifest) + '\n';
  const managedFields: Array<Record<string, Loose>> = [
    d.serverSideApply
      ? {
          apiVersion: manifest.apiVersion,
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:metadata': { 'f:labels': {} } },
          manager: SSA_MANAGER,
          operation: 'Apply',
          time: ts(applied),
        }
      : {
          apiVersion: manifest.apiVersion,
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:metadata': { 'f:annotations': {}, 'f:labels': {} } },
          manager: SSA_MANAGER,
          operation: 'Update',
          time: ts(applied),
        },
  ];
  if (drifts > 0) {
    managedFields.push({
      apiVersion: manifest.apiVersion,
      fieldsType: 'FieldsV1',
      fieldsV1: {},
      manager: 'kubectl-patch',
      operation: 'Update',
      time: ts(env.now),
    });
  }
  return {
    ...manifest.metadata,
    annotations,
    creationTimestamp: ts(created),
    // Only kinds with a spec the API server versions carry a generation (Deployment, Job, …).
    ...(GENERATIONS.includes(d.kind) ? { generation: (live.rollouts ?? 1) + drifts } : {}),
    managedFields,
    resourceVersion: env.ids.resourceVersion(identity, `${live.revision}|${live.health}|${drifts}`),
    uid: env.ids.uid(`${identity}#${ts(created)}`),
  };
}

/** Applies the drift patches to the object (the annotation keeps what Argo CD applied). */
export function withDrift(obj: Record<string, Loose>, live: LiveObject): Record<string, Loose> {
  let out: unknown = obj;
  for (const patch of live.drifts ?? []) {
    const { metadata: m, ...rest } = patch as Record<string, Loose>;
    out = mergePatch(out, rest);
    if (m && typeof m === 'object') {
      const { annotations, labels } = m as Record<string, Loose>;
      const meta = (out as Record<string, Loose>).metadata;
      if (labels) meta.labels = mergePatch(meta.labels, labels);
      if (annotations)
        meta.annotations = {
          ...(mergePatch(meta.annotations, annotations) as object),
          ...(obj.metadata.annotations[LAST_APPLIED] ? { [LAST_APPLIED]: obj.metadata.annotations[LAST_APPLIED] } : {}),
        };
    }
  }
  return out as Record<string, Loose>;
}

/** A DesiredResource for objects applied before the simulation recorded manifests. */
export function desiredOf(live: LiveObject): DesiredResource {
  if (live.desired) return live.desired;
  const health = live.kind === 'Deployment' || live.kind === 'StatefulSet' ? 'workload' : 'none';
  return {
    group: live.group,
    version: live.version,
    kind: live.kind,
    namespace: live.namespace,
    name: live.name,
    health,
    scenario: 'normal',
    images: live.images,
  };
}
