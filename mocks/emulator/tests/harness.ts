/**
 * Test harness: one emulator behind msw's node interceptor, and a `call`
 * helper that speaks to it with plain fetch, as the console's API client will.
 */
import type { Loose } from '../core/util';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupServer } from 'msw/node';
import { createEmulator, type Emulator, type EmulatorOptions } from '../index';

export const BASE = 'http://localhost';
export const GITOPS = '/kapis/gitops.kubesphere.io/v1alpha1';
export const DEMO_NS = `${GITOPS}/namespaces/demo-project`;

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** Raw body text; wins over `body`. */
  raw?: string;
  user?: string;
  contentType?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: Loose;
}

export async function call(path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.user) headers['x-emulator-user'] = options.user;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/json';
  // fetch labels a string body text/plain; bytes let a test send no Content-Type at all.
  const payload = body !== undefined && options.contentType === null ? new TextEncoder().encode(body) : body;
  const response = await fetch(BASE + path, { method: options.method ?? 'GET', headers, body: payload });
  const text = await response.text();
  let json: Loose;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Installs an emulator for the whole test file and resets it before each test. */
export function useEmulator(options: EmulatorOptions = {}): { readonly emulator: Emulator } {
  const holder: { emulator?: Emulator } = {};
  const emulator = createEmulator({ timing: 'instant', startTime: '2025-03-01T10:00:00Z', ...options });
  holder.emulator = emulator;
  const server = setupServer(...emulator.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    emulator.setTiming(options.timing ?? 'instant');
    emulator.reset(options.seed ?? 'demo');
  });
  afterAll(() => {
    server.close();
    emulator.dispose();
  });
  return holder as { readonly emulator: Emulator };
}

/** A minimal application body, as the console's create form would post it. */
export function newApp(name: string, overrides: Record<string, Loose> = {}): Record<string, Loose> {
  return {
    apiVersion: 'gitops.kubesphere.io/v1alpha1',
    kind: 'Application',
    metadata: { name, annotations: { 'kubesphere.io/creator': 'admin' } },
    spec: {
      kind: 'argocd',
      argoApp: {
        spec: {
          project: 'default',
          source: { repoURL: 'https://github.com/stoneshi-yunify/argocd-example-apps', targetRevision: 'HEAD', path: 'guestbook' },
          destination: { server: 'https://kubernetes.default.svc', namespace: 'demo' },
          ...overrides,
        },
      },
    },
  };
}

export const argoStatus = (app: Loose): Loose => (app?.status?.argoApp ? JSON.parse(app.status.argoApp) : undefined);
