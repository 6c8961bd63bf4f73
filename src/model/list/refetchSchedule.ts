/**
 * When to refetch what a stream of changes made stale (the list's filtered pages, the summary):
 * once the changes stop for `quietMs`, as a debounce does, so a burst of hundreds of events costs
 * one refetch after it instead of one per `quietMs` while it lasts; but no later than `maxWaitMs`
 * after the first change still waiting, so that counts under a steady stream of events are never
 * older than that.
 */
export interface RefetchTiming {
  /** Quiet time after the last change. */
  quietMs: number;
  /** Longest wait after the first change not yet refetched. */
  maxWaitMs: number;
}

/** Milliseconds from `now` to the refetch, given the first change waiting came at `firstAt` (same clock). */
export function refetchDelay(firstAt: number, now: number, { quietMs, maxWaitMs }: RefetchTiming): number {
  const left = firstAt + Math.max(maxWaitMs, quietMs) - now;
  return Math.max(0, Math.min(quietMs, left));
}
