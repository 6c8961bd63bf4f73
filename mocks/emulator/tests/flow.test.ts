/**
 * The controller timeline of the reference (§3.3), driven step by step with
 * the instant clock: the full curl flow of the guide plus the failure modes.
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import { argoStatus, call, DEMO_NS, newApp, useEmulator } from './harness';

const env = useEmulator({ seed: 'empty' });

const LOCATION = 'gitops.kubesphere.io/argocd-location';
const ARGO_APP = 'gitops.kubesphere.io/argocd-application';
const SYNC = 'gitops.kubesphere.io/sync-status';
const HEALTH = 'gitops.kubesphere.io/health-status';

async function get(name: string, ns = DEMO_NS) {
  const r = await call(`${ns}/applications/${name}`);
  expect(r.status).toBe(200);
  return r.json;
}

describe('the reference curl flow', () => {
  it('create -> labels -> status -> sync -> busy -> done -> sync again -> delete', async () => {
    const em = env.emulator;
    const body = newApp('guestbook', { destination: { server: 'https://kubernetes.default.svc', namespace: 'guestbook' } });
    const created = await call(`${DEMO_NS}/applications`, { method: 'POST', body });
    expect(created.status).toBe(200);
    expect(created.json.metadata.labels).toEqual({ [LOCATION]: 'argocd' });
    expect(created.json.metadata.finalizers).toBeUndefined();
    expect(created.json.status).toEqual({ fluxApp: {} });
    expect(created.json.kind).toBeUndefined();

    // The ApplicationReconciler reacts first: Argo CD app, label, project, finalizer.
    em.tick();
    let app = await get('guestbook');
    expect(app.metadata.labels[ARGO_APP]).toBe('guestbook');
    expect(app.spec.argoApp.spec.project).toBe('demo-project');
    expect(app.metadata.finalizers).toEqual(['application.gitops.kubesphere.io']);
    expect(app.metadata.generation).toBe(2);
    expect(app.status).toEqual({ fluxApp: {} });
    expect(em.store.getArgoApplication('host', 'guestbook')?.spec.project).toBe('demo-project');

    // Argo CD reconciles: nothing deployed yet, manual sync policy.
    em.settle();
    app = await get('guestbook');
    expect(app.metadata.labels[SYNC]).toBe('OutOfSync');
    expect(app.metadata.labels[HEALTH]).toBe('Missing');
    expect(app.metadata.annotations['gitops.kubesphere.io/images']).toBe('');
    expect(typeof app.status.argoApp).toBe('string');
    const status = argoStatus(app);
    expect(Object.keys(status)).toEqual([...Object.keys(status)].sort());
    expect(status.resources.map((r: Loose) => `${r.kind}/${r.name}`)).toEqual(['Deployment/guestbook-ui', 'Service/guestbook-ui']);

    const sync = await call(`${DEMO_NS}/applications/guestbook/sync`, {
      method: 'POST',
      body: { prune: true, syncOptions: ['CreateNamespace=true'] },
    });
    expect(sync.status).toBe(200);
    expect(sync.json.spec.argoApp.operation).toEqual({
      sync: { prune: true, syncOptions: ['CreateNamespace=true'] },
      initiatedBy: { username: 'admin' },
      retry: {},
    });

    const again = await call(`${DEMO_NS}/applications/guestbook/sync`, { method: 'POST', body: {} });
    expect(again.status).toBe(400);
    expect(again.text).toBe('[ServiceError:400] another operation is already in progress\n');

    // Operation starts: Running is visible in status.argoApp.
    let running = false;
    for (let i = 0; i < 20 && !running; i++) {
      em.tick();
      running = argoStatus(await get('guestbook'))?.operationState?.phase === 'Running';
    }
    expect(running).toBe(true);
    expect((await get('guestbook')).spec.argoApp.operation).toBeDefined();

    em.settle();
    app = await get('guestbook');
    expect(app.spec.argoApp.operation).toBeUndefined();
    const done = argoStatus(app);
    expect(done.operationState.phase).toBe('Succeeded');
    expect(done.operationState.message).toBe('successfully synced (all tasks run)');
    expect(done.operationState.operation.initiatedBy).toEqual({ username: 'admin' });
    expect(done.operationState.operation.retry).toEqual({});
    expect(done.operationState.startedAt).toBeDefined();
    expect(done.operationState.finishedAt).toBeDefined();
    expect(done.operationState.syncResult.revision).toMatch(/^[0-9a-f]{40}$/);
    expect(done.operationState.syncResult.resources.map((r: Loose) => r.message)).toEqual([
      'deployment.apps/guestbook-ui created',
      'service/guestbook-ui created',
    ]);
    expect(done.history).toHaveLength(1);
    expect(Object.keys(done.history[0]).sort()).toEqual(['deployStartedAt', 'deployedAt', 'id', 'revision', 'source']);
    expect(app.metadata.labels[SYNC]).toBe('Synced');
    expect(app.metadata.labels[HEALTH]).toBe('Healthy');
    expect(app.metadata.annotations['gitops.kubesphere.io/images']).toBe('gcr.io/heptio-images/ks-guestbook-demo:0.2');

    const third = await call(`${DEMO_NS}/applications/guestbook/sync`, { method: 'POST', body: {} });
    expect(third.status).toBe(200);
    em.settle();
    expect(argoStatus(await get('guestbook')).history).toHaveLength(2);

    const del = await call(`${DEMO_NS}/applications/guestbook?cascade=true`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect(del.json.metadata.finalizers).toEqual(['application.gitops.kubesphere.io', 'resources-finalizer.argocd.argoproj.io']);
    expect(del.json.metadata.deletionTimestamp).toBeUndefined();
    const deleting = await call(`${DEMO_NS}/applications/guestbook`);
    expect(deleting.json.metadata.deletionTimestamp).toBeDefined();
    em.settle();
    expect((await call(`${DEMO_NS}/applications/guestbook`)).status).toBe(404);
    expect(em.store.getArgoApplication('host', 'guestbook')).toBeUndefined();
    expect(em.store.liveObjects('host')).toEqual([]);
  });

  it('auto-sync deploys by itself and goes Progressing before Healthy', async () => {
    const em = env.emulator;
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('auto', { syncPolicy: { automated: { prune: true } } }) });
    const seen = new Set<string>();
    for (let i = 0; i < 50 && em.tick(); i++) {
      const labels = (await get('auto')).metadata.labels;
      if (labels[HEALTH]) seen.add(`${labels[HEALTH]}/${labels[SYNC]}`);
    }
    expect(seen).toContain('Progressing/Synced');
    const app = await get('auto');
    expect(app.metadata.labels[HEALTH]).toBe('Healthy');
    expect(argoStatus(app).operationState.operation.initiatedBy).toEqual({ automated: true });
  });

  it('non-cascading delete keeps the deployed objects', async () => {
    const em = env.emulator;
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('keep', { syncPolicy: { automated: {} } }) });
    em.settle();
    expect(em.store.liveObjects('host')).toHaveLength(2);
    const del = await call(`${DEMO_NS}/applications/keep`, { method: 'DELETE' });
    expect(del.json.metadata.finalizers).toEqual(['application.gitops.kubesphere.io']);
    em.settle();
    expect((await call(`${DEMO_NS}/applications/keep`)).status).toBe(404);
    expect(em.store.liveObjects('host')).toHaveLength(2);
  });
});

describe('failure modes', () => {
  it('an unreachable repository gives a ComparisonError and Unknown/Unknown', async () => {
    const em = env.emulator;
    const source = { repoURL: 'https://github.com/acme/does-not-exist', targetRevision: 'HEAD', path: 'x' };
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('ghost', { source }) });
    em.settle();
    const app = await get('ghost');
    expect(app.metadata.labels[SYNC]).toBe('Unknown');
    expect(app.metadata.labels[HEALTH]).toBe('Unknown');
    expect(argoStatus(app).conditions).toEqual([
      {
        lastTransitionTime: expect.any(String),
        message: 'rpc error: code = Unknown desc = authentication required',
        type: 'ComparisonError',
      },
    ]);
    const notFound = { repoURL: 'https://gitlab.example.com/acme/notfound.git', path: 'x' };
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('ghost2', { source: notFound }) });
    em.settle();
    expect(argoStatus(await get('ghost2')).conditions[0].message).toBe('rpc error: code = Unknown desc = repository not found');
  });

  it('a broken path fails the sync with SyncFailed and ends Degraded', async () => {
    const em = env.emulator;
    const source = { repoURL: 'https://github.com/acme/apps', targetRevision: 'main', path: 'broken-app' };
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('broken', { source }) });
    em.settle();
    await call(`${DEMO_NS}/applications/broken/sync`, { method: 'POST', body: {} });
    em.settle();
    const app = await get('broken');
    const status = argoStatus(app);
    expect(status.operationState.phase).toBe('Failed');
    expect(status.operationState.message).toMatch(/^one or more objects failed to apply, reason: ConfigMap "broken-app-config" is invalid/);
    expect(status.operationState.syncResult.resources.filter((r: Loose) => r.status === 'SyncFailed')).toHaveLength(1);
    expect(app.metadata.labels[HEALTH]).toBe('Degraded');
    expect(app.metadata.labels[SYNC]).toBe('OutOfSync');
    expect(status.history).toBeUndefined();
    expect(app.spec.argoApp.operation).toBeUndefined();
  });

  it('a failing sync is retried as the retry strategy says', async () => {
    const em = env.emulator;
    const source = { repoURL: 'https://github.com/acme/apps', path: 'broken-app' };
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('retry', { source }) });
    em.settle();
    await call(`${DEMO_NS}/applications/retry/sync`, {
      method: 'POST',
      body: { retryStrategy: { limit: 2, backoff: { duration: '5s', factor: 2 } } },
    });
    const messages: string[] = [];
    while (em.tick()) {
      const state = argoStatus(await get('retry'))?.operationState;
      if (state?.phase === 'Running') messages.push(state.message);
    }
    expect(messages.some((m) => m.startsWith('Retrying attempt #2'))).toBe(true);
    const final = argoStatus(await get('retry')).operationState;
    expect(final.phase).toBe('Failed');
    expect(final.retryCount).toBe(2);
  });

  it('two apps deploying the same objects raise SharedResourceWarning', async () => {
    const em = env.emulator;
    const dest = { server: 'https://kubernetes.default.svc', namespace: 'shared' };
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('first', { destination: dest, syncPolicy: { automated: {} } }) });
    em.settle();
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('second', { destination: dest }) });
    em.settle();
    const second = await get('second');
    expect(second.metadata.labels[SYNC]).toBe('OutOfSync');
    expect(argoStatus(second).conditions.map((c: Loose) => c.message)).toEqual([
      'Deployment/guestbook-ui is part of applications argocd/second and first',
      'Service/guestbook-ui is part of applications argocd/second and first',
    ]);
    expect(argoStatus(second).conditions[0].type).toBe('SharedResourceWarning');
  });

  it('an application without the location label is ignored and an event says why', async () => {
    const em = env.emulator;
    em.reset({
      objects: [{ metadata: { name: 'kubectl-made', namespace: 'demo-project' }, spec: newApp('x').spec }],
    });
    em.settle();
    const app = await get('kubectl-made');
    expect(app.status).toEqual({ fluxApp: {} });
    expect(app.metadata.labels).toBeUndefined();
    expect(em.events({ name: 'kubectl-made' })).toEqual([
      expect.objectContaining({
        type: 'Warning',
        reason: 'Invalid',
        message: 'Cannot find the namespace of the Argo CD instance from key: gitops.kubesphere.io/argocd-location',
      }),
    ]);
    expect(em.store.listArgoApplications('host')).toEqual([]);
  });

  it('dropping the argocd-application label on PUT makes the controller create a second Argo CD app', async () => {
    const em = env.emulator;
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('dup') });
    em.settle();
    const app = await get('dup');
    delete app.metadata.labels[ARGO_APP];
    // Only a spec change wakes the reconciler; a label drop alone goes unnoticed until then.
    app.spec.argoApp.spec.source.targetRevision = 'main';
    const put = await call(`${DEMO_NS}/applications/dup`, { method: 'PUT', body: app });
    expect(put.status).toBe(200);
    em.settle();
    const names = em.store.listArgoApplications('host').map((a) => a.name);
    expect(names).toHaveLength(2);
    expect(names).toContain('dup');
    expect(names.find((n) => n !== 'dup')).toMatch(/^dup[a-z0-9]{5}$/);
  });
});

describe('refresh and new commits', () => {
  it('the refresh annotation re-reconciles and disappears from the Argo CD side only', async () => {
    const em = env.emulator;
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('fresh') });
    em.settle();
    const before = argoStatus(await get('fresh')).reconciledAt;
    const app = await get('fresh');
    app.metadata.annotations['argocd.argoproj.io/refresh'] = 'hard';
    expect((await call(`${DEMO_NS}/applications/fresh`, { method: 'PUT', body: app })).status).toBe(200);
    em.tick();
    expect(em.store.getArgoApplication('host', 'fresh')?.annotations['argocd.argoproj.io/refresh']).toBe('hard');
    em.settle();
    const after = await get('fresh');
    expect(Date.parse(argoStatus(after).reconciledAt)).toBeGreaterThan(Date.parse(before));
    expect(after.metadata.annotations['argocd.argoproj.io/refresh']).toBe('hard');
    expect(em.store.getArgoApplication('host', 'fresh')?.annotations['argocd.argoproj.io/refresh']).toBeUndefined();
  });

  it('a git push makes a synced app OutOfSync until it is synced again', async () => {
    const em = env.emulator;
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('pushy') });
    em.settle();
    await call(`${DEMO_NS}/applications/pushy/sync`, { method: 'POST', body: {} });
    em.settle();
    expect((await get('pushy')).metadata.labels[SYNC]).toBe('Synced');
    const push = await call('/_emulator/v1/git/push', {
      method: 'POST',
      body: { repoURL: 'https://github.com/stoneshi-yunify/argocd-example-apps' },
    });
    expect(push.json.affectedApplications).toBe(1);
    em.settle();
    expect((await get('pushy')).metadata.labels[SYNC]).toBe('OutOfSync');
  });
});

describe('seeded operation', () => {
  it('the running demo sync finishes Synced and frees the app for the next sync', async () => {
    const em = env.emulator;
    em.reset('demo');
    expect((await get('sync-waves')).spec.argoApp.operation.initiatedBy).toEqual({ username: 'tenant' });
    expect(argoStatus(await get('sync-waves')).operationState.phase).toBe('Running');
    em.settle();
    const app = await get('sync-waves');
    expect(app.spec.argoApp.operation).toBeUndefined();
    expect(argoStatus(app).operationState.phase).toBe('Succeeded');
    expect(app.metadata.labels[SYNC]).toBe('Synced');
    expect(argoStatus(app).history).toHaveLength(3);
    expect((await call(`${DEMO_NS}/applications/sync-waves/sync`, { method: 'POST', body: { revision: 'HEAD' } })).status).toBe(200);
    em.settle();
    expect((await get('sync-waves')).metadata.labels[SYNC]).toBe('Synced');
  });

  it('demo apps stay quiet until something happens', async () => {
    const em = env.emulator;
    em.reset('demo');
    const before = (await call(`${DEMO_NS}/applications?name=guestbook`)).text;
    em.setTiming('instant');
    const pending = em.pending;
    expect(pending).toBeLessThanOrEqual(2);
    em.settle();
    const labels = (await get('guestbook')).metadata.labels;
    expect([labels[HEALTH], labels[SYNC]]).toEqual(['Healthy', 'Synced']);
    expect(before).toContain('"guestbook-mirror"');
  });
});

describe('prune results', () => {
  it('records pruned and prune-skipped resources as Succeeded, applied ones as Running (as Argo CD leaves them)', async () => {
    const em = env.emulator;
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('moving') });
    em.settle();
    await call(`${DEMO_NS}/applications/moving/sync`, { method: 'POST', body: {} });
    em.settle();
    // The source moves on: what the old path deployed is no longer wanted.
    const current = await get('moving');
    current.spec.argoApp.spec.source.path = 'elsewhere';
    expect((await call(`${DEMO_NS}/applications/moving`, { method: 'PUT', body: current })).status).toBe(200);
    em.settle();
    const results = async () => {
      em.settle();
      const resources: Loose[] = argoStatus(await get('moving')).operationState.syncResult.resources;
      return Object.fromEntries(resources.map((r) => [`${r.kind}/${r.name}`, `${r.status}:${r.hookPhase}`]));
    };

    await call(`${DEMO_NS}/applications/moving/sync`, { method: 'POST', body: {} });
    expect(await results()).toMatchObject({
      'Deployment/guestbook-ui': 'PruneSkipped:Succeeded',
      'Deployment/elsewhere': 'Synced:Running',
    });
    await call(`${DEMO_NS}/applications/moving/sync`, { method: 'POST', body: { prune: true } });
    expect(await results()).toMatchObject({ 'Deployment/guestbook-ui': 'Pruned:Succeeded' });
  });
});
