/**
 * The control API: seeds, status injection, raw objects, events, clock.
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import { argoStatus, call, DEMO_NS, newApp, useEmulator } from './harness';

const env = useEmulator();
const CONTROL = '/_emulator/v1';

describe('reset', () => {
  it('switches between named seeds', async () => {
    expect((await call(`${CONTROL}/reset`, { method: 'POST', body: { seed: 'empty' } })).json).toEqual({ ok: true, seed: 'empty' });
    expect((await call(`${DEMO_NS}/applications`)).json.totalItems).toBe(0);
    expect((await call('/kapis/tenant.kubesphere.io/v1beta1/workspacetemplates')).json.totalItems).toBe(2);

    await call(`${CONTROL}/reset`, { method: 'POST', body: { seed: 'large-list', count: 50 } });
    const list = await call(`${DEMO_NS}/applications?limit=20&page=3`);
    expect([list.json.totalItems, list.json.items.length]).toEqual([50, 10]);
    expect(argoStatus(list.json.items[0]).sync.status).toBe(list.json.items[0].metadata.labels['gitops.kubesphere.io/sync-status']);

    await call(`${CONTROL}/reset`, { method: 'POST', body: { seed: 'large-tree', resources: 300 } });
    const tree = await call(`${DEMO_NS}/applications/large-tree`);
    expect(argoStatus(tree.json).resources).toHaveLength(300);
    expect(tree.json.metadata.labels['gitops.kubesphere.io/sync-status']).toBe('Synced');

    expect((await call(`${CONTROL}/reset`, { method: 'POST', body: { seed: 'nope' } })).status).toBe(400);
    await call(`${CONTROL}/reset`, { method: 'POST', body: {} });
    expect((await call(`${DEMO_NS}/applications`)).json.totalItems).toBe(14);
  });

  it('loads given objects, reconciled or kept as they are', async () => {
    const kept = newApp('static');
    kept.metadata.namespace = 'demo-project';
    kept.metadata.labels = { 'gitops.kubesphere.io/health-status': 'Healthy' };
    kept.status = { argoApp: '{"health":{"status":"Healthy"}}' };
    const live: Record<string, Loose> = { ...newApp('lively'), cluster: 'member-1' };
    live.metadata.namespace = 'demo-project';
    live.metadata.labels = { 'gitops.kubesphere.io/argocd-location': 'argocd' };
    await call(`${CONTROL}/reset`, { method: 'POST', body: { objects: [kept], reconcile: false } });
    env.emulator.settle();
    expect((await call(`${DEMO_NS}/applications/static`)).json.status.argoApp).toBe('{"health":{"status":"Healthy"}}');
    await call(`${CONTROL}/reset`, { method: 'POST', body: { objects: [live] } });
    env.emulator.settle();
    const got = await call(`/clusters/member-1${DEMO_NS}/applications/lively`);
    expect(got.json.metadata.labels['gitops.kubesphere.io/argocd-application']).toBe('lively');
    expect(argoStatus(got.json).sync.status).toBe('OutOfSync');
    const bad = await call(`${CONTROL}/reset`, { method: 'POST', body: { objects: [{ metadata: { name: 'x' } }] } });
    expect(bad.status).toBe(400);
  });
});

describe('argo-status', () => {
  it('applies a status exactly as the status controller would', async () => {
    const status = {
      sync: { status: 'OutOfSync', revision: 'abc' },
      health: { status: 'Degraded', message: 'x < y && z > w' },
      summary: { images: ['nginx:1.25', 'redis:7'] },
      operationState: { phase: 'Succeeded', startedAt: '2025-03-01T09:00:00Z' },
    };
    const r = await call(`${CONTROL}/clusters/host/namespaces/demo-project/applications/guestbook/argo-status`, {
      method: 'PUT',
      body: status,
    });
    expect(r.status).toBe(200);
    const app = (await call(`${DEMO_NS}/applications/guestbook`)).json;
    expect(app.metadata.labels['gitops.kubesphere.io/sync-status']).toBe('OutOfSync');
    expect(app.metadata.labels['gitops.kubesphere.io/health-status']).toBe('Degraded');
    expect(app.metadata.annotations['gitops.kubesphere.io/images']).toBe('nginx:1.25,redis:7');
    expect(app.status.argoApp).toBe(
      '{"health":{"message":"x \\u003c y \\u0026\\u0026 z \\u003e w","status":"Degraded"},"operationState":{"phase":"Succeeded","startedAt":"2025-03-01T09:00:00Z"},"summary":{"images":["nginx:1.25","redis:7"]},"sync":{"revision":"abc","status":"OutOfSync"}}',
    );
    // Pinned: a later unrelated step does not overwrite the injected status.
    env.emulator.settle();
    expect((await call(`${DEMO_NS}/applications/guestbook`)).json.status.argoApp).toBe(app.status.argoApp);
  });

  it('clears the KubeSphere operation unless the injected phase is Running', async () => {
    const url = `${CONTROL}/clusters/host/namespaces/demo-project/applications/sync-waves/argo-status`;
    await call(url, { method: 'PUT', body: { operationState: { phase: 'Running' }, sync: { status: 'Synced' } } });
    expect((await call(`${DEMO_NS}/applications/sync-waves`)).json.spec.argoApp.operation).toBeDefined();
    await call(url, { method: 'PUT', body: { operationState: { phase: 'Failed' }, sync: { status: 'Synced' } } });
    expect((await call(`${DEMO_NS}/applications/sync-waves`)).json.spec.argoApp.operation).toBeUndefined();
    expect(
      (await call(`${CONTROL}/clusters/host/namespaces/demo-project/applications/nope/argo-status`, { method: 'PUT', body: {} })).status,
    ).toBe(404);
  });
});

describe('raw objects', () => {
  it('stores untrusted data verbatim and serves it with Go escaping', async () => {
    const hostile = {
      metadata: {
        name: '<img src=x onerror=alert(1)>',
        labels: { 'gitops.kubesphere.io/health-status': '<b>Healthy</b>' },
        annotations: { 'kubesphere.io/alias-name': '"><script>alert(1)</script>' },
      },
      spec: { argoApp: { spec: { source: { repoURL: 'javascript:alert(1)' } } } },
      status: { argoApp: '{"conditions":[{"type":"ComparisonError","message":"<a href=javascript:x>click</a>"}]}' },
    };
    const put = await call(`${CONTROL}/clusters/host/namespaces/demo-project/applications/hostile`, { method: 'PUT', body: hostile });
    expect(put.status).toBe(200);
    const r = await call(`${DEMO_NS}/applications/hostile`);
    expect(r.json.metadata.name).toBe('<img src=x onerror=alert(1)>');
    expect(r.text).not.toMatch(/[<>]/);
    expect(r.text).toContain('\\u003cscript\\u003e');
    const list = await call(`${DEMO_NS}/applications?name=script`);
    expect(list.json.items.map((i: Loose) => i.metadata.name)).toEqual(['<img src=x onerror=alert(1)>']);
    const byHealth = await call(`${DEMO_NS}/applications?healthStatus=${encodeURIComponent('<b>Healthy</b>')}`);
    expect(byHealth.json.totalItems).toBe(1);
    const summary = await call(`${DEMO_NS}/application-summary`);
    expect(summary.json.healthStatus['<b>Healthy</b>']).toBe(1);
    const weird = await call(`${CONTROL}/clusters/host/namespaces/demo-project/applications/weird`, {
      method: 'PUT',
      body: { metadata: 'not an object', spec: 42 },
    });
    expect(weird.status).toBe(200);
    expect((await call(`${DEMO_NS}/applications`)).status).toBe(200);
  });
});

describe('events, config and clock', () => {
  it('filters events', async () => {
    const r = await call(`${CONTROL}/events?namespace=demo-project&type=Warning`);
    expect(r.json.items.map((e: Loose) => e.involvedObject.name)).toEqual([
      'private-guestbook',
      'notification-dispatcher-eu-central-1-production-blue-green-rollout',
      'retired-dashboard',
    ]);
    expect((await call(`${CONTROL}/events?cluster=member-1`)).json.items).toEqual([]);
  });

  it('reads and changes the timing', async () => {
    expect((await call(`${CONTROL}/config`)).json.timing).toBe('instant');
    expect((await call(`${CONTROL}/config`, { method: 'PUT', body: { timing: 'slow' } })).status).toBe(400);
    expect((await call(`${CONTROL}/config`, { method: 'PUT', body: { timing: 'realistic' } })).json.timing).toBe('realistic');
    expect(env.emulator.timing).toBe('realistic');
    env.emulator.setTiming('instant');
  });

  it('drives the clock through tick, advance and settle', async () => {
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('clocked') });
    expect((await call(`${CONTROL}/tick`, { method: 'POST' })).json.ran).toBe(1);
    const before = env.emulator.now();
    await call(`${CONTROL}/advance`, { method: 'POST', body: { ms: 5000 } });
    expect(env.emulator.now()).toBe(before + 5000);
    expect((await call(`${CONTROL}/settle`, { method: 'POST' })).json.pendingTasks).toBe(0);
    const argo = await call(`${CONTROL}/clusters/host/argo-applications`);
    const clocked = argo.json.items.find((a: Loose) => a.name === 'clocked');
    expect(clocked.labels['gitops.kubesphere.io/argocd-application-control-by']).toBe('ks-devops');
    expect(clocked.spec.project).toBe('demo-project');
  });

  it('lists users and rejects unknown endpoints', async () => {
    expect((await call(`${CONTROL}/users`)).json.items.map((u: Loose) => u.name)).toEqual([
      'admin',
      'tenant',
      'viewer',
      'devops-only',
      'no-watch',
      'outsider',
    ]);
    expect((await call(`${CONTROL}/nope`)).status).toBe(404);
  });
});
