/**
 * `GET /api/v1/namespaces/{ns}/pods/{pod}/log`: kube-apiserver's LogREST
 * (kubernetes pkg/registry/core/pod/rest/log.go) and the kubelet behind it.
 * Order of checks: the pod (404), PodLogOptions validation (422,
 * pkg/apis/core/validation ValidatePodLogOptions), the container
 * (pkg/registry/core/pod/strategy.go validateContainer: 400 `a container name
 * must be specified for pod P, choose one of: [a b]`, `container X is not
 * valid for pod P`), a pod without a node gives an empty body (LogLocation
 * returns no location), then the kubelet's
 * (pkg/kubelet/kubelet_pods.go validateContainerLogStatus: `previous
 * terminated container "X" in pod "P" not found`, `container "X" in pod "P"
 * is waiting to start: …`), relayed as 400 by the GenericHttpResponseChecker
 * (apiserver pkg/registry/generic/rest/response_checker.go).
 * `follow=true` streams: what exists, then one line per second of emulator
 * time (real time with `fast`/`realistic`; with `instant` lines arrive when
 * the clock is moved), until the client goes away, the container stops, the
 * pod disappears or `limitBytes` is reached.
 */
import { statusJson } from './responses';
import { objectNotFound, type KubeRequest } from './kube-routes';
import { kindByPlural } from '../sim/live-meta';
import { lineAt, runLog, timestampOf, type LogLine } from '../sim/live-logs';

const TEXT = { 'Content-Type': 'text/plain' };
const bad = (r: KubeRequest, message: string) => statusJson(400, 'BadRequest', message, undefined, r.request);

/** Go strconv.ParseBool, as the query parameter codec reads booleans. */
const bool = (v: string | null) => v !== null && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v);

function intParam(params: URLSearchParams, name: string): number | undefined {
  const v = params.get(name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
}

/** Streams opened and not yet closed (all emulators), for tests that check an abort stops the writer. */
let openStreams = 0;
export const openLogStreams = () => openStreams;

export function podLog(r: KubeRequest, namespace: string, name: string): Response {
  const params = r.url.searchParams;
  const found = r.state.live.pod(r.cluster, namespace, name);
  if (!found) return objectNotFound(kindByPlural('', 'v1', 'pods')!, name, r.request);
  const tailLines = intParam(params, 'tailLines');
  const limitBytes = intParam(params, 'limitBytes');
  const sinceSeconds = intParam(params, 'sinceSeconds');
  const invalid: string[] = [];
  if (tailLines !== undefined && tailLines < 0) invalid.push(`tailLines: Invalid value: ${tailLines}: must be greater than or equal to 0`);
  if (limitBytes !== undefined && limitBytes < 1) invalid.push(`limitBytes: Invalid value: ${limitBytes}: must be greater than 0`);
  if (sinceSeconds !== undefined && sinceSeconds < 1) invalid.push(`sinceSeconds: Invalid value: ${sinceSeconds}: must be greater than 0`);
  if (invalid.length > 0) {
    const message = `PodLogOptions "${name}" is invalid: ${invalid.length === 1 ? invalid[0] : `[${invalid.join(', ')}]`}`;
    return statusJson(422, 'Invalid', message, { name, kind: 'PodLogOptions' }, r.request);
  }
  const names = found.runs.map((c) => c.name);
  let container = params.get('container') ?? '';
  if (container === '') {
    if (names.length !== 1) return bad(r, `a container name must be specified for pod ${name}, choose one of: [${names.join(' ')}]`);
    container = names[0];
  }
  const run = found.runs.find((c) => c.name === container);
  if (!run) return bad(r, `container ${container} is not valid for pod ${name}`);
  if (!found.node) return new Response('', { status: 200, headers: TEXT });
  const previous = bool(params.get('previous'));
  const which = previous ? run.previous : run.current;
  if (previous && !which) return bad(r, `previous terminated container "${container}" in pod "${name}" not found`);
  if (!which) return bad(r, `container "${container}" in pod "${name}" is waiting to start: ${run.waitingReason ?? 'ContainerCreating'}`);

  const now = r.state.scheduler.now();
  const stamps = bool(params.get('timestamps'));
  const format = (l: LogLine) => (stamps ? `${timestampOf(l.t, name)} ${l.text}\n` : `${l.text}\n`);
  let lines = runLog(which, run, name, now, found.mode === 'running' ? found.logBytes : undefined);
  if (sinceSeconds !== undefined) lines = lines.filter((l) => l.t >= now - sinceSeconds * 1000);
  if (tailLines !== undefined) lines = tailLines === 0 ? [] : lines.slice(-tailLines);
  let text = lines.map(format).join('');
  const cut = (s: string, budget: number) => new TextDecoder().decode(new TextEncoder().encode(s).slice(0, budget));
  if (limitBytes !== undefined && text.length >= limitBytes) text = cut(text, limitBytes);
  const following = bool(params.get('follow')) && !previous && which.end === undefined;
  if (!following) return new Response(text, { status: 200, headers: TEXT });

  const state = r.state;
  const encoder = new TextEncoder();
  let sent = encoder.encode(text).length;
  let last = Math.floor(now / 1000) * 1000;
  let timer: ReturnType<typeof setInterval> | undefined;
  const close = () => {
    if (timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
    openStreams--;
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (text) controller.enqueue(encoder.encode(text));
      openStreams++;
      // The client going away: msw hands the request's AbortSignal over, a cancel may not reach us.
      r.request.signal?.addEventListener('abort', () => {
        close();
        try {
          controller.close();
        } catch {
          // already closed or errored
        }
      });
      // With `instant` timing the clock only moves through tick/advance: poll it often.
      const poll = state.scheduler.timing === 'instant' ? 20 : 250;
      timer = setInterval(() => {
        if (state.scheduler.isDisposed || !state.live.pod(r.cluster, namespace, name)) {
          close();
          controller.close();
          return;
        }
        const target = Math.floor(state.scheduler.now() / 1000) * 1000;
        let chunk = '';
        // At most an hour of lines per poll, so a big `advance` cannot flood the client.
        for (let t = Math.max(last + 1000, target - 3_600_000); t <= target; t += 1000) {
          if (container === 'log-shipper' && t % 10_000 !== 0) continue;
          chunk += format({ t, text: lineAt(container, name, t) });
        }
        last = Math.max(last, target);
        if (!chunk) return;
        if (limitBytes !== undefined && sent + encoder.encode(chunk).length >= limitBytes) {
          controller.enqueue(encoder.encode(cut(chunk, limitBytes - sent)));
          close();
          controller.close();
          return;
        }
        sent += encoder.encode(chunk).length;
        controller.enqueue(encoder.encode(chunk));
      }, poll);
      // Not unref'd: an open follow keeps the process alive, as an open connection does, until the client aborts.
    },
    cancel() {
      close();
    },
  });
  // No Content-Length: Node and the browser deliver it chunked, as the kubelet's follow is.
  return new Response(stream, { status: 200, headers: TEXT });
}
