import { describe, expect, it } from 'vitest';
import { refetchDelay } from './refetchSchedule';

const TIMING = { quietMs: 1_000, maxWaitMs: 5_000 };

/** The times of the refetches for changes at `times`, rescheduled at each change as the cache writer does. */
function refetchesFor(times: number[], timing = TIMING): number[] {
  const done: number[] = [];
  let first: number | undefined;
  let due: number | undefined;
  for (const at of times) {
    if (due !== undefined && due <= at) {
      done.push(due);
      first = undefined;
    }
    first ??= at;
    due = at + refetchDelay(first, at, timing);
  }
  if (due !== undefined) done.push(due);
  return done;
}

describe('refetchDelay', () => {
  it('refetches once, a quiet second after a one-second burst of changes', () => {
    const burst = Array.from({ length: 20 }, (_, i) => i * 50);
    expect(refetchesFor(burst)).toEqual([1_950]);
  });

  it('under a steady stream, refetches every max wait, not once per quiet time', () => {
    const stream = Array.from({ length: 200 }, (_, i) => i * 100);
    expect(refetchesFor(stream)).toEqual([5_000, 10_000, 15_000, 20_000]);
  });

  it('a lone change is refetched after the quiet time', () => {
    expect(refetchDelay(300, 300, TIMING)).toBe(1_000);
    expect(refetchesFor([300, 5_000])).toEqual([1_300, 6_000]);
  });

  it('never waits less than nothing, nor less than the quiet time for a max wait below it', () => {
    expect(refetchDelay(0, 9_000, TIMING)).toBe(0);
    expect(refetchDelay(0, 0, { quietMs: 1_000, maxWaitMs: 200 })).toBe(1_000);
  });
});
