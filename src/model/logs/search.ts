/**
 * Finding text in a log: case-insensitive, literal (what the user typed is escaped, never run as
 * a pattern), over up to hundreds of thousands of lines. A case-insensitive RegExp of the escaped
 * text tests a line without copying it; lower-casing every line first is several times slower.
 *
 * Results are absolute line numbers (see `LogLines.first`), and a search continues from where the
 * previous one stopped when only new lines arrived, so following a busy log costs the new lines
 * only, not the whole buffer on every batch.
 */
import type { LogLines } from './lineBuffer';
import { timestampLength } from './timestamps';

export interface SearchOptions {
  /** Match only the text after the timestamp (when timestamps are not shown). */
  skipTimestamps?: boolean;
}

export interface LogSearch {
  readonly query: string;
  readonly skipTimestamps: boolean;
  readonly generation: number;
  /** Absolute numbers of the matching lines, ascending. */
  readonly matches: readonly number[];
  /** Absolute number one past the last line searched. */
  readonly scanned: number;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive matcher for the literal `query`, or null for an empty one. */
export function literalMatcher(query: string, global = false): RegExp | null {
  return query ? new RegExp(escapeRegExp(query), global ? 'gi' : 'i') : null;
}

/** The first index in ascending `values` that is >= `target`. */
function lowerBound(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Searches `lines` for `query`, reusing `previous` when it searched the same text of the same load. */
export function searchLog(lines: LogLines, query: string, options: SearchOptions = {}, previous?: LogSearch): LogSearch {
  const skipTimestamps = !!options.skipTimestamps;
  const end = lines.first + lines.length;
  const empty: LogSearch = { query, skipTimestamps, generation: lines.generation, matches: [], scanned: end };
  const matcher = literalMatcher(query, skipTimestamps);
  if (!matcher) return empty;

  const reusable =
    previous &&
    previous.query === query &&
    previous.skipTimestamps === skipTimestamps &&
    previous.generation === lines.generation &&
    previous.scanned <= end;
  const from = reusable ? Math.max(previous.scanned, lines.first) : lines.first;
  const kept = reusable ? previous.matches.slice(lowerBound(previous.matches, lines.first)) : [];

  for (let abs = from; abs < end; abs++) {
    const line = lines.line(abs - lines.first);
    if (skipTimestamps) {
      // A global matcher starts at lastIndex: the text after the timestamp, without copying it.
      matcher.lastIndex = timestampLength(line);
      if (matcher.test(line)) kept.push(abs);
    } else if (matcher.test(line)) {
      kept.push(abs);
    }
  }
  return { ...empty, matches: kept };
}

/** Where `query` occurs in `text`, as [start, end) ranges, for highlighting a shown line. */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const matcher = literalMatcher(query, true);
  if (!matcher) return [];
  const ranges: Array<[number, number]> = [];
  for (let m = matcher.exec(text); m; m = matcher.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** The match to go to from `current` (an index into `matches`, -1 for none yet), wrapping around. */
export function stepMatch(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

export interface Segment {
  text: string;
  /** Part of the timestamp prefix (drawn muted). */
  timestamp: boolean;
  /** Part of a match (drawn highlighted). */
  hit: boolean;
}

/**
 * A shown line cut into runs for drawing: where the timestamp prefix ends (`timestampEnd`, 0 for
 * none) and where matches of `query` are. Plain text only: the caller renders each run as text.
 */
export function highlightSegments(line: string, timestampEnd: number, query: string): Segment[] {
  const cuts = new Set<number>([0, line.length]);
  if (timestampEnd > 0 && timestampEnd < line.length) cuts.add(timestampEnd);
  const ranges = matchRanges(line, query);
  for (const [start, end] of ranges) cuts.add(start).add(end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let r = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    while (r < ranges.length && ranges[r][1] <= start) r++;
    const hit = r < ranges.length && ranges[r][0] <= start;
    segments.push({ text: line.slice(start, points[i + 1]), timestamp: start < timestampEnd, hit });
  }
  return segments;
}
