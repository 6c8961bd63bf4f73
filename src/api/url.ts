import { ApiError } from './errors';

/**
 * Pure URL builders. Every path parameter is validated here, so nothing a server or a user typed
 * can add a segment, a query or a `..` to a request path.
 */
export interface ClusterContext {
  /** The cluster the request is for; ignored unless the console runs in multicluster mode. */
  cluster?: string;
  multicluster: boolean;
}

export const GITOPS_BASE = '/kapis/gitops.kubesphere.io/v1alpha1';

/** Kubernetes object names (DNS-1123 subdomains): what a cluster, namespace or application is called. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

function invalid(parameter: string, value: unknown): ApiError {
  return new ApiError(0, 'invalid', `invalid ${parameter}: ${JSON.stringify(String(value)).slice(0, 80)}`);
}

/**
 * A path segment naming a Kubernetes object. Anything else is refused before a request is made:
 * an encoded `/` (`%2F`) is decoded by the API server's Go front end into more path segments,
 * so encoding alone would not keep a crafted name from reaching another route.
 */
export function segment(value: string, parameter: string): string {
  if (typeof value !== 'string' || value.length > 253 || !OBJECT_NAME.test(value)) throw invalid(parameter, value);
  return value;
}

/** A user name: KubeSphere allows a few more characters, never a separator or a dot segment. */
export function userSegment(value: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._@-]{0,252}$/.test(value) || value.includes('..')) throw invalid('user', value);
  return encodeURIComponent(value);
}

/** KubeSphere 4.x reaches member clusters through the `/clusters/{cluster}` prefix. */
export function clusterPrefix(ctx: ClusterContext): string {
  return ctx.multicluster && ctx.cluster ? `/clusters/${segment(ctx.cluster, 'cluster')}` : '';
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function applicationsPath(ctx: ClusterContext, namespace: string): string {
  return `${clusterPrefix(ctx)}${GITOPS_BASE}/namespaces/${segment(namespace, 'namespace')}/applications`;
}

export function applicationPath(ctx: ClusterContext, namespace: string, name: string): string {
  return `${applicationsPath(ctx, namespace)}/${segment(name, 'name')}`;
}

export function summaryPath(ctx: ClusterContext, namespace: string): string {
  return `${clusterPrefix(ctx)}${GITOPS_BASE}/namespaces/${segment(namespace, 'namespace')}/application-summary`;
}

export function argoClustersPath(ctx: ClusterContext): string {
  return `${clusterPrefix(ctx)}${GITOPS_BASE}/clusters`;
}
