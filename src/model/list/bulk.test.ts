import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTION_RETRY, attempt, isTransientActionError, itemResults, runBulk, summarizeBulk, type RetryPolicy } from './bulk';

/** A task whose promise the test settles by hand, to observe what runs at the same time. */
function controlledTasks<T>() {
  const running = new Set<T>();
  const waiting = new Map<T, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  let maxRunning = 0;
  const task = (item: T) =>
    new Promise<string>((resolve, reject) => {
      running.add(item);
      maxRunning = Math.max(maxRunning, running.size);
      waiting.set(item, {
        resolve: (v) => {
          running.delete(item);
          resolve(v);
        },
        reject: (e) => {
          running.delete(item);
          reject(e);
        },
      });
    });
  return { task, running, waiting, maxRunning: () => maxRunning };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runBulk', () => {
  it('keeps at most `concurrency` tasks running and starts the next one as one settles', async () => {
    const c = controlledTasks<number>();
    const done = runBulk([1, 2, 3, 4, 5, 6], c.task, { concurrency: 4 });
    await tick();
    expect([...c.running]).toEqual([1, 2, 3, 4]);
    c.waiting.get(2)!.resolve('two');
    await tick();
    expect([...c.running].sort()).toEqual([1, 3, 4, 5]);
    for (const item of [1, 3, 4, 5]) c.waiting.get(item)!.resolve(String(item));
    await tick();
    c.waiting.get(6)!.reject(new Error('boom'));
    const outcomes = await done;
    expect(c.maxRunning()).toBe(4);
    expect(outcomes.map((o) => o.item)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(outcomes[1]).toEqual({ item: 2, ok: true, value: 'two', attempts: 1 });
    expect(outcomes[5]).toMatchObject({ item: 6, ok: false });
  });

  it('collects every failure next to the successes, without rejecting', async () => {
    const outcomes = await runBulk(['a', 'b', 'c'], async (name) => {
      if (name === 'b') throw new Error('another operation is already in progress');
      return name.toUpperCase();
    });
    const summary = summarizeBulk(outcomes);
    expect(summary.succeeded).toEqual(['a', 'c']);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0].item).toBe('b');
    expect((summary.failed[0].error as Error).message).toContain('in progress');
  });

  it('counts a task that throws before returning a promise as failed', async () => {
    const outcomes = await runBulk([1], () => {
      throw new Error('sync throw');
    });
    expect(outcomes[0]).toMatchObject({ ok: false });
  });

  it('reports progress after each item', async () => {
    const progress: string[] = [];
    await runBulk([1, 2, 3], async (n) => n, { concurrency: 2, onProgress: (s, t) => progress.push(`${s}/${t}`) });
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('does nothing for no items, and treats a concurrency below 1 as 1', async () => {
    expect(await runBulk([], async () => 1)).toEqual([]);
    const c = controlledTasks<number>();
    const done = runBulk([1, 2], c.task, { concurrency: 0 });
    await tick();
    expect([...c.running]).toEqual([1]);
    c.waiting.get(1)!.resolve('1');
    await tick();
    c.waiting.get(2)!.resolve('2');
    await done;
    expect(c.maxRunning()).toBe(1);
  });

  it('for any durations and limit: never exceeds the limit, and returns one outcome per item in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ delay: fc.integer({ min: 0, max: 3 }), fail: fc.boolean() }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        async (specs, concurrency) => {
          let running = 0;
          let max = 0;
          const outcomes = await runBulk(
            specs,
            async (spec, index) => {
              running += 1;
              max = Math.max(max, running);
              await new Promise((resolve) => setTimeout(resolve, spec.delay));
              running -= 1;
              if (spec.fail) throw new Error(String(index));
              return index;
            },
            { concurrency },
          );
          expect(max).toBeLessThanOrEqual(concurrency);
          expect(outcomes.map((o) => o.item)).toEqual(specs);
          outcomes.forEach((o, index) => expect(o.ok).toBe(!specs[index].fail));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** A failure as `api/errors.ts` normalises it. */
const failure = (status: number, kind: string, serverMessage = '') => ({ status, kind, serverMessage });
const conflict = failure(409, 'conflict', 'the object has been modified');
const notFound = failure(404, 'not-found', 'Application.gitops.kubesphere.io "a" not found');
const inProgress = failure(400, 'operation-in-progress', 'another operation is already in progress');

describe('retries of transient failures', () => {
  const waits: number[] = [];
  const policy: RetryPolicy = { ...ACTION_RETRY, sleep: async (ms) => void waits.push(ms) };

  it('treats a 404 or 409 from a lagging cache as transient, nothing else', () => {
    expect([conflict, notFound, inProgress, failure(403, 'forbidden'), new Error('x')].map(isTransientActionError)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('tries again after growing waits until it succeeds, and counts the tries', async () => {
    waits.length = 0;
    let calls = 0;
    const result = await attempt(async () => {
      calls += 1;
      if (calls < 3) throw calls === 1 ? notFound : conflict;
      return 'ok';
    }, policy);
    expect(result).toEqual({ ok: true, value: 'ok', attempts: 3 });
    expect(waits).toEqual([400, 800]);
  });

  it('reports a failure that lasts after the last retry, and a lasting one at once', async () => {
    waits.length = 0;
    expect(await attempt(() => Promise.reject(conflict), policy)).toEqual({ ok: false, error: conflict, attempts: 4 });
    expect(waits).toEqual([400, 800, 1600]);
    expect(await attempt(() => Promise.reject(inProgress), policy)).toEqual({ ok: false, error: inProgress, attempts: 1 });
    expect(await attempt(() => Promise.reject(conflict))).toMatchObject({ ok: false, attempts: 1 });
  });

  it('retries each item of a bulk run on its own', async () => {
    const seen = new Map<string, number>();
    const outcomes = await runBulk(
      ['a', 'b'],
      async (name) => {
        seen.set(name, (seen.get(name) ?? 0) + 1);
        if (name === 'a' && seen.get(name) === 1) throw conflict;
        return name;
      },
      { retry: policy },
    );
    expect(outcomes.map((o) => [o.item, o.ok, o.attempts])).toEqual([
      ['a', true, 2],
      ['b', true, 1],
    ]);
  });
});

describe('itemResults', () => {
  it('says for each application what became of it; a delete that finds nothing is done', () => {
    const outcomes = [
      { item: 'a', ok: true as const, value: 1, attempts: 1 },
      { item: 'b', ok: false as const, error: notFound, attempts: 4 },
      { item: 'c', ok: false as const, error: inProgress, attempts: 1 },
    ];
    expect(itemResults('delete', outcomes)).toEqual([
      { name: 'a', ok: true, attempts: 1 },
      { name: 'b', ok: true, attempts: 4, alreadyGone: true },
      { name: 'c', ok: false, error: inProgress, attempts: 1 },
    ]);
    expect(itemResults('sync', outcomes)[1]).toEqual({ name: 'b', ok: false, error: notFound, attempts: 4 });
  });
});
