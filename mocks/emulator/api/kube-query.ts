/**
 * List options of kube-apiserver for the live objects: `labelSelector`
 * (core/selector.ts), `fieldSelector` with the fields each kind supports,
 * `limit`/`continue`. Field labels: every kind has `metadata.name` and
 * `metadata.namespace` (apimachinery pkg/runtime/conversion.go
 * DefaultMetaV1FieldSelectorConversion, whose error is `"x" is not a known
 * field selector: only "metadata.name", "metadata.namespace"`); Pods and
 * Events have more (kubernetes pkg/apis/core/v1/conversion.go
 * AddFieldLabelConversionsForPod/ForEvent, whose error is `field label not
 * supported: x`). Bad selectors are 400 BadRequest (apiserver
 * endpoints/handlers/get.go ListResource).
 */
import type { Loose } from '../core/util';
import { parseSelector } from '../core/selector';
import { parseFieldSelector } from '../core/fieldselector';

type Obj = Record<string, Loose>;

const META = ['metadata.name', 'metadata.namespace'];
const EXTRA: Record<string, string[]> = {
  Pod: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.podIPs',
    'status.nominatedNodeName',
  ],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  Namespace: ['status.phase'],
  ReplicaSet: ['status.replicas'],
  Job: ['status.successful'],
};

function fieldValue(obj: Obj, field: string): string {
  if (field === 'source') return obj.source?.component ?? '';
  if (field === 'status.successful') return String(obj.status?.succeeded ?? 0);
  if (field === 'spec.hostNetwork') return String(obj.spec?.hostNetwork ?? false);
  if (field === 'status.podIPs') return obj.status?.podIPs?.[0]?.ip ?? '';
  let v: Loose = obj;
  for (const part of field.split('.')) v = v?.[part];
  return v === undefined || v === null ? '' : String(v);
}

export type Filter = { ok: true; match: (o: Obj) => boolean } | { ok: false; message: string };

export function listFilter(kind: string, params: URLSearchParams): Filter {
  const labels = params.get('labelSelector') ?? '';
  const reqs = parseSelector(labels);
  // apimachinery labels.Parse error text, shortened to the part the UI shows.
  if (!reqs) return { ok: false, message: `unable to parse requirement: invalid label selector: ${JSON.stringify(labels)}` };
  const fields = parseFieldSelector(params.get('fieldSelector') ?? '');
  if (typeof fields === 'string') return { ok: false, message: fields };
  const known = [...META, ...(EXTRA[kind] ?? [])];
  for (const f of fields) {
    if (known.includes(f.field)) continue;
    return {
      ok: false,
      message:
        EXTRA[kind] && kind !== 'ReplicaSet' && kind !== 'Job'
          ? `field label not supported: ${f.field}`
          : `"${f.field}" is not a known field selector: only "metadata.name", "metadata.namespace"`,
    };
  }
  return {
    ok: true,
    match: (o) => reqs.every((r) => r(o.metadata?.labels ?? {})) && fields.every((f) => (fieldValue(o, f.field) === f.value) !== f.negate),
  };
}

/** `limit` and an opaque `continue` token (an offset here), with `remainingItemCount` as kube-apiserver sets it. */
export function paginate<T>(items: T[], params: URLSearchParams): { items: T[]; continue?: string; remainingItemCount?: number } {
  const limit = Number(params.get('limit') ?? '0');
  let offset = 0;
  const token = params.get('continue');
  if (token) {
    try {
      offset = Math.max(0, Number(JSON.parse(atob(token)).offset) || 0);
    } catch {
      offset = 0;
    }
  }
  if (!Number.isInteger(limit) || limit <= 0) return { items: items.slice(offset) };
  const page = items.slice(offset, offset + limit);
  const rest = items.length - offset - page.length;
  return rest > 0 ? { items: page, continue: btoa(JSON.stringify({ offset: offset + limit })), remainingItemCount: rest } : { items: page };
}
