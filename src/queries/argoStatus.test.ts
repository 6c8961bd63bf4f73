import { beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../model/application/types';
import { parseArgoStatus } from '../model/status/argoStatus';
import { statusDecoding } from '../model/status/statusDecoding';
import { largeStatus, makeApp } from '../model/testFixtures';
import { argoStatusOf, clearDecodedStatuses, DECODE_ELSEWHERE_FROM, selectDecodedApplication, selectDecodedList } from './argoStatus';
import type { DecodeRequest, WorkerStart } from './argoStatusDecoder';

// Every decode makes a new object, so "decoded once" shows as the very same object coming back.

/** A fresh copy, as every poll returns one: same content, new objects. */
function copy(name: string, resourceVersion: string, reconciledAt = '2024-01-01T00:00:00Z'): Application {
  const app = makeApp({ name, argoApp: JSON.stringify({ reconciledAt, health: { status: 'Healthy' } }) });
  app.metadata.uid = `uid-${name}`;
  app.metadata.resourceVersion = resourceVersion;
  return app;
}

beforeEach(() => {
  clearDecodedStatuses();
});

describe('status.argoApp decoded once per application version', () => {
  it('decodes a list once, and not again for the next poll of the same versions', () => {
    const list = { items: [copy('a', '1'), copy('b', '7')], totalItems: 2 };
    expect(selectDecodedList(list)).toBe(list);
    const [a, b] = list.items.map((app) => argoStatusOf(app));
    expect(a.status?.health?.status).toBe('Healthy');
    const next = { items: [copy('a', '1'), copy('b', '7')], totalItems: 2 };
    selectDecodedList(next);
    expect(argoStatusOf(next.items[0])).toBe(a);
    expect(argoStatusOf(next.items[1])).toBe(b);
  });

  it('shares the result between the list row and the detail page', () => {
    const row = copy('a', '3');
    selectDecodedList({ items: [row], totalItems: 1 });
    const detail = copy('a', '3');
    expect(selectDecodedApplication(detail)).toBe(detail);
    expect(argoStatusOf(detail)).toBe(argoStatusOf(row));
  });

  it('decodes a new version, and never answers with another text than the one asked about', () => {
    const first = argoStatusOf(copy('a', '1'));
    const next = argoStatusOf(copy('a', '2', '2024-01-01T00:00:09Z'));
    expect(next).not.toBe(first);
    expect(next.status?.reconciledAt).toBe('2024-01-01T00:00:09Z');
    // Same version, other text (a fixture reusing a version): decoded again, not taken from the cache.
    const odd = argoStatusOf(copy('a', '1', '2024-01-02T00:00:00Z'));
    expect(odd.status?.reconciledAt).toBe('2024-01-02T00:00:00Z');
    expect(first.status?.reconciledAt).toBe('2024-01-01T00:00:00Z');
  });

  it('reuses the result for a new version whose status did not change (an edit of labels or spec)', () => {
    const before = argoStatusOf(copy('a', '1'));
    const relabelled = copy('a', '2');
    relabelled.metadata.labels = { ...relabelled.metadata.labels, team: 'blue' };
    expect(argoStatusOf(relabelled)).toBe(before);
  });

  it('decodes an object without a version once, and has one answer for no application', () => {
    const bare = makeApp({ name: 'bare', argoApp: '{}' });
    delete bare.metadata.resourceVersion;
    expect(argoStatusOf(bare)).toBe(argoStatusOf(bare));
    expect(argoStatusOf(undefined)).toBe(argoStatusOf(undefined));
    expect(argoStatusOf(undefined).status).toBeNull();
  });

  it('keeps a bounded number of versions, the least recently used going first', () => {
    const first = argoStatusOf(copy('app-0', '1'));
    for (let i = 1; i < 600; i++) argoStatusOf(copy(`app-${i}`, '1'));
    const recent = argoStatusOf(copy('app-599', '1'));
    expect(argoStatusOf(copy('app-599', '1'))).toBe(recent);
    // app-0 was pushed out (its uid's last version too, by the same bound): decoded anew.
    expect(argoStatusOf(copy('app-0', '1'))).not.toBe(first);
  });

  it('keeps the resource objects a new version did not change, and decodes the changed ones', () => {
    const resources = (web: string) => [
      { version: 'v1', kind: 'Service', namespace: 'demo', name: 'web', status: 'Synced', health: { status: web } },
      { group: 'apps', version: 'v1', kind: 'Deployment', namespace: 'demo', name: 'web', status: 'Synced', health: { status: 'Healthy' } },
    ];
    const version = (resourceVersion: string, web: string) => {
      const app = makeApp({ name: 'a', argoApp: JSON.stringify({ reconciledAt: resourceVersion, resources: resources(web) }) });
      app.metadata.uid = 'uid-a';
      app.metadata.resourceVersion = resourceVersion;
      return app;
    };
    const first = argoStatusOf(version('1', 'Healthy')).status!;
    const reconciled = argoStatusOf(version('2', 'Healthy')).status!;
    expect(reconciled.reconciledAt).toBe('2');
    expect(reconciled.resources).toBe(first.resources);
    const degraded = argoStatusOf(version('3', 'Degraded')).status!;
    expect(degraded.resources![0].health?.status).toBe('Degraded');
    expect(degraded.resources![0]).not.toBe(first.resources![0]);
    expect(degraded.resources![1]).toBe(first.resources![1]);
  });
});

describe('a refresh of a large status, decoded in a worker', () => {
  type FakeWorker = NonNullable<ReturnType<WorkerStart>>;
  /** Runs the worker's own code, answers in a later task and copies as postMessage does. */
  function fakeWorker(started: { count: number }, failing = false): WorkerStart {
    return () => {
      started.count++;
      const decode = statusDecoding();
      const worker = {
        onmessage: null,
        onerror: null,
        onmessageerror: null,
        terminate() {},
        postMessage(request: DecodeRequest) {
          setTimeout(() => {
            if (failing) (worker.onerror as unknown as () => void)();
            else {
              const change = decode(request.uid, request.previousText, request.text);
              (worker.onmessage as unknown as (e: { data: unknown }) => void)({ data: structuredClone({ id: request.id, change }) });
            }
          }, 0);
        },
      } as unknown as FakeWorker;
      return worker;
    };
  }
  const large = (resourceVersion: string, degradedAt: number) => {
    const status = JSON.parse(largeStatus(8000)) as { resources: Array<{ health: { status: string } }> };
    status.resources[degradedAt].health = { status: 'Unknown' };
    const app = makeApp({ name: 'big', argoApp: JSON.stringify(status) });
    app.metadata.uid = 'uid-big';
    app.metadata.resourceVersion = resourceVersion;
    return app;
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('shows the status before until the worker answers, then the new one with unchanged resources kept', async () => {
    const started = { count: 0 };
    clearDecodedStatuses(fakeWorker(started));
    const first = large('1', 10);
    expect(first.status!.argoApp!.length).toBeGreaterThan(DECODE_ELSEWHERE_FROM);
    const before = argoStatusOf(first);
    // The first decode is the page's own: there is nothing to show without it.
    expect(started.count).toBe(0);
    const second = large('2', 20);
    expect(argoStatusOf(second)).toBe(before);
    expect(argoStatusOf(second)).toBe(before);
    expect(started.count).toBe(1);
    await tick();
    const after = argoStatusOf(second);
    expect(after).not.toBe(before);
    expect(after.status).toEqual(parseArgoStatus(second.status!.argoApp).status);
    expect(after.status!.resources![0]).toBe(before.status!.resources![0]);
    expect(after.status!.resources![20].health?.status).toBe('Unknown');
    expect(argoStatusOf(second)).toBe(after);
    // The next refresh is told against the text the worker decoded last.
    const third = large('3', 30);
    expect(argoStatusOf(third)).toBe(after);
    await tick();
    expect(argoStatusOf(third).status).toEqual(parseArgoStatus(third.status!.argoApp).status);
    expect(argoStatusOf(third).status!.resources![0]).toBe(before.status!.resources![0]);
    expect(started.count).toBe(1);
  });

  it('decodes on the page when the worker fails, and small statuses always', async () => {
    const started = { count: 0 };
    clearDecodedStatuses(fakeWorker(started, true));
    argoStatusOf(copy('small', '1'));
    expect(argoStatusOf(copy('small', '2', '2024-01-02T00:00:00Z')).status?.reconciledAt).toBe('2024-01-02T00:00:00Z');
    expect(started.count).toBe(0);
    argoStatusOf(large('1', 10));
    const second = large('2', 20);
    argoStatusOf(second);
    await tick();
    expect(argoStatusOf(second).status!.resources![20].health?.status).toBe('Unknown');
  });
});
