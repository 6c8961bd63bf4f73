/**
 * The requeue policy of a controller-runtime controller whose Reconcile
 * returns an error: `c.Queue.AddRateLimited(req)` (controller-runtime v0.19.2
 * pkg/internal/controller/controller.go L303-309), and `c.Queue.Forget(req)`
 * once a reconcile succeeds (L329-334). The queue's limiter is
 * `workqueue.DefaultTypedControllerRateLimiter` (pkg/controller/controller.go
 * L192): the max of a per-item exponential backoff, 5 ms doubling up to
 * 1000 s, and an overall 10 qps bucket that one failing item never reaches
 * (client-go v0.31.3 util/workqueue/default_rate_limiters.go L50-55, L116-134).
 * ks-devops v4 pins controller-runtime v0.19.2 and client-go v0.31.3 (go.mod).
 *
 * The retries are background work of the emulator clock: they go on for ever,
 * like the real ones, without keeping `settle` from ending.
 */
import type { Scheduler } from '../core/scheduler';

export const BACKOFF_BASE_MS = 5;
export const BACKOFF_MAX_MS = 1_000_000;

/** ItemExponentialFailureRateLimiter.When: the delay before retry number `failures` + 1. */
export function backoffDelay(failures: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** failures, BACKOFF_MAX_MS);
}

/**
 * The attempts a reconcile that has failed every time since `since` has made
 * by `now`: how many, and when the last one and the next one are.
 */
export function attemptsSince(since: number, now: number): { count: number; last: number; next: number } {
  let count = 1;
  let last = since;
  // The doubling phase is short (about 22 minutes); after it every step is the cap.
  while (backoffDelay(count - 1) < BACKOFF_MAX_MS && last + backoffDelay(count - 1) <= now) {
    last += backoffDelay(count - 1);
    count++;
  }
  if (backoffDelay(count - 1) >= BACKOFF_MAX_MS && last + BACKOFF_MAX_MS <= now) {
    const more = Math.floor((now - last) / BACKOFF_MAX_MS);
    last += more * BACKOFF_MAX_MS;
    count += more;
  }
  return { count, last, next: last + backoffDelay(count - 1) };
}

/** One rate-limited work queue: failure counts per key and at most one waiting retry per key. */
export class RetryQueue {
  private readonly failures = new Map<string, number>();
  /** Due time of the waiting retry of a key; a fired retry whose due time is not this one is stale. */
  private readonly waiting = new Map<string, number>();

  constructor(
    private readonly scheduler: Scheduler,
    private readonly run: (key: string) => void,
  ) {}

  clear(): void {
    this.failures.clear();
    this.waiting.clear();
  }

  failuresOf(key: string): number {
    return this.failures.get(key) ?? 0;
  }

  /** AddRateLimited: count the failure and retry after the backoff (an earlier waiting retry wins, as in the delaying queue). */
  addRateLimited(key: string): void {
    const failures = this.failuresOf(key);
    this.failures.set(key, failures + 1);
    this.retryAt(key, this.scheduler.now() + backoffDelay(failures));
  }

  /** Forget: the next failure starts again at 5 ms; a waiting retry is dropped. */
  forget(key: string): void {
    this.failures.delete(key);
    this.waiting.delete(key);
  }

  /** Restores the state of a key that has been failing for a while (seeds). */
  resume(key: string, failures: number, nextAt: number): void {
    this.failures.set(key, failures);
    this.waiting.delete(key);
    this.retryAt(key, nextAt);
  }

  private retryAt(key: string, due: number): void {
    const current = this.waiting.get(key);
    if (current !== undefined && current <= due) return;
    this.waiting.set(key, due);
    this.scheduler.scheduleBackground(due - this.scheduler.now(), `retry ${key}`, () => {
      if (this.waiting.get(key) !== due) return;
      this.waiting.delete(key);
      this.run(key);
    });
  }
}
