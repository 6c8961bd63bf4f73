import type { ApiErrorKind } from '../api/errors';

/** How often a page asks the server again; pure so each rule is testable. */
export interface PollingInput {
  /** The interval while all is well, in milliseconds. */
  baseMs: number;
  /** Consecutive failed fetches. */
  failures: number;
  lastErrorKind?: ApiErrorKind;
  /** A sync operation is running: poll faster so progress shows. */
  operationRunning?: boolean;
  fastMs?: number;
  maxBackoffMs?: number;
}

/** Errors that another request cannot fix: stop polling until the user acts. */
const TERMINAL: ApiErrorKind[] = ['unauthorized', 'forbidden', 'engine-missing', 'not-found'];

export function isTerminalError(kind: ApiErrorKind | undefined): boolean {
  return kind !== undefined && TERMINAL.includes(kind);
}

/**
 * The next polling delay, or `false` to stop. Defaults: a running operation polls every 2 s;
 * failures back off exponentially from the base interval up to 5 minutes; a 401, 403, 404 or a
 * missing GitOps engine stops polling. Hidden tabs are handled by the query client
 * (`refetchIntervalInBackground: false`), not here.
 */
export function nextPollDelay(input: PollingInput): number | false {
  if (isTerminalError(input.lastErrorKind) && input.failures > 0) return false;
  if (input.failures > 0) {
    const max = input.maxBackoffMs ?? 300_000;
    return Math.min(max, input.baseMs * 2 ** Math.min(input.failures, 16));
  }
  if (input.operationRunning) return input.fastMs ?? 2_000;
  return input.baseMs;
}

/** Retries inside one fetch: never for errors that another try cannot fix, at most twice otherwise. */
export function shouldRetry(failureCount: number, kind: ApiErrorKind | undefined): boolean {
  if (isTerminalError(kind) || kind === 'bad-request' || kind === 'invalid' || kind === 'aborted') return false;
  return failureCount < 2;
}

export interface FailureStreak {
  /** When the last counted failure happened. */
  errorUpdatedAt: number;
  /** Failed polls in a row. */
  streak: number;
}

/**
 * Failed polls in a row, from what the query client keeps: its own `fetchFailureCount` starts
 * again at every fetch (it counts retries within one fetch), so it cannot grow a back-off.
 */
export function nextFailureStreak(
  previous: FailureStreak | undefined,
  state: { error: unknown; errorUpdatedAt: number; dataUpdatedAt: number },
): FailureStreak {
  const failing = state.error != null && state.errorUpdatedAt >= state.dataUpdatedAt;
  if (!failing) return { errorUpdatedAt: 0, streak: 0 };
  if (previous && previous.errorUpdatedAt === state.errorUpdatedAt) return previous;
  return { errorUpdatedAt: state.errorUpdatedAt, streak: (previous?.streak ?? 0) + 1 };
}
