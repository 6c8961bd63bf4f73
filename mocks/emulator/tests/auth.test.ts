/**
 * Users, permissions and injected faults: 403/401 as ks-apiserver sends them.
 */
import { describe, expect, it } from 'vitest';
import { call, DEMO_NS, GITOPS, newApp, useEmulator } from './harness';

const env = useEmulator();
const STAGING = `${GITOPS}/namespaces/demo-staging`;

function forbiddenBody(message: string, details: Record<string, string>) {
  return (
    JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason: 'Forbidden',
      details,
      code: 403,
    }) + '\n'
  );
}

describe('who is calling', () => {
  it('defaults to admin and picks the user from the header, the cookie or a bearer JWT', async () => {
    const outsider = `${DEMO_NS}/applications`;
    expect((await call(outsider)).status).toBe(200);
    expect((await call(outsider, { user: 'outsider' })).status).toBe(403);
    expect((await call(outsider, { headers: { cookie: 'lang=en; emulator-user=outsider' } })).status).toBe(403);
    const payload = Buffer.from(JSON.stringify({ username: 'outsider' })).toString('base64url');
    expect((await call(outsider, { headers: { authorization: `Bearer e30.${payload}.sig` } })).status).toBe(403);
  });

  it('answers an unknown user with a 401 Status', async () => {
    const r = await call(`${DEMO_NS}/applications`, { user: 'mallory' });
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Unauthorized', code: 401 });
  });

  it('records the caller as initiatedBy of a sync', async () => {
    const r = await call(`${DEMO_NS}/applications/inventory/sync`, { method: 'POST', body: {}, user: 'tenant' });
    expect(r.json.spec.argoApp.operation.initiatedBy).toEqual({ username: 'tenant' });
  });
});

describe('tenant', () => {
  it('manages applications in demo-project (on every cluster)', async () => {
    const t = { user: 'tenant' };
    expect((await call(`${DEMO_NS}/applications`, t)).status).toBe(200);
    expect((await call(`${DEMO_NS}/applications`, { ...t, method: 'POST', body: newApp('mine') })).status).toBe(200);
    const app = (await call(`${DEMO_NS}/applications/mine`, t)).json;
    expect((await call(`${DEMO_NS}/applications/mine`, { ...t, method: 'PUT', body: app })).status).toBe(200);
    expect((await call(`${DEMO_NS}/applications/mine/sync`, { ...t, method: 'POST', body: {} })).status).toBe(200);
    expect((await call(`${DEMO_NS}/applications/mine`, { ...t, method: 'DELETE' })).status).toBe(200);
    expect((await call(`/clusters/member-1${DEMO_NS}/applications/sock-shop/sync`, { ...t, method: 'POST', body: {} })).status).toBe(200);
  });

  it('only views demo-staging: writes get the Kubernetes forbidden message', async () => {
    const t = { user: 'tenant' };
    expect((await call(`${STAGING}/applications`, t)).status).toBe(200);
    expect((await call(`${STAGING}/application-summary`, t)).status).toBe(200);
    expect((await call(`${STAGING}/applications/guestbook-staging`, t)).status).toBe(200);

    const sync = await call(`${STAGING}/applications/guestbook-staging/sync`, { ...t, method: 'POST', body: {} });
    expect(sync.status).toBe(403);
    expect(sync.headers.get('content-type')).toBe('application/json');
    expect(sync.text).toBe(
      forbiddenBody(
        'applications.gitops.kubesphere.io "guestbook-staging" is forbidden: User "tenant" cannot create resource "applications/sync" in API group "gitops.kubesphere.io" in the namespace "demo-staging"',
        { name: 'guestbook-staging', group: 'gitops.kubesphere.io', kind: 'applications' },
      ),
    );
    const create = await call(`${STAGING}/applications`, { ...t, method: 'POST', body: newApp('x') });
    expect(create.json.message).toBe(
      'applications.gitops.kubesphere.io is forbidden: User "tenant" cannot create resource "applications" in API group "gitops.kubesphere.io" in the namespace "demo-staging"',
    );
    expect(create.json.details).toEqual({ group: 'gitops.kubesphere.io', kind: 'applications' });
    const update = await call(`${STAGING}/applications/guestbook-staging`, { ...t, method: 'PUT', body: {} });
    expect(update.json.message).toContain('cannot update resource "applications"');
    const del = await call(`${STAGING}/applications/guestbook-staging`, { ...t, method: 'DELETE' });
    expect(del.json.message).toContain('cannot delete resource "applications"');
    const patch = await call(`${STAGING}/applications/guestbook-staging`, { ...t, method: 'PATCH', body: {} });
    expect(patch.status).toBe(403);
    expect(patch.json.message).toContain('cannot patch resource "applications"');
  });
});

describe('viewer and outsider', () => {
  it('viewer sees every DevOps project of the workspace but changes nothing', async () => {
    const v = { user: 'viewer' };
    expect((await call(`${DEMO_NS}/applications`, v)).status).toBe(200);
    expect((await call(`${STAGING}/applications`, v)).status).toBe(200);
    expect((await call(`${DEMO_NS}/applications/guestbook/sync`, { ...v, method: 'POST', body: {} })).status).toBe(403);
    expect((await call(`${DEMO_NS}/applications/guestbook`, { ...v, method: 'DELETE' })).status).toBe(403);
  });

  it('outsider is refused even reads, with list and get wording', async () => {
    const o = { user: 'outsider' };
    const list = await call(`${DEMO_NS}/applications`, o);
    expect(list.text).toBe(
      forbiddenBody(
        'applications.gitops.kubesphere.io is forbidden: User "outsider" cannot list resource "applications" in API group "gitops.kubesphere.io" in the namespace "demo-project"',
        { group: 'gitops.kubesphere.io', kind: 'applications' },
      ),
    );
    const get = await call(`${DEMO_NS}/applications/guestbook`, o);
    expect(get.json.message).toBe(
      'applications.gitops.kubesphere.io "guestbook" is forbidden: User "outsider" cannot get resource "applications" in API group "gitops.kubesphere.io" in the namespace "demo-project"',
    );
    const summary = await call(`${DEMO_NS}/application-summary`, o);
    expect(summary.json.message).toBe(
      'application-summary.gitops.kubesphere.io is forbidden: User "outsider" cannot list resource "application-summary" in API group "gitops.kubesphere.io" in the namespace "demo-project"',
    );
    // GlobalRole devops-authenticated lets everyone list Argo CD destinations.
    expect((await call(`${GITOPS}/clusters`, o)).status).toBe(200);
  });
});

describe('faults', () => {
  it('an expired login token turns every API call into 401, but not the control API', async () => {
    expect((await call('/_emulator/v1/faults', { method: 'PUT', body: { sessionExpired: true } })).status).toBe(200);
    const r = await call(`${DEMO_NS}/applications`);
    expect(r.status).toBe(401);
    expect(r.text).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"jwt: token is expired by 0s","reason":"Unauthorized","code":401}\n',
    );
    expect((await call('/kapis/tenant.kubesphere.io/v1beta1/workspacetemplates')).status).toBe(401);
    expect((await call('/_emulator/v1/faults')).json.sessionExpired).toBe(true);
    env.emulator.setFaults({ sessionExpired: false });
    expect((await call(`${DEMO_NS}/applications`)).status).toBe(200);
  });

  it('injects server errors at the configured rate and status', async () => {
    await call('/_emulator/v1/faults', { method: 'PUT', body: { errorRate: 1, errorStatus: 500 } });
    const r = await call(`${DEMO_NS}/applications`);
    expect([r.status, r.text]).toEqual([500, 'etcdserver: request timed out\n']);
    await call('/_emulator/v1/faults', { method: 'PUT', body: { errorStatus: 503 } });
    expect((await call(`${DEMO_NS}/applications`)).json.ErrStatus.code).toBe(503);
    expect((await call('/_emulator/v1/events')).status).toBe(200);
    const bad = await call('/_emulator/v1/faults', { method: 'PUT', body: { errorRate: 2 } });
    expect(bad.status).toBe(400);
    env.emulator.setFaults({ errorRate: 0 });
  });

  it('stores latency without applying it to the control API', async () => {
    const r = await call('/_emulator/v1/faults', { method: 'PUT', body: { latencyMs: 5 } });
    expect(r.json).toEqual({ latencyMs: 5, errorRate: 0, errorStatus: 503, sessionExpired: false, watchDisabled: false });
    expect((await call(`${DEMO_NS}/applications?limit=1`)).status).toBe(200);
    env.emulator.setFaults({ latencyMs: 0 });
  });
});
