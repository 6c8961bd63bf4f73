import { requestJson, type FetchLike, type RequestOptions } from './client';
import { clusterPrefix, segment, userSegment, withQuery, type ClusterContext } from './url';
import type { DevOpsProject, GitRepository, ListResult, RoleTemplate, WorkspaceTemplate } from '../model/context/types';

export type { DevOpsProject, GitRepository, ListResult, RoleTemplate, WorkspaceTemplate } from '../model/context/types';

/** The read-only KubeSphere endpoints the pages need for context. */
export interface ContextApi {
  workspace(name: string, options?: RequestOptions): Promise<WorkspaceTemplate>;
  devopsProjects(ctx: ClusterContext, workspace: string, options?: RequestOptions): Promise<ListResult<DevOpsProject>>;
  gitRepositories(ctx: ClusterContext, namespace: string, options?: RequestOptions): Promise<ListResult<GitRepository>>;
  roleTemplates(ctx: ClusterContext, user: string, namespace: string, options?: RequestOptions): Promise<ListResult<RoleTemplate>>;
}

export function createContextApi(fetchImpl: FetchLike = (input, init) => fetch(input, init)): ContextApi {
  const get = <T>(url: string, options?: RequestOptions) => requestJson<T>(fetchImpl, url, { signal: options?.signal });
  return {
    workspace: async (name, options) =>
      get(`/kapis/tenant.kubesphere.io/v1beta1/workspacetemplates/${segment(name, 'workspace')}`, options),
    devopsProjects: async (ctx, workspace, options) =>
      get(`${clusterPrefix(ctx)}/kapis/devops.kubesphere.io/v1alpha3/workspaces/${segment(workspace, 'workspace')}/devops`, options),
    gitRepositories: async (ctx, namespace, options) =>
      get(
        `${clusterPrefix(ctx)}/kapis/devops.kubesphere.io/v1alpha3/namespaces/${segment(namespace, 'namespace')}/gitrepositories`,
        options,
      ),
    roleTemplates: async (ctx, user, namespace, options) =>
      get(
        withQuery(`${clusterPrefix(ctx)}/kapis/iam.kubesphere.io/v1beta1/users/${userSegment(user)}/roletemplates`, {
          scope: 'namespace',
          namespace,
        }),
        options,
      ),
  };
}
