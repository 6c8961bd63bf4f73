/**
 * Ways to open a watch of the emulator without a real WebSocket server:
 * - `openTestWatch`: straight into the emulator state, for Node unit tests (no msw, no socket);
 * - `watchLinkHandlers`: an msw 2 `ws.link` that answers the browser WebSocket of component
 *   tests (jsdom, or any environment with a global WebSocket that msw can intercept).
 * Both go through the same front door as the standalone server (api/watch-routes.ts openWatch).
 */
import { ws, type WebSocketHandler } from 'msw';
import type { Loose } from '../core/util';
import type { EmulatorState } from '../sim/state';
import type { WatchEventType, WatchSink } from '../sim/watch';
import { USER_HEADER } from './auth';
import { openWatch } from './watch-routes';

export interface WatchMessage {
  type: WatchEventType;
  object: Record<string, Loose>;
}

export interface TestWatchOptions {
  /** Emulator user (as the `x-emulator-user` header). */
  user?: string;
  headers?: Record<string, string>;
}

export interface TestWatch {
  /** 101 when the upgrade was accepted, else the status of the refusal. */
  readonly status: number;
  /** The refusal's body (a Status), when refused. */
  readonly refusal?: Loose;
  /** Every message so far, decoded. */
  readonly messages: WatchMessage[];
  /** Every message so far, as sent (JSON plus newline). */
  readonly frames: string[];
  /** Waits (real time) until `count` messages have arrived in total; rejects after `timeoutMs`. */
  take(count: number, timeoutMs?: number): Promise<WatchMessage[]>;
  /** Resolves when the server ends the watch: 1000 (timeout, end of results) or 1006 (dropped). */
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly isClosed: boolean;
  /** The client closes. */
  close(): void;
}

/** Opens a watch as a WebSocket client would, against the emulator state directly. */
export async function openTestWatch(state: EmulatorState, path: string, options: TestWatchOptions = {}): Promise<TestWatch> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.user) headers[USER_HEADER] = options.user;
  const request = new Request(new URL(path, 'http://localhost'), { headers });
  const opened = await openWatch(state, request);
  if (!opened.ok) {
    const text = await opened.response.text();
    let refusal: Loose = text;
    try {
      refusal = JSON.parse(text);
    } catch {
      // text body
    }
    const closed = Promise.resolve({ code: 1006, reason: '' });
    return {
      status: opened.response.status,
      refusal,
      messages: [],
      frames: [],
      take: () => Promise.reject(new Error(`watch refused: ${opened.response.status} ${text}`)),
      closed,
      isClosed: true,
      close: () => undefined,
    };
  }

  // Decoded on first read: a test that only counts 50,000 initial events does not pay for parsing.
  const parsed: WatchMessage[] = [];
  const frames: string[] = [];
  const decode = () => {
    for (let i = parsed.length; i < frames.length; i++) parsed.push(JSON.parse(frames[i]));
    return parsed;
  };
  const waiters: Array<() => void> = [];
  let isClosed = false;
  let resolveClosed!: (value: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const finish = (code: number, reason: string) => {
    if (isClosed) return;
    isClosed = true;
    resolveClosed({ code, reason });
    for (const wake of waiters.splice(0)) wake();
  };
  const sink: WatchSink = {
    send: (text) => {
      if (isClosed) return;
      frames.push(text);
      for (const wake of waiters.splice(0)) wake();
    },
    close: finish,
    abort: () => finish(1006, ''),
  };
  const started = opened.start(sink);
  if (started instanceof Response) throw new Error(`watch refused after upgrade: ${started.status}`);

  const take = async (count: number, timeoutMs = 2000): Promise<WatchMessage[]> => {
    const deadline = Date.now() + timeoutMs;
    while (frames.length < count) {
      if (isClosed) throw new Error(`watch closed after ${frames.length} of ${count} messages`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${frames.length} of ${count} messages`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return decode().slice(0, count);
  };

  return {
    status: 101,
    get messages() {
      return decode();
    },
    frames,
    take,
    closed,
    get isClosed() {
      return isClosed;
    },
    close: () => {
      started.stop();
      finish(1000, '');
    },
  };
}

/** The application watch paths, plain and `/clusters/{c}/` forms, `ws:` or `wss:` on any host. */
export const WATCH_URL_PATTERN = /^wss?:\/\/[^/]+(\/clusters\/[^/]+)?\/apis\/gitops\.kubesphere\.io\/v1alpha1\//;

/**
 * msw WebSocket handlers for the same watch. The user comes from `document.cookie`
 * (`emulator-user=…`) when there is a document, as the browser would send it; else `admin`.
 * A refused upgrade cannot be answered over HTTP here: the socket gets an `error` event and
 * closes with 1006, as a browser reports a refused upgrade (but msw has already fired `open`).
 */
export function watchLinkHandlers(state: EmulatorState): WebSocketHandler[] {
  const link = ws.link(WATCH_URL_PATTERN);
  return [
    link.addEventListener('connection', ({ client }) => {
      const headers = new Headers();
      const cookie = (globalThis as { document?: { cookie?: string } }).document?.cookie;
      if (cookie) headers.set('cookie', cookie);
      const request = new Request(client.url.href.replace(/^ws/, 'http'), { headers });
      const refuse = () => {
        const socket = (client as unknown as { socket?: EventTarget }).socket;
        socket?.dispatchEvent(new Event('error'));
        client.close(1006, '');
      };
      void openWatch(state, request).then((opened) => {
        if (!opened.ok) return refuse();
        const started = opened.start({
          send: (text) => client.send(text),
          close: (code, reason) => client.close(code, reason),
          abort: () => client.close(1006, ''),
        });
        if (started instanceof Response) return refuse();
        client.addEventListener('close', () => started.stop());
      });
    }),
  ];
}
