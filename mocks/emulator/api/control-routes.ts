/**
 * The emulator's own control API under `/_emulator/v1/` (plain JSON, never
 * affected by injected faults): reset/seed, timing, faults, events, clock,
 * raw objects for untrusted-data tests, Argo CD status injection and a
 * simulated `git push`.
 */
import { controlJson } from './responses';
import { handleLiveControl } from './control-live';
import { startBurst } from './control-burst';
import { TIMINGS, type Timing } from '../core/scheduler';
import { isRecord } from '../core/util';
import { applySeed, SeedError, type SeedInput } from '../seeds';
import type { EmulatorState, Faults } from '../sim/state';

const PREFIX = '/_emulator/v1';

const bad = (message: string, status = 400) => controlJson({ error: message }, status);

async function body(request: Request): Promise<Record<string, unknown> | undefined> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    const parsed = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function applyFaults(state: EmulatorState, input: Record<string, unknown>): string | undefined {
  const next: Faults = { ...state.faults };
  if ('latencyMs' in input) {
    if (typeof input.latencyMs !== 'number' || input.latencyMs < 0) return 'latencyMs must be a number >= 0';
    next.latencyMs = input.latencyMs;
  }
  if ('errorRate' in input) {
    if (typeof input.errorRate !== 'number' || input.errorRate < 0 || input.errorRate > 1)
      return 'errorRate must be a number between 0 and 1';
    next.errorRate = input.errorRate;
  }
  if ('errorStatus' in input) {
    if (![500, 502, 503].includes(input.errorStatus as number)) return 'errorStatus must be 500, 502 or 503';
    next.errorStatus = input.errorStatus as Faults['errorStatus'];
  }
  if ('watchDisabled' in input) {
    if (typeof input.watchDisabled !== 'boolean') return 'watchDisabled must be a boolean';
    next.watchDisabled = input.watchDisabled;
  }
  if ('dropWatches' in input && typeof input.dropWatches !== 'boolean') return 'dropWatches must be a boolean';
  if ('sessionExpired' in input) {
    if (typeof input.sessionExpired !== 'boolean') return 'sessionExpired must be a boolean';
    next.sessionExpired = input.sessionExpired;
  }
  state.faults = next;
  return undefined;
}

function config(state: EmulatorState) {
  return {
    timing: state.scheduler.timing,
    cacheLagMs: state.cacheLagMs,
    argocdNamespace: state.argocdNamespace,
    now: new Date(state.scheduler.now()).toISOString(),
    pendingTasks: state.scheduler.pending,
  };
}

type Handler = (state: EmulatorState, request: Request, url: URL, args: string[]) => Promise<Response> | Response;

const ROUTES: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
  {
    method: 'POST',
    pattern: /^\/reset$/,
    handler: async (state, request) => {
      const input = await body(request);
      if (!input) return bad('body must be a JSON object');
      try {
        applySeed(state, input as Exclude<SeedInput, string>);
        // A seed is history: the informer cache has long caught up with it.
        state.cache.clear();
      } catch (e) {
        if (e instanceof SeedError) return bad(e.message);
        throw e;
      }
      return controlJson({ ok: true, seed: input.seed ?? (input.objects ? 'empty' : 'demo') });
    },
  },
  { method: 'GET', pattern: /^\/config$/, handler: (state) => controlJson(config(state)) },
  {
    method: 'PUT',
    pattern: /^\/config$/,
    handler: async (state, request) => {
      const input = await body(request);
      if (!input) return bad('body must be a JSON object');
      const { timing, cacheLagMs: lag, argocdNamespace } = input;
      if (timing !== undefined && !TIMINGS.includes(timing as Timing)) return bad(`timing must be one of ${TIMINGS.join(', ')}`);
      if (lag !== undefined && lag !== null && (typeof lag !== 'number' || !Number.isFinite(lag) || lag < 0))
        return bad('cacheLagMs must be a number >= 0, or null for the default of the timing');
      if (argocdNamespace !== undefined && (typeof argocdNamespace !== 'string' || argocdNamespace === ''))
        return bad('argocdNamespace must be a non-empty string');
      if (timing !== undefined) state.setTiming(timing as Timing);
      // An explicit lag wins over the timing's default; null goes back to that default.
      if (lag !== undefined) state.setCacheLag(lag === null ? undefined : (lag as number));
      if (argocdNamespace !== undefined) state.argocdNamespace = argocdNamespace as string;
      return controlJson(config(state));
    },
  },
  { method: 'GET', pattern: /^\/faults$/, handler: (state) => controlJson(state.faults) },
  {
    method: 'PUT',
    pattern: /^\/faults$/,
    handler: async (state, request) => {
      const input = await body(request);
      if (!input) return bad('body must be a JSON object');
      const error = applyFaults(state, input);
      if (error) return bad(error);
      // A one-shot, not a state: every open watch breaks now; clients reconnect (and may resume).
      if (input.dropWatches === true) return controlJson({ ...state.faults, droppedWatches: state.watch.dropAll() });
      return controlJson(state.faults);
    },
  },
  {
    method: 'GET',
    pattern: /^\/events$/,
    handler: (state, _request, url) => {
      const q = url.searchParams;
      const items = state.events.list({
        cluster: q.get('cluster') ?? undefined,
        namespace: q.get('namespace') ?? undefined,
        name: q.get('name') ?? undefined,
        type: q.get('type') ?? undefined,
      });
      return controlJson({ items });
    },
  },
  { method: 'GET', pattern: /^\/watches$/, handler: (state) => controlJson({ open: state.watch.openWatches }) },
  {
    method: 'POST',
    pattern: /^\/clusters\/([^/]+)\/namespaces\/([^/]+)\/applications-burst$/,
    handler: async (state, request, _url, [cluster, namespace]) => {
      const input = await body(request);
      if (!input) return bad('body must be a JSON object');
      const result = startBurst(state, cluster, namespace, input);
      return typeof result === 'string' ? bad(result) : controlJson(result);
    },
  },
  { method: 'POST', pattern: /^\/tick$/, handler: (state) => controlJson({ ran: state.scheduler.tick() ? 1 : 0, ...config(state) }) },
  {
    method: 'POST',
    pattern: /^\/advance$/,
    handler: async (state, request) => {
      const input = await body(request);
      const ms = input?.ms;
      if (typeof ms !== 'number' || ms < 0) return bad('ms must be a number >= 0');
      return controlJson({ ran: state.scheduler.advance(ms), ...config(state) });
    },
  },
  { method: 'POST', pattern: /^\/settle$/, handler: (state) => controlJson({ ran: state.scheduler.settle(), ...config(state) }) },
  {
    method: 'GET',
    pattern: /^\/users$/,
    handler: (state) =>
      controlJson({
        items: state.context.users.map((u) => ({ name: u.name, globalRole: u.globalRole, workspaces: u.workspaces, devops: u.devops })),
      }),
  },
  {
    method: 'POST',
    pattern: /^\/git\/push$/,
    handler: async (state, request) => {
      const input = await body(request);
      if (!input || typeof input.repoURL !== 'string') return bad('repoURL is required');
      return controlJson({ affectedApplications: state.argo.push(input.repoURL) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/clusters\/([^/]+)\/argo-applications$/,
    handler: (state, _request, _url, [cluster]) =>
      controlJson({ items: state.argo.list(cluster).map(({ running: _r, ...app }) => app), liveObjects: state.argo.liveObjects(cluster) }),
  },
  {
    method: 'PUT',
    pattern: /^\/clusters\/([^/]+)\/namespaces\/([^/]+)\/applications\/([^/]+)\/argo-status$/,
    handler: async (state, request, _url, [cluster, namespace, name]) => {
      const status = await body(request);
      if (!status) return bad('body must be an Argo CD status object');
      const app = state.store.get(cluster, namespace, name);
      if (!app) return bad(`application ${cluster}/${namespace}/${name} not found`, 404);
      const argoName = app.metadata?.labels?.['gitops.kubesphere.io/argocd-application'] ?? name;
      const running = (status.operationState as Record<string, unknown> | undefined)?.phase === 'Running';
      state.argo.setStatus(cluster, argoName, status);
      try {
        state.controllers.applyStatus(cluster, namespace, name, status, running);
      } catch (e) {
        return bad(e instanceof Error ? e.message : String(e));
      }
      return controlJson(state.store.get(cluster, namespace, name));
    },
  },
  {
    method: 'PUT',
    pattern: /^\/clusters\/([^/]+)\/namespaces\/([^/]+)\/applications\/([^/]+)$/,
    handler: async (state, request, _url, [cluster, namespace, name]) => {
      let value: unknown;
      try {
        value = JSON.parse(await request.text());
      } catch {
        return bad('body must be JSON');
      }
      if (!state.clusterExists(cluster)) return bad(`unknown cluster "${cluster}"`, 404);
      return controlJson(state.store.putRaw(cluster, namespace, name, value));
    },
  },
];

export async function handleControl(state: EmulatorState, request: Request, url: URL): Promise<Response> {
  if (!url.pathname.startsWith(PREFIX + '/')) return bad('unknown control endpoint', 404);
  const path = url.pathname.slice(PREFIX.length);
  const live = await handleLiveControl(state, request, path);
  if (live) return live;
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    if (route.method !== request.method) continue;
    return route.handler(state, request, url, m.slice(1).map(decodeURIComponent));
  }
  return bad(`no control endpoint ${request.method} ${url.pathname}`, 404);
}
