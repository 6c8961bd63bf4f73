/**
 * The one test kit for components and pages that talk to the server: the UI is rendered with the
 * providers a page gets in the console, and its requests go, through the real API client and
 * jsdom's `fetch`, to the same emulator the standalone console and the e2e tests run against
 * (msw's `setupServer` serves its handlers). Never imported by shipped code.
 *
 *   const page = renderWithEmulator(<ListPage />, { route: '/workspaces/demo-workspace/gitops/host/demo-project', user: 'tenant' });
 *   page.emulator.setFaults({ errorRate: 1 });   // what the server does next
 *   page.requests('POST')                        // what the page asked for
 *
 * Each render starts a fresh emulator (the `demo` seed unless told otherwise) on the `instant`
 * clock: nothing the controllers or Argo CD would do happens until the test calls
 * `emulator.settle()`, `tick()` or `advance(ms)`. Everything is undone after each test.
 */
import * as React from 'react';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import type { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, matchPath, Route, Routes, useLocation } from 'react-router-dom';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createEmulator, USER_COOKIE, USER_HEADER, type Emulator, type SeedInput, type Timing } from '../../mocks/emulator';
import { buildGlobals } from '../../mocks/server/globals';
import { shellUsers } from '../../mocks/server/users';
import { GitOpsProvider } from '../queries/GitOpsProvider';
import { PATHS } from '../routes';
import { testQueryClient } from './api';
import { installTestTranslations } from './i18n';
import { whenTestEnds } from './testEnd';

export type { Emulator } from '../../mocks/emulator';
export { application, type ApplicationSpec } from './application';

export interface EmulatorRenderOptions {
  /** The URL the router starts at (default `/`). */
  route?: string;
  /**
   * The route pattern that renders `ui`, so `useParams` reads `route`. By default the page's own
   * pattern from `src/routes.ts` that `route` matches, else `*`.
   */
  path?: string;
  /** Who is signed in: the emulator's user (cookie, as in the standalone console) and `window.globals.user` (default `admin`). */
  user?: string;
  /** The emulator's seed (default `demo`). */
  seed?: SeedInput;
  /** `ksConfig.multicluster`: requests then carry the `/clusters/{cluster}` prefix (default false, a single-cluster KubeSphere). */
  multicluster?: boolean;
  /** The console language: `window.t` and `globals.user.lang` (default `en`). */
  lang?: 'en' | 'zh';
  /** The emulator's clock (default `instant`). */
  timing?: Timing;
  /** Let queries poll as the pages' policy says (default false: nothing refetches on its own). */
  polling?: boolean;
  /**
   * Let pages watch applications over a WebSocket (queries/watch.ts), answered by the emulator's
   * `wsHandlers` through msw (default false: the pages only poll, as before watches).
   */
  watch?: boolean;
  /** Run the controllers and Argo CD until nothing is pending before rendering (an `objects` seed then starts reconciled). */
  settle?: boolean;
  /** Runs on the new emulator before anything renders: store untrusted data, set faults. */
  before?(emulator: Emulator): void;
}

/** One request the UI sent. */
export interface SentRequest {
  method: string;
  /** Path and query. */
  url: string;
  /** The JSON body (text when it is not JSON). */
  body?: unknown;
}

/** What a test may answer instead of the emulator: a request that never reaches a server, or a given response. */
export type InterceptReply = 'network-error' | ((request: Request) => Response);

export interface EmulatorRenderResult extends RenderResult {
  emulator: Emulator;
  client: QueryClient;
  /** Every API request the UI sent so far, in order. */
  sent: SentRequest[];
  /** The requests sent so far as `METHOD /path?query`, only those containing `part` if given. */
  requests(part?: string): string[];
  /**
   * Sends one API request from outside the page (another user, another tab) straight to the
   * emulator, as `user` (default `admin`); it is not among the page's requests.
   */
  send(method: string, url: string, body?: unknown, user?: string): Promise<Response>;
  /** Where the router is now: path and query. */
  location(): string;
  /**
   * Answers requests whose path and query match `match` with `reply` instead of the emulator,
   * for what it cannot be asked to do: a network failure, an API group that is not installed, a
   * dependency that fails alone. Later interceptions win. Returns a function that removes it.
   */
  intercept(match: RegExp, reply: InterceptReply): () => void;
  /** Renders `ui` again in the same providers, route and query cache. */
  rerender(ui: React.ReactElement): void;
}

interface Interception {
  match: RegExp;
  reply: InterceptReply;
}

interface Session {
  emulator: Emulator;
  client: QueryClient;
  sent: SentRequest[];
  interceptions: Interception[];
}

const sessions: Session[] = [];
let listening = false;
const server = setupServer();

const pathOf = (request: Request) => {
  const url = new URL(request.url);
  return url.pathname + url.search;
};

async function readBody(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * In front of the emulator: records what the page sends (a request from `send` carries the user
 * header, which the console never sends), then answers it if an interception matches; otherwise
 * the request falls through to the emulator.
 */
function frontHandler(session: Session) {
  return http.all('*', async ({ request }) => {
    const url = pathOf(request);
    if (!request.headers.has(USER_HEADER) && !url.startsWith('/_emulator/')) {
      const entry: SentRequest = { method: request.method, url };
      session.sent.push(entry);
      if (request.method !== 'GET' && request.method !== 'HEAD') entry.body = await readBody(request);
    }
    const hit = [...session.interceptions].reverse().find((i) => i.match.test(url));
    if (!hit) return undefined;
    return hit.reply === 'network-error' ? HttpResponse.error() : hit.reply(request);
  });
}

interface HostWindow {
  globals?: unknown;
}

const expireUserCookie = () => {
  document.cookie = `${USER_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
};

/** Undoes what the test's renders set up: runs once the test ends (see `testEnd.ts`). */
async function endSessions(): Promise<void> {
  // Requests still under way would answer an unmounted page.
  await Promise.all(sessions.map((session) => session.client.cancelQueries()));
  // The query client tells its observers on the next task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  cleanup();
  for (const session of sessions.splice(0)) {
    session.client.clear();
    session.emulator.dispose();
  }
  // Closed after every test, so a file that sets up its own msw server is not answered by this one.
  server.close();
  listening = false;
  expireUserCookie();
  delete (window as unknown as HostWindow).globals;
}

function patternFor(route: string): string {
  const pathname = route.split(/[?#]/)[0];
  return Object.values(PATHS).find((pattern) => matchPath(pattern, pathname)) ?? '*';
}

function LocationProbe({ onChange }: { onChange(location: string): void }) {
  const location = useLocation();
  onChange(location.pathname + location.search);
  return null;
}

/** Renders `ui` as a page of the console whose API is the emulator. */
export function renderWithEmulator(ui: React.ReactElement, options: EmulatorRenderOptions = {}): EmulatorRenderResult {
  const { route = '/', user = 'admin', lang = 'en', multicluster = false } = options;
  const emulator = createEmulator({ timing: options.timing ?? 'instant', seed: options.seed });
  const client = testQueryClient({ polling: options.polling });
  const session: Session = { emulator, client, sent: [], interceptions: [] };
  if (!sessions.length) whenTestEnds(endSessions);
  sessions.push(session);
  if (options.settle) emulator.settle();
  options.before?.(emulator);

  if (!listening) server.listen({ onUnhandledRequest: 'error' });
  listening = true;
  // jsdom's global WebSocket, which msw's `ws.link` intercepts (as in mocks/emulator/tests/watch-msw.test.ts).
  server.resetHandlers(frontHandler(session), ...emulator.handlers, ...emulator.wsHandlers);

  // What the standalone console writes for this user: the cookie the emulator reads, the globals the pages read.
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(user)}; path=/`;
  const users = shellUsers(emulator.store.context());
  const shellUser = users.find((u) => u.username === user) ?? { username: user, globalrole: '', descriptionKey: '', workspaces: [] };
  (window as unknown as HostWindow).globals = buildGlobals({
    installedExtensions: [],
    user: shellUser,
    users,
    lang,
    multicluster,
    proxied: false,
  });
  installTestTranslations(lang);

  let current = route;
  const pattern = options.path ?? patternFor(route);
  const routed = (element: React.ReactElement) => (
    <Routes>
      <Route path={pattern} element={element} />
      {pattern === '*' ? null : <Route path="*" element={null} />}
    </Routes>
  );
  function Providers({ children }: { children?: React.ReactNode }) {
    return (
      <KubedConfigProvider>
        <MemoryRouter initialEntries={[route]}>
          <GitOpsProvider client={client} watch={options.watch ?? false}>
            {children}
          </GitOpsProvider>
          <LocationProbe onChange={(location) => (current = location)} />
        </MemoryRouter>
      </KubedConfigProvider>
    );
  }

  const result = render(routed(ui), { wrapper: Providers });
  return {
    ...result,
    emulator,
    client,
    sent: session.sent,
    requests: (part = '') => session.sent.map((r) => `${r.method} ${r.url}`).filter((line) => line.includes(part)),
    send: (method, url, body, as = 'admin') =>
      fetch(url, {
        method,
        headers: { [USER_HEADER]: as, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    location: () => current,
    intercept: (match, reply) => {
      const interception = { match, reply };
      session.interceptions.push(interception);
      return () => {
        const index = session.interceptions.indexOf(interception);
        if (index >= 0) session.interceptions.splice(index, 1);
      };
    },
    rerender: (next) => result.rerender(routed(next)),
  };
}

/** A plain-text error as ks-apiserver writes one (go-restful's `404: Page Not Found` has no newline). */
export function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
