import { describe, expect, it } from 'vitest';
import { nextPollDelay, shouldRetry } from './polling';

describe('polling policy', () => {
  it('polls at the base interval while all is well', () => {
    expect(nextPollDelay({ baseMs: 10_000, failures: 0 })).toBe(10_000);
  });

  it('polls about every 2 s while an operation runs', () => {
    expect(nextPollDelay({ baseMs: 5_000, failures: 0, operationRunning: true })).toBe(2_000);
  });

  it('backs off exponentially after failures, capped', () => {
    const delays = [1, 2, 3].map((failures) => nextPollDelay({ baseMs: 10_000, failures, lastErrorKind: 'network' }));
    expect(delays).toEqual([20_000, 40_000, 80_000]);
    expect(nextPollDelay({ baseMs: 10_000, failures: 30, lastErrorKind: 'server' })).toBe(300_000);
  });

  it('stops on an expired session, a forbidden project or a missing engine', () => {
    for (const kind of ['unauthorized', 'forbidden', 'engine-missing', 'not-found'] as const) {
      expect(nextPollDelay({ baseMs: 10_000, failures: 1, lastErrorKind: kind })).toBe(false);
    }
  });

  it('does not retry what another try cannot fix', () => {
    expect(shouldRetry(0, 'unauthorized')).toBe(false);
    expect(shouldRetry(0, 'forbidden')).toBe(false);
    expect(shouldRetry(0, 'network')).toBe(true);
    expect(shouldRetry(2, 'network')).toBe(false);
  });
});
