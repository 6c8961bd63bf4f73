/**
 * The KubeSphere world around the GitOps API: users and their roles,
 * workspaces, clusters, DevOps projects and git repositories. Seeds fill it;
 * the context endpoints and the authorizer read it.
 */

export type GlobalRole = 'platform-admin' | 'platform-regular';
export type WorkspaceRole = 'workspace-admin' | 'workspace-self-provisioner' | 'workspace-viewer' | 'workspace-regular';
export type DevOpsRole = 'admin' | 'operator' | 'viewer';
/** KubeSphere's project (namespace) roles: BuiltinRoles project-admin/-operator/-viewer. */
export type ProjectRole = 'admin' | 'operator' | 'viewer';

export interface UserDef {
  name: string;
  email: string;
  globalRole: GlobalRole;
  /** Workspace name -> role. */
  workspaces: Record<string, WorkspaceRole>;
  /** DevOps project (namespace) name -> role, on every cluster where the project exists. */
  devops: Record<string, DevOpsRole>;
  /** KubeSphere project (namespace) name -> role, on every cluster where the project exists. */
  projects?: Record<string, ProjectRole>;
  createdAt: string;
  lang?: string;
  /**
   * Verbs on applications a DevOps project Role written by hand (with kubectl, not from the
   * console's role templates) leaves out: KubeSphere's RBAC authorizer checks each verb on its own
   * (ks-apiserver `pkg/apiserver/authorization/rbac/rbac.go`, `ruleAllows` matches the verb with `VerbMatches`).
   */
  deniedVerbs?: string[];
}

export interface WorkspaceDef {
  name: string;
  aliasName?: string;
  description?: string;
  manager: string;
  clusters: string[];
  createdAt: string;
}

export interface ClusterDef {
  name: string;
  role: 'host' | 'member';
  kubernetesAPIEndpoint: string;
  kubernetesVersion: string;
  kubeSphereVersion: string;
  nodeCount: number;
  ready: boolean;
  provider?: string;
  description?: string;
  createdAt: string;
}

export interface DevOpsProjectDef {
  /** In KubeSphere the DevOps project name is also its namespace (status.adminNamespace). */
  name: string;
  cluster: string;
  workspace: string;
  aliasName?: string;
  description?: string;
  creator: string;
  createdAt: string;
}

export interface GitRepoDef {
  name: string;
  cluster: string;
  namespace: string;
  url: string;
  provider: string;
  owner?: string;
  repo?: string;
  server?: string;
  secret?: string;
  creator: string;
  createdAt: string;
}

export interface ContextData {
  users: UserDef[];
  workspaces: WorkspaceDef[];
  clusters: ClusterDef[];
  devopsProjects: DevOpsProjectDef[];
  gitRepositories: GitRepoDef[];
  /** Ordinary namespaces (deploy targets) per cluster; DevOps projects are added implicitly. */
  namespaces: Array<{ cluster: string; name: string }>;
  /**
   * KubeSphere projects: namespaces labelled `kubesphere.io/workspace` (the deploy targets of the
   * applications), whose live objects the Kubernetes API serves to their members.
   */
  projects?: Array<{ cluster: string; name: string; workspace: string }>;
}

export const emptyContext = (): ContextData => ({
  users: [],
  workspaces: [],
  clusters: [],
  devopsProjects: [],
  gitRepositories: [],
  namespaces: [],
});

export function findUser(ctx: ContextData, name: string): UserDef | undefined {
  return ctx.users.find((u) => u.name === name);
}

export function findCluster(ctx: ContextData, name: string): ClusterDef | undefined {
  return ctx.clusters.find((c) => c.name === name);
}

export function hostCluster(ctx: ContextData): string {
  return ctx.clusters.find((c) => c.role === 'host')?.name ?? 'host';
}

export function findProject(ctx: ContextData, cluster: string, namespace: string): DevOpsProjectDef | undefined {
  return ctx.devopsProjects.find((p) => p.cluster === cluster && p.name === namespace);
}

export function isPlatformAdmin(user: UserDef): boolean {
  return user.globalRole === 'platform-admin';
}
