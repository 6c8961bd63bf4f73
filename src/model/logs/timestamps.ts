/**
 * The timestamp the kubelet puts in front of each line with `timestamps=true`: RFC3339 with
 * nanoseconds, trailing zeros of the fraction trimmed (Go's `time.RFC3339Nano`), then one space.
 */

const PREFIX = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})) /;

export interface SplitLine {
  timestamp?: string;
  text: string;
}

/** A line's timestamp and its text; a line without one is all text. */
export function splitTimestamp(line: string): SplitLine {
  // Cheap check first: this runs for every rendered row and every searched line.
  if (line.length < 21 || line.charCodeAt(10) !== 84 /* T */) return { text: line };
  const match = PREFIX.exec(line);
  return match ? { timestamp: match[1], text: line.slice(match[0].length) } : { text: line };
}

/** How many characters the timestamp and its space take at the start of `line` (0 without one). */
export function timestampLength(line: string): number {
  if (line.length < 21 || line.charCodeAt(10) !== 84 /* T */) return 0;
  const match = PREFIX.exec(line);
  return match ? match[0].length : 0;
}

/** The line without its timestamp. */
export function withoutTimestamp(line: string): string {
  return splitTimestamp(line).text;
}

/**
 * A key that sorts as the instants do. The trimmed fraction makes plain string comparison wrong
 * (`.1Z` would sort after `.12Z`), so the fraction is padded to nine digits. The kubelet writes
 * UTC (`Z`); an offset is converted through milliseconds, which loses only sub-millisecond order.
 */
export function timestampKey(timestamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(timestamp);
  if (!m) return '';
  const fraction = (m[2] ?? '').padEnd(9, '0');
  if (m[3] === 'Z') return `${m[1]}.${fraction}`;
  const ms = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(ms)) return '';
  return `${new Date(ms).toISOString().slice(0, 19)}.${fraction}`;
}

/** Where a resumed stream must pick up: the newest line seen and how many lines share its instant. */
export interface ResumePoint {
  key: string;
  /** Lines at the end of the buffer with exactly this instant: the first as many repeats are skipped. */
  sameInstant: number;
}

/** The resume point of lines read newest first (`lineFromEnd(0)` is the newest), if they carry timestamps. */
export function resumePointOf(lineFromEnd: (offset: number) => string | undefined): ResumePoint | undefined {
  const newest = lineFromEnd(0);
  const timestamp = newest === undefined ? undefined : splitTimestamp(newest).timestamp;
  if (!timestamp) return undefined;
  const key = timestampKey(timestamp);
  if (!key) return undefined;
  let sameInstant = 1;
  for (let line = lineFromEnd(sameInstant); line !== undefined; line = lineFromEnd(++sameInstant)) {
    const ts = splitTimestamp(line).timestamp;
    if (!ts || timestampKey(ts) !== key) break;
  }
  return { key, sameInstant };
}

/**
 * A filter for the lines of a stream reopened after a pause (the tab was hidden): the reopened
 * stream starts with the last lines again, and those already shown are skipped, so nothing is
 * shown twice. Lines newer than the resume point pass, and from the first one on, everything does.
 */
export function resumeFilter(point: ResumePoint): (line: string) => boolean {
  let skipping = true;
  let repeats = point.sameInstant;
  return (line) => {
    if (!skipping) return true;
    const ts = splitTimestamp(line).timestamp;
    const key = ts ? timestampKey(ts) : '';
    if (key && key < point.key) return false;
    if (key === point.key && repeats > 0) {
      repeats -= 1;
      return false;
    }
    // A line without a timestamp cannot be placed; showing it beats losing it.
    skipping = false;
    return true;
  };
}
