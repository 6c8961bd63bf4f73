/**
 * Where a resource of the tree lives in the Kubernetes API: its group, version, plural resource
 * name and scope, so the api layer can build `/api/v1/namespaces/{ns}/pods/{name}` or
 * `/apis/{group}/{version}/…`. Argo CD's `status.resources` gives group, version, kind,
 * namespace and name; the plural is not in it, and asking discovery for every kind would cost a
 * request per kind, so the common built-ins are known here and other kinds are guessed.
 */
import { str } from './json';

export interface KindInfo {
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
}

/** A resource as the tree knows it (a `ResourceEntry` fits). */
export interface ResourceIdentity {
  group?: string;
  version?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

export interface ObjectRef {
  group: string;
  /** '' when neither Argo CD nor the table knows it: the caller must ask discovery first. */
  version: string;
  plural: string;
  kind: string;
  /** Absent for a cluster-scoped resource. */
  namespace?: string;
  name: string;
  /** True when the plural comes from `guessPlural`, not from the table. */
  guessed: boolean;
}

type Row = [group: string, version: string, kind: string, plural: string, namespaced: boolean];

// The preferred versions of Kubernetes 1.25+ (autoscaling/v2 and policy/v1 are GA there; the
// v2beta*/v1beta1 versions they replaced are gone since 1.25/1.26).
const ROWS: Row[] = [
  ['', 'v1', 'Pod', 'pods', true],
  ['', 'v1', 'Service', 'services', true],
  ['', 'v1', 'ConfigMap', 'configmaps', true],
  ['', 'v1', 'Secret', 'secrets', true],
  ['', 'v1', 'ServiceAccount', 'serviceaccounts', true],
  ['', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true],
  ['', 'v1', 'PersistentVolume', 'persistentvolumes', false],
  ['', 'v1', 'Namespace', 'namespaces', false],
  ['', 'v1', 'Node', 'nodes', false],
  ['', 'v1', 'Event', 'events', true],
  ['', 'v1', 'Endpoints', 'endpoints', true],
  ['', 'v1', 'ReplicationController', 'replicationcontrollers', true],
  ['', 'v1', 'LimitRange', 'limitranges', true],
  ['', 'v1', 'ResourceQuota', 'resourcequotas', true],
  ['', 'v1', 'PodTemplate', 'podtemplates', true],
  ['apps', 'v1', 'Deployment', 'deployments', true],
  ['apps', 'v1', 'StatefulSet', 'statefulsets', true],
  ['apps', 'v1', 'DaemonSet', 'daemonsets', true],
  ['apps', 'v1', 'ReplicaSet', 'replicasets', true],
  ['apps', 'v1', 'ControllerRevision', 'controllerrevisions', true],
  ['batch', 'v1', 'Job', 'jobs', true],
  ['batch', 'v1', 'CronJob', 'cronjobs', true],
  ['networking.k8s.io', 'v1', 'Ingress', 'ingresses', true],
  ['networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', true],
  ['networking.k8s.io', 'v1', 'IngressClass', 'ingressclasses', false],
  ['discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices', true],
  ['rbac.authorization.k8s.io', 'v1', 'Role', 'roles', true],
  ['rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings', true],
  ['rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', false],
  ['rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', false],
  ['autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true],
  ['policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true],
  ['apiextensions.k8s.io', 'v1', 'CustomResourceDefinition', 'customresourcedefinitions', false],
  ['storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', false],
  ['scheduling.k8s.io', 'v1', 'PriorityClass', 'priorityclasses', false],
  ['coordination.k8s.io', 'v1', 'Lease', 'leases', true],
  ['events.k8s.io', 'v1', 'Event', 'events', true],
  ['admissionregistration.k8s.io', 'v1', 'ValidatingWebhookConfiguration', 'validatingwebhookconfigurations', false],
  ['admissionregistration.k8s.io', 'v1', 'MutatingWebhookConfiguration', 'mutatingwebhookconfigurations', false],
  // Gateway API: `guessPlural` would say "gatewaies".
  ['gateway.networking.k8s.io', 'v1', 'Gateway', 'gateways', true],
  ['gateway.networking.k8s.io', 'v1', 'GatewayClass', 'gatewayclasses', false],
  ['gateway.networking.k8s.io', 'v1', 'HTTPRoute', 'httproutes', true],
  // Argo CD's own kinds, which an app-of-apps deploys.
  ['argoproj.io', 'v1alpha1', 'Application', 'applications', true],
  ['argoproj.io', 'v1alpha1', 'AppProject', 'appprojects', true],
];

const TABLE = new Map<string, KindInfo>(
  ROWS.map(([group, version, kind, plural, namespaced]) => [`${group}/${kind}`, { group, version, plural, namespaced }]),
);

/** The API coordinates of a built-in kind, or `undefined` when it is not one the table knows. */
export function builtinKind(group: string, kind: string): KindInfo | undefined {
  return TABLE.get(`${group}/${kind}`);
}

/**
 * The plural resource name of a kind, guessed as kubectl's fallback does:
 * `meta.UnsafeGuessKindToResource` (k8s.io/apimachinery/pkg/api/meta/restmapper.go): lower-case,
 * "endpoints" stays as is, a final "s" takes "es", a final "y" becomes "ies", else "s". It is only
 * a guess (a CRD may declare any plural), so `ObjectRef.guessed` says when it was used.
 */
export function guessPlural(kind: string): string {
  const singular = kind.toLowerCase();
  if (singular === '') return '';
  if (singular.endsWith('endpoints')) return singular;
  if (singular.endsWith('s')) return `${singular}es`;
  if (singular.endsWith('y')) return `${singular.slice(0, -1)}ies`;
  return `${singular}s`;
}

/**
 * The object reference of a tree resource. The version Argo CD reports wins over the table's (it
 * is the version the manifest was applied with, e.g. a cluster still serving autoscaling/v1);
 * a namespace is kept only for namespaced kinds, and for unknown kinds when the resource has one,
 * since Argo CD sets it only on namespaced resources. `null` without a kind or a name.
 */
export function objectRefOf(resource: ResourceIdentity): ObjectRef | null {
  const kind = str(resource.kind)?.trim() ?? '';
  const name = str(resource.name) ?? '';
  if (kind === '' || name === '') return null;
  const group = str(resource.group)?.trim() ?? '';
  const version = str(resource.version)?.trim() ?? '';
  const namespace = str(resource.namespace) ?? '';
  const known = builtinKind(group, kind);
  const ref: ObjectRef = known
    ? { group, version: version || known.version, plural: known.plural, kind, name, guessed: false }
    : { group, version, plural: guessPlural(kind), kind, name, guessed: true };
  const namespaced = known ? known.namespaced : namespace !== '';
  if (namespaced && namespace !== '') ref.namespace = namespace;
  return ref;
}
