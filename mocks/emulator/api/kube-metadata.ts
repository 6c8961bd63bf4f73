/**
 * Metadata-only answers of kube-apiserver, for every resource including CRDs: a client that sends
 * `Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json` (as
 * client-go's metadata client does, k8s.io/client-go `metadata/metadata.go`) gets each object's
 * metadata and none of its spec or status. Source: k8s.io/apiserver `pkg/endpoints/handlers`:
 * - `negotiation/negotiate.go` `NegotiateMediaTypeOptions`: the Accept clauses in goautoneg's order
 *   (q, then specific before `*`); the first one the endpoint allows wins, so a client that lists a
 *   plain `application/json` after the conversion gets plain JSON from a server without it;
 *   `acceptMediaTypeOptions` reads `as`, `g`, `v`;
 * - `rest.go` `AllowsMediaTypeTransform`: meta.k8s.io v1 or v1beta1, `PartialObjectMetadata` and
 *   `PartialObjectMetadataList` for any endpoint (the CRD handler included), any other kind refused;
 * - `response.go` `transformResponseObject` → `asPartialObjectMetadataList` / `asPartialObjectMetadata`:
 *   items of `{kind: PartialObjectMetadata, apiVersion: meta.k8s.io/<v>, metadata}` (apimachinery
 *   `meta.AsPartialObjectMetadata`), the list's resourceVersion, continue and remainingItemCount; asking
 *   a list for `PartialObjectMetadata`, or one object for the list, is 406 NotAcceptable;
 * - `responsewriters/writers.go` `WriteObjectNegotiated(…, listGVKInContentType=false)`: the answer's
 *   Content-Type is the serializer's, plain `application/json`.
 * Not emulated: Tables, YAML, protobuf and CBOR (where kube-apiserver would answer one of them, the
 * objects come in JSON), conversions on a watch.
 */
import { compareBytes, marshalCompact, marshalIndent } from '../core/gojson';
import { isRecord, type Loose } from '../core/util';
import { prettyPrint, statusJson } from './responses';

type Obj = Record<string, Loose>;

export type KubeOutput =
  | { as: 'object' }
  | { as: 'PartialObjectMetadata' | 'PartialObjectMetadataList'; version: 'v1' | 'v1beta1' }
  /** No clause the endpoint allows: `NegotiateOutputMediaType` answers 406 before reading anything. */
  | { as: 'refused' };

interface Clause {
  type: string;
  subType: string;
  q: number;
  params: Record<string, string>;
}

/** goautoneg `ParseAccept`: comma-separated media ranges, `q` apart from the other parameters. */
function parseAccept(header: string): Clause[] {
  const clauses: Clause[] = [];
  for (const part of header.split(',')) {
    const [range, ...params] = part.trim().split(';');
    const sp = range.split('/');
    const type = sp[0].trim();
    let subType: string;
    if (sp.length === 1 && type === '*') subType = '*';
    else if (sp.length === 2) subType = sp[1].trim();
    else continue;
    const clause: Clause = { type, subType, q: 1, params: {} };
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq < 0) continue;
      const token = param.slice(0, eq).trim();
      if (token === 'q') clause.q = Number.parseFloat(param.slice(eq + 1)) || 0;
      else clause.params[token] = param.slice(eq + 1).trim();
    }
    clauses.push(clause);
  }
  // accept_slice.Less: higher q first, then a concrete type or subtype before `*` (stable here).
  const rank = (c: Clause) => (c.type === '*' ? 2 : 0) + (c.subType === '*' ? 1 : 0);
  return clauses
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.q - a.c.q || rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** The media types of kube-apiserver's serializers, as its 406 lists them. */
const SERVED = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];

/**
 * What a kube GET or LIST answers for this Accept header: the first clause kube-apiserver accepts
 * decides. JSON is the only serializer emulated: where it would answer in another form (YAML,
 * protobuf, a Table), the objects come in JSON.
 */
export function negotiateOutput(accept: string | null): KubeOutput {
  if (!accept) return { as: 'object' };
  for (const clause of parseAccept(accept)) {
    const any = clause.type === '*' && clause.subType === '*';
    // application/* and */* take the first serializer, JSON.
    const json = any || (clause.type === 'application' && (clause.subType === 'json' || clause.subType === '*'));
    if (!json && !SERVED.includes(`${clause.type}/${clause.subType}`)) continue;
    const { as, g, v } = clause.params;
    if (as === undefined && g === undefined && v === undefined) return { as: 'object' };
    if (g !== 'meta.k8s.io' || (v !== 'v1' && v !== 'v1beta1')) continue;
    if (as === 'PartialObjectMetadata' || as === 'PartialObjectMetadataList') return json ? { as, version: v } : { as: 'object' };
    // Table: CRDs and built-in kinds have a TableConvertor; JSON and YAML only.
    if (as === 'Table' && (json || clause.subType === 'yaml')) return { as: 'object' };
  }
  return { as: 'refused' };
}

/** Labels and annotations are Go maps: keys in byte order. */
function sortedMap(value: Loose): Obj | undefined {
  if (!isRecord(value)) return undefined;
  const out: Obj = {};
  for (const key of Object.keys(value).sort(compareBytes)) out[key] = value[key];
  return out;
}

function pick(value: Loose, keys: string[]): Obj {
  const out: Obj = {};
  if (!isRecord(value)) return out;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

const OWNER_REFERENCE = ['apiVersion', 'kind', 'name', 'uid', 'controller', 'blockOwnerDeletion'];
const MANAGED_FIELDS = ['manager', 'operation', 'apiVersion', 'time', 'fieldsType', 'fieldsV1', 'subresource'];

/**
 * apimachinery `meta.AsPartialObjectMetadata`: the ObjectMeta of an object, encoded as the typed
 * struct is (fields in declaration order, empty ones omitted, a missing creationTimestamp `null`).
 */
function objectMeta(metadata: Loose): Obj {
  const m: Obj = isRecord(metadata) ? metadata : {};
  const out: Obj = pick(m, ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation']);
  out.creationTimestamp = m.creationTimestamp ?? null;
  Object.assign(out, pick(m, ['deletionTimestamp', 'deletionGracePeriodSeconds']));
  const labels = sortedMap(m.labels);
  if (labels && Object.keys(labels).length) out.labels = labels;
  const annotations = sortedMap(m.annotations);
  if (annotations && Object.keys(annotations).length) out.annotations = annotations;
  if (Array.isArray(m.ownerReferences) && m.ownerReferences.length)
    out.ownerReferences = m.ownerReferences.map((r: Loose) => pick(r, OWNER_REFERENCE));
  if (Array.isArray(m.finalizers) && m.finalizers.length) out.finalizers = m.finalizers;
  if (Array.isArray(m.managedFields) && m.managedFields.length)
    out.managedFields = m.managedFields.map((f: Loose) => pick(f, MANAGED_FIELDS));
  return out;
}

function partial(obj: Obj, version: string): Obj {
  return { kind: 'PartialObjectMetadata', apiVersion: `meta.k8s.io/${version}`, metadata: objectMeta(obj.metadata) };
}

/** The meta.k8s.io JSON serializer: compact plus newline, indented for browsers and curl. */
function metaJson(value: unknown, request: Request): Response {
  const text = prettyPrint(request) ? marshalIndent(value, '  ') + '\n' : marshalCompact(value) + '\n';
  return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function notAcceptable(message: string, request: Request): Response {
  return statusJson(406, 'NotAcceptable', message, undefined, request);
}

/** negotiation/errors.go `errNotAcceptable`. */
export function refused(request: Request): Response {
  return notAcceptable(`only the following media types are accepted: ${SERVED.join(', ')}`, request);
}

export interface ListPage {
  items: Obj[];
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

/**
 * The metadata answer of a LIST, or undefined when the client asked for the objects themselves.
 * `typeName` is the Go type `%T` names in the 406 (`*unstructured.UnstructuredList` for a CRD).
 */
export function metadataList(output: KubeOutput, page: ListPage, request: Request, typeName: string): Response | undefined {
  if (output.as === 'object') return undefined;
  if (output.as === 'refused') return refused(request);
  if (output.as === 'PartialObjectMetadata')
    return notAcceptable(`you requested PartialObjectMetadata, but the requested object is a list (${typeName})`, request);
  // ListMeta: resourceVersion, then continue and remainingItemCount when set. Items is a Go slice
  // filled by append: an empty list has none, which encodes as null.
  const metadata: Obj = { resourceVersion: page.resourceVersion };
  if (page.continue) metadata.continue = page.continue;
  if (page.remainingItemCount !== undefined) metadata.remainingItemCount = page.remainingItemCount;
  const items = page.items.length ? page.items.map((obj) => partial(obj, output.version)) : null;
  return metaJson({ kind: 'PartialObjectMetadataList', apiVersion: `meta.k8s.io/${output.version}`, metadata, items }, request);
}

/** The metadata answer of a GET of one object, or undefined when the client asked for the object. */
export function metadataObject(output: KubeOutput, obj: Obj, request: Request, typeName: string): Response | undefined {
  if (output.as === 'object') return undefined;
  if (output.as === 'refused') return refused(request);
  if (output.as === 'PartialObjectMetadataList')
    return notAcceptable(`you requested PartialObjectMetadataList, but the requested object is not a list (${typeName})`, request);
  return metaJson(partial(obj, output.version), request);
}
