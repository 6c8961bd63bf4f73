/**
 * KubeSphere objects built from the context definitions, in the shapes of
 * kubesphere.io/api (tenant/v1beta1 WorkspaceTemplate and Workspace,
 * cluster/v1alpha1 Cluster, iam/v1beta1 User) and ks-devops
 * (devops/v1alpha3 DevOpsProject and GitRepository). uids and
 * resourceVersions are derived from names so repeated reads agree.
 */
import { fakeSha } from '../core/util';
import type { ClusterDef, DevOpsProjectDef, GitRepoDef, UserDef, WorkspaceDef } from '../sim/context';

function uidOf(key: string): string {
  const h = fakeSha(key);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const rvOf = (key: string) => String(100 + (parseInt(fakeSha(key).slice(0, 6), 16) % 90000));

function annotations(creator: string, alias?: string, description?: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (alias) out['kubesphere.io/alias-name'] = alias;
  out['kubesphere.io/creator'] = creator;
  if (description) out['kubesphere.io/description'] = description;
  return out;
}

export function workspaceTemplateObject(ws: WorkspaceDef): Record<string, unknown> {
  return {
    kind: 'WorkspaceTemplate',
    apiVersion: 'tenant.kubesphere.io/v1beta1',
    metadata: {
      name: ws.name,
      uid: uidOf(`workspacetemplate/${ws.name}`),
      resourceVersion: rvOf(`workspacetemplate/${ws.name}`),
      generation: 1,
      creationTimestamp: ws.createdAt,
      labels: { 'kubesphere.io/managed': 'true' },
      annotations: annotations(ws.manager, ws.aliasName, ws.description),
      finalizers: ['finalizers.workspacetemplate.kubesphere.io'],
    },
    spec: {
      template: { spec: { manager: ws.manager } },
      placement: { clusters: ws.clusters.map((name) => ({ name })) },
    },
  };
}

export function workspaceObject(ws: WorkspaceDef): Record<string, unknown> {
  return {
    kind: 'Workspace',
    apiVersion: 'tenant.kubesphere.io/v1beta1',
    metadata: {
      name: ws.name,
      uid: uidOf(`workspace/${ws.name}`),
      resourceVersion: rvOf(`workspace/${ws.name}`),
      generation: 1,
      creationTimestamp: ws.createdAt,
      labels: { 'kubesphere.io/managed': 'true' },
      annotations: annotations(ws.manager, ws.aliasName, ws.description),
    },
    spec: { manager: ws.manager },
    status: {},
  };
}

export function clusterObject(c: ClusterDef): Record<string, unknown> {
  const labels: Record<string, string> = {};
  if (c.role === 'host') labels['cluster-role.kubesphere.io/host'] = '';
  labels['kubesphere.io/managed'] = 'true';
  const ann: Record<string, string> = {};
  if (c.description) ann['kubesphere.io/description'] = c.description;
  return {
    kind: 'Cluster',
    apiVersion: 'cluster.kubesphere.io/v1alpha1',
    metadata: {
      name: c.name,
      uid: uidOf(`cluster/${c.name}`),
      resourceVersion: rvOf(`cluster/${c.name}`),
      generation: 1,
      creationTimestamp: c.createdAt,
      labels,
      annotations: ann,
      finalizers: ['finalizer.cluster.kubesphere.io'],
    },
    spec: {
      provider: c.provider ?? 'kubesphere',
      connection: { type: 'direct', kubernetesAPIEndpoint: c.kubernetesAPIEndpoint },
    },
    status: {
      conditions: [
        c.ready
          ? {
              type: 'Ready',
              status: 'True',
              lastUpdateTime: c.createdAt,
              lastTransitionTime: c.createdAt,
              reason: 'Ready',
              message: 'Cluster is available now',
            }
          : {
              type: 'Ready',
              status: 'False',
              lastUpdateTime: c.createdAt,
              lastTransitionTime: c.createdAt,
              reason: 'Unreachable',
              message: 'Cluster is not available now',
            },
      ],
      kubernetesVersion: c.kubernetesVersion,
      kubeSphereVersion: c.kubeSphereVersion,
      nodeCount: c.nodeCount,
      configz: { devops: true },
    },
  };
}

/** Name == namespace (`status.adminNamespace`); `generateName` is what the user typed. */
export function devopsProjectObject(p: DevOpsProjectDef): Record<string, unknown> {
  return {
    kind: 'DevOpsProject',
    apiVersion: 'devops.kubesphere.io/v1alpha3',
    metadata: {
      name: p.name,
      generateName: p.name,
      uid: uidOf(`devopsproject/${p.cluster}/${p.name}`),
      resourceVersion: rvOf(`devopsproject/${p.cluster}/${p.name}`),
      generation: 1,
      creationTimestamp: p.createdAt,
      labels: { 'kubesphere.io/workspace': p.workspace },
      annotations: {
        ...annotations(p.creator, p.aliasName, p.description),
        'devopsproject.devops.kubesphere.io/syncstatus': 'successful',
        'devopsproject.devops.kubesphere.io/synctime': p.createdAt,
      },
      finalizers: ['devopsproject.finalizers.kubesphere.io'],
    },
    spec: {},
    status: { adminNamespace: p.name },
  };
}

export function gitRepositoryObject(g: GitRepoDef): Record<string, unknown> {
  const spec: Record<string, unknown> = { provider: g.provider, url: g.url };
  if (g.server) spec.server = g.server;
  if (g.owner) spec.owner = g.owner;
  if (g.repo) spec.repo = g.repo;
  if (g.secret) spec.secret = { name: g.secret, namespace: g.namespace };
  return {
    kind: 'GitRepository',
    apiVersion: 'devops.kubesphere.io/v1alpha3',
    metadata: {
      name: g.name,
      namespace: g.namespace,
      uid: uidOf(`gitrepository/${g.cluster}/${g.namespace}/${g.name}`),
      resourceVersion: rvOf(`gitrepository/${g.cluster}/${g.namespace}/${g.name}`),
      generation: 1,
      creationTimestamp: g.createdAt,
      annotations: annotations(g.creator),
      finalizers: ['finalizer.gitrepository.devops.kubesphere.io'],
    },
    spec,
    status: {},
  };
}

export function userObject(u: UserDef): Record<string, unknown> {
  const spec: Record<string, unknown> = { email: u.email };
  if (u.lang) spec.lang = u.lang;
  return {
    kind: 'User',
    apiVersion: 'iam.kubesphere.io/v1beta1',
    metadata: {
      name: u.name,
      uid: uidOf(`user/${u.name}`),
      resourceVersion: rvOf(`user/${u.name}`),
      generation: 1,
      creationTimestamp: u.createdAt,
      annotations: { 'iam.kubesphere.io/globalrole': u.globalRole },
      finalizers: ['finalizers.kubesphere.io/users'],
    },
    spec,
    status: { state: 'Active', lastLoginTime: u.createdAt },
  };
}
