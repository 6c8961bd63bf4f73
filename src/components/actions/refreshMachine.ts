/**
 * Refreshing an application through KubeSphere. There is no refresh endpoint: the console sets
 * the annotation `argocd.argoproj.io/refresh` with a full PUT, the controller copies it to the
 * Argo CD application, Argo CD reconciles (so `reconciledAt` moves), and the console then PUTs
 * again without the annotation, or every later edit would request another refresh.
 *
 * This module is the pure part: states, events and the request each state needs. The hook in
 * `useRefreshApplication.ts` feeds it events and sends the requests.
 */
import type { RefreshMode } from '../../model';

/** How long to wait for `reconciledAt` to move before removing the annotation anyway. */
export const REFRESH_WAIT_MS = 60_000;

export type RefreshOutcome = 'refreshed' | 'unconfirmed';

export type RefreshState =
  | { phase: 'idle' }
  /** The PUT with the annotation is on its way. */
  | { phase: 'requesting'; mode: RefreshMode; baseline?: string }
  /** The annotation is set; waiting for Argo CD to reconcile. */
  | { phase: 'waiting'; mode: RefreshMode; baseline?: string; since: number }
  /** Ready to send (or sending) the PUT that removes the annotation. */
  | { phase: 'clearing'; mode: RefreshMode; outcome: RefreshOutcome; attempts: number; baseline?: string }
  | { phase: 'done'; mode: RefreshMode; outcome: RefreshOutcome }
  | { phase: 'failed'; mode: RefreshMode; step: 'request' | 'clear'; error: unknown };

export type RefreshEvent =
  | { type: 'start'; mode: RefreshMode; reconciledAt?: string }
  | { type: 'requested'; now: number }
  | { type: 'request-failed'; error: unknown }
  /** A fresh copy of the application arrived (a poll or a mutation response). */
  | { type: 'observed'; reconciledAt?: string; now: number }
  /** `reconciledAt`: read from the copy the server returned, which can still confirm a refresh no poll saw (a hidden tab). */
  | { type: 'cleared'; reconciledAt?: string }
  /** `retryable`: a conflict, answered by trying again with the next fresh copy. */
  | { type: 'clear-failed'; error: unknown; retryable: boolean }
  | { type: 'dismiss' };

/** At most this many conflicting PUTs while removing the annotation before giving up. */
export const MAX_CLEAR_ATTEMPTS = 3;

export const IDLE: RefreshState = { phase: 'idle' };

/** True while a refresh is under way, so the page polls faster and disables the buttons. */
export function isRefreshBusy(state: RefreshState): boolean {
  return state.phase === 'requesting' || state.phase === 'waiting' || state.phase === 'clearing';
}

/** The next state. Events that do not apply to the current state leave it unchanged. */
export function refreshReducer(state: RefreshState, event: RefreshEvent): RefreshState {
  switch (event.type) {
    case 'start':
      if (isRefreshBusy(state)) return state;
      return event.reconciledAt === undefined
        ? { phase: 'requesting', mode: event.mode }
        : { phase: 'requesting', mode: event.mode, baseline: event.reconciledAt };
    case 'requested':
      if (state.phase !== 'requesting') return state;
      return { phase: 'waiting', mode: state.mode, baseline: state.baseline, since: event.now };
    case 'request-failed':
      if (state.phase !== 'requesting') return state;
      return { phase: 'failed', mode: state.mode, step: 'request', error: event.error };
    case 'observed':
      if (state.phase !== 'waiting') return state;
      if (event.reconciledAt !== undefined && event.reconciledAt !== state.baseline) {
        return { phase: 'clearing', mode: state.mode, outcome: 'refreshed', attempts: 0 };
      }
      if (event.now - state.since >= REFRESH_WAIT_MS) {
        return { phase: 'clearing', mode: state.mode, outcome: 'unconfirmed', attempts: 0, baseline: state.baseline };
      }
      return state;
    case 'cleared': {
      if (state.phase !== 'clearing') return state;
      const moved = event.reconciledAt !== undefined && event.reconciledAt !== state.baseline;
      return { phase: 'done', mode: state.mode, outcome: moved ? 'refreshed' : state.outcome };
    }
    case 'clear-failed':
      if (state.phase !== 'clearing') return state;
      if (event.retryable && state.attempts + 1 < MAX_CLEAR_ATTEMPTS) return { ...state, attempts: state.attempts + 1 };
      return { phase: 'failed', mode: state.mode, step: 'clear', error: event.error };
    case 'dismiss':
      return isRefreshBusy(state) ? state : IDLE;
    default:
      return state;
  }
}

/** The request a state needs sent: the PUT that sets the annotation, the one that removes it, or none. */
export function refreshRequest(state: RefreshState): 'set-annotation' | 'remove-annotation' | null {
  if (state.phase === 'requesting') return 'set-annotation';
  if (state.phase === 'clearing') return 'remove-annotation';
  return null;
}
