/**
 * kube-apiserver's read endpoints for the live objects of a cluster, behind
 * ks-apiserver (which proxies `/api` and `/apis`, also under
 * `/clusters/{cluster}/`, to the cluster's kube-apiserver after authorizing:
 * kubesphere v4.1.3 pkg/apiserver/filters/kubeapiserver.go, multicluster.go).
 * GET one object, LIST (`labelSelector`, `fieldSelector`, `limit`,
 * `continue`), events, and pod logs (api/kube-logs.ts). Other methods, and
 * kinds kube-apiserver would not know, fall through to the router's
 * NotFound / Forbidden.
 */
import type { Loose } from '../core/util';
import { marshalCompact, marshalIndent } from '../core/gojson';
import { forbidden, requestAttributes, type Attributes } from './auth';
import { authorizeKube } from './kube-auth';
import { listFilter, paginate } from './kube-query';
import { metadataList, metadataObject, negotiateOutput, refused } from './kube-metadata';
import { podLog } from './kube-logs';
import { kubeNotFound, prettyPrint, statusJson } from './responses';
import type { RequestInfo } from './requestinfo';
import { apiVersionOf, kindByPlural, LiveIds, ts, type KindInfo } from '../sim/live-meta';
import type { UserDef } from '../sim/context';
import type { EmulatorState } from '../sim/state';

type Obj = Record<string, Loose>;

export interface KubeRequest {
  state: EmulatorState;
  cluster: string;
  user: UserDef;
  request: Request;
  url: URL;
  info: RequestInfo;
}

/** Success as the JSON serializer writes it: compact plus newline, indented for browsers and curl. */
export function kubeJson(value: unknown, request: Request): Response {
  const text = prettyPrint(request) ? marshalIndent(value, '  ') + '\n' : marshalCompact(value) + '\n';
  return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** apimachinery errors.NewNotFound: `pods "x" not found`, `deployments.apps "x" not found`. */
export function objectNotFound(kind: KindInfo, name: string, request: Request): Response {
  const qualified = kind.group ? `${kind.plural}.${kind.group}` : kind.plural;
  return statusJson(404, 'NotFound', `${qualified} "${name}" not found`, { name, group: kind.group, kind: kind.plural }, request);
}

interface Target {
  kind?: KindInfo;
  namespace?: string;
  name?: string;
  subresource?: string;
  attrs: Attributes;
}

/** kube RequestInfo (apiserver endpoints/request/requestinfo.go): `namespaces/x` alone is the Namespace x. */
function target(r: KubeRequest): Target {
  const { parts, group, version } = r.info;
  if (parts[0] === 'namespaces' && parts.length === 2) {
    const attrs = { verb: 'get', group: '', resource: 'namespaces', name: parts[1], namespace: parts[1] };
    return { kind: kindByPlural('', 'v1', 'namespaces'), name: parts[1], attrs };
  }
  const attrs = requestAttributes(r.request.method, group, parts);
  const kind = kindByPlural(group, version, attrs.resource);
  return { kind, namespace: attrs.namespace, name: attrs.name, subresource: attrs.subresource, attrs };
}

function listKind(kind: KindInfo): string {
  return `${kind.kind}List`;
}

/** The internal Go type storage returns, as a 406 names it: `*core.PodList`, `*apps.Deployment`. */
function goType(kind: KindInfo, name: string): string {
  return `*${kind.group ? kind.group.split('.')[0] : 'core'}.${name}`;
}

/** Strips what typed list items do not carry (kind/apiVersion live on the list). */
const asItem = ({ kind: _k, apiVersion: _a, ...rest }: Obj) => rest;

function namespaceObject(r: KubeRequest, name: string): Obj | undefined {
  const project = r.state.context.projects?.find((p) => p.cluster === r.cluster && p.name === name);
  if (!project) return undefined;
  const ids = new LiveIds(r.state.randomSeed);
  const created =
    Date.parse(r.state.context.workspaces.find((w) => w.name === project.workspace)?.createdAt ?? '') || r.state.scheduler.now();
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      creationTimestamp: ts(created),
      labels: {
        'kubernetes.io/metadata.name': name,
        'kubesphere.io/managed': 'true',
        'kubesphere.io/namespace': name,
        'kubesphere.io/workspace': project.workspace,
      },
      name,
      resourceVersion: ids.resourceVersion(`ns/${name}`, project.workspace),
      uid: ids.uid(`${r.cluster}/ns/${name}`),
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

export function handleKube(r: KubeRequest): Response | undefined {
  if (r.request.method !== 'GET') return undefined;
  const t = target(r);
  if (!authorizeKube(r.state.context, r.user, r.cluster, t.attrs)) return forbidden(r.user.name, t.attrs, r.request);
  const kind = t.kind;
  if (!kind || (kind.namespaced === false && t.namespace !== undefined && kind.kind !== 'Namespace')) return kubeNotFound(r.request);
  const live = r.state.live;
  if (t.subresource) {
    if (kind.kind === 'Pod' && t.subresource === 'log' && t.namespace && t.name) return podLog(r, t.namespace, t.name);
    return kubeNotFound(r.request);
  }
  // Metadata only when asked (api/kube-metadata.ts); the Accept is negotiated before the read.
  const output = negotiateOutput(r.request.headers.get('accept'));
  if (output.as === 'refused') return refused(r.request);
  if (t.name) {
    const ns = kind.namespaced ? (t.namespace ?? '') : '';
    const obj = live.get(r.cluster, kind, ns, t.name) ?? (kind.kind === 'Namespace' ? namespaceObject(r, t.name) : undefined);
    if (!obj) return objectNotFound(kind, t.name, r.request);
    return metadataObject(output, obj, r.request, goType(kind, kind.kind)) ?? kubeJson(obj, r.request);
  }
  const filter = listFilter(kind.kind, r.url.searchParams);
  if (!filter.ok) return statusJson(400, 'BadRequest', filter.message, undefined, r.request);
  const all = live.list(r.cluster, kind, kind.namespaced ? t.namespace : undefined).filter(filter.match);
  const page = paginate(all, r.url.searchParams);
  const metadata: Obj = {
    resourceVersion: new LiveIds(r.state.randomSeed).resourceVersion(
      `list/${r.cluster}`,
      String(Math.floor(r.state.scheduler.now() / 1000)),
    ),
  };
  const partial = metadataList(output, { ...page, resourceVersion: metadata.resourceVersion }, r.request, goType(kind, listKind(kind)));
  if (partial) return partial;
  if (page.continue) Object.assign(metadata, { continue: page.continue, remainingItemCount: page.remainingItemCount });
  return kubeJson({ kind: listKind(kind), apiVersion: apiVersionOf(kind), metadata, items: page.items.map(asItem) }, r.request);
}
