/**
 * ks-apiserver's front door for what the emulator does not serve, and the
 * order of its filters: authentication, cluster, authorization, then
 * go-restful (`/kapis`) or kube-apiserver (`/api`, `/apis`). Also the texts
 * of injected faults and of a few go-restful refusals.
 */
import { describe, expect, it } from 'vitest';
import { call, DEMO_NS, GITOPS, useEmulator } from './harness';
import { parseRequestInfo } from '../api/requestinfo';

const env = useEmulator();

const TEXT = 'text/plain; charset=utf-8';
const KUBE_404 =
  '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}\n';

describe('unknown paths', () => {
  it('answers /kapis paths nobody serves with go-restful 404 text, any method, any group', async () => {
    for (const [path, method] of [
      ['/kapis/foo.example.io/v1/bars', 'GET'],
      ['/kapis/foo.example.io/v1/bars', 'POST'],
      ['/kapis/tenant.kubesphere.io/v1beta1/nothing', 'GET'],
      ['/kapis/foo', 'GET'],
      ['/clusters/member-1/kapis/foo.example.io/v1/bars', 'DELETE'],
      ['/kapis/clusters/host/foo.example.io/v1/bars', 'GET'],
    ]) {
      const r = await call(path, { method });
      expect([path, method, r.status, r.text, r.headers.get('content-type')]).toEqual([path, method, 404, '404: Page Not Found', TEXT]);
    }
  });

  it('answers /api and /apis paths with kube-apiserver NotFound Status, indented for curl and browsers', async () => {
    for (const path of ['/apis/apps/v1/namespaces/demo/widgets', '/api/v1/nonexistents', '/clusters/member-1/apis/x.io/v1/y']) {
      const r = await call(path);
      expect([path, r.status, r.text, r.headers.get('content-type')]).toEqual([path, 404, KUBE_404, 'application/json']);
    }
    const curl = await call('/api/v1/nonexistents', { headers: { 'user-agent': 'curl/8.5.0' } });
    expect(curl.text).toBe(JSON.stringify(JSON.parse(KUBE_404), null, 2));
    expect((await call('/api/v1/nonexistents?pretty=false', { headers: { 'user-agent': 'Mozilla/5.0 (X11)' } })).text).toBe(KUBE_404);
  });

  it('refuses them to users without a rule, before answering 404', async () => {
    const list = await call('/kapis/foo.example.io/v1/bars', { user: 'tenant' });
    expect([list.status, list.json.message, list.json.details]).toEqual([
      403,
      'bars.foo.example.io is forbidden: User "tenant" cannot list resource "bars" in API group "foo.example.io" at the cluster scope',
      { group: 'foo.example.io', kind: 'bars' },
    ]);
    const core = await call('/api/v1/namespaces/demo-project/widgets/web', { user: 'viewer' });
    expect(core.json.message).toBe(
      'widgets "web" is forbidden: User "viewer" cannot get resource "widgets" in API group "" in the namespace "demo-project"',
    );
    expect(core.json.details).toEqual({ name: 'web', kind: 'widgets' });
    const path = await call('/kapis/foo', { user: 'tenant', method: 'POST' });
    expect(path.text).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"forbidden: User \\"tenant\\" cannot POST path \\"/kapis/foo\\"","reason":"Forbidden","details":{},"code":403}\n',
    );
  });

  it('leaves the console pages under /clusters/ alone', () => {
    expect(parseRequestInfo('/clusters/host/overview')).toBeUndefined();
    expect(parseRequestInfo('/workspaces/demo-workspace/gitops')).toBeUndefined();
    expect(parseRequestInfo('/clusters/host/apis/apps/v1')).toMatchObject({ cluster: 'host', prefix: 'apis', resourceRequest: false });
    expect(parseRequestInfo('/kapis/clusters/member-1/gitops.kubesphere.io/v1alpha1/clusters')).toMatchObject({
      cluster: 'member-1',
      group: 'gitops.kubesphere.io',
      version: 'v1alpha1',
      parts: ['clusters'],
    });
  });
});

describe('filter order', () => {
  it('authenticates first, then resolves the cluster, then authorizes', async () => {
    const unknownUser = await call(`/clusters/nope${DEMO_NS}/applications`, { user: 'mallory' });
    expect([unknownUser.status, unknownUser.text]).toEqual([
      401,
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"User.iam.kubesphere.io \\"mallory\\" not found","reason":"Unauthorized","code":401}\n',
    ]);
    const outsider = await call(`/clusters/nope${DEMO_NS}/applications`, { user: 'outsider', method: 'POST', body: {} });
    expect([outsider.status, outsider.json.ErrStatus.message]).toEqual([400, 'cluster nope not exists']);
  });

  it('reads a bearer token that is not a JWT as ks-apiserver does', async () => {
    const r = await call(`${DEMO_NS}/applications`, { headers: { authorization: 'Bearer not-a-jwt' } });
    expect([r.status, r.json.message]).toEqual([401, 'token contains an invalid number of segments']);
  });
});

describe('go-restful refusals and injected faults', () => {
  it('406 lists what the route produces; application/* is not JSON to go-restful', async () => {
    for (const accept of ['text/html', 'application/*', 'application/json-seq']) {
      const r = await call(`${DEMO_NS}/applications`, { headers: { accept } });
      expect([accept, r.status, r.text]).toEqual([accept, 406, '406: Not Acceptable\n\nAvailable representations: application/json']);
    }
    const ok = await call(`${DEMO_NS}/applications?limit=1`, { headers: { accept: 'text/html;q=0.9, application/json;q=0.8' } });
    expect(ok.status).toBe(200);
  });

  it('writes an expired session as the JWT verifier does, with the Go duration since expiry', async () => {
    env.emulator.setFaults({ sessionExpired: true });
    env.emulator.advance(61_500);
    const r = await call(`${GITOPS}/clusters`);
    expect([r.status, r.json.message]).toEqual([401, 'jwt: token is expired by 1m1.5s']);
  });

  it('writes the 502 and 503 of the APIService proxy', async () => {
    env.emulator.setFaults({ errorRate: 1, errorStatus: 502 });
    const bad = await call(`${DEMO_NS}/applications`);
    expect([bad.status, bad.text]).toEqual([
      502,
      '{\n  "ErrStatus": {\n    "metadata": {},\n    "message": "Error while proxying request: dial tcp 10.233.12.7:9090: connect: connection refused",\n    "reason": "Bad Gateway",\n    "code": 502\n  }\n}',
    ]);
    env.emulator.setFaults({ errorStatus: 503 });
    const down = await call(`${DEMO_NS}/applications`);
    expect([down.status, down.json.ErrStatus]).toEqual([
      503,
      {
        metadata: {},
        status: 'Failure',
        message: 'apiService v1alpha1.gitops.kubesphere.io is not available',
        reason: 'ServiceUnavailable',
        code: 503,
      },
    ]);
  });

  it('names the Kind when a context object is missing', async () => {
    const ws = await call('/kapis/tenant.kubesphere.io/v1beta1/workspacetemplates/nowhere');
    expect([ws.status, ws.text]).toEqual([404, 'WorkspaceTemplate.tenant.kubesphere.io "nowhere" not found\n']);
    const user = await call('/kapis/iam.kubesphere.io/v1beta1/users/nobody');
    expect([user.status, user.text]).toEqual([404, 'User.iam.kubesphere.io "nobody" not found\n']);
  });
});
