/**
 * What a container wrote: deterministic lines from its run's start to its end
 * (or to now while it runs, one a second), ending the way its run ended: a Go
 * panic for a crash, nothing at all for an OOM kill (SIGKILL), a summary for a
 * completed Job. With `timestamps`, each line is prefixed the way the kubelet
 * does it (kubernetes pkg/kubelet/kuberuntime/logs/logs.go: RFC 3339 with 9
 * fixed fraction digits, `timeFormatOut`). History of a long-running
 * container is capped (the kubelet rotates container logs at 10 MiB,
 * `containerLogMaxSize`), unless a byte size was asked for (benchmarks).
 */
import { hash32 } from '../core/util';
import type { ContainerRun } from './live-pods';

export interface LogLine {
  t: number;
  text: string;
}

/** Lines of history a running container shows (at most). */
const HISTORY_LINES = 500;
const PATHS = ['/healthz', '/api/v1/orders', '/api/v1/items?page=2', '/metrics', '/api/v1/payments', '/'];

export function timestampOf(t: number, salt: string): string {
  const iso = new Date(t).toISOString();
  const nanos = String(hash32(`${salt}@${t}`) % 1_000_000).padStart(6, '0');
  return `${iso.slice(0, 23)}${nanos}Z`;
}

/** The line a container writes at `t` (steady state). */
export function lineAt(container: string, pod: string, t: number): string {
  const h = hash32(`${pod}/${container}/${t}`);
  if (container === 'log-shipper')
    return `[${new Date(t).toISOString().slice(0, 19).replace('T', ' ')}] [ info] [output:forward:forward.0] flushed ${1 + (h % 40)} records`;
  const path = PATHS[h % PATHS.length];
  const status = h % 97 === 0 ? 500 : h % 13 === 0 ? 404 : 200;
  return `level=info msg="request served" method=GET path=${path} status=${status} duration=${(((h >>> 4) % 900) / 100 + 0.1).toFixed(2)}ms`;
}

function startLines(run: ContainerRun, pod: string): string[] {
  if (run.name === 'log-shipper')
    return [
      'Fluent Bit v2.2.0',
      '* Copyright (C) 2015-2023 The Fluent Bit Authors',
      `[ info] [fluent bit] version=2.2.0, pod=${pod}`,
      '[ info] [sp] stream processor started',
    ];
  return [
    `level=info msg="starting" image=${run.image} pod=${pod}`,
    'level=info msg="loading configuration" file=/etc/app/app.properties',
    'level=info msg="listening" addr=:80',
  ];
}

function endingLines(ending: 'panic' | 'oom' | 'exit0'): string[] {
  if (ending === 'oom')
    return [
      'level=warn msg="cache size above soft limit" entries=1048576 heap=121Mi',
      'level=warn msg="cache size above soft limit" entries=1310720 heap=127Mi',
    ];
  if (ending === 'exit0') return ['level=info msg="report written" rows=1342', 'level=info msg="done"'];
  return [
    'level=error msg="required setting is missing" key=payment.gateway.url',
    'panic: runtime error: invalid memory address or nil pointer dereference',
    '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b4f3a]',
    '',
    'goroutine 1 [running]:',
    'main.(*Gateway).Connect(0x0)',
    '\t/src/app/gateway.go:42 +0x1a',
    'main.main()',
    '\t/src/app/main.go:27 +0x25',
  ];
}

/**
 * The whole log of one run, oldest first. `bytes` makes the history about
 * that long (lines spread evenly over the run), for benchmarks.
 */
export function runLog(
  run: { start: number; end?: number; ending?: 'panic' | 'oom' | 'exit0' },
  c: ContainerRun,
  pod: string,
  now: number,
  bytes?: number,
): LogLine[] {
  const end = run.end ?? now;
  const out: LogLine[] = startLines(c, pod).map((text, i) => ({ t: run.start + i, text }));
  const steadyFrom = run.start + 1000;
  const steadyTo = run.ending ? end - 1000 : end;
  if (bytes && bytes > 0) {
    // About 80 bytes a line: spread the lines over the run, then stop at the byte budget.
    const step = Math.max(1, (steadyTo - steadyFrom) / Math.ceil(bytes / 80));
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const t = Math.floor(steadyFrom + i * step);
      const text = lineAt(c.name, pod, t);
      size += text.length + 1;
      out.push({ t, text });
    }
  } else {
    const every = c.name === 'log-shipper' ? 10_000 : 1000;
    const first = Math.max(steadyFrom, steadyTo - HISTORY_LINES * every);
    for (let t = Math.ceil(first / every) * every; t <= steadyTo; t += every) out.push({ t, text: lineAt(c.name, pod, t) });
  }
  if (run.ending) endingLines(run.ending).forEach((text, i) => out.push({ t: end - 10 + i, text }));
  return out;
}
