/**
 * Running one action over many items. The GitOps API has no bulk endpoint, so a bulk sync or
 * delete is N requests; sending them all at once would flood the apiserver and the browser's
 * connection pool, and one failure must not hide the others. So items run with a small
 * concurrency limit and every item gets its own outcome.
 */

export type BulkOutcome<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export interface BulkOptions {
  /** How many tasks run at the same time. Defaults to 4; values below 1 count as 1. */
  concurrency?: number;
  /** Called after each item settles, with the number settled so far and the total. */
  onProgress?: (settled: number, total: number) => void;
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
      try {
        outcomes[index] = { item, ok: true, value: await task(item, index) };
      } catch (error) {
        outcomes[index] = { item, ok: false, error };
      }
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
