import * as React from 'react';
import {
  ANNOTATION_ARGOCD_REFRESH,
  type Application,
  lastReconciledAt,
  type RefreshMode,
  withoutRefreshAnnotation,
  withRefreshAnnotation,
} from '../../model';
import { errorKind } from '../../model/errors/errorKind';
import { type ProjectRef, useEditApplication, useRefetchApplication } from '../../queries/applications';
import { argoStatusOf } from '../../queries/argoStatus';
import { IDLE, isRefreshBusy, refreshReducer, refreshRequest, type RefreshState } from './refreshMachine';

const WAIT_POLL_MS = 2_000;

export interface RefreshControl {
  state: RefreshState;
  busy: boolean;
  start(mode: RefreshMode): void;
  dismiss(): void;
}

/** When Argo CD last reconciled this copy, from its status decoded once per version. */
function reconciledAtOf(app: Application | null | undefined): string | undefined {
  return app ? lastReconciledAt(argoStatusOf(app)) : undefined;
}

/**
 * Normal or hard refresh of one application: sets the refresh annotation, waits for Argo CD to
 * reconcile, then removes the annotation. Each PUT is made from a freshly read copy, so nothing
 * else on the object changes.
 */
export function useRefreshApplication(project: ProjectRef, app: Application | undefined): RefreshControl {
  const [state, dispatch] = React.useReducer(refreshReducer, IDLE);
  const update = useEditApplication(project);
  const { mutateAsync } = update;
  // The step (and attempt) already sent, so a re-render never sends it twice.
  const sentRef = React.useRef<string | null>(null);
  // After a conflict, wait for a copy newer than the one the server refused.
  const refusedVersionRef = React.useRef<string | undefined>(undefined);
  const reconciledAt = reconciledAtOf(app);

  React.useEffect(() => {
    if (!app) return;
    dispatch({ type: 'observed', reconciledAt, now: Date.now() });
  }, [app, reconciledAt]);

  // While waiting, ask for a fresh copy every couple of seconds (the page's own polling is slower),
  // and let the time-out happen even if no copy arrives.
  const name = app?.metadata.name ?? '';
  const refetch = useRefetchApplication(project, name);
  React.useEffect(() => {
    if (state.phase !== 'waiting') return undefined;
    const timer = window.setInterval(() => {
      // A hidden tab does not poll; the time-out still runs.
      if (!document.hidden) refetch();
      dispatch({ type: 'observed', reconciledAt: undefined, now: Date.now() });
    }, WAIT_POLL_MS);
    return () => window.clearInterval(timer);
  }, [state.phase, refetch]);

  React.useEffect(() => {
    const request = refreshRequest(state);
    if (!request || !app) return;
    const step = state.phase === 'clearing' ? `clear:${state.attempts}` : 'set';
    if (sentRef.current === step) return;
    if (
      request === 'remove-annotation' &&
      refusedVersionRef.current !== undefined &&
      app.metadata.resourceVersion === refusedVersionRef.current
    )
      return;
    sentRef.current = step;
    if (request === 'set-annotation') {
      const mode = state.phase === 'requesting' ? state.mode : 'normal';
      // The controller acts only when the annotation changes: a value left from an earlier
      // refresh is removed first, or setting the same value again would do nothing.
      const clearLeftover = (latest: Application) =>
        latest.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH] ? withoutRefreshAnnotation(latest) : null;
      mutateAsync({ name, changes: [clearLeftover, (latest) => withRefreshAnnotation(latest, mode)] }).then(
        () => dispatch({ type: 'requested', now: Date.now() }),
        (error: unknown) => dispatch({ type: 'request-failed', error }),
      );
      return;
    }
    mutateAsync({ name, changes: [withoutRefreshAnnotation] }).then(
      (saved) => dispatch({ type: 'cleared', reconciledAt: reconciledAtOf(saved) }),
      (error: unknown) => {
        const retryable = errorKind(error) === 'conflict';
        if (retryable) refusedVersionRef.current = app.metadata.resourceVersion;
        dispatch({ type: 'clear-failed', error, retryable });
      },
    );
  }, [state, app, name, mutateAsync]);

  React.useEffect(() => {
    if (state.phase === 'idle' || state.phase === 'done' || state.phase === 'failed') {
      sentRef.current = null;
      refusedVersionRef.current = undefined;
    }
  }, [state.phase]);

  const start = React.useCallback((mode: RefreshMode) => dispatch({ type: 'start', mode, reconciledAt }), [reconciledAt]);
  const dismiss = React.useCallback(() => dispatch({ type: 'dismiss' }), []);
  return { state, busy: isRefreshBusy(state), start, dismiss };
}
