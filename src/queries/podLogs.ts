/**
 * A container's log for the logs panel: the last lines, or the last lines and then everything
 * the container writes while the panel follows it.
 *
 * Not a TanStack query: a followed log is one long response, not a value to cache and poll, and
 * nothing here ever polls. The lines live in one mutable `LogBuffer` per panel; what the panel
 * renders is a snapshot published at most every `FLUSH_MS`, so a chatty container costs one render
 * per batch, not one per chunk. A timer rather than requestAnimationFrame: frames stop in a
 * hidden tab, and the last chunk before the tab is hidden must still be published.
 *
 * The stream stops when the panel unmounts, when following is turned off (the lines stay) and
 * while the tab is hidden (document.visibilityState). When the tab is shown again the stream is
 * reopened with the same `tailLines`: the lines it sends again are recognised by their
 * timestamps (always requested) and skipped, so nothing is shown twice. Lines written while the
 * tab was hidden beyond the last `tailLines` are not fetched.
 */
import * as React from 'react';
import type { FetchLike } from '../api/client';
import type { ApiError } from '../api/errors';
import { fetchPodLog, streamPodLog } from '../api/podLogs';
import { EMPTY_LOG, LogBuffer, resumeFilter, resumePointOf, type LogLines } from '../model/logs';
import { clusterContext } from './applications';

export const FLUSH_MS = 100;

export type PodLogStatus = 'loading' | 'streaming' | 'ended' | 'error';

export interface PodLogRequest {
  cluster: string;
  namespace: string;
  pod: string;
  container: string;
  tailLines: number;
  previous: boolean;
  follow: boolean;
  /** For tests and hosts with their own fetch; must keep its identity across renders. */
  fetchImpl?: FetchLike;
}

export interface PodLogResult {
  /** The lines shown now (a snapshot: it does not change under a render). */
  lines: LogLines;
  /** `ended`: the lines are loaded (no follow), or the followed stream was closed by the server. */
  status: PodLogStatus;
  error?: ApiError;
  /** Following, but the stream is stopped while the tab is hidden. */
  paused: boolean;
  /** Loads again: the tail anew, or, while following, reconnects and continues after the shown lines. */
  reload(): void;
}

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

function usePageVisible(): boolean {
  const read = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';
  const [visible, setVisible] = React.useState(read);
  React.useEffect(() => {
    const update = () => setVisible(read());
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

type Mode = 'tail' | 'stream' | 'paused';

interface View {
  lines: LogLines;
  status: PodLogStatus;
  error?: ApiError;
}

export function usePodLog(request: PodLogRequest): PodLogResult {
  const { cluster, namespace, pod, container, tailLines, previous, follow, fetchImpl = defaultFetch } = request;
  const visible = usePageVisible();
  const mode: Mode = !follow ? 'tail' : visible ? 'stream' : 'paused';
  const [attempt, setAttempt] = React.useState(0);
  // One state object, so a batch is one render even outside React 17's event batching.
  const [view, setView] = React.useState<View>({ lines: EMPTY_LOG, status: 'loading' });
  const bufferRef = React.useRef<LogBuffer | null>(null);
  bufferRef.current ??= new LogBuffer();
  const statusRef = React.useRef(view.status);
  statusRef.current = view.status;
  const lastRun = React.useRef<{ source: string; mode: Mode; attempt: number } | null>(null);

  React.useEffect(() => {
    const buffer = bufferRef.current as LogBuffer;
    const source = JSON.stringify([cluster, namespace, pod, container, previous, tailLines]);
    const before = lastRun.current;
    lastRun.current = { source, mode, attempt };
    const sameSource = before?.source === source;
    const publish = (patch: Partial<View> = {}) => setView((v) => ({ ...v, lines: buffer.snapshot(), ...patch }));

    if (mode === 'paused') {
      publish();
      return undefined;
    }
    // Following was turned off: the stream stopped (cleanup below); what it showed stays.
    if (mode === 'tail' && sameSource && before.mode !== 'tail' && before.attempt === attempt && statusRef.current !== 'error') {
      publish({ status: 'ended' });
      return undefined;
    }

    const controller = new AbortController();
    const { signal } = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        if (!signal.aborted) publish();
      }, FLUSH_MS);
    };
    const fail = (e: unknown) => {
      if (signal.aborted) return;
      publish({ status: 'error', error: e as ApiError });
    };
    const ctx = clusterContext(cluster);
    const params = { namespace, pod, container, tailLines, previous, timestamps: true, signal };

    const shown = buffer.snapshot();
    const point =
      mode === 'stream' && sameSource && shown.length > 0
        ? resumePointOf((offset) => (offset < shown.length ? shown.line(shown.length - 1 - offset) : undefined))
        : undefined;
    if (!point) buffer.clear();
    publish({ status: point ? statusRef.current : 'loading', error: undefined });

    if (mode === 'tail') {
      fetchPodLog(fetchImpl, ctx, params).then((text) => {
        if (signal.aborted) return;
        buffer.append(text);
        buffer.end();
        publish({ status: 'ended' });
      }, fail);
    } else {
      // While resuming, whole lines are checked against what is already shown; from the first
      // new line on, chunks go straight to the buffer.
      let keep = point ? resumeFilter(point) : undefined;
      let carry = '';
      const onChunk = (text: string) => {
        if (!keep) {
          buffer.append(text);
        } else {
          const pieces = (carry + text).split('\n');
          carry = pieces.pop() ?? '';
          const fresh: string[] = [];
          for (const line of pieces) if (fresh.length || keep(line.replace(/\r$/, ''))) fresh.push(line);
          buffer.appendLines(fresh);
          if (fresh.length) {
            keep = undefined;
            buffer.append(carry);
          }
        }
        schedule();
      };
      streamPodLog(fetchImpl, ctx, { ...params, onChunk, onOpen: () => !signal.aborted && publish({ status: 'streaming' }) }).then(() => {
        if (signal.aborted) return;
        // The server closed the stream (the container stopped): a last line without newline is whole.
        if (!keep) buffer.end();
        publish({ status: 'ended' });
      }, fail);
    }

    return () => {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
      // The line being written when the stream stopped comes again, whole, when it resumes.
      buffer.discardPartial();
    };
  }, [cluster, namespace, pod, container, previous, tailLines, mode, attempt, fetchImpl]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { lines: view.lines, status: view.status, error: view.error, paused: mode === 'paused', reload };
}
