/**
 * The lines of a container's log as they arrive: chunks of text cut anywhere (mid-line, even
 * mid-character upstream of the decoder), capped so a chatty container cannot exhaust the tab.
 *
 * Lines are numbered absolutely from the start of the load (`first` is how many were dropped), so
 * search results and the reader's place survive the oldest lines being dropped. A `LogLines`
 * snapshot never changes after it is taken: the buffer only appends beyond a snapshot's end, and
 * compaction copies into a new array, so a render can read a snapshot while chunks keep arriving.
 */

export interface LogLimits {
  /** Lines kept at most; older ones are dropped. */
  maxLines: number;
  /** Characters kept at most (UTF-16 units, close to bytes for log text); older lines are dropped. */
  maxChars: number;
}

export const DEFAULT_LOG_LIMITS: LogLimits = { maxLines: 50_000, maxChars: 10 * 1024 * 1024 };

/** A read-only view of the buffer at one moment. */
export interface LogLines {
  /** Lines in the view. */
  readonly length: number;
  /** Absolute number of line 0: how many lines were dropped before it since the load began. */
  readonly first: number;
  /** Changes when the buffer is cleared, so absolute numbers from before mean nothing. */
  readonly generation: number;
  line(index: number): string;
  /** All lines joined with newlines (for the download), optionally mapping each one. */
  text(map?: (line: string) => string): string;
}

class Snapshot implements LogLines {
  constructor(
    private readonly store: readonly string[],
    private readonly start: number,
    readonly length: number,
    readonly first: number,
    readonly generation: number,
  ) {}

  line(index: number): string {
    return index >= 0 && index < this.length ? this.store[this.start + index] : '';
  }

  text(map?: (line: string) => string): string {
    const lines = this.store.slice(this.start, this.start + this.length);
    return (map ? lines.map(map) : lines).join('\n') + (lines.length ? '\n' : '');
  }
}

export const EMPTY_LOG: LogLines = new Snapshot([], 0, 0, 0, 0);

// Compaction copies the live lines into a new array; doing it only once the dead head is large
// keeps dropping amortised O(1) per line, where `shift()` or `splice(0, n)` would be O(n).
const COMPACT_AT = 4096;

export class LogBuffer {
  private store: string[] = [];
  private head = 0;
  private chars = 0;
  private partial = '';
  private droppedCount = 0;
  private gen = 0;

  constructor(private readonly limits: LogLimits = DEFAULT_LOG_LIMITS) {}

  /** Lines held now (the partial last line is not one until its newline arrives). */
  get length(): number {
    return this.store.length - this.head;
  }

  /** Lines dropped from the front since the last clear. */
  get dropped(): number {
    return this.droppedCount;
  }

  /** The newest complete line, if any. */
  last(): string | undefined {
    return this.length ? this.store[this.store.length - 1] : undefined;
  }

  /** Adds a chunk; its last piece waits for its newline. */
  append(chunk: string): void {
    if (!chunk) return;
    const pieces = (this.partial + chunk).split('\n');
    this.partial = pieces.pop() ?? '';
    for (const piece of pieces) this.push(piece);
    // A line longer than the whole budget would otherwise grow unseen forever.
    if (this.partial.length > this.limits.maxChars) {
      this.push(this.partial);
      this.partial = '';
    }
    this.trim();
  }

  /** Adds whole lines (already split), for callers that filter lines before they are kept. */
  appendLines(lines: readonly string[]): void {
    for (const line of lines) this.push(line);
    this.trim();
  }

  /** The text is complete: a last line without a newline still counts. */
  end(): void {
    if (this.partial) this.push(this.partial);
    this.partial = '';
    this.trim();
  }

  /** Forgets the unfinished last line (a stopped stream sends it again, whole, when reopened). */
  discardPartial(): void {
    this.partial = '';
  }

  /** Forgets everything, for a new load. */
  clear(): void {
    this.store = [];
    this.head = 0;
    this.chars = 0;
    this.partial = '';
    this.droppedCount = 0;
    this.gen += 1;
  }

  snapshot(): LogLines {
    return new Snapshot(this.store, this.head, this.length, this.droppedCount, this.gen);
  }

  private push(line: string): void {
    // Kubernetes passes a container's CRLF through; the CR would show as a stray glyph.
    const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
    this.store.push(clean);
    this.chars += clean.length + 1;
  }

  private trim(): void {
    const { maxLines, maxChars } = this.limits;
    // Always keep the newest line, however long.
    while (this.length > 1 && (this.length > maxLines || this.chars > maxChars)) {
      this.chars -= this.store[this.head].length + 1;
      this.head += 1;
      this.droppedCount += 1;
    }
    if (this.head >= COMPACT_AT && this.head * 2 >= this.store.length) {
      this.store = this.store.slice(this.head);
      this.head = 0;
    }
  }
}
