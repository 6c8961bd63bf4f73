/**
 * RoleTemplates as `GET /kapis/iam.kubesphere.io/v1beta1/users/{u}/roletemplates`
 * returns them. Namespace- and workspace-scoped ones are those of the DevOps
 * extension chart (ks-extensions devops/charts/extension/templates/
 * iam-roletemplates.yaml); the console only reads the
 * `iam.kubesphere.io/role-template-rules` annotation, e.g. `{"applications": "manage"}`.
 * The global templates of a platform admin are a plausible guess (KubeSphere
 * core's list is not reproduced here).
 */
import { devopsAccess } from '../api/auth';
import { findProject, isPlatformAdmin, type ContextData, type UserDef } from './context';
import { fakeSha } from '../core/util';

interface TemplateDef {
  name: string;
  scope: 'namespace' | 'workspace' | 'global';
  category: string;
  rules: Record<string, string>;
  /** Roles the template aggregates into (`iam.kubesphere.io/aggregate-to-<role>`). */
  aggregateTo: string[];
  en: string;
  zh: string;
  dependencies?: string[];
  k8sRules?: Array<{ apiGroups: string[]; resources: string[]; verbs: string[] }>;
}

const VIEW = ['get', 'list', 'watch'];
const ALL = ['viewer', 'operator', 'admin'];
const OPS = ['operator', 'admin'];

const TEMPLATES: TemplateDef[] = [
  {
    name: 'devops-view-credentials',
    scope: 'namespace',
    category: 'devops-credentials',
    rules: { credentials: 'view' },
    aggregateTo: ALL,
    en: 'Credential Viewing',
    zh: '凭证查看',
  },
  {
    name: 'devops-manage-credentials',
    scope: 'namespace',
    category: 'devops-credentials',
    rules: { credentials: 'manage' },
    aggregateTo: OPS,
    en: 'Credential Management',
    zh: '凭证管理',
    dependencies: ['devops-view-credentials'],
  },
  {
    name: 'devops-view-code-repository',
    scope: 'namespace',
    category: 'devops-code-repositories',
    rules: { gitrepositories: 'view' },
    aggregateTo: ALL,
    en: 'Code Repository Viewing',
    zh: '代码仓库查看',
    k8sRules: [{ apiGroups: ['devops.kubesphere.io'], resources: ['gitrepositories'], verbs: VIEW }],
  },
  {
    name: 'devops-manage-code-repository',
    scope: 'namespace',
    category: 'devops-code-repositories',
    rules: { gitrepositories: 'manage' },
    aggregateTo: OPS,
    en: 'Code Repository Management',
    zh: '代码仓库管理',
    dependencies: ['devops-view-credentials', 'devops-view-code-repository'],
    k8sRules: [{ apiGroups: ['devops.kubesphere.io'], resources: ['gitrepositories'], verbs: ['*'] }],
  },
  {
    name: 'devops-view-pipelines',
    scope: 'namespace',
    category: 'devops-pipelines',
    rules: { pipelines: 'view' },
    aggregateTo: ALL,
    en: 'Pipelines Viewing',
    zh: '流水线查看',
  },
  {
    name: 'devops-manage-pipelines',
    scope: 'namespace',
    category: 'devops-pipelines',
    rules: { pipelines: 'manage' },
    aggregateTo: OPS,
    en: 'Pipelines Management',
    zh: '流水线管理',
  },
  {
    name: 'devops-view-pipelineruns',
    scope: 'namespace',
    category: 'devops-pipelines',
    rules: { pipelineruns: 'view' },
    aggregateTo: ALL,
    en: 'PipelineRuns Viewing',
    zh: '流水线运行记录查看',
  },
  {
    name: 'devops-manage-pipelineruns',
    scope: 'namespace',
    category: 'devops-pipelines',
    rules: { pipelineruns: 'manage' },
    aggregateTo: OPS,
    en: 'PipelineRuns Management',
    zh: '流水线运行管理',
  },
  {
    name: 'devops-view-gitops-applications',
    scope: 'namespace',
    category: 'devops-continuous-deployments',
    rules: { applications: 'view' },
    aggregateTo: ALL,
    en: 'Continuous Deployments Viewing',
    zh: '持续部署查看',
    k8sRules: [
      { apiGroups: ['devops.kubesphere.io'], resources: ['devopsprojects'], verbs: ['get'] },
      { apiGroups: ['gitops.kubesphere.io'], resources: ['applications', 'application-summary'], verbs: VIEW },
    ],
  },
  {
    name: 'devops-manage-gitops-applications',
    scope: 'namespace',
    category: 'devops-continuous-deployments',
    rules: { applications: 'manage' },
    aggregateTo: OPS,
    en: 'Continuous Deployments Management',
    zh: '持续部署管理',
    dependencies: ['devops-view-gitops-applications', 'devops-view-code-repository'],
    k8sRules: [{ apiGroups: ['gitops.kubesphere.io'], resources: ['applications', 'applications/sync'], verbs: ['*'] }],
  },
  {
    name: 'devops-view-roles',
    scope: 'namespace',
    category: 'devops-access-control',
    rules: { roles: 'view' },
    aggregateTo: ALL,
    en: 'Project Roles View',
    zh: '项目角色查看',
  },
  {
    name: 'devops-manage-roles',
    scope: 'namespace',
    category: 'devops-access-control',
    rules: { roles: 'manage' },
    aggregateTo: ['admin'],
    en: 'Project Roles Management',
    zh: '项目角色管理',
  },
  {
    name: 'devops-view-members',
    scope: 'namespace',
    category: 'devops-access-control',
    rules: { members: 'view' },
    aggregateTo: ALL,
    en: 'Project Members Viewing',
    zh: '项目成员查看',
  },
  {
    name: 'devops-manage-members',
    scope: 'namespace',
    category: 'devops-access-control',
    rules: { members: 'manage' },
    aggregateTo: ['admin'],
    en: 'Project Members Management',
    zh: '项目成员管理',
  },
  {
    name: 'devops-manage-project-settings',
    scope: 'namespace',
    category: 'devops-project-settings',
    rules: { 'devops-settings': 'manage' },
    aggregateTo: ['admin'],
    en: 'Project Settings Management',
    zh: '项目设置管理',
  },
  {
    name: 'workspace-view-devops',
    scope: 'workspace',
    category: 'workspace-devops-projects',
    rules: { devops: 'view' },
    aggregateTo: ['viewer', 'admin'],
    en: 'DevOps Project Viewing',
    zh: 'DevOps 项目查看',
  },
  {
    name: 'workspace-create-devops',
    scope: 'workspace',
    category: 'workspace-devops-projects',
    rules: { devops: 'create' },
    aggregateTo: ['self-provisioner', 'admin'],
    en: 'DevOps Project Creation',
    zh: 'DevOps 项目创建',
  },
  {
    name: 'workspace-manage-devops',
    scope: 'workspace',
    category: 'workspace-devops-projects',
    rules: { devops: 'manage' },
    aggregateTo: ['admin'],
    en: 'DevOps Project Management',
    zh: 'DevOps 项目管理',
  },
  {
    name: 'global-manage-workspaces',
    scope: 'global',
    category: 'access-control',
    rules: { workspaces: 'manage' },
    aggregateTo: ['platform-admin'],
    en: 'Workspace Management',
    zh: '企业空间管理',
  },
  {
    name: 'global-manage-clusters',
    scope: 'global',
    category: 'cluster-management',
    rules: { clusters: 'manage' },
    aggregateTo: ['platform-admin'],
    en: 'Cluster Management',
    zh: '集群管理',
  },
  {
    name: 'global-manage-users',
    scope: 'global',
    category: 'access-control',
    rules: { users: 'manage' },
    aggregateTo: ['platform-admin'],
    en: 'User Management',
    zh: '用户管理',
  },
  {
    name: 'global-manage-roles',
    scope: 'global',
    category: 'access-control',
    rules: { roles: 'manage' },
    aggregateTo: ['platform-admin'],
    en: 'Role Management',
    zh: '角色管理',
  },
];

function toObject(t: TemplateDef): Record<string, unknown> {
  const labels: Record<string, string> = {
    'iam.kubesphere.io/category': t.category,
    'iam.kubesphere.io/scope': t.scope,
    'kubesphere.io/managed': 'true',
  };
  for (const role of t.aggregateTo) labels[`iam.kubesphere.io/aggregate-to-${role}`] = '';
  const annotations: Record<string, string> = { 'iam.kubesphere.io/role-template-rules': JSON.stringify(t.rules) };
  if (t.dependencies) annotations['iam.kubesphere.io/dependencies'] = JSON.stringify(t.dependencies);
  const sha = fakeSha(`roletemplate/${t.name}`);
  return {
    kind: 'RoleTemplate',
    apiVersion: 'iam.kubesphere.io/v1beta1',
    metadata: {
      name: t.name,
      uid: `${sha.slice(0, 8)}-${sha.slice(8, 12)}-4${sha.slice(13, 16)}-a${sha.slice(17, 20)}-${sha.slice(20, 32)}`,
      resourceVersion: '1044',
      creationTimestamp: '2024-11-01T08:00:00Z',
      labels: Object.fromEntries(Object.entries(labels).sort()),
      annotations: Object.fromEntries(Object.entries(annotations).sort()),
    },
    spec: { displayName: { en: t.en, zh: t.zh }, description: { en: t.en, zh: t.zh }, rules: t.k8sRules ?? [] },
  };
}

const byRole = (scope: TemplateDef['scope'], role: string) =>
  TEMPLATES.filter((t) => t.scope === scope && t.aggregateTo.includes(role)).map(toObject);

export interface RoleTemplateQuery {
  scope: string;
  cluster: string;
  namespace?: string;
  workspace?: string;
}

/** ListRoleTemplateOfUser: the templates aggregated into the user's role in that scope. */
export function roleTemplatesOf(ctx: ContextData, user: UserDef, q: RoleTemplateQuery): Record<string, unknown>[] {
  switch (q.scope) {
    case 'global':
      return isPlatformAdmin(user) ? byRole('global', 'platform-admin') : [];
    case 'workspace': {
      if (isPlatformAdmin(user)) return byRole('workspace', 'admin');
      const role = user.workspaces[q.workspace ?? ''];
      if (!role) return [];
      return byRole('workspace', role.replace('workspace-', ''));
    }
    case 'namespace':
    case 'devops': {
      const ns = q.namespace ?? '';
      if (!findProject(ctx, q.cluster, ns) && !isPlatformAdmin(user)) return [];
      const explicit = user.devops[ns];
      if (isPlatformAdmin(user)) return byRole('namespace', 'admin');
      if (explicit) return byRole('namespace', explicit);
      // Workspace-level grants reach every DevOps project of the workspace.
      const access = devopsAccess(ctx, user, q.cluster, ns);
      return access === 'manage' ? byRole('namespace', 'operator') : access === 'view' ? byRole('namespace', 'viewer') : [];
    }
    default:
      return [];
  }
}
