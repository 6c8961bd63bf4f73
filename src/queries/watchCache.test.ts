import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { Application, ApplicationList } from '../model/application/types';
import { appKeys } from './keys';
import { WATCH_BATCH_MS, WATCH_DEBOUNCE_MS, WATCH_MAX_WAIT_MS, WatchCacheWriter } from './watchCache';

const PROJECT = { cluster: 'host', namespace: 'demo-project' };
const LIST_KEY = appKeys.list('host', 'demo-project', { page: 1, limit: 20 });
const FILTERED_KEY = appKeys.list('host', 'demo-project', { page: 1, limit: 20, healthStatus: 'Degraded' });

function app(name: string, rv: number, health = 'Healthy'): Application {
  return {
    apiVersion: 'gitops.kubesphere.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name,
      namespace: 'demo-project',
      uid: `uid-${name}`,
      resourceVersion: String(rv),
      labels: { 'gitops.kubesphere.io/health-status': health },
    },
    spec: {},
  } as Application;
}

const modified = (object: Application) => ({ type: 'MODIFIED' as const, object, resourceVersion: object.metadata?.resourceVersion });

describe('WatchCacheWriter', () => {
  let client: QueryClient;
  let writer: WatchCacheWriter;
  beforeEach(() => {
    vi.useFakeTimers();
    client = new QueryClient();
    writer = new WatchCacheWriter(client, PROJECT);
    client.setQueryData<ApplicationList>(LIST_KEY, { items: [app('a', 10), app('b', 11)], totalItems: 2 } as ApplicationList);
    client.setQueryData(FILTERED_KEY, { items: [], totalItems: 0 });
    client.setQueryData(appKeys.summary('host', 'demo-project'), { total: 2 });
  });
  afterEach(() => {
    writer.dispose();
    client.clear();
    vi.useRealTimers();
  });

  const rows = () => client.getQueryData<ApplicationList>(LIST_KEY)?.items.map((i) => `${i.metadata?.name}@${i.metadata?.resourceVersion}`);

  it('writes a burst of events into the list once, ending where the burst ended', () => {
    const writes = vi.fn();
    const unsubscribe = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') writes(event.query.queryHash);
    });
    for (let rv = 12; rv < 1012; rv++) writer.receive(modified(app(rv % 2 ? 'a' : 'b', rv)));
    expect(rows()).toEqual(['a@10', 'b@11']);
    vi.advanceTimersByTime(WATCH_BATCH_MS);
    expect(rows()).toEqual(['a@1011', 'b@1010']);
    expect(writes).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('keeps a newer cached copy over an older event', () => {
    writer.receive(modified(app('a', 9, 'Degraded')));
    vi.advanceTimersByTime(WATCH_BATCH_MS);
    expect(rows()).toEqual(['a@10', 'b@11']);
  });

  it('refetches the filtered lists and the summary only when what they select by changed', () => {
    const spy = vi.spyOn(client, 'invalidateQueries');
    writer.receive(modified(app('a', 20)));
    vi.advanceTimersByTime(WATCH_BATCH_MS + WATCH_DEBOUNCE_MS);
    expect(spy).not.toHaveBeenCalled();

    writer.receive(modified(app('a', 21, 'Degraded')));
    writer.receive(modified(app('b', 22, 'Degraded')));
    vi.advanceTimersByTime(WATCH_BATCH_MS + WATCH_DEBOUNCE_MS);
    // Once for the filtered lists, once for the summary: not per event.
    expect(spy).toHaveBeenCalledTimes(2);
    expect(client.getQueryState(FILTERED_KEY)?.isInvalidated).toBe(true);
    expect(client.getQueryState(LIST_KEY)?.isInvalidated).toBe(false);
    expect(client.getQueryState(appKeys.summary('host', 'demo-project'))?.isInvalidated).toBe(true);
  });

  it('refetches the summary once after a burst of changes, and every max wait under a steady stream', () => {
    const summaryRefetches = () =>
      spy.mock.calls.filter(([filters]) => JSON.stringify(filters) === JSON.stringify(appKeys.summary('host', 'demo-project'))).length;
    const spy = vi.spyOn(client, 'invalidateQueries');
    // One second of events, each moving a health label: a membership change every batch.
    let rv = 100;
    for (let batch = 0; batch < 20; batch++) {
      writer.receive(modified(app('a', rv++, batch % 2 ? 'Degraded' : 'Healthy')));
      vi.advanceTimersByTime(WATCH_BATCH_MS);
    }
    expect(summaryRefetches()).toBe(0);
    vi.advanceTimersByTime(WATCH_DEBOUNCE_MS);
    expect(summaryRefetches()).toBe(1);

    // Ten seconds of the same: the counts still follow, though the changes never pause; without
    // the max wait they would wait for the end, with a refetch per quiet time they would follow 10 times.
    const streamBatches = (2 * WATCH_MAX_WAIT_MS) / WATCH_BATCH_MS;
    for (let batch = 0; batch < streamBatches; batch++) {
      writer.receive(modified(app('a', rv++, batch % 2 ? 'Degraded' : 'Healthy')));
      vi.advanceTimersByTime(WATCH_BATCH_MS);
    }
    // One max wait into the stream (the second is due a batch after its end).
    expect(summaryRefetches()).toBe(2);
    vi.advanceTimersByTime(WATCH_DEBOUNCE_MS);
    expect(summaryRefetches()).toBe(3);
  });

  it('an added or deleted application refetches every list', () => {
    writer.receive({ type: 'DELETED', object: app('b', 30) });
    vi.advanceTimersByTime(WATCH_BATCH_MS + WATCH_DEBOUNCE_MS);
    expect(client.getQueryState(LIST_KEY)?.isInvalidated).toBe(true);
  });

  it('holds events back while a write of the page is in flight', async () => {
    let finish: () => void = () => {};
    const mutation = client
      .getMutationCache()
      .build(client, { mutationFn: () => new Promise<void>((resolve) => (finish = resolve)) })
      .execute();
    writer.receive(modified(app('a', 40, 'Degraded')));
    await vi.advanceTimersByTimeAsync(WATCH_BATCH_MS * 4);
    expect(client.isMutating()).toBe(1);
    expect(rows()).toEqual(['a@10', 'b@11']);
    finish();
    await mutation;
    await vi.advanceTimersByTimeAsync(10);
    expect(rows()).toEqual(['a@40', 'b@11']);
  });
});
