/** What the pages use of a worker (tests pass a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'>;

/**
 * Starts a worker and wires its answers and failures; null when none can start (no `Worker`, or
 * starting throws), so the caller does the work on the page instead.
 */
export function wireWorker<M>(start: () => WorkerLike | null, onMessage: (data: M) => void, onFailure: () => void): WorkerLike | null {
  let worker: WorkerLike | null;
  try {
    worker = start();
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<M>) => onMessage(event.data);
    worker.onerror = onFailure;
    worker.onmessageerror = onFailure;
  }
  return worker;
}
