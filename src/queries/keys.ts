import type { ListApplicationsParams } from '../api/client';

/**
 * A list request: the client's parameters plus two generic filters of KubeSphere's list
 * (`DefaultObjectMetaFilter`): `label`, a label selector (the Unknown status chip), and `names`,
 * exact names separated by commas (checking whether deleted applications are gone).
 */
export type ListRequest = ListApplicationsParams & { label?: string; names?: string };

/**
 * One key hierarchy for everything cached, so an action can invalidate exactly what it touched
 * (`appKeys.project(c, ns)` covers every list, the summary and the details of one project).
 */
export const appKeys = {
  all: ['gitops'] as const,
  project: (cluster: string, namespace: string) => [...appKeys.all, cluster, namespace] as const,
  lists: (cluster: string, namespace: string) => [...appKeys.project(cluster, namespace), 'list'] as const,
  list: (cluster: string, namespace: string, params: ListRequest) => [...appKeys.lists(cluster, namespace), params] as const,
  summary: (cluster: string, namespace: string) => [...appKeys.project(cluster, namespace), 'summary'] as const,
  detail: (cluster: string, namespace: string, name: string) => [...appKeys.project(cluster, namespace), 'detail', name] as const,
  // Its own root: under `all` it could meet a project (namespace) named like its last segment.
  argoClusters: (cluster: string) => ['gitops-argo-clusters', cluster] as const,
};

export const contextKeys = {
  all: ['kubesphere'] as const,
  clusters: () => [...contextKeys.all, 'clusters'] as const,
  workspace: (workspace: string) => [...contextKeys.all, 'workspace', workspace] as const,
  devopsProjects: (workspace: string, cluster: string) => [...contextKeys.all, 'devops', workspace, cluster] as const,
  gitRepositories: (cluster: string, namespace: string) => [...contextKeys.all, 'gitrepos', cluster, namespace] as const,
  permissions: (cluster: string, namespace: string, user: string) => [...contextKeys.all, 'permissions', cluster, namespace, user] as const,
};
