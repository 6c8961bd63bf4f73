/**
 * What a workload owns right now: Deployment → ReplicaSets → Pods, CronJob → Jobs → Pods, and
 * Pods directly for the others. Children are found by `metadata.ownerReferences[].uid`, the link
 * the controllers themselves keep; the label selector only narrows what to list, since labels can
 * match pods of another owner (two Deployments with overlapping selectors).
 */
import { builtinKind } from './kinds';
import { at, field, isObject, list, metaOf, num, str, stringMap, text } from './json';

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob';
export type OwnedKind = 'ReplicaSet' | 'Job' | 'Pod';

export const WORKLOAD_KINDS: readonly WorkloadKind[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];

export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return typeof kind === 'string' && (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

/** One list request the api layer sends: `GET /apis/{group}/{version}/namespaces/{ns}/{plural}?labelSelector=`. */
export interface ListRequest {
  kind: OwnedKind;
  group: string;
  version: string;
  plural: string;
  namespace: string;
  /** Absent: list the whole namespace (and filter by owner). */
  labelSelector?: string;
}

export interface OwnedNode {
  kind: OwnedKind;
  name: string;
  namespace: string;
  uid: string;
  /** The object as listed, for the pod summary or the YAML view. */
  object: unknown;
  /** A ReplicaSet's `deployment.kubernetes.io/revision`. */
  revision?: string;
  /** A ReplicaSet's `spec.replicas`. */
  replicas?: number;
  /** An old ReplicaSet scaled to 0: kept for rollback, shown collapsed and greyed. */
  inactive: boolean;
  children: OwnedNode[];
}

function listRequest(kind: OwnedKind, namespace: string, labelSelector?: string): ListRequest {
  const info = builtinKind(kind === 'Pod' ? '' : kind === 'Job' ? 'batch' : 'apps', kind)!;
  const request: ListRequest = { kind, group: info.group, version: info.version, plural: info.plural, namespace };
  if (labelSelector !== undefined) request.labelSelector = labelSelector;
  return request;
}

// Label values are `[A-Za-z0-9._-]` (at most 63 characters), keys an optional DNS prefix and a
// name; anything else could smuggle another requirement into the selector, so it is refused.
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/**
 * A `metav1.LabelSelector` as the `labelSelector` query parameter, in the syntax of
 * `metav1.LabelSelectorAsSelector` (k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go): `k=v`,
 * `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, requirements sorted by key as it sorts them. `''` for
 * the empty selector (everything); `null` when there is no selector or it is malformed, so the
 * caller never lists a whole namespace by mistake.
 */
export function labelSelectorString(selector: unknown): string | null {
  if (!isObject(selector)) return null;
  const parts: Array<[string, string]> = [];
  const matchLabels = field(selector, 'matchLabels');
  if (matchLabels !== undefined && !isObject(matchLabels)) return null;
  for (const [key, value] of Object.entries(matchLabels ?? {})) {
    if (typeof value !== 'string' || !LABEL_KEY.test(key) || !LABEL_VALUE.test(value)) return null;
    parts.push([key, `${key}=${value}`]);
  }
  const expressions = field(selector, 'matchExpressions');
  if (expressions !== undefined && !Array.isArray(expressions)) return null;
  for (const e of list(expressions)) {
    const key = str(field(e, 'key')) ?? '';
    const operator = str(field(e, 'operator'));
    const values = field(e, 'values') ?? [];
    if (!LABEL_KEY.test(key) || !Array.isArray(values)) return null;
    if (!values.every((v) => typeof v === 'string' && LABEL_VALUE.test(v))) return null;
    const joined = [...(values as string[])].sort().join(',');
    if (operator === 'In' && values.length > 0) parts.push([key, `${key} in (${joined})`]);
    else if (operator === 'NotIn' && values.length > 0) parts.push([key, `${key} notin (${joined})`]);
    else if (operator === 'Exists' && values.length === 0) parts.push([key, key]);
    else if (operator === 'DoesNotExist' && values.length === 0) parts.push([key, `!${key}`]);
    else return null;
  }
  parts.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return parts.map((p) => p[1]).join(',');
}

/**
 * The lists to request for a workload's children. A CronJob's jobs carry no label of the CronJob,
 * so its whole namespace's Jobs are listed; its pods come in a second step from
 * `jobPodRequests`. `[]` when the workload is not a known kind or has no usable selector.
 */
export function childListRequests(kind: unknown, workload: unknown): ListRequest[] {
  if (!isWorkloadKind(kind)) return [];
  const { namespace } = metaOf(workload);
  if (namespace === '') return [];
  if (kind === 'CronJob') return [listRequest('Job', namespace)];
  const selector = labelSelectorString(at(workload, 'spec', 'selector'));
  // An empty selector would list every pod of the namespace; the API rejects it on these kinds anyway.
  if (!selector) return [];
  const pods = listRequest('Pod', namespace, selector);
  return kind === 'Deployment' ? [listRequest('ReplicaSet', namespace, selector), pods] : [pods];
}

/**
 * The pod lists of a CronJob's jobs, one per job owned by it: the job's own selector, else the
 * `controller-uid` label the Job controller puts on its pods (kept next to
 * `batch.kubernetes.io/controller-uid` since Kubernetes 1.27, so it works on both sides of it).
 */
export function jobPodRequests(cronJob: unknown, jobs: readonly unknown[]): ListRequest[] {
  const owner = metaOf(cronJob).uid;
  const out: ListRequest[] = [];
  for (const job of jobs) {
    const { namespace, uid } = metaOf(job);
    if (!owner || !isOwnedBy(job, owner) || namespace === '') continue;
    const selector = labelSelectorString(at(job, 'spec', 'selector')) || (LABEL_VALUE.test(uid) && uid ? `controller-uid=${uid}` : null);
    if (selector) out.push(listRequest('Pod', namespace, selector));
  }
  return out;
}

/** Whether `object` names `ownerUid` among its `ownerReferences`. */
export function isOwnedBy(object: unknown, ownerUid: string): boolean {
  if (ownerUid === '') return false;
  return list(at(object, 'metadata', 'ownerReferences')).some((ref) => str(field(ref, 'uid')) === ownerUid);
}

function revisionNumber(node: OwnedNode): number {
  const n = Number(node.revision);
  return Number.isFinite(n) ? n : -1;
}

function byName(a: OwnedNode, b: OwnedNode): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function nodeOf(kind: OwnedKind, object: unknown): OwnedNode {
  const { name, namespace, uid } = metaOf(object);
  return { kind, name, namespace, uid, object, inactive: false, children: [] };
}

/** The objects of `items` owned by `ownerUid`, each once (a list may repeat an object across pages). */
function ownedBy(kind: OwnedKind, items: readonly unknown[], ownerUid: string): OwnedNode[] {
  const seen = new Set<string>();
  const out: OwnedNode[] = [];
  for (const item of items) {
    if (!isObject(item) || !isOwnedBy(item, ownerUid)) continue;
    const node = nodeOf(kind, item);
    const id = node.uid || `${node.namespace}/${node.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(node);
  }
  return out.sort(byName);
}

export interface ChildLists {
  replicaSets?: readonly unknown[];
  jobs?: readonly unknown[];
  pods?: readonly unknown[];
}

/**
 * The children of a workload as a small tree. ReplicaSets come newest revision first, active
 * before old ones scaled to 0 (`inactive`); Jobs newest first by creation; pods by name (the
 * page re-sorts them with `comparePods`).
 */
export function ownedTree(kind: unknown, workload: unknown, lists: ChildLists): OwnedNode[] {
  const uid = metaOf(workload).uid;
  if (!isWorkloadKind(kind) || uid === '') return [];
  const pods = lists.pods ?? [];
  if (kind === 'Deployment') {
    const sets = ownedBy('ReplicaSet', lists.replicaSets ?? [], uid);
    for (const rs of sets) {
      rs.revision = text(stringMap(at(rs.object, 'metadata', 'annotations'))['deployment.kubernetes.io/revision']);
      rs.replicas = num(at(rs.object, 'spec', 'replicas'));
      rs.children = ownedBy('Pod', pods, rs.uid);
      // `spec.replicas` defaults to 1 when absent, so only an explicit 0 marks an old ReplicaSet.
      rs.inactive = rs.replicas === 0 && rs.children.length === 0;
    }
    return sets.sort((a, b) => Number(a.inactive) - Number(b.inactive) || revisionNumber(b) - revisionNumber(a) || byName(a, b));
  }
  if (kind === 'CronJob') {
    const jobs = ownedBy('Job', lists.jobs ?? [], uid);
    for (const job of jobs) job.children = ownedBy('Pod', pods, job.uid);
    const created = (n: OwnedNode) => str(at(n.object, 'metadata', 'creationTimestamp')) ?? '';
    return jobs.sort((a, b) => (created(a) < created(b) ? 1 : created(a) > created(b) ? -1 : byName(a, b)));
  }
  return ownedBy('Pod', pods, uid);
}
