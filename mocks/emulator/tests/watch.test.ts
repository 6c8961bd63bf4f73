/**
 * The watch of applications (sim/watch.ts, api/watch-routes.ts): list then watch through
 * kube-apiserver's paths, events in order for the writes of users, controllers and Argo CD,
 * resume, 410, bookmarks, timeouts, authorization, faults, bursts, and the cost with 50,000 apps.
 * Watches are opened in-process (`emulator.watch`), the same front door as the WebSocket.
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import { call, DEMO_NS, newApp, useEmulator } from './harness';
import { marshalSorted } from '../core/gojson';

const env = useEmulator();
const APIS = '/apis/gitops.kubesphere.io/v1alpha1';
const LIST = `${APIS}/namespaces/demo-project/applications`;
const CONTROL = '/_emulator/v1';

const types = (messages: Array<{ type: string }>) => messages.map((m) => m.type);
const rvOf = (m: { object: Loose }) => Number(m.object.metadata.resourceVersion);

describe('list and get through kube-apiserver', () => {
  it('lists with a resourceVersion and returns objects as the kapis GET does, keys sorted', async () => {
    const list = await call(LIST);
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ apiVersion: 'gitops.kubesphere.io/v1alpha1', kind: 'ApplicationList', metadata: { continue: '' } });
    expect(Number(list.json.metadata.resourceVersion)).toBeGreaterThan(1000);
    expect(list.json.items).toHaveLength(14);
    const one = await call(`${APIS}/namespaces/demo-project/applications/guestbook`);
    const kapis = await call(`${DEMO_NS}/applications/guestbook`);
    expect(one.json).toEqual(kapis.json);
    expect(one.json).toEqual(list.json.items.find((i: Loose) => i.metadata.name === 'guestbook'));
    expect(one.text.startsWith('{"apiVersion":"gitops.kubesphere.io/v1alpha1","kind":"Application","metadata":{')).toBe(true);
    // Go's encoding of a map at every level (alias with `&` and `<>` included).
    for (const item of list.json.items) expect(list.text).toContain(marshalSorted(item));
    expect(list.text).toContain('\\u003c');
    const member = await call(`/clusters/member-1${LIST}`);
    expect(member.json.items.map((i: Loose) => i.metadata.name)).toHaveLength(2);
    const page = await call(`${LIST}?limit=5`);
    expect(page.json.items).toHaveLength(5);
    expect(page.json.metadata).toMatchObject({ remainingItemCount: 9, resourceVersion: list.json.metadata.resourceVersion });
    const rest = await call(`${LIST}?limit=20&continue=${page.json.metadata.continue}`);
    expect(rest.json.items).toHaveLength(9);
    const missing = await call(`${APIS}/namespaces/demo-project/applications/nope`);
    expect([missing.status, missing.json.message]).toEqual([404, 'applications.gitops.kubesphere.io "nope" not found']);
    expect((await call(LIST, { user: 'outsider' })).status).toBe(403);
    expect((await call(LIST, { user: 'devops-only' })).status).toBe(200);
  });
});

describe('list order', () => {
  it('lists in key order, also right after a name comes or goes', async () => {
    const names = async () => (await call(LIST)).json.items.map((i: Loose) => i.metadata.name) as string[];
    const before = await names();
    expect(before).toEqual([...before].sort());
    expect((await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('aaa-first'), user: 'tenant' })).status).toBe(200);
    expect((await call(`${LIST}?limit=1`)).json.items[0].metadata.name).toBe('aaa-first');
    expect(await names()).toEqual(['aaa-first', ...before]);
    expect((await call(`${DEMO_NS}/applications/aaa-first`, { method: 'DELETE', user: 'tenant' })).status).toBe(200);
    env.emulator.settle();
    expect(await names()).toEqual(before);
  });
});

describe('watch', () => {
  it('starts with the current state, then sends create, status changes and delete in order', async () => {
    const w = await env.emulator.watch(`${LIST}?watch=true`, { user: 'tenant' });
    expect(w.status).toBe(101);
    expect(types(w.messages)).toEqual(Array(14).fill('ADDED'));
    expect(w.frames[0].endsWith('}\n')).toBe(true);
    expect(w.frames[0].startsWith('{"type":"ADDED","object":{"apiVersion":')).toBe(true);

    const created = await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('watched'), user: 'tenant' });
    expect(created.status).toBe(200);
    env.emulator.settle();
    // Other apps may change too (guestbook-mirror's SharedResourceWarning); follow this one.
    const after = w.messages.slice(14).filter((m) => m.object.metadata.name === 'watched');
    expect(after[0]).toMatchObject({ type: 'ADDED', object: { kind: 'Application', metadata: { name: 'watched' } } });
    expect(after.slice(1).every((m) => m.type === 'MODIFIED' && m.object.metadata.name === 'watched')).toBe(true);
    const last = after[after.length - 1].object;
    expect(last.metadata.labels['gitops.kubesphere.io/sync-status']).toBeDefined();
    expect(last.status.argoApp).toBeDefined();
    const rvs = after.map(rvOf);
    expect([...rvs].sort((a, b) => a - b)).toEqual(rvs);
    // The last event is what a GET returns.
    expect((await call(`${APIS}/namespaces/demo-project/applications/watched`)).json).toEqual(last);

    const count = w.messages.length;
    await call(`${DEMO_NS}/applications/watched`, { method: 'DELETE', user: 'tenant' });
    env.emulator.settle();
    const gone = w.messages.slice(count).filter((m) => m.object.metadata.name === 'watched');
    expect(gone[0].type).toBe('MODIFIED');
    expect(gone[0].object.metadata.deletionTimestamp).toBeDefined();
    expect(gone[gone.length - 1].type).toBe('DELETED');
    expect(rvOf(gone[gone.length - 1])).toBeGreaterThan(rvOf(gone[gone.length - 2]));
    w.close();
    expect(env.emulator.openWatches).toBe(0);
  });

  it('resumes from a resourceVersion, on the console legacy path and the /clusters form', async () => {
    const rv = (await call(LIST)).json.metadata.resourceVersion;
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('resumed') });
    env.emulator.settle();
    const paths = [
      `${LIST}?watch=1&resourceVersion=${rv}`,
      `/clusters/host${APIS}/watch/namespaces/demo-project/applications?resourceVersion=${rv}`,
      `/clusters/host${APIS}/watch/namespaces/demo-project/applications/resumed?resourceVersion=${rv}`,
    ];
    const seen = [];
    for (const path of paths) {
      const w = await env.emulator.watch(path, { user: 'viewer' });
      expect(w.status).toBe(101);
      seen.push(w.messages.map((m) => `${m.type} ${m.object.metadata.name} ${m.object.metadata.resourceVersion}`));
      w.close();
    }
    expect(seen[0][0]).toMatch(/^ADDED resumed /);
    expect(seen[0].length).toBeGreaterThan(1);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0].filter((line) => line.includes(' resumed ')));
    // Another cluster's keyspace.
    const member = await env.emulator.watch(`/clusters/member-1${LIST}?watch=true&resourceVersion=${rv}`);
    expect(member.messages).toEqual([]);
    expect((await env.emulator.watch(`/clusters/nowhere${LIST}?watch=true`)).status).toBe(400);
  });

  it('answers 410 Expired for a resourceVersion older than the window, 400 for a malformed one', async () => {
    const rv = (await call(LIST)).json.metadata.resourceVersion;
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('old') });
    env.emulator.advance(6 * 60_000);
    await call(`${DEMO_NS}/applications/old`, { method: 'DELETE' });
    const w = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=${rv}`);
    expect(w.messages).toHaveLength(1);
    expect(w.messages[0].type).toBe('ERROR');
    expect(w.messages[0].object).toMatchObject({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', code: 410 });
    expect(w.messages[0].object.message).toMatch(new RegExp(`^too old resource version: ${rv} \\(\\d+\\)$`));
    expect(await w.closed).toEqual({ code: 1000, reason: '' });

    const bad = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=abc`);
    expect([bad.status, bad.refusal.reason]).toEqual([400, 'BadRequest']);
    const ahead = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=99999999`);
    expect(ahead.messages[0].object).toMatchObject({ reason: 'Timeout', code: 504 });
  });

  it('replays at most the last 1,000 events', async () => {
    const rv = (await call(LIST)).json.metadata.resourceVersion;
    const burst = await call(`${CONTROL}/clusters/host/namespaces/demo-project/applications-burst`, {
      method: 'POST',
      body: { count: 600 },
    });
    expect(burst.json).toMatchObject({ count: 600, applications: 14, durationMs: 0 });
    const w = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=${rv}`);
    expect(w.messages[0].object.reason).toBe('Expired');
    const recent = (await call(LIST)).json.metadata.resourceVersion - 900;
    const ok = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=${recent}`);
    expect(ok.messages).toHaveLength(900);
    expect(ok.messages.every((m) => m.type === 'MODIFIED')).toBe(true);
    ok.close();
  });

  it('sends bookmarks every minute and before the deadline, and ends at timeoutSeconds', async () => {
    const rv = (await call(LIST)).json.metadata.resourceVersion;
    const w = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=${rv}&allowWatchBookmarks=true&timeoutSeconds=90`);
    env.emulator.advance(60_000);
    const bookmarks = () => w.messages.filter((m) => m.type === 'BOOKMARK');
    expect(bookmarks()).toHaveLength(1);
    expect(bookmarks()[0].object).toEqual({
      apiVersion: 'gitops.kubesphere.io/v1alpha1',
      kind: 'Application',
      metadata: { resourceVersion: expect.stringMatching(/^\d+$/) },
    });
    env.emulator.advance(28_000);
    expect(bookmarks()).toHaveLength(2);
    expect(w.isClosed).toBe(false);
    env.emulator.advance(2_000);
    expect(await w.closed).toEqual({ code: 1000, reason: '' });
    const plain = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=${rv}&timeoutSeconds=5`);
    env.emulator.advance(120_000);
    expect(plain.messages.some((m) => m.type === 'BOOKMARK')).toBe(false);
    expect(plain.isClosed).toBe(true);
  });

  it('authorizes verb watch as for the kapis list: 403 Status before the upgrade for outsiders', async () => {
    const outsider = await env.emulator.watch(`${LIST}?watch=true`, { user: 'outsider' });
    expect(outsider.status).toBe(403);
    expect(outsider.refusal).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'applications.gitops.kubesphere.io is forbidden: User "outsider" cannot watch resource "applications" in API group "gitops.kubesphere.io" in the namespace "demo-project"',
      reason: 'Forbidden',
      details: { group: 'gitops.kubesphere.io', kind: 'applications' },
      code: 403,
    });
    expect((await env.emulator.watch(`${APIS}/watch/namespaces/demo-project/applications`, { user: 'devops-only' })).status).toBe(101);
    expect((await env.emulator.watch(`${APIS}/namespaces/demo-staging/applications?watch=true`, { user: 'tenant' })).status).toBe(101);
    expect((await env.emulator.watch(`${APIS}/applications?watch=true`, { user: 'tenant' })).status).toBe(403);
    // Platform admin, every namespace of the host: demo-project 14, demo-staging 2, ops-tools 1.
    expect((await env.emulator.watch(`${APIS}/applications?watch=true`)).messages.length).toBe(17);
    expect((await env.emulator.watch(`${LIST}?watch=true`, { user: 'nobody' })).status).toBe(401);
    expect((await env.emulator.watch(`/api/v1/namespaces/guestbook/pods?watch=true`)).status).toBe(404);
  });

  it('checks the verb on its own: a role without watch lists but may not watch', async () => {
    const refused = await env.emulator.watch(`${APIS}/watch/namespaces/demo-project/applications`, { user: 'no-watch' });
    expect(refused.status).toBe(403);
    expect((refused.refusal as { message: string }).message).toContain('User "no-watch" cannot watch resource "applications"');
    expect((await call(`${LIST}?limit=1`, { user: 'no-watch' })).status).toBe(200);
    expect((await call('/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications', { user: 'no-watch' })).status).toBe(
      200,
    );
  });

  it('follows label selectors: entering is ADDED, leaving is DELETED', async () => {
    const w = await env.emulator.watch(`${LIST}?watch=true&labelSelector=gitops.kubesphere.io/health-status%3DHealthy`);
    const initial = w.messages.length;
    expect(w.messages.every((m) => m.object.metadata.labels['gitops.kubesphere.io/health-status'] === 'Healthy')).toBe(true);
    await call(`${CONTROL}/clusters/host/namespaces/demo-project/applications-burst`, { method: 'POST', body: { count: 14 } });
    const changes = w.messages.slice(initial);
    expect(types(changes)).toContain('DELETED');
    expect(types(changes)).toContain('ADDED');
    for (const m of changes.filter((c) => c.type === 'DELETED')) {
      expect(m.object.metadata.labels['gitops.kubesphere.io/health-status']).toBe('Healthy');
    }
  });
});

describe('control', () => {
  it('drops every open watch once (1006), and can refuse watches so clients poll', async () => {
    const a = await env.emulator.watch(`${LIST}?watch=true`);
    const b = await env.emulator.watch(`/clusters/member-1${LIST}?watch=true`);
    const dropped = await call(`${CONTROL}/faults`, { method: 'PUT', body: { dropWatches: true } });
    expect(dropped.json.droppedWatches).toBe(2);
    expect(await a.closed).toEqual({ code: 1006, reason: '' });
    expect(await b.closed).toEqual({ code: 1006, reason: '' });
    expect((await call(`${CONTROL}/watches`)).json).toEqual({ open: 0 });
    expect((await call(`${CONTROL}/faults`)).json.dropWatches).toBeUndefined();

    await call(`${CONTROL}/faults`, { method: 'PUT', body: { watchDisabled: true } });
    const refused = await env.emulator.watch(`${LIST}?watch=true`);
    expect([refused.status, refused.refusal.ErrStatus.code]).toEqual([503, 503]);
    expect((await call(LIST)).status).toBe(200);
    await call(`${CONTROL}/faults`, { method: 'PUT', body: { watchDisabled: false } });
    expect((await env.emulator.watch(`${LIST}?watch=true`)).status).toBe(101);
    expect((await call(`${CONTROL}/faults`, { method: 'PUT', body: { watchDisabled: 'yes' } })).status).toBe(400);
  });

  it('a reset breaks open watches and old resourceVersions expire', async () => {
    const rv = (await call(LIST)).json.metadata.resourceVersion;
    const w = await env.emulator.watch(`${LIST}?watch=true`);
    await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('before-reset') });
    env.emulator.reset();
    expect((await w.closed).code).toBe(1006);
    const again = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=${rv}`);
    expect(again.messages[0].object.reason).toBe('Expired');
  });

  it('spreads a burst over emulator time', async () => {
    const rv = (await call(LIST)).json.metadata.resourceVersion;
    const w = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=${rv}`);
    const r = await call(`${CONTROL}/clusters/host/namespaces/demo-project/applications-burst`, {
      method: 'POST',
      body: { count: 100, perSecond: 100 },
    });
    expect(r.json).toMatchObject({ count: 100, perSecond: 100, durationMs: 950 });
    env.emulator.advance(500);
    const half = w.messages.length;
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(200);
    env.emulator.advance(600);
    // One or two writes per change (the labels may already be right; the status always changes).
    expect(w.messages.length).toBeGreaterThan(half);
    expect(w.messages.filter((m) => m.object.metadata.namespace === 'demo-project').length).toBeGreaterThanOrEqual(100);
    expect(
      (await call(`${CONTROL}/clusters/host/namespaces/nowhere/applications-burst`, { method: 'POST', body: { count: 1 } })).status,
    ).toBe(400);
  });

  it('streams the watch over plain HTTP too (JSON lines)', async () => {
    const controller = new AbortController();
    const response = await fetch(`http://localhost${LIST}?watch=true`, { signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let text = '';
    while (text.split('\n').length <= 14) text += new TextDecoder().decode((await reader.read()).value);
    expect(JSON.parse(text.split('\n')[0]).type).toBe('ADDED');
    controller.abort();
    await reader.cancel().catch(() => undefined);
  });
});

describe('scale', () => {
  it('a 50,000-app namespace: a write costs the same with a watch open', async () => {
    env.emulator.reset({ seed: 'large-list', count: 50_000 });
    const write = async (i: number) => {
      const start = performance.now();
      const r = await call(`${CONTROL}/clusters/host/namespaces/demo-project/applications/app-${String(i).padStart(5, '0')}/argo-status`, {
        method: 'PUT',
        body: { health: { status: i % 2 ? 'Degraded' : 'Healthy' }, sync: { status: 'OutOfSync' }, reconciledAt: `t${i}` },
      });
      expect(r.status).toBe(200);
      return performance.now() - start;
    };
    const median = async (from: number) => {
      const times: number[] = [];
      for (let i = from; i < from + 21; i++) times.push(await write(i));
      return times.sort((a, b) => a - b)[10];
    };
    await median(0); // warm up
    const without = await median(100);
    const rv = (await call(`${LIST}?limit=1`)).json.metadata.resourceVersion;
    const w = await env.emulator.watch(`${LIST}?watch=true&resourceVersion=${rv}&allowWatchBookmarks=true`);
    const withWatch = await median(200);
    expect(w.messages.length).toBeGreaterThanOrEqual(21);
    let start = performance.now();
    const initial = await env.emulator.watch(`${LIST}?watch=true`);
    const initialMs = performance.now() - start;
    expect(initial.frames.length).toBe(50_000);
    start = performance.now();
    const again = await env.emulator.watch(`${LIST}?watch=true`);
    const againMs = performance.now() - start;
    expect(again.frames.length).toBe(50_000);
    console.info(
      `50,000 apps: write ${without.toFixed(2)} ms without a watch, ${withWatch.toFixed(2)} ms with one (medians of 21); ` +
        `initial ADDED of 50,000: ${initialMs.toFixed(0)} ms first, ${againMs.toFixed(0)} ms again (encodings kept per object)`,
    );
    expect(withWatch).toBeLessThan(without * 1.5 + 5);
  }, 90_000);
});
