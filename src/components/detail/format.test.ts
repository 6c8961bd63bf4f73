import { describe, expect, it } from 'vitest';
import { durationBetween, durationKey, formatTime, shortRevision } from './format';

describe('detail formatters', () => {
  it('shortens commit ids only', () => {
    expect(shortRevision('1d4fcf1f56f5dbe2ae65abb001ffc304f1d58070')).toBe('1d4fcf1');
    expect(shortRevision('main')).toBe('main');
    expect(shortRevision(undefined)).toBe('');
  });

  it('formats only real dates', () => {
    expect(formatTime(undefined)).toBeNull();
    expect(formatTime('not a date')).toBeNull();
    expect(typeof formatTime('2022-06-30T06:48:05Z')).toBe('string');
  });

  it('splits a duration and picks the shortest wording', () => {
    const parts = durationBetween('2018-09-21T23:50:25Z', '2018-09-22T01:02:29Z');
    expect(parts).toEqual({ hours: 1, minutes: 12, seconds: 4 });
    expect(durationKey(parts!).key).toBe('GITOPS_DURATION_HMS');
    expect(durationKey({ hours: 0, minutes: 0, seconds: 4 })).toEqual({ key: 'GITOPS_DURATION_S', params: { seconds: 4 } });
    expect(durationBetween('2018-09-21T23:50:25Z', '2018-09-21T23:50:20Z')).toBeNull();
    expect(durationBetween(undefined, '2018-09-21T23:50:20Z')).toBeNull();
  });
});
