import { describe, expect, it } from 'vitest';
import { sortChoice, sortFromChoice, type SortChoice } from './ListToolbar';
import { relativeTime } from './relativeTime';
import { summaryCodes } from './SummaryFilters';

describe('relativeTime', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  it.each([
    [0, { unit: 'now', count: 0 }],
    [4_999, { unit: 'now', count: 0 }],
    [12_000, { unit: 'seconds', count: 12 }],
    [60_000, { unit: 'minutes', count: 1 }],
    [3_599_000, { unit: 'minutes', count: 59 }],
    [7_200_000, { unit: 'hours', count: 2 }],
    [3 * 86_400_000, { unit: 'days', count: 3 }],
  ])('%i ms ago', (ago, expected) => {
    expect(relativeTime(now - ago, now)).toEqual(expected);
  });

  it('counts a time ahead of the local clock as now', () => {
    expect(relativeTime(now + 60_000, now)).toEqual({ unit: 'now', count: 0 });
  });
});

describe('summaryCodes', () => {
  const known = ['Healthy', 'Degraded', 'Unknown'];
  it('lists known codes with a count in their order, then codes never seen before', () => {
    expect(summaryCodes(known, { Unknown: 1, Healthy: 2, Exploded: 1 }, '')).toEqual(['Healthy', 'Unknown', 'Exploded']);
  });
  it('keeps the active filter even when nothing has that status any more', () => {
    expect(summaryCodes(known, { Healthy: 2 }, 'Degraded')).toEqual(['Healthy', 'Degraded']);
  });
  it('lists nothing for an empty summary', () => {
    expect(summaryCodes(known, {}, '')).toEqual([]);
  });
});

describe('sort choice', () => {
  it('round-trips every choice', () => {
    for (const choice of ['newest', 'oldest', 'name-asc', 'name-desc'] as SortChoice[]) {
      const { sortBy, ascending } = sortFromChoice(choice);
      expect(sortChoice(sortBy, ascending)).toBe(choice);
    }
  });
});
