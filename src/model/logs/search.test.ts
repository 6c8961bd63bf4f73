import { describe, expect, it } from 'vitest';
import { LogBuffer } from './lineBuffer';
import { logFileName } from './fileName';
import { highlightSegments, matchRanges, searchLog, stepMatch } from './search';

function bufferOf(lines: string[], limits?: { maxLines: number; maxChars: number }) {
  const buffer = new LogBuffer(limits);
  buffer.append(lines.map((l) => `${l}\n`).join(''));
  return buffer;
}

describe('searchLog', () => {
  it('finds lines case-insensitively, as literal text', () => {
    const lines = bufferOf(['Error: a.b', 'ok', 'error (x+1)', 'axb']).snapshot();
    expect(searchLog(lines, 'ERROR').matches).toEqual([0, 2]);
    expect(searchLog(lines, 'a.b').matches).toEqual([0]);
    expect(searchLog(lines, '(x+1)').matches).toEqual([2]);
    expect(searchLog(lines, '[').matches).toEqual([]);
    expect(searchLog(lines, '').matches).toEqual([]);
  });

  it('can leave the timestamps out of the search', () => {
    const lines = bufferOf(['2024-01-01T00:00:00Z hello', '2024-01-01T00:00:00Z 2024 again']).snapshot();
    expect(searchLog(lines, '2024').matches).toEqual([0, 1]);
    expect(searchLog(lines, '2024', { skipTimestamps: true }).matches).toEqual([1]);
  });

  it('continues from the previous search as lines arrive and old ones are dropped', () => {
    const buffer = bufferOf(['match 0', 'no', 'match 2'], { maxLines: 4, maxChars: 1e6 });
    const first = searchLog(buffer.snapshot(), 'match');
    expect(first.matches).toEqual([0, 2]);
    buffer.append('match 3\nno\nmatch 5\n');
    const next = searchLog(buffer.snapshot(), 'match', {}, first);
    // Lines 0 and 1 were dropped (cap 4): absolute numbers stay, dropped matches go.
    expect(next.matches).toEqual([2, 3, 5]);
    expect(next).toEqual(searchLog(buffer.snapshot(), 'match'));
    buffer.clear();
    buffer.append('other match\n');
    expect(searchLog(buffer.snapshot(), 'match', {}, next).matches).toEqual([0]);
  });

  // Speed is measured by benchmarks, never asserted in a test (see ARCHITECTURE.md).
  it('searches 200,000 lines', () => {
    const buffer = new LogBuffer({ maxLines: 200_000, maxChars: 64 * 1024 * 1024 });
    for (let i = 0; i < 200_000; i++) buffer.append(`2024-01-01T00:00:00.${i}Z INFO worker-${i % 17} handled request ${i}\n`);
    const result = searchLog(buffer.snapshot(), 'WORKER-3 ', { skipTimestamps: true });
    expect(result.matches.length).toBe(Math.ceil((200_000 - 3) / 17));
  });

  it('gives the ranges to highlight and steps through matches with wrap-around', () => {
    expect(matchRanges('abcABCab', 'ab')).toEqual([
      [0, 2],
      [3, 5],
      [6, 8],
    ]);
    expect(matchRanges('x', '')).toEqual([]);
    expect(stepMatch(3, -1, 1)).toBe(0);
    expect(stepMatch(3, -1, -1)).toBe(2);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});

describe('logFileName', () => {
  it('names the pod, the container and a previous instance', () => {
    expect(logFileName('web-7d9f', 'nginx', false)).toBe('web-7d9f-nginx.log');
    expect(logFileName('web-7d9f', 'nginx', true)).toBe('web-7d9f-nginx-previous.log');
    expect(logFileName('../x', 'a/b', false)).toBe('__x-a_b.log');
  });
});

describe('highlightSegments', () => {
  it('cuts a line at the timestamp and around every match', () => {
    const line = '2024-01-01T00:00:00Z error ERROR';
    expect(highlightSegments(line, 21, 'error')).toEqual([
      { text: '2024-01-01T00:00:00Z ', timestamp: true, hit: false },
      { text: 'error', timestamp: false, hit: true },
      { text: ' ', timestamp: false, hit: false },
      { text: 'ERROR', timestamp: false, hit: true },
    ]);
    expect(highlightSegments('plain', 0, '')).toEqual([{ text: 'plain', timestamp: false, hit: false }]);
    expect(highlightSegments('', 0, 'x')).toEqual([]);
    // A match across the end of the timestamp is cut there but stays a hit on both sides.
    expect(highlightSegments('2024-01-01T00:00:00Z a', 21, 'Z a').map((s) => [s.text, s.timestamp, s.hit])).toEqual([
      ['2024-01-01T00:00:00', true, false],
      ['Z ', true, true],
      ['a', false, true],
    ]);
  });
});
