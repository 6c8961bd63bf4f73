/**
 * Identity of live Kubernetes objects: the kinds the emulator serves (group,
 * version, plural, scope, as kube-apiserver's discovery names them), and
 * uids, resourceVersions and generated name suffixes that are derived from
 * the object's identity and the emulator's random seed, so that they are
 * stable across requests and resets without being stored (50,000-app seeds
 * stay as fast as before: nothing here runs at seed time).
 */
import { createRandom, hash32, randomSuffix, rfc3339, uuidFrom } from '../core/util';

export interface KindInfo {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

const ROWS: Array<[string, string, string, string, boolean]> = [
  ['', 'v1', 'Pod', 'pods', true],
  ['', 'v1', 'Service', 'services', true],
  ['', 'v1', 'ConfigMap', 'configmaps', true],
  ['', 'v1', 'Secret', 'secrets', true],
  ['', 'v1', 'ServiceAccount', 'serviceaccounts', true],
  ['', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true],
  ['', 'v1', 'Event', 'events', true],
  ['', 'v1', 'Endpoints', 'endpoints', true],
  ['', 'v1', 'Namespace', 'namespaces', false],
  ['', 'v1', 'Node', 'nodes', false],
  ['', 'v1', 'PersistentVolume', 'persistentvolumes', false],
  ['apps', 'v1', 'Deployment', 'deployments', true],
  ['apps', 'v1', 'ReplicaSet', 'replicasets', true],
  ['apps', 'v1', 'StatefulSet', 'statefulsets', true],
  ['apps', 'v1', 'DaemonSet', 'daemonsets', true],
  ['apps', 'v1', 'ControllerRevision', 'controllerrevisions', true],
  ['batch', 'v1', 'Job', 'jobs', true],
  ['batch', 'v1', 'CronJob', 'cronjobs', true],
  ['networking.k8s.io', 'v1', 'Ingress', 'ingresses', true],
  ['networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', true],
  ['autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true],
  ['policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true],
  ['rbac.authorization.k8s.io', 'v1', 'Role', 'roles', true],
  ['rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings', true],
  ['rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', false],
  ['rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', false],
];

export const KINDS: KindInfo[] = ROWS.map(([group, version, kind, plural, namespaced]) => ({ group, version, kind, plural, namespaced }));

export function kindByPlural(group: string, version: string, plural: string): KindInfo | undefined {
  return KINDS.find((k) => k.group === group && k.version === version && k.plural === plural);
}

export function kindOf(group: string, kind: string): KindInfo | undefined {
  return KINDS.find((k) => k.group === group && k.kind === kind);
}

export const apiVersionOf = (k: { group: string; version: string }) => (k.group ? `${k.group}/${k.version}` : k.version);

/** Seeded per identity: the same object gets the same uid and names in every run with that seed. */
export class LiveIds {
  constructor(private readonly seed: number) {}

  random(identity: string): () => number {
    return createRandom(hash32(identity, this.seed >>> 0 || 0x811c9dc5));
  }

  uid(identity: string): string {
    return uuidFrom(this.random(`uid:${identity}`));
  }

  /** apimachinery's 5-character `generateName` suffix (utilrand.String). */
  suffix(identity: string, length = 5): string {
    return randomSuffix(this.random(`name:${identity}`), length);
  }

  /** A resourceVersion that changes with what the object shows (`stamp`). */
  resourceVersion(identity: string, stamp: string): string {
    return String(100000 + (hash32(`${identity}#${stamp}`, this.seed >>> 0) % 9_000_000));
  }
}

/**
 * kube-controller-manager's pod-template-hash: an FNV-32a hash of the pod
 * template, safe-encoded (kubernetes pkg/controller/controller_utils.go
 * ComputeHash, apimachinery pkg/util/rand SafeEncodeString); here hashed from
 * what changes the template: the workload and the revision applied.
 */
export function podTemplateHash(template: string): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  for (let i = 0; i < 10; i++) out += alphabet[hash32(`${template}#${i}`) % alphabet.length];
  return out;
}

export const ts = (ms: number) => rfc3339(ms);
