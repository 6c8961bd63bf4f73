import { describe, expect, it } from 'vitest';
import { nextFailureStreak, nextPollDelay, shouldRetry } from './polling';

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

describe('failed polls in a row', () => {
  it('grows with each new failure, holds between looks, and resets on success', () => {
    let streak = nextFailureStreak(undefined, { error: new Error('x'), errorUpdatedAt: 100, dataUpdatedAt: 50 });
    expect(streak.streak).toBe(1);
    streak = nextFailureStreak(streak, { error: new Error('x'), errorUpdatedAt: 100, dataUpdatedAt: 50 });
    expect(streak.streak).toBe(1);
    streak = nextFailureStreak(streak, { error: new Error('x'), errorUpdatedAt: 200, dataUpdatedAt: 50 });
    streak = nextFailureStreak(streak, { error: new Error('x'), errorUpdatedAt: 300, dataUpdatedAt: 50 });
    expect(streak.streak).toBe(3);
    expect(nextPollDelay({ baseMs: 10_000, failures: streak.streak, lastErrorKind: 'server' })).toBe(80_000);
    streak = nextFailureStreak(streak, { error: null, errorUpdatedAt: 300, dataUpdatedAt: 400 });
    expect(streak.streak).toBe(0);
  });
});
