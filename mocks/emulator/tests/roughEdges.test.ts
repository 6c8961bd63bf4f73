/**
 * The rough edges of the real stack, pinned by status and exact text: reads
 * that trail writes (devops-apiserver's informer cache), the Kind form of a
 * cache miss, kube-apiserver refusing new finalizers on an object being
 * deleted, and the patch content types ks-devops decodes as JSON.
 */
import type { Loose } from '../core/util';
import { afterEach, describe, expect, it } from 'vitest';
import { call, DEMO_NS, newApp, useEmulator } from './harness';

const env = useEmulator();
afterEach(() => env.emulator.setCacheLag(undefined));

const CONFIG = '/_emulator/v1/config';
const APPS = `${DEMO_NS}/applications`;
const names = (r: { json: Loose }): string[] => r.json.items.map((i: Loose) => i.metadata.name);
const notFound = (name: string) => [404, `Application.gitops.kubesphere.io "${name}" not found\n`];
const conflict = (name: string) => [
  409,
  `Operation cannot be fulfilled on applications.gitops.kubesphere.io "${name}": the object has been modified; please apply your changes to the latest version and try again\n`,
];
const post = (body: Loose) => call(APPS, { method: 'POST', body });
const put = (name: string, body: Loose) => call(`${APPS}/${name}`, { method: 'PUT', body });

describe('cacheLagMs in the control API', () => {
  it('defaults to 300 ms with realistic timing and 0 otherwise; an explicit value wins until reset to null', async () => {
    expect((await call(CONFIG)).json.cacheLagMs).toBe(0);
    expect((await call(CONFIG, { method: 'PUT', body: { timing: 'realistic' } })).json.cacheLagMs).toBe(300);
    expect((await call(CONFIG, { method: 'PUT', body: { cacheLagMs: 50 } })).json).toMatchObject({ timing: 'realistic', cacheLagMs: 50 });
    expect((await call(CONFIG, { method: 'PUT', body: { timing: 'fast' } })).json.cacheLagMs).toBe(50);
    expect((await call(CONFIG, { method: 'PUT', body: { cacheLagMs: null } })).json.cacheLagMs).toBe(0);
    const bad = await call(CONFIG, { method: 'PUT', body: { cacheLagMs: -1, timing: 'instant' } });
    expect([bad.status, bad.json]).toEqual([400, { error: 'cacheLagMs must be a number >= 0, or null for the default of the timing' }]);
    expect((await call(CONFIG)).json.timing).toBe('fast');
    expect(env.emulator.cacheLagMs).toBe(0);
  });
});

describe('reads trail writes (informer cache)', () => {
  it('a GET right after a create 404s in the Kind form until the lag has passed', async () => {
    env.emulator.setCacheLag(300);
    expect((await post(newApp('fresh'))).status).toBe(200);
    const early = await call(`${APPS}/fresh`);
    expect([early.status, early.text]).toEqual(notFound('fresh'));
    env.emulator.advance(299);
    expect((await call(`${APPS}/fresh`)).status).toBe(404);
    env.emulator.advance(1);
    expect((await call(`${APPS}/fresh`)).json.metadata.name).toBe('fresh');
  });

  it('lists and summaries miss a new app and still show a deleted one', async () => {
    expect((await post(newApp('doomed'))).status).toBe(200);
    const before = await call(APPS);
    const summaryBefore = (await call(`${DEMO_NS}/application-summary`)).json.total;
    env.emulator.setCacheLag(300);
    expect((await post(newApp('newcomer'))).status).toBe(200);
    // No finalizer yet (the controller has not run): the delete removes it at once.
    expect((await call(`${APPS}/doomed`, { method: 'DELETE' })).status).toBe(200);
    expect(env.emulator.store.getApplication('host', 'demo-project', 'doomed')).toBeUndefined();
    const stale = await call(APPS);
    expect(names(stale).sort()).toEqual(names(before).sort());
    expect((await call(`${DEMO_NS}/application-summary`)).json.total).toBe(summaryBefore);
    expect((await call(`${APPS}/doomed`)).status).toBe(200);
    env.emulator.advance(300);
    const fresh = names(await call(APPS));
    expect(fresh).toContain('newcomer');
    expect(fresh).not.toContain('doomed');
    expect((await call(`${APPS}/doomed`)).text).toBe(notFound('doomed')[1]);
  });

  it('a PUT right after another write gets 409: the handler copies the cached resourceVersion', async () => {
    env.emulator.setCacheLag(300);
    const app = (await call(`${APPS}/helm-guestbook`)).json;
    app.metadata.annotations = { ...app.metadata.annotations, 'kubesphere.io/description': 'first' };
    expect((await put('helm-guestbook', app)).status).toBe(200);
    app.metadata.annotations['kubesphere.io/description'] = 'second';
    const second = await put('helm-guestbook', app);
    expect([second.status, second.text]).toEqual(conflict('helm-guestbook'));
    // DELETE reads the same stale object: its cascade Update conflicts too.
    const cascade = await call(`${APPS}/helm-guestbook?cascade=true`, { method: 'DELETE' });
    expect([cascade.status, cascade.text]).toEqual(conflict('helm-guestbook'));
    env.emulator.advance(300);
    const retried = await put('helm-guestbook', app);
    expect([retried.status, retried.json.metadata.annotations['kubesphere.io/description']]).toEqual([200, 'second']);
  });

  it('a DELETE answers the object as the cache last showed it', async () => {
    env.emulator.setCacheLag(300);
    const app = (await call(`${APPS}/inventory`)).json;
    app.metadata.labels = { ...app.metadata.labels, team: 'blue' };
    expect((await put('inventory', app)).status).toBe(200);
    const removed = await call(`${APPS}/inventory`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(removed.json.metadata.labels.team).toBeUndefined();
    expect(env.emulator.store.getApplication('host', 'demo-project', 'inventory')?.metadata.labels.team).toBe('blue');
  });

  it('sync retries on conflict for about 40 ms (5 steps of 10 ms), then answers 409', async () => {
    const touch = async (name: string, value: string) => {
      const app = (await call(`${APPS}/${name}`)).json;
      app.metadata.annotations = { ...app.metadata.annotations, touched: value };
      expect((await put(name, app)).status).toBe(200);
    };
    env.emulator.setCacheLag(40);
    await touch('inventory', 'a');
    const caughtUp = await call(`${APPS}/inventory/sync`, { method: 'POST', body: {} });
    expect(caughtUp.status).toBe(200);
    expect(caughtUp.json.metadata.annotations.touched).toBe('a');

    env.emulator.setCacheLag(41);
    await touch('kustomize-guestbook', 'b');
    const gaveUp = await call(`${APPS}/kustomize-guestbook/sync`, { method: 'POST', body: {} });
    expect([gaveUp.status, gaveUp.text]).toEqual(conflict('kustomize-guestbook'));

    expect((await post(newApp('brand-new'))).status).toBe(200);
    const missing = await call(`${APPS}/brand-new/sync`, { method: 'POST', body: {} });
    expect([missing.status, missing.text]).toEqual(notFound('brand-new'));
  });

  it('keeps a large namespace correct: the store patched by the writes in flight', async () => {
    env.emulator.reset({ seed: 'large-list', count: 2_000 });
    env.emulator.setCacheLag(300);
    expect((await post(newApp('zz-late'))).status).toBe(200);
    expect((await call(`${APPS}/app-00001`, { method: 'DELETE' })).status).toBe(200);
    const stale = await call(`${APPS}?limit=5&name=app-00001`);
    expect([stale.json.totalItems, names(stale)]).toEqual([1, ['app-00001']]);
    expect((await call(`${APPS}?limit=1`)).json.totalItems).toBe(2_000);
    env.emulator.advance(300);
    const page = await call(`${APPS}?limit=1&sortBy=name&ascending=false`);
    expect(names(page)).toEqual(['zz-late']);
    const after = env.emulator.store.listApplications('host', 'demo-project').length;
    expect(page.json.totalItems).toBe(after);
  });
});

describe('missing applications: the cache reader names the Kind', () => {
  it('GET, PUT, DELETE and sync of a missing app answer 404 Application.gitops.kubesphere.io', async () => {
    const body = (await call(`${APPS}/guestbook`)).json;
    for (const [method, path, payload] of [
      ['GET', `${APPS}/ghost`, undefined],
      ['PUT', `${APPS}/ghost`, body],
      ['DELETE', `${APPS}/ghost`, undefined],
      ['POST', `${APPS}/ghost/sync`, {}],
    ] as const) {
      const r = await call(path, { method, body: payload });
      expect([method, r.status, r.text, r.headers.get('content-type')]).toEqual([
        method,
        ...notFound('ghost'),
        'text/plain; charset=utf-8',
      ]);
    }
  });
});

describe('terminating applications', () => {
  const terminating = async (name: string, finalizers: string[]) => {
    const created = await post(newApp(name));
    const app = (await call(`${APPS}/${name}`)).json;
    expect(created.status).toBe(200);
    app.metadata.finalizers = finalizers;
    expect((await put(name, app)).status).toBe(200);
    expect((await call(`${APPS}/${name}`, { method: 'DELETE' })).status).toBe(200);
    const stored = env.emulator.store.getApplication('host', 'demo-project', name);
    expect(stored?.metadata.deletionTimestamp).toBeDefined();
    return stored as Loose;
  };

  it('DELETE ?cascade=true on an app being deleted without the resources finalizer: 422, no new finalizers', async () => {
    await terminating('leaving', ['example.com/hold']);
    const r = await call(`${APPS}/leaving?cascade=true`, { method: 'DELETE' });
    expect([r.status, r.text]).toEqual([
      422,
      'Application.gitops.kubesphere.io "leaving" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"resources-finalizer.argocd.argoproj.io"}\n',
    ]);
    expect(env.emulator.store.getApplication('host', 'demo-project', 'leaving')?.metadata.finalizers).toEqual(['example.com/hold']);
  });

  it('with the resources finalizer already there, nothing is updated and DELETE answers 200', async () => {
    const stored = await terminating('going', ['resources-finalizer.argocd.argoproj.io']);
    const r = await call(`${APPS}/going?cascade=true`, { method: 'DELETE' });
    expect([r.status, r.json.metadata.resourceVersion]).toEqual([200, stored.metadata.resourceVersion]);
  });

  it('any update adding finalizers is refused, sorted, after the other metadata errors', async () => {
    const stored = await terminating('stuck', ['example.com/hold']);
    const body = { ...stored, metadata: { ...stored.metadata, finalizers: ['z.io/b', 'example.com/hold', 'a.io/a'] } };
    const r = await put('stuck', body);
    expect([r.status, r.text]).toEqual([
      422,
      'Application.gitops.kubesphere.io "stuck" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"a.io/a", "z.io/b"}\n',
    ]);
    body.metadata.labels = { 'bad key': 'x' };
    const both = await put('stuck', body);
    expect(both.status).toBe(422);
    expect(both.text).toMatch(
      /^Application\.gitops\.kubesphere\.io "stuck" is invalid: \[metadata\.labels: Invalid value: "bad key": .*, metadata\.finalizers: Forbidden: .*\]\n$/,
    );
    // Removing finalizers is fine: the last one gone, the object is gone.
    const released = await put('stuck', { ...stored, metadata: { ...stored.metadata, finalizers: [] } });
    expect(released.status).toBe(200);
    expect(env.emulator.store.getApplication('host', 'demo-project', 'stuck')).toBeUndefined();
  });
});

describe('patch content types decode as JSON', () => {
  it('accepts merge-patch and json-patch bodies on create, update and sync', async () => {
    const created = await call(APPS, { method: 'POST', body: newApp('merged'), contentType: 'application/merge-patch+json' });
    expect([created.status, created.json.metadata.name]).toEqual([200, 'merged']);
    const app = (await call(`${APPS}/merged`)).json;
    app.metadata.annotations = { note: 'patched' };
    const updated = await call(`${APPS}/merged`, { method: 'PUT', body: app, contentType: 'application/json-patch+json' });
    expect([updated.status, updated.json.metadata.annotations]).toEqual([200, { note: 'patched' }]);
    const synced = await call(`${APPS}/merged/sync`, {
      method: 'POST',
      body: { prune: true },
      contentType: 'application/merge-patch+json; charset=utf-8',
    });
    expect([synced.status, synced.json.spec.argoApp.operation.sync.prune]).toEqual([200, true]);
  });

  it('still refuses other types, e.g. strategic merge patch', async () => {
    const ct = 'application/strategic-merge-patch+json';
    const r = await call(APPS, { method: 'POST', body: newApp('nope'), contentType: ct });
    expect([r.status, r.text]).toEqual([400, `[ServiceError:400] Unable to unmarshal content of type:${ct}\n`]);
    const s = await call(`${APPS}/guestbook/sync`, { method: 'POST', body: {}, contentType: ct });
    expect([s.status, s.text]).toEqual([400, '[ServiceError:400] invalid application sync request\n']);
  });
});
