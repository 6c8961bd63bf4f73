/**
 * Running one action over many items. The GitOps API has no bulk endpoint, so a bulk sync or
 * delete is N requests; sending them all at once would flood the apiserver and the browser's
 * connection pool, and one failure must not hide the others. So items run with a small
 * concurrency limit and every item gets its own outcome.
 */

import { errorKind } from '../errors/errorKind';

/** One item's outcome; `attempts` counts the tries, retries of a transient failure included. */
export type BulkOutcome<T, R> = ({ item: T; ok: true; value: R } | { item: T; ok: false; error: unknown }) & { attempts: number };

/** When to try an item again: a failure that heals by itself is not worth reporting yet. */
export interface RetryPolicy {
  /** The wait before each retry, in milliseconds; as many retries as waits. */
  delaysMs: readonly number[];
  /** Whether trying again may succeed. */
  retryable: (error: unknown) => boolean;
  /** How to wait (tests pass one that does not). */
  sleep?: (ms: number) => Promise<void>;
}

export interface BulkOptions {
  /** How many tasks run at the same time. Defaults to 4; values below 1 count as 1. */
  concurrency?: number;
  /** Called after each item settles, with the number settled so far and the total. */
  onProgress?: (settled: number, total: number) => void;
  /** Retries of an item's transient failures; none by default. */
  retry?: RetryPolicy;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `run` until it succeeds, fails for good, or the retries are used up. Never rejects. */
export async function attempt<R>(
  run: () => Promise<R>,
  retry?: RetryPolicy,
): Promise<{ ok: true; value: R; attempts: number } | { ok: false; error: unknown; attempts: number }> {
  for (let attempts = 1; ; attempts += 1) {
    try {
      return { ok: true, value: await run(), attempts };
    } catch (error) {
      const delay = retry?.delaysMs[attempts - 1];
      if (delay === undefined || !retry?.retryable(error)) return { ok: false, error, attempts };
      await (retry.sleep ?? wait)(delay);
    }
  }
}

export const DEFAULT_BULK_CONCURRENCY = 4;

/**
 * Runs `task` for every item, at most `concurrency` at a time, and resolves (never rejects) with
 * one outcome per item, in the order of `items`. A task that throws synchronously counts as failed.
 */
export async function runBulk<T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  options: BulkOptions = {},
): Promise<BulkOutcome<T, R>[]> {
  const limit = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_BULK_CONCURRENCY) || 1);
  const outcomes: BulkOutcome<T, R>[] = new Array(items.length);
  let next = 0;
  let settled = 0;

  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      outcomes[index] = { item, ...(await attempt(() => task(item, index), options.retry)) };
      settled += 1;
      options.onProgress?.(settled, items.length);
    }
  }

  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  await Promise.all(workers);
  return outcomes;
}

export interface BulkSummary<T> {
  succeeded: T[];
  failed: Array<{ item: T; error: unknown }>;
}

/** Splits outcomes into the items that succeeded and those that failed (with their errors). */
export function summarizeBulk<T, R>(outcomes: readonly BulkOutcome<T, R>[]): BulkSummary<T> {
  const summary: BulkSummary<T> = { succeeded: [], failed: [] };
  for (const outcome of outcomes) {
    if (outcome.ok) summary.succeeded.push(outcome.item);
    else summary.failed.push({ item: outcome.item, error: outcome.error });
  }
  return summary;
}

export type ListActionKind = 'sync' | 'delete';

/**
 * Failures of a sync or delete that heal within seconds, because the server read a lagging cache
 * (reference §1.5): a 404 right after the application was created, a 409 from a stale
 * resourceVersion. Nothing was changed by the failed request, so sending it again is safe.
 */
export function isTransientActionError(error: unknown): boolean {
  const kind = errorKind(error);
  return kind === 'notFound' || kind === 'conflict';
}

/** Briefly: about 3 s in all, then the failure is reported. */
export const ACTION_RETRY: RetryPolicy = { delaysMs: [400, 800, 1600], retryable: isTransientActionError };

/** What the list reports for one application. */
export interface ItemResult {
  name: string;
  ok: boolean;
  error?: unknown;
  /** More than 1: it succeeded or failed after retries. */
  attempts?: number;
  /** A delete that found nothing to delete, even after the retries. */
  alreadyGone?: boolean;
}

/**
 * One result per application. A delete still answered with 404 after its retries counts as done:
 * someone deleted the application already, which is what the user wanted.
 */
export function itemResults<R>(kind: ListActionKind, outcomes: readonly BulkOutcome<string, R>[]): ItemResult[] {
  return outcomes.map((o) => {
    if (o.ok) return { name: o.item, ok: true, attempts: o.attempts };
    if (kind === 'delete' && errorKind(o.error) === 'notFound') return { name: o.item, ok: true, attempts: o.attempts, alreadyGone: true };
    return { name: o.item, ok: false, error: o.error, attempts: o.attempts };
  });
}
