/**
 * Pure URL builders. Every path parameter is validated and encoded here, so nothing a server or
 * a user typed can add a segment, a query or a `..` to a request path.
 */
export interface ClusterContext {
  /** The cluster the request is for; ignored unless the console runs in multicluster mode. */
  cluster?: string;
  multicluster: boolean;
}

export const GITOPS_BASE = '/kapis/gitops.kubesphere.io/v1alpha1';

export class InvalidPathParameter extends Error {
  constructor(readonly parameter: string) {
    super(`invalid path parameter: ${parameter}`);
    this.name = 'InvalidPathParameter';
  }
}

export function segment(value: string, parameter: string): string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..' || value.length > 253) {
    throw new InvalidPathParameter(parameter);
  }
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
