/**
 * Read-only KubeSphere 4.1 endpoints the GitOps pages need for context:
 * tenant.kubesphere.io/v1beta1 (workspaces, clusters), devops.kubesphere.io/v1alpha3
 * (DevOps projects, git repositories) and iam.kubesphere.io/v1beta1 (user,
 * role templates). Lists use the same `{items, totalItems}` + query semantics
 * as every KubeSphere list; what a user sees is filtered by their roles.
 */
import type { Loose } from '../core/util';
import { defaultList, parseListQuery, type Listable } from './query';
import { forbidden, devopsAccess, requestAttributes } from './auth';
import { json, restfulError, textError } from './responses';
import {
  clusterObject,
  devopsProjectObject,
  gitRepositoryObject,
  userObject,
  workspaceObject,
  workspaceTemplateObject,
} from './context-objects';
import { isPlatformAdmin, type UserDef, type WorkspaceDef } from '../sim/context';
import { roleTemplatesOf } from '../sim/roletemplates';
import type { EmulatorState } from '../sim/state';

export interface ContextRequest {
  state: EmulatorState;
  cluster: string;
  user: UserDef;
  url: URL;
  method: string;
  group: string;
  parts: string[];
  /** For the negotiated format of a 403 Status. */
  request?: Request;
}

export const CONTEXT_GROUPS = ['tenant.kubesphere.io/v1beta1', 'devops.kubesphere.io/v1alpha3', 'iam.kubesphere.io/v1beta1'];

function listOf(objects: Array<Record<string, Loose>>, url: URL): Response {
  const items: Listable[] = objects.map((obj) => ({
    obj,
    name: obj.metadata.name,
    createdMs: Date.parse(obj.metadata.creationTimestamp) || 0,
  }));
  const page = defaultList(items, parseListQuery(url.searchParams));
  return json({ items: page.items.map((i) => i.obj), totalItems: page.totalItems });
}

function visibleWorkspaces(r: ContextRequest): WorkspaceDef[] {
  const all = r.state.context.workspaces;
  return isPlatformAdmin(r.user) ? all : all.filter((w) => w.name in r.user.workspaces);
}

function visibleClusterNames(r: ContextRequest): Set<string> {
  if (isPlatformAdmin(r.user)) return new Set(r.state.context.clusters.map((c) => c.name));
  return new Set(visibleWorkspaces(r).flatMap((w) => w.clusters));
}

function deny(r: ContextRequest): Response {
  return forbidden(r.user.name, requestAttributes(r.method, r.group.split('/')[0], r.parts), r.request);
}

/**
 * ks-apiserver reads these objects through its controller-runtime cluster
 * client, a cache reader (kubesphere v4.1.3 cmd/ks-apiserver/app/options/options.go
 * L89-104), whose miss names the Kind (controller-runtime cache_reader.go
 * L70-75), written by api.HandleNotFound as sanitised text (pkg/api/utils.go L30-66).
 * ks-devops reads git repositories the same way (pkg/kapis/devops/v1alpha3/scm/gitrepository_handler.go L35-45).
 */
const notFound = (kind: string, name: string) => textError(404, `${kind} "${name}" not found`);

type Handler = (r: ContextRequest, args: string[]) => Response;

const ROUTES: Array<{ group: string; pattern: string[]; handler: Handler }> = [
  {
    group: 'tenant.kubesphere.io/v1beta1',
    pattern: ['workspacetemplates'],
    handler: (r) => listOf(visibleWorkspaces(r).map(workspaceTemplateObject), r.url),
  },
  {
    group: 'tenant.kubesphere.io/v1beta1',
    pattern: ['workspacetemplates', '*'],
    // pkg/models/tenant/tenant.go L463-466
    handler: (r, [ws]) => workspace(r, ws, workspaceTemplateObject, 'WorkspaceTemplate.tenant.kubesphere.io'),
  },
  {
    group: 'tenant.kubesphere.io/v1beta1',
    pattern: ['workspaces'],
    handler: (r) => listOf(visibleWorkspaces(r).map(workspaceObject), r.url),
  },
  {
    group: 'tenant.kubesphere.io/v1beta1',
    pattern: ['workspaces', '*'],
    // pkg/models/resources/v1alpha3/workspace/workspaces.go L30-33
    handler: (r, [ws]) => workspace(r, ws, workspaceObject, 'Workspace.tenant.kubesphere.io'),
  },
  {
    group: 'tenant.kubesphere.io/v1beta1',
    pattern: ['clusters'],
    handler: (r) => {
      const visible = visibleClusterNames(r);
      return listOf(r.state.context.clusters.filter((c) => visible.has(c.name)).map(clusterObject), r.url);
    },
  },
  {
    group: 'tenant.kubesphere.io/v1beta1',
    pattern: ['workspaces', '*', 'clusters'],
    handler: (r, [ws]) => {
      const def = visibleWorkspaces(r).find((w) => w.name === ws);
      // ListWorkspaceClusters reads the WorkspaceTemplate (tenant.go L468-471).
      if (!def)
        return r.state.context.workspaces.some((w) => w.name === ws) ? deny(r) : notFound('WorkspaceTemplate.tenant.kubesphere.io', ws);
      return listOf(r.state.context.clusters.filter((c) => def.clusters.includes(c.name)).map(clusterObject), r.url);
    },
  },
  { group: 'devops.kubesphere.io/v1alpha3', pattern: ['workspaces', '*', 'devops'], handler: (r, [ws]) => devopsProjects(r, ws) },
  {
    group: 'devops.kubesphere.io/v1alpha3',
    pattern: ['workspaces', '*', 'devops', '*'],
    handler: (r, [ws, name]) => {
      const project = r.state.context.devopsProjects.find((p) => p.cluster === r.cluster && p.workspace === ws && p.name === name);
      if (!project) return notFound('devopsprojects.devops.kubesphere.io', name);
      if (devopsAccess(r.state.context, r.user, r.cluster, name) === 'none') return deny(r);
      return json(devopsProjectObject(project));
    },
  },
  { group: 'devops.kubesphere.io/v1alpha3', pattern: ['namespaces', '*', 'gitrepositories'], handler: (r, [ns]) => gitRepositories(r, ns) },
  {
    group: 'devops.kubesphere.io/v1alpha3',
    pattern: ['namespaces', '*', 'gitrepositories', '*'],
    handler: (r, [ns, name]) => {
      if (devopsAccess(r.state.context, r.user, r.cluster, ns) === 'none') return deny(r);
      const repo = r.state.context.gitRepositories.find((g) => g.cluster === r.cluster && g.namespace === ns && g.name === name);
      return repo ? json(gitRepositoryObject(repo)) : notFound('GitRepository.devops.kubesphere.io', name);
    },
  },
  {
    group: 'iam.kubesphere.io/v1beta1',
    pattern: ['users', '*'],
    handler: (r, [name]) => {
      if (name !== r.user.name && !isPlatformAdmin(r.user)) return deny(r);
      const user = r.state.context.users.find((u) => u.name === name);
      // pkg/models/iam/im/im.go L79-85, L129-137
      return user ? json(userObject(user)) : notFound('User.iam.kubesphere.io', name);
    },
  },
  {
    group: 'iam.kubesphere.io/v1beta1',
    pattern: ['users', '*', 'roletemplates'],
    handler: (r, [name]) => {
      if (name !== r.user.name && !isPlatformAdmin(r.user)) {
        return textError(403, `users.iam.kubesphere.io "${name}" is forbidden: not allow to get users`);
      }
      const user = r.state.context.users.find((u) => u.name === name);
      if (!user) return json({ items: [], totalItems: 0 });
      const q = r.url.searchParams;
      const items = roleTemplatesOf(r.state.context, user, {
        scope: q.get('scope') ?? '',
        cluster: r.cluster,
        namespace: q.get('namespace') ?? q.get('devops') ?? undefined,
        workspace: q.get('workspace') ?? undefined,
      });
      return json({ items, totalItems: items.length });
    },
  },
];

function workspace(r: ContextRequest, name: string, build: (w: WorkspaceDef) => Record<string, unknown>, resource: string): Response {
  const def = r.state.context.workspaces.find((w) => w.name === name);
  if (!def) return notFound(resource, name);
  if (!visibleWorkspaces(r).includes(def)) return deny(r);
  return json(build(def));
}

function devopsProjects(r: ContextRequest, ws: string): Response {
  const ctx = r.state.context;
  if (!ctx.workspaces.some((w) => w.name === ws)) return notFound('workspaces.tenant.kubesphere.io', ws);
  const role = r.user.workspaces[ws];
  if (!isPlatformAdmin(r.user) && !role) return deny(r);
  const seesAll = isPlatformAdmin(r.user) || role === 'workspace-admin' || role === 'workspace-viewer';
  const projects = ctx.devopsProjects.filter((p) => p.cluster === r.cluster && p.workspace === ws && (seesAll || p.name in r.user.devops));
  return listOf(projects.map(devopsProjectObject), r.url);
}

function gitRepositories(r: ContextRequest, ns: string): Response {
  if (devopsAccess(r.state.context, r.user, r.cluster, ns) === 'none') return deny(r);
  const repos = r.state.context.gitRepositories.filter((g) => g.cluster === r.cluster && g.namespace === ns);
  return listOf(repos.map(gitRepositoryObject), r.url);
}

/** Returns undefined for paths no route serves (the router answers them as ks-apiserver would). */
export function handleContext(r: ContextRequest): Response | undefined {
  for (const route of ROUTES) {
    if (route.group !== r.group || route.pattern.length !== r.parts.length) continue;
    const args: string[] = [];
    if (!route.pattern.every((p, i) => (p === '*' ? (args.push(r.parts[i]), true) : p === r.parts[i]))) continue;
    if (r.method !== 'GET') return restfulError(405, '405: Method Not Allowed', { Allow: 'GET' });
    return route.handler(r, args);
  }
  return undefined;
}
