// @vitest-environment jsdom
import * as React from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { usePodLog, type PodLogRequest, type PodLogResult } from './podLogs';

// The emulator does not serve the log route yet: these handlers answer as the contract says.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  setVisibility('visible');
});
afterAll(() => server.close());

const BASE = 'http://console.test';
const fetchImpl = (input: string, init?: RequestInit) => fetch(`${BASE}${input}`, init);
const ROUTE = `${BASE}/api/v1/namespaces/demo/pods/web-0/log`;
const encoder = new TextEncoder();

interface Stream {
  url: URL;
  push(text: string): void;
  close(): void;
  cancelled: boolean;
}

/** Serves follow requests as open streams the test writes to; others get `tail`. */
function serve(tail = '') {
  const streams: Stream[] = [];
  const requests: URL[] = [];
  server.use(
    http.get(ROUTE, ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      if (url.searchParams.get('follow') !== 'true') return HttpResponse.text(tail);
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      const stream: Stream = {
        url,
        push: (text) => controller.enqueue(encoder.encode(text)),
        close: () => controller.close(),
        cancelled: false,
      };
      streams.push(stream);
      const body = new ReadableStream<Uint8Array>({
        start: (c) => {
          controller = c;
          if (tail) c.enqueue(encoder.encode(tail));
        },
        cancel: () => {
          stream.cancelled = true;
        },
      });
      request.signal.addEventListener('abort', () => (stream.cancelled = true));
      return new HttpResponse(body, { headers: { 'content-type': 'text/plain' } });
    }),
  );
  return { streams, requests };
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

const BASE_REQUEST: PodLogRequest = {
  cluster: 'host',
  namespace: 'demo',
  pod: 'web-0',
  container: 'app',
  tailLines: 500,
  previous: false,
  follow: false,
  fetchImpl,
};

function mount(request: Partial<PodLogRequest> = {}) {
  const result: { current: PodLogResult; renders: number } = { current: undefined as unknown as PodLogResult, renders: 0 };
  function Harness(props: PodLogRequest) {
    result.current = usePodLog(props);
    result.renders += 1;
    return null;
  }
  const view = render(<Harness {...BASE_REQUEST} {...request} />);
  const lines = () => Array.from({ length: result.current.lines.length }, (_, i) => result.current.lines.line(i));
  return {
    result,
    lines,
    rerender: (next: Partial<PodLogRequest>) => view.rerender(<Harness {...BASE_REQUEST} {...request} {...next} />),
    view,
  };
}

const ts = (s: number, text: string) => `2024-01-01T00:00:${String(s).padStart(2, '0')}Z ${text}\n`;

describe('usePodLog', () => {
  it('loads the last lines with timestamps, without following', async () => {
    const { requests } = serve(ts(1, 'one') + ts(2, 'two'));
    const { result, lines } = mount();
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ended'));
    expect(lines()).toEqual([ts(1, 'one').trim(), ts(2, 'two').trim()]);
    expect(requests.map((u) => u.search)).toEqual(['?container=app&tailLines=500&timestamps=true']);
  });

  it('reports a failure as an error status', async () => {
    server.use(http.get(ROUTE, () => HttpResponse.json({ kind: 'Status', message: 'forbidden', code: 403 }, { status: 403 })));
    const { result } = mount();
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.kind).toBe('forbidden');
  });

  it('streams in batches, not one render per chunk, and stops when unmounted', async () => {
    const { streams } = serve();
    const { result, lines, view } = mount({ follow: true });
    await waitFor(() => expect(result.current.status).toBe('streaming'));
    const before = result.renders;
    // 50 chunks over ~100 ms or more: one render per chunk would be 50 renders.
    for (let i = 0; i < 50; i++) {
      streams[0].push(ts(i % 60, `line ${i}`));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(() => expect(lines()).toHaveLength(50));
    expect(result.renders - before).toBeLessThan(10);
    view.unmount();
    await waitFor(() => expect(streams[0].cancelled).toBe(true));
    expect(streams).toHaveLength(1);
  });

  it('keeps the lines and stops the stream when following is turned off', async () => {
    const { streams, requests } = serve(ts(1, 'tail'));
    const { result, lines, rerender } = mount({ follow: true });
    await waitFor(() => expect(lines()).toEqual([ts(1, 'tail').trim()]));
    streams[0].push(ts(2, 'new'));
    await waitFor(() => expect(lines()).toHaveLength(2));
    rerender({ follow: false });
    await waitFor(() => expect(streams[0].cancelled).toBe(true));
    expect(result.current.status).toBe('ended');
    expect(lines()).toHaveLength(2);
    expect(requests).toHaveLength(1);
  });

  it('stops while the tab is hidden and resumes without repeating lines', async () => {
    const { streams, requests } = serve();
    const { result, lines } = mount({ follow: true });
    await waitFor(() => expect(result.current.status).toBe('streaming'));
    streams[0].push(ts(1, 'a') + ts(2, 'b') + ts(2, 'c') + '2024-01-01T00:00:03Z unfinis');
    await waitFor(() => expect(lines()).toHaveLength(3));

    act(() => setVisibility('hidden'));
    await waitFor(() => expect(streams[0].cancelled).toBe(true));
    expect(result.current.paused).toBe(true);

    act(() => setVisibility('visible'));
    await waitFor(() => expect(streams).toHaveLength(2));
    expect(requests[1].searchParams.get('tailLines')).toBe('500');
    // The reopened stream sends its tail again, then what was written meanwhile.
    streams[1].push(ts(1, 'a') + ts(2, 'b') + ts(2, 'c'));
    streams[1].push(ts(3, 'unfinished') + ts(4, 'd'));
    await waitFor(() => expect(lines()).toHaveLength(5));
    expect(lines().map((l) => l.slice(21))).toEqual(['a', 'b', 'c', 'unfinished', 'd']);
    expect(result.current.paused).toBe(false);
  });

  it('says when the server ends the stream, and reconnects on reload', async () => {
    const { streams } = serve();
    const { result, lines } = mount({ follow: true });
    await waitFor(() => expect(result.current.status).toBe('streaming'));
    streams[0].push(ts(1, 'last words'));
    streams[0].close();
    await waitFor(() => expect(result.current.status).toBe('ended'));
    act(() => result.current.reload());
    await waitFor(() => expect(streams).toHaveLength(2));
    streams[1].push(ts(1, 'last words') + ts(5, 'back'));
    await waitFor(() => expect(lines()).toHaveLength(2));
    expect(result.current.status).toBe('streaming');
  });
});
