/**
 * Who may read the live Kubernetes objects, as ks-apiserver 4.1.3 decides it
 * for a request it proxies to kube-apiserver: the RBAC authorizer
 * (kubesphere v4.1.3 pkg/apiserver/authorization/rbac/rbac.go L77-139
 * Authorize, L188-300 visitRulesFor) tries the user's GlobalRoleBindings,
 * then the WorkspaceRoleBindings of the workspace that controls the
 * namespace (its `kubesphere.io/workspace` label, pkg/models/iam/am/am.go
 * L418-427), then the RoleBindings in the namespace. The built-in roles
 * (config/ks-core/templates/builtinroles.yaml): project admin `*`, operator
 * and viewer get/list/watch `*` (operator also writes); workspace-admin `*`,
 * workspace-viewer get/list/watch `*`; workspace-regular no rule. A denial
 * has no reason (no rule errors), so the 403 is Kubernetes' Forbidden
 * (filters/authorization.go L55-61, written by api/auth.ts `forbidden`).
 * Modelled for the KubeSphere projects of the context (the apps' deploy
 * targets); DevOps project namespaces stay platform-admin only.
 */
import type { Attributes } from './auth';
import { isPlatformAdmin, type ContextData, type UserDef } from '../sim/context';

const READ = ['get', 'list', 'watch'];

export function authorizeKube(ctx: ContextData, user: UserDef, cluster: string, a: Attributes): boolean {
  if (isPlatformAdmin(user)) return true;
  if (!a.namespace) return false;
  const project = ctx.projects?.find((p) => p.cluster === cluster && p.name === a.namespace);
  if (!project) return false;
  const wsRole = user.workspaces[project.workspace];
  if (wsRole === 'workspace-admin') return true;
  const role = user.projects?.[project.name];
  if (role === 'admin') return true;
  return READ.includes(a.verb) && (wsRole === 'workspace-viewer' || role === 'operator' || role === 'viewer');
}

/** The namespaces of `cluster` whose objects the user may read (for documentation and tests). */
export function readableNamespaces(ctx: ContextData, user: UserDef, cluster: string): string[] {
  return (ctx.projects ?? [])
    .filter(
      (p) => p.cluster === cluster && authorizeKube(ctx, user, cluster, { verb: 'list', group: '', resource: 'pods', namespace: p.name }),
    )
    .map((p) => p.name);
}
