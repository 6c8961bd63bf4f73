/**
 * ks-apiserver's authorization of non-resource requests (/dist, /proxy, ...) at v4.1.3:
 * a path authorizer for excludedPaths, then KubeSphere's RBAC authorizer over GlobalRoleBindings and
 * (because a non-resource request has no "Global" scope) iam.kubesphere.io ClusterRoleBindings.
 * Only iam.kubesphere.io objects count: rbac.authorization.k8s.io bindings are not consulted.
 */
import { GoHeader, goJSON, goQuote, respond, status, writeRawJSON, type ApiResponse } from './http';
import { is, selectorMatches, type KsObject } from './objects';

export interface UserInfo {
  name: string;
  groups: string[];
}
interface Rule {
  verbs: string[];
  nonResourceURLs?: string[];
  apiGroups?: string[];
  resources?: string[];
}
interface RoleRef {
  apiGroup: string;
  kind: string;
  name: string;
}
interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}
interface Role {
  name: string;
  rules: Rule[];
  aggregation?: { roleSelector?: object; templateNames?: string[] };
  rego?: (verb: string, path: string) => boolean;
}
interface Binding {
  name: string;
  roleRef: RoleRef;
  subjects: Subject[];
}

/** request/anonymous/anonymous.go:L22-31 and authenticators/jwt/jwt.go:L81-87. */
export const ANONYMOUS: UserInfo = { name: 'system:anonymous', groups: ['system:unauthenticated'] };
export const authenticated = (username: string): UserInfo => ({ name: username, groups: ['system:authenticated'] });

/** pkg/apiserver/apiserver.go:L271, through path.NewAuthorizer (authorization/path/path.go:L30-63). */
const EXCLUDED_PATHS = [
  '/oauth/*',
  '/dist/*',
  '/.well-known/openid-configuration',
  '/version',
  '/metrics',
  '/livez',
  '/healthz',
  '/openapi/v2',
  '/openapi/v3',
];

/**
 * The built-in GlobalRoles of config/ks-core/templates/globalroles.yaml at v4.1.3, with their
 * non-resource rules (resource rules cannot match a /dist or /proxy request, so most are left out).
 * Their rego-override annotations are reduced to what they say about non-resource requests: only
 * `authenticated`'s allows anything (GET /api and /api/v1, globalroles.yaml:L38-42); platform-admin's
 * needs a ResourceScope, which non-resource requests lack (L167-176).
 */
const BUILTIN_ROLES: Role[] = [
  { name: 'anonymous', rules: [{ nonResourceURLs: ['/static/images/*'], verbs: ['GET'] }] }, // L1-16
  {
    name: 'authenticated', // L18-155
    rules: [{ nonResourceURLs: ['/static/images/*'], verbs: ['GET'] }],
    aggregation: {
      roleSelector: { matchLabels: { 'iam.kubesphere.io/aggregate-to-authenticated': '', 'iam.kubesphere.io/scope': 'global' } },
    },
    rego: (verb, path) => verb === 'GET' && ['/api', '/api/v1'].includes(path),
  },
  {
    name: 'platform-admin',
    rules: [
      { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['*'], verbs: ['*'] },
    ],
    aggregation: { roleSelector: { matchLabels: { 'iam.kubesphere.io/scope': 'global' } } },
  }, // L157-207
  { name: 'platform-regular', rules: [] }, // L209-217
  { name: 'platform-self-provisioner', rules: [], aggregation: { templateNames: ['global-create-workspaces'] } }, // L219-238
  { name: 'pre-registration', rules: [] }, // L240-252
  { name: 'ks-console', rules: [] }, // L254-268
];
/** config/ks-core/templates/globalrolebindings.yaml at v4.1.3. */
const BUILTIN_BINDINGS: Binding[] = [
  {
    name: 'admin',
    roleRef: { apiGroup: 'iam.kubesphere.io', kind: 'GlobalRole', name: 'platform-admin' },
    subjects: [{ kind: 'User', name: 'admin' }],
  },
  {
    name: 'anonymous',
    roleRef: { apiGroup: 'iam.kubesphere.io', kind: 'GlobalRole', name: 'anonymous' },
    subjects: [{ kind: 'Group', name: 'system:unauthenticated' }],
  },
  {
    name: 'authenticated',
    roleRef: { apiGroup: 'iam.kubesphere.io', kind: 'GlobalRole', name: 'authenticated' },
    subjects: [{ kind: 'Group', name: 'system:authenticated' }],
  },
  {
    name: 'pre-registration',
    roleRef: { apiGroup: 'iam.kubesphere.io', kind: 'GlobalRole', name: 'pre-registration' },
    subjects: [
      { kind: 'Group', name: 'pre-registration' },
      { kind: 'User', name: 'system:pre-registration' },
    ],
  },
];

/** A user's platform role is a GlobalRoleBinding <user>-<role> (pkg/models/iam/am/am.go:L488-506). */
export function userBinding(username: string, globalRole: string): Binding {
  return {
    name: `${username}-${globalRole}`,
    roleRef: { apiGroup: 'iam.kubesphere.io', kind: 'GlobalRole', name: globalRole },
    subjects: [{ kind: 'User', name: username }],
  };
}

const toRole = (o: KsObject): Role => ({
  name: o.metadata.name,
  rules: (o.rules ?? []) as Rule[],
  aggregation: o.aggregationRoleTemplates as Role['aggregation'],
});
const toBinding = (o: KsObject): Binding => ({
  name: o.metadata.name,
  roleRef: o.roleRef as RoleRef,
  subjects: (o.subjects ?? []) as Subject[],
});

/**
 * A role's rules after the RoleTemplate aggregation controllers ran: with a roleSelector, every
 * RoleTemplate matching it plus iam.kubesphere.io/scope=<owner scope>; without one, the named
 * templates; their rules are appended (componenthelper/auth/rbac/helper.go:L98-131, L133-160;
 * controller/roletemplate/roletemplate_controller.go:L116-212).
 */
function effectiveRules(role: Role, scope: string, objects: KsObject[]): Rule[] {
  if (!role.aggregation) return role.rules;
  const templates = objects.filter((o) => is(o, 'iam.kubesphere.io', 'RoleTemplate'));
  const selector = role.aggregation.roleSelector as Parameters<typeof selectorMatches>[0] | undefined;
  const chosen = selector
    ? templates.filter((t) =>
        selectorMatches({ ...selector, matchLabels: { ...selector.matchLabels, 'iam.kubesphere.io/scope': scope } }, t.metadata.labels),
      )
    : templates.filter((t) => role.aggregation!.templateNames?.includes(t.metadata.name));
  return [...role.rules, ...chosen.flatMap((t) => (t.spec as { rules?: Rule[] } | undefined)?.rules ?? [])];
}

/** rbac/evaluation_helpers.go:L33-44 (VerbMatches: exact or "*") and L101-115 (NonResourceURLMatches). */
function ruleAllows(rule: Rule, verb: string, path: string): boolean {
  const verbOk = rule.verbs.some((v) => v === '*' || v === verb);
  const urlOk = (rule.nonResourceURLs ?? []).some(
    (u) => u === '*' || u === path || (u.endsWith('*') && path.startsWith(u.replace(/\*+$/, ''))),
  );
  return verbOk && urlOk;
}

/** rbac.go:L341-373: User by name, Group by membership; ServiceAccount subjects never match our users. */
const appliesTo = (user: UserInfo, subjects: Subject[]) =>
  subjects.some((s) => (s.kind === 'User' && s.name === user.name) || (s.kind === 'Group' && user.groups.includes(s.name)));

export interface Decision {
  allowed: boolean;
  reason: string;
}

/**
 * unionauthorizer(pathAuthorizer, rbacAuthorizer) (apiserver.go:L270-274, union/union.go:L47-71) for a
 * non-resource request: verb is the HTTP method as sent (request/requestinfo.go:L121), path the
 * decoded URL path (L120).
 */
export function authorize(objects: KsObject[], user: UserInfo, verb: string, path: string, extraBindings: Binding[] = []): Decision {
  const trimmed = path.replace(/^\//, '');
  for (const p of EXCLUDED_PATHS.map((e) => e.replace(/^\//, ''))) {
    if (p.endsWith('*') ? trimmed.startsWith(p.slice(0, -1)) : trimmed === p) return { allowed: true, reason: '' };
  }
  const globalRoles = new Map(BUILTIN_ROLES.map((r) => [r.name, r]));
  for (const o of objects) if (is(o, 'iam.kubesphere.io', 'GlobalRole')) globalRoles.set(o.metadata.name, toRole(o));
  const clusterRoles = new Map(objects.filter((o) => is(o, 'iam.kubesphere.io', 'ClusterRole')).map((o) => [o.metadata.name, toRole(o)]));
  const errors: string[] = [];
  // am.go:L347-388 GetRoleReferenceRules: by roleRef.kind only; a missing role has no rules.
  const rulesOf = (ref: RoleRef): Role | Error => {
    if (ref.kind === 'GlobalRole') return globalRoles.get(ref.name) ?? { name: ref.name, rules: [] };
    if (ref.kind === 'ClusterRole') return clusterRoles.get(ref.name) ?? { name: ref.name, rules: [] };
    if (ref.kind === 'Role' || ref.kind === 'WorkspaceRole') return { name: ref.name, rules: [] };
    return new Error(`unsupported role reference kind: ${goQuote(ref.kind)}`);
  };
  const visit = (bindings: Binding[], scope: string, stopOnError: boolean): boolean | 'stop' => {
    for (const b of bindings) {
      if (!appliesTo(user, b.subjects)) continue;
      const role = rulesOf(b.roleRef);
      if (role instanceof Error) {
        errors.push(role.message);
        if (stopOnError) return 'stop';
        continue;
      }
      if (role.rego?.(verb, path)) return true;
      if (effectiveRules(role, scope, objects).some((r) => ruleAllows(r, verb, path))) return true;
    }
    return false;
  };
  // rbac.go:L188-219 GlobalRoleBindings (an error skips the binding); a non-resource request has
  // ResourceScope "" (not "Global"), so L301-327 ClusterRoleBindings follow (an error stops).
  const global = [
    ...BUILTIN_BINDINGS,
    ...extraBindings,
    ...objects.filter((o) => is(o, 'iam.kubesphere.io', 'GlobalRoleBinding')).map(toBinding),
  ];
  const first = visit(global, 'global', false);
  const allowed =
    first === true ||
    (first !== 'stop' &&
      visit(objects.filter((o) => is(o, 'iam.kubesphere.io', 'ClusterRoleBinding')).map(toBinding), 'cluster', true) === true);
  // rbac.go:L129-133: a denial carries "RBAC: <aggregate of errors>" (utilerrors.NewAggregate).
  const unique = [...new Set(errors)];
  const reason = allowed || unique.length === 0 ? '' : `RBAC: ${unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`}`;
  return { allowed, reason };
}

/**
 * responsewriters.Forbidden (vendor/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/errors.go:L36-58):
 * message `User %q cannot %s path %q` (HTML-sanitised), errors.NewForbidden with an empty resource
 * (`forbidden: <msg>`, empty details), X-Content-Type-Options nosniff, then ErrorNegotiated →
 * WriteObjectNegotiated (writers.go:L262-283, L315-330).
 */
export function forbidden(
  user: UserInfo,
  verb: string,
  path: string,
  reason: string,
  accept: string | undefined,
  rawQuery: string,
  userAgent: string | undefined,
): ApiResponse {
  const sanitize = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const msg = sanitize(`User ${goQuote(user.name)} cannot ${verb} path ${goQuote(path)}`);
  const body = status({
    typed: true,
    status: 'Failure',
    message: `forbidden: ${reason ? `${msg}: ${reason}` : msg}`,
    reason: 'Forbidden',
    details: {},
    code: 403,
  });
  const header = new GoHeader();
  header.set('X-Content-Type-Options', 'nosniff');
  if (!acceptsJSON(accept)) return writeRawJSON(403, body, header); // negotiation failed on an error status (L273-279)
  header.set('Content-Type', 'application/json');
  // negotiation/negotiate.go:L53, L96-114: ?pretty=<bool>, else curl/Wget/Mozilla/5.0 user agents get
  // MarshalIndent (no trailing newline); others json.Encoder (trailing newline).
  const query = new URLSearchParams(rawQuery);
  const pp = rawQuery.includes('pretty') ? query.get('pretty') : null;
  const pretty = pp ? ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(pp) : /^(curl|Wget|Mozilla\/5\.0)/.test(userAgent ?? '');
  return respond(403, header, pretty ? goJSON(body, 2) : `${goJSON(body)}\n`);
}

/**
 * Which serializer of serializer.NewCodecFactory(runtime.NewScheme()) the Accept header picks; JSON
 * is first, so an empty Accept, * / *, application/* and application/json give JSON. YAML and
 * protobuf answers are not emulated (JSON is written instead).
 */
function acceptsJSON(accept: string | undefined): boolean {
  if (!accept?.trim()) return true;
  return accept.split(',').some((clause) => {
    const [type, ...params] = clause
      .trim()
      .split(';')
      .map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return (
      (!q || Number(q.slice(2)) > 0) &&
      ['*/*', 'application/*', 'application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'].includes(type)
    );
  });
}
