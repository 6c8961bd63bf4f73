import { describe, expect, it } from 'vitest';
import { ANONYMOUS, authenticated, authorize, forbidden, userBinding } from './rbac';
import { goQueryEncode } from './http';
import type { KsObject } from './objects';

const grant = (kind: string, name: string, roleKind = 'GlobalRole'): KsObject => ({
  apiVersion: 'iam.kubesphere.io/v1beta1',
  kind,
  metadata: { name },
  roleRef: { apiGroup: 'iam.kubesphere.io', kind: roleKind, name: 'files' },
  subjects: [{ kind: 'Group', name: 'system:authenticated' }],
});
const role = (kind: string, verbs: string[], urls = ['/proxy/x/*']): KsObject => ({
  apiVersion: 'iam.kubesphere.io/v1beta1',
  kind,
  metadata: { name: 'files' },
  rules: [{ nonResourceURLs: urls, verbs }],
});

describe('authorize (non-resource requests)', () => {
  it('lets anyone reach excludedPaths with any verb, and nobody else reach /proxy by default', () => {
    expect(authorize([], ANONYMOUS, 'POST', '/dist/x/index.js').allowed).toBe(true);
    expect(authorize([], ANONYMOUS, 'GET', '/dist').allowed).toBe(false);
    expect(authorize([], authenticated('tenant'), 'GET', '/proxy/x/a.js', [userBinding('tenant', 'platform-regular')]).allowed).toBe(false);
    expect(authorize([], authenticated('boss'), 'GET', '/proxy/x/a.js', [userBinding('boss', 'platform-admin')]).allowed).toBe(true);
    expect(authorize([], authenticated('admin'), 'DELETE', '/proxy/x/a.js').allowed).toBe(true); // built-in binding "admin"
    expect(authorize([], ANONYMOUS, 'GET', '/static/images/a.png').allowed).toBe(true);
  });

  it('matches verbs exactly and nonResourceURLs by trailing-* prefix', () => {
    const objects = [role('GlobalRole', ['GET']), grant('GlobalRoleBinding', 'files')];
    expect(authorize(objects, authenticated('t'), 'GET', '/proxy/x/deep/a.js').allowed).toBe(true);
    expect(authorize(objects, authenticated('t'), 'HEAD', '/proxy/x/a.js').allowed).toBe(false);
    expect(authorize(objects, authenticated('t'), 'GET', '/proxy/xy').allowed).toBe(false);
    expect(authorize(objects, ANONYMOUS, 'GET', '/proxy/x/a.js').allowed).toBe(false);
  });

  it('also consults iam.kubesphere.io ClusterRoleBindings, and reports unsupported role kinds', () => {
    expect(
      authorize([role('ClusterRole', ['*']), grant('ClusterRoleBinding', 'files', 'ClusterRole')], authenticated('t'), 'GET', '/proxy/x/a')
        .allowed,
    ).toBe(true);
    const odd = authorize([grant('GlobalRoleBinding', 'files', 'Nope')], authenticated('t'), 'GET', '/proxy/x/a');
    expect(odd).toEqual({ allowed: false, reason: 'RBAC: unsupported role reference kind: "Nope"' });
    const res = forbidden(authenticated('t'), 'GET', '/proxy/<x>', odd.reason, 'application/json', '', 'node');
    expect(JSON.parse(res.body.toString()).message).toBe(
      'forbidden: User "t" cannot GET path "/proxy/&lt;x&gt;": RBAC: unsupported role reference kind: "Nope"',
    );
    expect(res.body.toString()).toContain('\\u0026lt;x\\u0026gt;');
  });

  it('writes WriteRawJSON when the Accept header allows no serializer', () => {
    const res = forbidden(ANONYMOUS, 'GET', '/proxy/x', '', 'text/html', '', undefined);
    expect([res.status, res.header.get('Content-Type'), res.body.toString().startsWith('{\n  "kind": "Status"')]).toEqual([
      403,
      'application/json',
      true,
    ]);
  });
});

describe('goQueryEncode (url.Values.Encode)', () => {
  it('sorts keys, drops ";" pairs and undecodable pairs, escapes like QueryEscape', () => {
    expect(goQueryEncode('b=2&a=x y&a=1&c;d=1&e=%zz&f')).toBe('a=x+y&a=1&b=2&f=');
    expect(goQueryEncode('resourceVersion=12')).toBe('resourceVersion=12');
    expect(goQueryEncode('p=%2F%7E!')).toBe('p=%2F~%21');
  });
});
