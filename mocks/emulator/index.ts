/**
 * KubeSphere GitOps API emulator: msw 2 handlers for the
 * `gitops.kubesphere.io/v1alpha1` API and the KubeSphere context endpoints,
 * backed by simulated ks-devops controllers and Argo CD.
 *
 *   const emulator = createEmulator({ timing: 'fast' });
 *   setupServer(...emulator.handlers)              // vitest
 *   app.use(createMiddleware(...emulator.handlers)) // express, same origin as the console
 */
import { http, type HttpHandler, type WebSocketHandler } from 'msw';
import type { Timing } from './core/scheduler';
import { deepClone, type Loose } from './core/util';
import { route } from './api/router';
import { openWatch, type WatchOpen } from './api/watch-routes';
import { openTestWatch, watchLinkHandlers, type TestWatch, type TestWatchOptions } from './api/watch-client';
import { applySeed, type SeedInput } from './seeds';
import { EmulatorState, defaultFaults, type Faults } from './sim/state';
import type { EmulatorEvent, EventFilter } from './sim/events';
import type { ContextData } from './sim/context';

export type { Timing } from './core/scheduler';
export type { SeedInput, SeedName } from './seeds';
export type { Faults } from './sim/state';
export type { EmulatorEvent } from './sim/events';
export { SEED_NAMES } from './seeds';
export { USER_COOKIE, USER_HEADER } from './api/auth';
export type { TestWatch, TestWatchOptions, WatchMessage } from './api/watch-client';
export type { WatchOpen } from './api/watch-routes';
export type { WatchSink, WatchEventType } from './sim/watch';

export interface EmulatorOptions {
  /** `fast` (default): ~20 ms steps; `realistic`: ~1.5 s; `instant`: only tick/advance/settle move time. */
  timing?: Timing;
  /** Initial data (default `demo`). */
  seed?: SeedInput;
  /** Value of the `--argocd-namespace` flag (default `argocd`). */
  argocdNamespace?: string;
  /** Start of the emulated clock (ms or ISO string); defaults to now. */
  startTime?: number | string;
  /** Seed of the PRNG behind generated names, uids and injected errors. */
  randomSeed?: number;
  /**
   * How long reads trail writes (devops-apiserver reads an informer cache);
   * default 300 ms with `realistic` timing, 0 with `fast` and `instant`.
   */
  cacheLagMs?: number;
}

/** Read access for tests: every getter returns a copy. */
export interface EmulatorStore {
  getApplication(cluster: string, namespace: string, name: string): Record<string, Loose> | undefined;
  listApplications(cluster: string, namespace: string): Record<string, Loose>[];
  /** The Argo CD Application the controller created (without simulation internals). */
  getArgoApplication(cluster: string, name: string): Record<string, Loose> | undefined;
  listArgoApplications(cluster: string): Record<string, Loose>[];
  /** Objects Argo CD has deployed into a destination (`in-cluster` by default). */
  liveObjects(cluster: string, destination?: string): Record<string, unknown>[];
  /** Stores an object verbatim, bypassing validation and controllers. */
  putRaw(cluster: string, namespace: string, name: string, object: unknown): Record<string, Loose>;
  context(): ContextData;
}

export interface Emulator {
  handlers: HttpHandler[];
  /**
   * msw WebSocket handlers for the application watch (`setupServer(...handlers, ...wsHandlers)`);
   * they need a global WebSocket msw can intercept (jsdom, Node >= 22).
   */
  wsHandlers: WebSocketHandler[];
  /**
   * The WebSocket upgrade of a watch, for servers (mocks/server): the refusal to answer over
   * HTTP, or a `start(sink)` to call once the socket is open. `cookies` as parsed by the server.
   */
  openWatch(request: Request, cookies?: Record<string, string>): Promise<WatchOpen>;
  /** Opens a watch in-process (Node tests without a socket): `watch('/apis/…?watch=true', {user})`. */
  watch(path: string, options?: TestWatchOptions): Promise<TestWatch>;
  /** Number of open watches. */
  readonly openWatches: number;
  reset(seed?: SeedInput): void;
  dispose(): void;
  /** Runs the next pending transition; false when none is pending. */
  tick(): boolean;
  /** Moves the clock by `ms`, running what falls due; returns the number of transitions run. */
  advance(ms: number): number;
  /** Runs transitions until nothing is pending. */
  settle(): number;
  readonly pending: number;
  readonly timing: Timing;
  setTiming(timing: Timing): void;
  /** The informer-cache lag in effect. */
  readonly cacheLagMs: number;
  /** Fixes the lag (ms); undefined returns to the default of the timing. */
  setCacheLag(ms: number | undefined): void;
  now(): number;
  faults: Faults;
  setFaults(faults: Partial<Faults>): void;
  events(filter?: EventFilter): EmulatorEvent[];
  store: EmulatorStore;
}

/**
 * Everything ks-apiserver answers (`/kapis`, `/apis`, `/api`, `/oauth`, the
 * `/clusters/{c}/` forms) and the control API; other paths pass through.
 */
const URL_PATTERN = /^[a-z]+:\/\/[^/]+\/(?:kapis|apis|api|oauth|clusters|_emulator)(?:[/?#]|$)/;

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const startTime = typeof options.startTime === 'string' ? Date.parse(options.startTime) : options.startTime;
  const state = new EmulatorState({
    timing: options.timing ?? 'fast',
    argocdNamespace: options.argocdNamespace ?? 'argocd',
    startTime,
    randomSeed: options.randomSeed,
    cacheLagMs: options.cacheLagMs,
  });
  const seed = (input: SeedInput) => {
    applySeed(state, input);
    // A seed is history: the informer cache has long caught up with it.
    state.cache.clear();
  };
  seed(options.seed ?? 'demo');

  const handlers: HttpHandler[] = [http.all(URL_PATTERN, async ({ request, cookies }) => route(state, request, cookies))];

  const strip = ({ running: _running, lastSyncRevision: _rev, pinned: _pinned, ...app }: Record<string, Loose>) => deepClone(app);

  return {
    handlers,
    wsHandlers: watchLinkHandlers(state),
    openWatch: (request, cookies) => openWatch(state, request, cookies),
    watch: (path, watchOptions) => openTestWatch(state, path, watchOptions),
    get openWatches() {
      return state.watch.openWatches;
    },
    reset: (input) => seed(input ?? 'demo'),
    dispose: () => {
      state.watch.dropAll();
      state.scheduler.dispose();
    },
    tick: () => state.scheduler.tick(),
    advance: (ms) => state.scheduler.advance(ms),
    settle: () => state.scheduler.settle(),
    get pending() {
      return state.scheduler.pending;
    },
    get timing() {
      return state.scheduler.timing;
    },
    setTiming: (timing) => state.setTiming(timing),
    get cacheLagMs() {
      return state.cacheLagMs;
    },
    setCacheLag: (ms) => state.setCacheLag(ms),
    now: () => state.scheduler.now(),
    get faults() {
      return { ...state.faults };
    },
    set faults(value: Faults) {
      state.faults = { ...defaultFaults(), ...value };
    },
    setFaults: (faults) => {
      state.faults = { ...state.faults, ...faults };
    },
    events: (filter) => state.events.list(filter),
    store: {
      getApplication: (c, ns, name) => deepClone(state.store.get(c, ns, name)),
      listApplications: (c, ns) => state.store.list(c, ns).map((r) => deepClone(r.obj)),
      getArgoApplication: (c, name) => {
        const app = state.argo.get(c, name);
        return app ? strip(app) : undefined;
      },
      listArgoApplications: (c) => state.argo.list(c).map(strip),
      liveObjects: (c, destination) => state.argo.liveObjects(c, destination),
      putRaw: (c, ns, name, object) => deepClone(state.store.putRaw(c, ns, name, object)),
      context: () => deepClone(state.context),
    },
  };
}
