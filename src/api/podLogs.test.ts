import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fetchPodLog, podLogUrl, streamPodLog } from './podLogs';
import type { ApiError } from './errors';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const BASE = 'http://console.test';
const fetchImpl = (input: string, init?: RequestInit) => fetch(`${BASE}${input}`, init);
const ctx = { cluster: 'member-1', multicluster: true };
const single = { multicluster: false };
const LOG_ROUTE = `${BASE}/clusters/member-1/api/v1/namespaces/demo/pods/web-0/log`;

const status = (code: number, message: string) =>
  HttpResponse.json({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, code }, { status: code });

describe('podLogUrl', () => {
  it('builds the path with the cluster prefix and only the parameters given', () => {
    expect(podLogUrl(single, { namespace: 'demo', pod: 'web-0', container: 'app' }, false)).toBe(
      '/api/v1/namespaces/demo/pods/web-0/log?container=app',
    );
    expect(
      podLogUrl(
        ctx,
        { namespace: 'demo', pod: 'web-0', container: 'app', tailLines: 500, previous: true, timestamps: true, limitBytes: 1024 },
        true,
      ),
    ).toBe(
      '/clusters/member-1/api/v1/namespaces/demo/pods/web-0/log?container=app&tailLines=500&previous=true&follow=true&timestamps=true&limitBytes=1024',
    );
  });

  it('refuses names that could leave the path', () => {
    expect(() => podLogUrl(single, { namespace: 'demo', pod: '../secrets', container: 'app' }, false)).toThrow(/invalid pod/);
    expect(() => podLogUrl(single, { namespace: 'demo', pod: 'web', container: 'a&follow=true' }, false)).toThrow(/invalid container/);
  });
});

describe('fetchPodLog', () => {
  it('returns the text', async () => {
    server.use(http.get(LOG_ROUTE, ({ request }) => HttpResponse.text(`asked ${new URL(request.url).search}\n`)));
    const text = await fetchPodLog(fetchImpl, ctx, { namespace: 'demo', pod: 'web-0', container: 'app', tailLines: 100 });
    expect(text).toBe('asked ?container=app&tailLines=100\n');
  });

  it.each([
    [400, 'previous terminated container "app" in pod "web-0" not found', 'bad-request'],
    [403, 'pods "web-0" is forbidden: User "x" cannot get resource "pods/log"', 'forbidden'],
    [404, 'pods "web-0" not found', 'not-found'],
  ])('normalises a %s Status', async (code, message, kind) => {
    server.use(http.get(LOG_ROUTE, () => status(code, message)));
    const error = (await fetchPodLog(fetchImpl, ctx, { namespace: 'demo', pod: 'web-0', container: 'app' }).catch((e) => e)) as ApiError;
    expect(error.status).toBe(code);
    expect(error.kind).toBe(kind);
    expect(error.serverMessage).toBe(message);
  });
});

function chunked(parts: Uint8Array[], keepOpen = false): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async start(controller) {
      for (const part of parts) {
        controller.enqueue(part);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (!keepOpen) controller.close();
    },
  });
}

describe('streamPodLog', () => {
  it('passes decoded chunks on, keeping a character split across chunks whole', async () => {
    const bytes = new TextEncoder().encode('line 1\nnaïve 日本\nline 3\n');
    // Cut inside the two-byte "ï" and inside a three-byte character.
    const cuts = [0, 10, 17, bytes.length];
    const parts = cuts.slice(1).map((end, i) => bytes.slice(cuts[i], end));
    let url = '';
    server.use(
      http.get(LOG_ROUTE, ({ request }) => {
        url = request.url;
        return new HttpResponse(chunked(parts), { headers: { 'content-type': 'text/plain' } });
      }),
    );
    const chunks: string[] = [];
    let opened = false;
    await streamPodLog(fetchImpl, ctx, {
      namespace: 'demo',
      pod: 'web-0',
      container: 'app',
      tailLines: 10,
      timestamps: true,
      onChunk: (t) => chunks.push(t),
      onOpen: () => (opened = true),
    });
    expect(opened).toBe(true);
    expect(chunks.join('')).toBe('line 1\nnaïve 日本\nline 3\n');
    expect(chunks.every((c) => !c.includes('\uFFFD'))).toBe(true);
    expect(new URL(url).searchParams.get('follow')).toBe('true');
  });

  it('stops when the signal aborts, and resolves quietly', async () => {
    server.use(http.get(LOG_ROUTE, () => new HttpResponse(chunked([new TextEncoder().encode('first\n')], true))));
    const controller = new AbortController();
    const chunks: string[] = [];
    const done = streamPodLog(fetchImpl, ctx, {
      namespace: 'demo',
      pod: 'web-0',
      container: 'app',
      signal: controller.signal,
      onChunk: (t) => {
        chunks.push(t);
        controller.abort();
      },
    });
    await expect(done).resolves.toBeUndefined();
    expect(chunks).toEqual(['first\n']);
  });

  it('rejects with the normalised error', async () => {
    server.use(http.get(LOG_ROUTE, () => status(400, 'container nope is not valid for pod web-0')));
    const error = (await streamPodLog(fetchImpl, ctx, {
      namespace: 'demo',
      pod: 'web-0',
      container: 'nope',
      onChunk: () => undefined,
    }).catch((e) => e)) as ApiError;
    expect(error.kind).toBe('bad-request');
    expect(error.serverMessage).toContain('is not valid');
  });

  it('rejects with a network error when the connection breaks', async () => {
    server.use(http.get(LOG_ROUTE, () => HttpResponse.error()));
    const error = (await streamPodLog(fetchImpl, ctx, {
      namespace: 'demo',
      pod: 'web-0',
      container: 'app',
      onChunk: () => undefined,
    }).catch((e) => e)) as ApiError;
    expect(error.kind).toBe('network');
  });
});
