import { describe, expect, it } from 'vitest';
import { resumeFilter, resumePointOf, splitTimestamp, timestampKey, timestampLength } from './timestamps';

describe('timestamps', () => {
  it('splits the kubelet prefix off a line', () => {
    expect(splitTimestamp('2024-05-01T10:00:00.123456789Z hello world')).toEqual({
      timestamp: '2024-05-01T10:00:00.123456789Z',
      text: 'hello world',
    });
    expect(splitTimestamp('2024-05-01T10:00:00Z x')).toEqual({ timestamp: '2024-05-01T10:00:00Z', text: 'x' });
    expect(splitTimestamp('2024-05-01T10:00:00+08:00 x').timestamp).toBe('2024-05-01T10:00:00+08:00');
    expect(splitTimestamp('plain line')).toEqual({ text: 'plain line' });
    expect(splitTimestamp('2024-05-01T10:00:00.1Z')).toEqual({ text: '2024-05-01T10:00:00.1Z' });
    expect(timestampLength('2024-05-01T10:00:00.5Z x')).toBe(23);
    expect(timestampLength('x')).toBe(0);
  });

  it('orders instants whose fractions were trimmed', () => {
    expect('2024-05-01T10:00:00.1Z' > '2024-05-01T10:00:00.12Z').toBe(true); // why a key is needed
    expect(timestampKey('2024-05-01T10:00:00.1Z') < timestampKey('2024-05-01T10:00:00.12Z')).toBe(true);
    expect(timestampKey('2024-05-01T10:00:00Z') < timestampKey('2024-05-01T10:00:00.000000001Z')).toBe(true);
    expect(timestampKey('2024-05-01T18:00:00.5+08:00')).toBe(timestampKey('2024-05-01T10:00:00.5Z'));
    expect(timestampKey('nonsense')).toBe('');
  });

  it('skips the lines a reopened stream repeats, including several in the same instant', () => {
    const shown = ['2024-01-01T00:00:01Z a', '2024-01-01T00:00:02Z b', '2024-01-01T00:00:02Z c'];
    const point = resumePointOf((offset) => shown[shown.length - 1 - offset]);
    expect(point).toEqual({ key: timestampKey('2024-01-01T00:00:02Z'), sameInstant: 2 });
    const keep = resumeFilter(point!);
    const again = [...shown, '2024-01-01T00:00:02Z d', '2024-01-01T00:00:03Z e', '2024-01-01T00:00:01Z late'];
    expect(again.filter(keep)).toEqual(['2024-01-01T00:00:02Z d', '2024-01-01T00:00:03Z e', '2024-01-01T00:00:01Z late']);
  });

  it('has no resume point without timestamps', () => {
    expect(resumePointOf(() => 'no timestamp')).toBeUndefined();
    expect(resumePointOf(() => undefined)).toBeUndefined();
  });
});
