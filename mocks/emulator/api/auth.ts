/**
 * Who is calling and what they may do, as ks-apiserver decides before a
 * request reaches devops-apiserver. The user comes from the emulator's own
 * `x-emulator-user` header or `emulator-user` cookie (or the `username` claim
 * of a bearer JWT, read without verification as devops-apiserver does);
 * default `admin`. Denials use Kubernetes' forbidden message format.
 */
import { statusJson } from './responses';
import { findProject, isPlatformAdmin, type ContextData, type UserDef } from '../sim/context';

export type Access = 'none' | 'view' | 'manage';

export interface Attributes {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
  namespace?: string;
}

export const USER_HEADER = 'x-emulator-user';
export const USER_COOKIE = 'emulator-user';
export const DEFAULT_USER = 'admin';

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

function jwtUsername(authorization: string | null): string | undefined {
  const m = /^Bearer\s+([^.]+)\.([^.]+)\./i.exec(authorization ?? '');
  if (!m) return undefined;
  try {
    const b64 = m[2].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload.username === 'string' ? payload.username : undefined;
  } catch {
    return undefined;
  }
}

export function resolveUsername(request: Request, cookies?: Record<string, string>): string {
  const header = request.headers.get(USER_HEADER);
  if (header) return header;
  const cookie = cookies?.[USER_COOKIE] ?? parseCookies(request.headers.get('cookie'))[USER_COOKIE];
  if (cookie) return cookie;
  return jwtUsername(request.headers.get('authorization')) ?? DEFAULT_USER;
}

/** KubeSphere RequestInfoFactory for `/kapis/<group>/<version>/...` paths. */
export function requestAttributes(method: string, group: string, parts: string[]): Attributes {
  let rest = parts;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length > 1) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource = '', name, subresource] = rest;
  const verbs: Record<string, string> = { POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: name ? 'delete' : 'deletecollection' };
  const verb = method === 'GET' || method === 'HEAD' ? (name ? 'get' : 'list') : (verbs[method] ?? method.toLowerCase());
  return { verb, group, resource, subresource, name, namespace };
}

/** k8s responsewriters.forbiddenMessage + apierrors.NewForbidden. */
export function forbiddenMessage(username: string, a: Attributes): string {
  const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
  const reason = `User "${username}" cannot ${a.verb} resource "${resource}" in API group "${a.group}" ${scope}`;
  const sanitized = reason.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const qualified = `${a.resource}.${a.group}`;
  return a.name ? `${qualified} "${a.name}" is forbidden: ${sanitized}` : `${qualified} is forbidden: ${sanitized}`;
}

export function forbidden(username: string, a: Attributes): Response {
  return statusJson(403, 'Forbidden', forbiddenMessage(username, a), { name: a.name, group: a.group, kind: a.resource });
}

const RANK: Record<Access, number> = { none: 0, view: 1, manage: 2 };

/** Effective access to the applications of a DevOps project (namespace) on a cluster. */
export function devopsAccess(ctx: ContextData, user: UserDef, cluster: string, namespace: string): Access {
  if (isPlatformAdmin(user)) return 'manage';
  const project = findProject(ctx, cluster, namespace);
  if (!project) return 'none';
  let access: Access = 'none';
  const wsRole = user.workspaces[project.workspace];
  if (wsRole === 'workspace-admin') access = 'manage';
  else if (wsRole === 'workspace-viewer') access = 'view';
  const role = user.devops[namespace];
  const fromRole: Access = role === 'admin' || role === 'operator' ? 'manage' : role === 'viewer' ? 'view' : 'none';
  return RANK[fromRole] > RANK[access] ? fromRole : access;
}

/** The RoleTemplates of devops-manage/view-gitops-applications, mapped to HTTP verbs. */
export function authorizeGitops(ctx: ContextData, user: UserDef, cluster: string, a: Attributes): boolean {
  if (isPlatformAdmin(user)) return true;
  // GlobalRole devops-authenticated grants `clusters` to every authenticated user.
  if (!a.namespace) return a.resource === 'clusters' && (a.verb === 'list' || a.verb === 'get');
  const access = devopsAccess(ctx, user, cluster, a.namespace);
  if (a.resource === 'application-summary' || (a.resource === 'applications' && !a.subresource)) {
    if (a.verb === 'get' || a.verb === 'list' || a.verb === 'watch') return access !== 'none';
    return access === 'manage';
  }
  if (a.resource === 'applications' && a.subresource === 'sync') return access === 'manage';
  return false;
}
