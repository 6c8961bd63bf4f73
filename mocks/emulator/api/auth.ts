/**
 * Who is calling and what they may do, as ks-apiserver decides before a
 * request reaches devops-apiserver. The user comes from the emulator's own
 * `x-emulator-user` header or `emulator-user` cookie, else from a bearer
 * token: one from this emulator's issuer (`POST /oauth/token`), or anything
 * that is not a JWT with a `username` claim, is verified as ks-apiserver
 * verifies it; another JWT is read without verification (its `username`
 * claim, as devops-apiserver reads it), so tests can name a user.
 * No header, cookie or token: `admin`. Denials use Kubernetes' forbidden
 * message format.
 */
import { statusJson } from './responses';
import type { TokenIssuer } from './tokens';
import { jwtClaims } from '../core/jwt';
import { findProject, findUser, isPlatformAdmin, type ContextData, type UserDef } from '../sim/context';

export type Access = 'none' | 'view' | 'manage';

export interface Attributes {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
  namespace?: string;
  /** Set for a non-resource request: authorization names the path instead. */
  path?: string;
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

function jwtUsername(token: string): string | undefined {
  const username = jwtClaims(token)?.username;
  return typeof username === 'string' ? username : undefined;
}

/**
 * The bearer token as kubesphere's bearertoken authenticator takes it
 * (pkg/apiserver/authentication/request/bearertoken/bearertoken.go L42-61):
 * `Bearer` in any case, the second space-separated field; empty = none.
 */
export function bearerToken(request: Request): string | undefined {
  const auth = (request.headers.get('authorization') ?? '').trim();
  const parts = auth.split(' ');
  if (parts.length < 2 || parts[0].toLowerCase() !== 'bearer' || parts[1] === '') return undefined;
  return parts[1];
}

export type Caller = { ok: true; user: UserDef } | { ok: false; message: string };

/**
 * The user of a request, or the 401 message ks-apiserver 4.1.3 would write:
 * the token operator's message for a token it refuses (api/tokens.ts), and
 * for a user that does not exist the cache Get of the JWT authenticator
 * (pkg/apiserver/authentication/authenticators/jwt/jwt.go L69-73), a
 * controller-runtime cache miss: `User.iam.kubesphere.io "<name>" not found`.
 */
export function authenticate(ctx: ContextData, tokens: TokenIssuer, request: Request, cookies?: Record<string, string>): Caller {
  let username = request.headers.get(USER_HEADER) ?? undefined;
  username ??= cookies?.[USER_COOKIE] ?? parseCookies(request.headers.get('cookie'))[USER_COOKIE];
  if (!username) {
    const token = bearerToken(request);
    if (token !== undefined) {
      if (tokens.claims(token) || jwtUsername(token) === undefined) {
        const verified = tokens.verify(token);
        if (!verified.ok) return { ok: false, message: verified.message };
        username = verified.username;
      } else {
        username = jwtUsername(token);
      }
    }
  }
  username ||= DEFAULT_USER;
  const user = findUser(ctx, username);
  return user ? { ok: true, user } : { ok: false, message: `User.iam.kubesphere.io "${username}" not found` };
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

/**
 * apiserver v0.31 endpoints/handlers/responsewriters/errors.go L36-71
 * (Forbidden, forbiddenMessage) with apierrors.NewForbidden: the message is
 * sanitised, prefixed by the qualified resource (a core resource has no
 * group) and the name; a non-resource request names its path and the verb
 * as sent (ks-apiserver keeps the HTTP method, requestinfo.go L120-121).
 */
export function forbiddenMessage(username: string, a: Attributes): string {
  const sanitize = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (a.path !== undefined)
    return `forbidden: ${sanitize(`User ${JSON.stringify(username)} cannot ${a.verb} path ${JSON.stringify(a.path)}`)}`;
  const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
  const sanitized = sanitize(`User "${username}" cannot ${a.verb} resource "${resource}" in API group "${a.group}" ${scope}`);
  const qualified = a.group ? `${a.resource}.${a.group}` : a.resource;
  return a.name ? `${qualified} "${a.name}" is forbidden: ${sanitized}` : `${qualified} is forbidden: ${sanitized}`;
}

export function forbidden(username: string, a: Attributes, request?: Request): Response {
  const details = a.path !== undefined ? {} : { name: a.name, group: a.group, kind: a.resource };
  return statusJson(403, 'Forbidden', forbiddenMessage(username, a), details, request);
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
  if (user.deniedVerbs?.includes(a.verb)) return false;
  if (a.resource === 'application-summary' || (a.resource === 'applications' && !a.subresource)) {
    if (a.verb === 'get' || a.verb === 'list' || a.verb === 'watch') return access !== 'none';
    return access === 'manage';
  }
  if (a.resource === 'applications' && a.subresource === 'sync') return access === 'manage';
  return false;
}
