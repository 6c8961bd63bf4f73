// @vitest-environment jsdom
/**
 * The watch through msw's `ws.link` (emulator.wsHandlers), as a component test would open it:
 * the page's global WebSocket, jsdom's `document.cookie` as the user, msw intercepting.
 */
import { setupServer } from 'msw/node';
import type { Loose } from '../core/util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../index';

const emulator = createEmulator({ timing: 'instant', startTime: '2025-03-01T10:00:00Z' });
const server = setupServer(...emulator.handlers, ...emulator.wsHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  document.cookie = 'emulator-user=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  emulator.reset();
});
afterAll(() => {
  server.close();
  emulator.dispose();
});

const WATCH = 'ws://localhost/clusters/host/apis/gitops.kubesphere.io/v1alpha1/watch/namespaces/demo-project/applications';

function connect(url: string) {
  const socket = new WebSocket(url);
  const messages: Array<{ type: string; object: Loose }> = [];
  const events: string[] = [];
  socket.onmessage = (event) => messages.push(JSON.parse(String(event.data)));
  socket.onerror = () => events.push('error');
  const closed = new Promise<number>((resolve) => (socket.onclose = (event) => resolve(event.code)));
  return { socket, messages, events, closed };
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('watch through msw ws.link', () => {
  it('delivers the current state and the changes of the store', async () => {
    document.cookie = 'emulator-user=tenant';
    const w = connect(WATCH);
    await until(() => w.messages.length === 14);
    expect(w.messages.every((m) => m.type === 'ADDED')).toBe(true);
    const created = await fetch('http://localhost/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        metadata: { name: 'from-msw' },
        spec: { kind: 'argocd', argoApp: { spec: { destination: {}, source: {} } } },
      }),
    });
    expect(created.status).toBe(200);
    await until(() => w.messages.some((m) => m.object.metadata.name === 'from-msw'));
    w.socket.close();
    await w.closed;
    await until(() => emulator.openWatches === 0);
  });

  it('refuses outsiders with an error and close 1006, and breaks on dropWatches', async () => {
    document.cookie = 'emulator-user=outsider';
    const refused = connect(WATCH);
    expect(await refused.closed).toBe(1006);
    expect(refused.events).toContain('error');

    document.cookie = 'emulator-user=viewer';
    const w = connect(WATCH);
    await until(() => w.messages.length === 14);
    await fetch('http://localhost/_emulator/v1/faults', { method: 'PUT', body: JSON.stringify({ dropWatches: true }) });
    expect(await w.closed).toBe(1006);
  });
});
