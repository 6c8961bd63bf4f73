import { describe, expect, it } from 'vitest';
import {
  IDLE,
  isRefreshBusy,
  MAX_CLEAR_ATTEMPTS,
  REFRESH_WAIT_MS,
  refreshReducer,
  refreshRequest,
  type RefreshEvent,
  type RefreshState,
} from './refreshMachine';

const run = (events: RefreshEvent[], from: RefreshState = IDLE) => events.reduce(refreshReducer, from);

describe('refresh state machine', () => {
  it('sets the annotation first, remembering the reconcile time it started from', () => {
    const state = run([{ type: 'start', mode: 'hard', reconciledAt: 'r1' }]);
    expect(state).toEqual({ phase: 'requesting', mode: 'hard', baseline: 'r1' });
    expect(refreshRequest(state)).toBe('set-annotation');
    expect(isRefreshBusy(state)).toBe(true);
  });

  it('waits after the annotation is set and sends nothing meanwhile', () => {
    const state = run([
      { type: 'start', mode: 'normal', reconciledAt: 'r1' },
      { type: 'requested', now: 0 },
    ]);
    expect(state.phase).toBe('waiting');
    expect(refreshRequest(state)).toBeNull();
  });

  it('keeps waiting while reconciledAt has not moved', () => {
    const state = run([
      { type: 'start', mode: 'normal', reconciledAt: 'r1' },
      { type: 'requested', now: 0 },
      { type: 'observed', reconciledAt: 'r1', now: 1_000 },
    ]);
    expect(state.phase).toBe('waiting');
  });

  it('removes the annotation once reconciledAt moves, then is done', () => {
    const clearing = run([
      { type: 'start', mode: 'hard', reconciledAt: 'r1' },
      { type: 'requested', now: 0 },
      { type: 'observed', reconciledAt: 'r2', now: 1_000 },
    ]);
    expect(clearing).toMatchObject({ phase: 'clearing', outcome: 'refreshed' });
    expect(refreshRequest(clearing)).toBe('remove-annotation');
    const done = refreshReducer(clearing, { type: 'cleared' });
    expect(done).toEqual({ phase: 'done', mode: 'hard', outcome: 'refreshed' });
    expect(isRefreshBusy(done)).toBe(false);
    expect(refreshRequest(done)).toBeNull();
  });

  it('treats a first reconcile time as a move when there was none before', () => {
    const state = run([
      { type: 'start', mode: 'normal' },
      { type: 'requested', now: 0 },
      { type: 'observed', reconciledAt: 'r1', now: 1 },
    ]);
    expect(state.phase).toBe('clearing');
  });

  it('removes the annotation anyway after the wait limit, marked unconfirmed', () => {
    const state = run([
      { type: 'start', mode: 'normal', reconciledAt: 'r1' },
      { type: 'requested', now: 0 },
      { type: 'observed', reconciledAt: 'r1', now: REFRESH_WAIT_MS },
    ]);
    expect(state).toMatchObject({ phase: 'clearing', outcome: 'unconfirmed' });
  });

  it('after the wait limit, the copy saved without the annotation can still confirm the refresh (no poll saw it in a hidden tab)', () => {
    const clearing = run([
      { type: 'start', mode: 'normal', reconciledAt: 'r1' },
      { type: 'requested', now: 0 },
      { type: 'observed', reconciledAt: undefined, now: REFRESH_WAIT_MS },
    ]);
    expect(clearing).toMatchObject({ phase: 'clearing', outcome: 'unconfirmed' });
    expect(refreshReducer(clearing, { type: 'cleared', reconciledAt: 'r2' })).toEqual({
      phase: 'done',
      mode: 'normal',
      outcome: 'refreshed',
    });
    expect(refreshReducer(clearing, { type: 'cleared', reconciledAt: 'r1' })).toEqual({
      phase: 'done',
      mode: 'normal',
      outcome: 'unconfirmed',
    });
    expect(refreshReducer(clearing, { type: 'cleared' })).toEqual({ phase: 'done', mode: 'normal', outcome: 'unconfirmed' });
  });

  it('ignores copies of the app that arrive before the annotation is set', () => {
    const state = run([
      { type: 'start', mode: 'normal', reconciledAt: 'r1' },
      { type: 'observed', reconciledAt: 'r2', now: 1 },
    ]);
    expect(state.phase).toBe('requesting');
  });

  it('reports a failed first request and can be dismissed', () => {
    const failed = run([
      { type: 'start', mode: 'normal' },
      { type: 'request-failed', error: 'boom' },
    ]);
    expect(failed).toEqual({ phase: 'failed', mode: 'normal', step: 'request', error: 'boom' });
    expect(refreshReducer(failed, { type: 'dismiss' })).toEqual(IDLE);
  });

  it('retries removing the annotation after a conflict, a bounded number of times', () => {
    let state = run([
      { type: 'start', mode: 'normal', reconciledAt: 'r1' },
      { type: 'requested', now: 0 },
      { type: 'observed', reconciledAt: 'r2', now: 1 },
    ]);
    for (let i = 1; i < MAX_CLEAR_ATTEMPTS; i++) {
      state = refreshReducer(state, { type: 'clear-failed', error: 'conflict', retryable: true });
      expect(state).toMatchObject({ phase: 'clearing', attempts: i });
    }
    state = refreshReducer(state, { type: 'clear-failed', error: 'conflict', retryable: true });
    expect(state).toMatchObject({ phase: 'failed', step: 'clear' });
  });

  it('fails at once when removing the annotation fails for another reason', () => {
    const state = run([
      { type: 'start', mode: 'normal', reconciledAt: 'r1' },
      { type: 'requested', now: 0 },
      { type: 'observed', reconciledAt: 'r2', now: 1 },
      { type: 'clear-failed', error: 'forbidden', retryable: false },
    ]);
    expect(state).toMatchObject({ phase: 'failed', step: 'clear', error: 'forbidden' });
  });

  it('does not start a second refresh while one runs, nor dismiss it', () => {
    const running = run([
      { type: 'start', mode: 'normal', reconciledAt: 'r1' },
      { type: 'requested', now: 0 },
    ]);
    expect(refreshReducer(running, { type: 'start', mode: 'hard', reconciledAt: 'r9' })).toBe(running);
    expect(refreshReducer(running, { type: 'dismiss' })).toBe(running);
  });

  it('can start again after it is done', () => {
    const done: RefreshState = { phase: 'done', mode: 'normal', outcome: 'refreshed' };
    expect(refreshReducer(done, { type: 'start', mode: 'hard', reconciledAt: 'r3' })).toEqual({
      phase: 'requesting',
      mode: 'hard',
      baseline: 'r3',
    });
  });
});
