import { requestJson, type FetchLike, type RequestOptions } from './client';
import { clusterPrefix, segment, withQuery, type ClusterContext } from './url';

/**
 * Read-only Kubernetes API of a destination cluster, reached through ks-apiserver with the
 * signed-in user's rights (`/clusters/{cluster}/api/v1/...`, `/clusters/{cluster}/apis/...`), as
 * the KubeSphere console reads workloads, pods and events. Nothing here writes.
 */

/** Which collection: `{group, version, plural}` and, for namespaced kinds, the namespace. */
export interface KubeCollectionRef {
  /** Empty for the core group (`/api/v1`). */
  group: string;
  version: string;
  plural: string;
  namespace?: string;
}

export interface KubeObjectRef extends KubeCollectionRef {
  name: string;
}

export interface KubeListParams {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
}

/** A Kubernetes object as JSON: the pages read it through model/live, which tolerates any shape. */
export type KubeObject = Record<string, unknown> & {
  apiVersion?: string;
  kind?: string;
  metadata?: Record<string, unknown>;
};

export interface KubeList {
  apiVersion?: string;
  kind?: string;
  metadata?: { resourceVersion?: string; continue?: string };
  items?: KubeObject[];
}

/** A version or plural: lower-case letters and digits (`v1`, `v1beta1`, `replicasets`). */
const WORD = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

function word(value: string, parameter: string): string {
  if (typeof value !== 'string' || !WORD.test(value) || value.length > 63) return segment('', parameter);
  return value;
}

/** `/api/v1` or `/apis/{group}/{version}`, with the namespace segment when namespaced. */
export function collectionPath(ctx: ClusterContext, ref: KubeCollectionRef): string {
  const version = word(ref.version, 'version');
  const base = ref.group ? `/apis/${segment(ref.group, 'group')}/${version}` : `/api/${version}`;
  const ns = ref.namespace ? `/namespaces/${segment(ref.namespace, 'namespace')}` : '';
  return `${clusterPrefix(ctx)}${base}${ns}/${word(ref.plural, 'resource')}`;
}

export function objectPath(ctx: ClusterContext, ref: KubeObjectRef): string {
  return `${collectionPath(ctx, ref)}/${segment(ref.name, 'name')}`;
}

export interface KubeApi {
  get(ctx: ClusterContext, ref: KubeObjectRef, options?: RequestOptions): Promise<KubeObject>;
  list(ctx: ClusterContext, ref: KubeCollectionRef, params?: KubeListParams, options?: RequestOptions): Promise<KubeList>;
}

export function createKubeApi(fetchImpl: FetchLike = (input, init) => fetch(input, init)): KubeApi {
  const get = <T>(url: string, options?: RequestOptions) => requestJson<T>(fetchImpl, url, { signal: options?.signal });
  return {
    get: async (ctx, ref, options) => get(objectPath(ctx, ref), options),
    list: async (ctx, ref, params = {}, options) => get(withQuery(collectionPath(ctx, ref), { ...params }), options),
  };
}
