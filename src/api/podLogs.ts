/**
 * A container's log, from the Kubernetes API the console proxies (`GET /api/v1/namespaces/{ns}/pods/{pod}/log`).
 *
 * What kubesphere/console does (its master, read for this module):
 * - packages/shared/src/stores/container.ts:59-82 `useContainerLogQuery`: a plain GET of
 *   `api/v1[/klusters/{cluster}]/namespaces/{ns}/pods/{pod}/log` with the params as a query.
 * - packages/shared/src/components/Containers/Log/index.tsx:40,56-61,75-80: the params are
 *   `container`, `tailLines` (1000), `timestamps: true` and `follow`; it never asks for
 *   `previous` or `limitBytes`.
 * - packages/shared/src/stores/container.ts:84-139 `useContainerLogFollow` (and the same in
 *   packages/shared/src/stores/pod.ts:205-241): following is one streamed HTTP response, not a
 *   WebSocket. An XMLHttpRequest with `follow=true` re-reads the whole `responseText` on every
 *   `readystatechange` in LOADING (quadratic in the log's size), and `xhr.abort()` ends it on
 *   unmount. The URL goes through `getClusterUrl` (packages/shared/src/utils/urlHelper.ts:58),
 *   which turns `/klusters/{c}` into the `/clusters/{c}` prefix in multicluster mode.
 *
 * We do the same requests (plus `previous` and `limitBytes`), but read the stream with
 * `fetch` and a body reader, decoding each chunk once, so the cost is linear in what arrives.
 */
import type { FetchLike } from './client';
import { ApiError, errorFromFailure, errorFromResponse } from './errors';
import { clusterPrefix, segment, withQuery, type ClusterContext } from './url';

export interface PodLogParams {
  namespace: string;
  pod: string;
  container: string;
  /** The last N lines only; the whole log when absent. */
  tailLines?: number;
  /** The log of the container's previous instance (before its last restart). */
  previous?: boolean;
  /** Each line prefixed with its RFC3339Nano time and a space. */
  timestamps?: boolean;
  /** At most this many bytes (the server may cut the last line). */
  limitBytes?: number;
  signal?: AbortSignal;
}

export function podLogUrl(ctx: ClusterContext, params: PodLogParams, follow: boolean): string {
  const { namespace, pod, container, tailLines, previous, timestamps, limitBytes } = params;
  const path = `${clusterPrefix(ctx)}/api/v1/namespaces/${segment(namespace, 'namespace')}/pods/${segment(pod, 'pod')}/log`;
  const count = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined);
  return withQuery(path, {
    container: segment(container, 'container'),
    tailLines: count(tailLines),
    previous: previous ? 'true' : undefined,
    follow: follow ? 'true' : undefined,
    timestamps: timestamps ? 'true' : undefined,
    limitBytes: count(limitBytes),
  });
}

async function open(fetchImpl: FetchLike, url: string, signal: AbortSignal | undefined, attempt = 1): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', signal });
  } catch (e) {
    throw errorFromFailure(e);
  }
  // The console renews an expiring login by redirecting to a page (see requestJson in client.ts):
  // a log is text too, so the sign is HTML where text was asked for. A GET is safe to send again.
  if (response.redirected && (response.headers.get('content-type') ?? '').includes('html') && attempt === 1) {
    return open(fetchImpl, url, signal, 2);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** The log as one text (no follow). */
export async function fetchPodLog(fetchImpl: FetchLike, ctx: ClusterContext, params: PodLogParams): Promise<string> {
  const response = await open(fetchImpl, podLogUrl(ctx, params, false), params.signal);
  try {
    return await response.text();
  } catch (e) {
    throw errorFromFailure(e);
  }
}

export interface StreamPodLogParams extends PodLogParams {
  /** Decoded text as it arrives, cut anywhere (lines are not whole). */
  onChunk(text: string): void;
  /** The server accepted the request: the stream is open. */
  onOpen?(): void;
}

/**
 * Follows the log: resolves when the server ends the stream (the container stopped, the API
 * server closed it), rejects with a normalised error. Aborting `signal` stops reading and
 * resolves quietly: the caller asked for it, there is nothing to report.
 */
export async function streamPodLog(fetchImpl: FetchLike, ctx: ClusterContext, params: StreamPodLogParams): Promise<void> {
  const { signal, onChunk, onOpen } = params;
  let response: Response;
  try {
    response = await open(fetchImpl, podLogUrl(ctx, params, true), signal);
  } catch (e) {
    if (signal?.aborted) return;
    throw e;
  }
  onOpen?.();
  if (!response.body) {
    // No streaming body (an old polyfill): the text arrives once the stream ends.
    const text = await response.text().catch((e: unknown) => Promise.reject(errorFromFailure(e)));
    if (!signal?.aborted && text) onChunk(text);
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  // Some fetch implementations do not end a body read when the signal aborts; cancel it ourselves.
  const stop = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', stop);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) return;
      if (done) break;
      // Stream mode keeps a character split across two chunks whole.
      const text = decoder.decode(value, { stream: true });
      if (text) onChunk(text);
    }
    const rest = decoder.decode();
    if (rest) onChunk(rest);
  } catch (e) {
    if (signal?.aborted) return;
    throw e instanceof ApiError ? e : errorFromFailure(e);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
