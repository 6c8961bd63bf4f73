/**
 * The standalone console's WebSocket watch: a real HTTP server, the emulator's HTTP routes
 * through @mswjs/http-middleware as in app.ts, and attachWatchUpgrade on the same port;
 * a `ws` client plays the browser (cookies only, as a browser WebSocket sends them).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createMiddleware } from '@mswjs/http-middleware';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../emulator';
import type { Loose } from '../emulator/core/util';
import { attachWatchUpgrade } from './watch';

const emulator = createEmulator({ timing: 'instant', startTime: '2025-03-01T10:00:00Z' });
let server: http.Server;
let detach: () => void;
let origin = '';
const LIST = '/apis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';

beforeAll(async () => {
  const app = express();
  app.use(createMiddleware(...emulator.handlers));
  server = http.createServer(app);
  detach = attachWatchUpgrade(server, { emulator });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => emulator.reset());
afterAll(async () => {
  detach();
  emulator.dispose();
  await new Promise((resolve) => server.close(resolve));
});

interface Opened {
  socket: WebSocket;
  messages: Array<{ type: string; object: Loose }>;
  closed: Promise<number>;
}

/** Opens like the console's WebSocketClient: resolves on `open`, rejects with the HTTP refusal. */
function open(path: string, cookie?: string): Promise<Opened> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${origin}${path}`, { headers: cookie ? { cookie } : {} });
    const messages: Opened['messages'] = [];
    const closed = new Promise<number>((done) => socket.on('close', (code) => done(code)));
    socket.on('message', (data, isBinary) => {
      expect(isBinary).toBe(false);
      messages.push(JSON.parse(data.toString()));
    });
    socket.on('open', () => resolve({ socket, messages, closed }));
    socket.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => reject(Object.assign(new Error(`refused ${res.statusCode}`), { status: res.statusCode, body })));
    });
    socket.on('error', () => undefined);
  });
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const control = (path: string, body: unknown, method = 'PUT') =>
  fetch(`http://${origin}/_emulator/v1${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('watch over WebSocket on the console origin', () => {
  it('streams the current state, then changes written over HTTP, one text message per event', async () => {
    const w = await open(
      `/clusters/host/apis/gitops.kubesphere.io/v1alpha1/watch/namespaces/demo-project/applications`,
      'emulator-user=tenant',
    );
    await until(() => w.messages.length === 14);
    expect(w.messages.every((m) => m.type === 'ADDED' && m.object.kind === 'Application')).toBe(true);
    const created = await fetch(`http://${origin}/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'emulator-user=tenant' },
      body: JSON.stringify({ metadata: { name: 'over-ws' }, spec: { kind: 'argocd', argoApp: { spec: { destination: {}, source: {} } } } }),
    });
    expect(created.status).toBe(200);
    await until(() => w.messages.some((m) => m.object.metadata.name === 'over-ws'));
    expect(w.messages[14]).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'over-ws' } } });
    w.socket.close();
    expect(await w.closed).toBe(1005);
    await until(() => emulator.openWatches === 0);
  });

  it('refuses the upgrade with the Status of ks-apiserver (403, 401) and the watchDisabled fault (503)', async () => {
    await expect(open(`${LIST}?watch=true`, 'emulator-user=outsider')).rejects.toMatchObject({
      status: 403,
      body: expect.stringContaining('cannot watch resource \\"applications\\" in API group \\"gitops.kubesphere.io\\"'),
    });
    await expect(open(`${LIST}?watch=true`, 'token=not-a-token')).rejects.toMatchObject({ status: 401 });
    await control('/faults', { watchDisabled: true });
    await expect(open(`${LIST}?watch=true`, 'emulator-user=tenant')).rejects.toMatchObject({ status: 503 });
  });

  it('takes the `token` cookie as the bearer token, as the console server does', async () => {
    const login = await fetch(`http://${origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=outsider&password=P%4088w0rd&client_id=kubesphere&client_secret=kubesphere',
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    await expect(open(`${LIST}?watch=true`, `token=${token}`)).rejects.toMatchObject({ status: 403 });
    const viewer = await fetch(`http://${origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=viewer&password=P%4088w0rd&client_id=kubesphere&client_secret=kubesphere',
    });
    const w = await open(`${LIST}?watch=true`, `token=${((await viewer.json()) as { access_token: string }).access_token}`);
    await until(() => w.messages.length === 14);
    w.socket.close();
  });

  it('drops connections abnormally (1006) and ends at timeoutSeconds normally (1000)', async () => {
    const a = await open(`${LIST}?watch=true`);
    const dropped = await (await control('/faults', { dropWatches: true })).json();
    expect(dropped.droppedWatches).toBe(1);
    expect(await a.closed).toBe(1006);

    const rv = (await (await fetch(`http://${origin}${LIST}?limit=1`)).json()).metadata.resourceVersion;
    const b = await open(`${LIST}?watch=true&resourceVersion=${rv}&timeoutSeconds=30&allowWatchBookmarks=true`);
    await control('/advance', { ms: 30_000 }, 'POST');
    expect(await b.closed).toBe(1000);
    expect(b.messages.map((m) => m.type)).toContain('BOOKMARK');
  });
});
