/**
 * Contract of `GET /api/v1/namespaces/{ns}/pods/{pod}/log`: options, kube's
 * error texts, crash-loop logs, follow streams and the large log of the
 * large-tree seed.
 */
import { describe, expect, it } from 'vitest';
import type { Loose } from '../core/util';
import { BASE, call, useEmulator } from './harness';
import { openLogStreams } from '../api/kube-logs';
import { createEmulator } from '../index';

const ctx = useEmulator();
const CORE = '/api/v1/namespaces';

async function podWhere(ns: string, test: (p: Loose) => boolean): Promise<Loose> {
  return (await call(`${CORE}/${ns}/pods`)).json.items.find(test);
}
const lastState = (p: Loose) => p.status.containerStatuses?.[0]?.lastState?.terminated?.reason;

describe('pod logs', () => {
  it('serves text/plain with tailLines, timestamps, sinceSeconds and limitBytes', async () => {
    const pod = await podWhere('guestbook', () => true);
    const url = `${CORE}/guestbook/pods/${pod.metadata.name}/log`;
    const all = await call(url);
    expect([all.status, all.headers.get('content-type')]).toEqual([200, 'text/plain']);
    expect(all.text.split('\n')[0]).toBe(
      `level=info msg="starting" image=gcr.io/heptio-images/ks-guestbook-demo:0.2 pod=${pod.metadata.name}`,
    );
    const tail = await call(`${url}?tailLines=3&timestamps=true`);
    const lines = tail.text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^2025-03-01T10:00:00\.\d{9}Z level=info msg="request served"/);
    expect((await call(`${url}?sinceSeconds=10`)).text.trimEnd().split('\n')).toHaveLength(11);
    expect((await call(`${url}?limitBytes=20`)).text).toHaveLength(20);
    const invalid = await call(`${url}?tailLines=-1`);
    expect([invalid.status, invalid.json.message]).toEqual([
      422,
      `PodLogOptions "${pod.metadata.name}" is invalid: tailLines: Invalid value: -1: must be greater than or equal to 0`,
    ]);
  });

  it('answers kube-apiserver and kubelet errors as 400 Status', async () => {
    const crash = await podWhere('payments', (p) => lastState(p) === 'Error');
    const url = `${CORE}/payments/pods/${crash.metadata.name}/log`;
    const none = await call(url);
    expect(none.text).toBe(
      `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"a container name must be specified for pod ${crash.metadata.name}, choose one of: [app log-shipper]","reason":"BadRequest","code":400}\n`,
    );
    const unknown = await call(`${url}?container=db`);
    expect([unknown.status, unknown.json.message]).toEqual([400, `container db is not valid for pod ${crash.metadata.name}`]);
    const previous = await call(`${url}?container=log-shipper&previous=true`);
    expect([previous.status, previous.json.message]).toEqual([
      400,
      `previous terminated container "log-shipper" in pod "${crash.metadata.name}" not found`,
    ]);
    const pulling = await podWhere('frontend', () => true);
    const waiting = await call(`${CORE}/frontend/pods/${pulling.metadata.name}/log?container=app`);
    expect(waiting.json.message).toBe(
      `container "app" in pod "${pulling.metadata.name}" is waiting to start: trying and failing to pull image`,
    );
    const pending = await podWhere('payments', (p) => p.status.phase === 'Pending');
    expect(await call(`${CORE}/payments/pods/${pending.metadata.name}/log?container=app`)).toMatchObject({ status: 200, text: '' });
    expect((await call(`${CORE}/payments/pods/nope/log`)).json.message).toBe('pods "nope" not found');
  });

  it('ends a crash-looping container log with the panic; previous is the same last run', async () => {
    const crash = await podWhere('payments', (p) => lastState(p) === 'Error');
    const url = `${CORE}/payments/pods/${crash.metadata.name}/log?container=app`;
    const current = (await call(url)).text;
    const previous = (await call(`${url}&previous=true`)).text;
    expect(current.trimEnd().split('\n').slice(-8)[0]).toBe('panic: runtime error: invalid memory address or nil pointer dereference');
    expect(previous).toBe(current);
    const oom = await podWhere('payments', (p) => lastState(p) === 'OOMKilled');
    const oomLog = (await call(`${CORE}/payments/pods/${oom.metadata.name}/log?container=app&previous=true&tailLines=1`)).text;
    expect(oomLog).toBe('level=warn msg="cache size above soft limit" entries=1310720 heap=127Mi\n');
  });

  it('follows: streams what exists, then a line per emulator second, until the client aborts', async () => {
    const pod = await podWhere('guestbook', () => true);
    const abort = new AbortController();
    const response = await fetch(`${BASE}${CORE}/guestbook/pods/${pod.metadata.name}/log?follow=true&tailLines=1`, {
      signal: abort.signal,
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    expect(first.split('\n').filter(Boolean)).toHaveLength(1);
    expect(openLogStreams()).toBe(1);
    ctx.emulator.advance(3000);
    let more = '';
    while (more.split('\n').filter(Boolean).length < 3) {
      const chunk = await reader.read();
      if (chunk.done) break;
      more += decoder.decode(chunk.value);
    }
    expect(more.split('\n').filter(Boolean)).toHaveLength(3);
    abort.abort();
    // The request's AbortSignal stops the writer (msw does not pass the reader's cancel on).
    void reader.cancel().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    expect(openLogStreams()).toBe(0);
  });

  it('does not follow a container that is not running', async () => {
    const crash = await podWhere('payments', (p) => lastState(p) === 'Error');
    const r = await call(`${CORE}/payments/pods/${crash.metadata.name}/log?container=app&follow=true`);
    expect(r.text.trimEnd().endsWith('\t/src/app/main.go:27 +0x25')).toBe(true);
  });
});

describe('large-tree seed', () => {
  it('keeps 5,000 resources, gives Deployments 1-3 pods and one workload a 10 MiB log', async () => {
    ctx.emulator.reset({ seed: 'large-tree', resources: 5000 });
    const pods = (await call(`${CORE}/large-tree/pods`)).json.items;
    expect(pods.length).toBe(1667 + 1667 - 1);
    const pod = pods.find((p: Loose) => p.metadata.name.startsWith('component-00000-'));
    const log = await call(`${CORE}/large-tree/pods/${pod.metadata.name}/log`);
    expect(log.text.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(log.text.length).toBeLessThan(11 * 1024 * 1024);
  });

  it('creates seeds as fast as before: nothing is rendered until asked', () => {
    const em = createEmulator({ timing: 'instant', seed: 'empty' });
    const t0 = performance.now();
    em.reset({ seed: 'large-tree', resources: 20_000 });
    const tree = performance.now() - t0;
    const t1 = performance.now();
    em.reset({ seed: 'large-list', count: 50_000 });
    const list = performance.now() - t1;
    em.dispose();
    // Figures for the report, not a timing assertion: only that they ran.
    console.info(`seed large-tree 20000: ${tree.toFixed(0)} ms, large-list 50000: ${list.toFixed(0)} ms`);
    expect(tree + list).toBeGreaterThan(0);
  }, 60_000);
});
