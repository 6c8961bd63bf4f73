import * as React from 'react';
import { errorKind } from '../../model/errors/errorKind';
import { itemResults } from '../../model/list/bulk';
import { type ProjectRef, useBulkApplicationAction } from '../../queries/applications';
import type { ActionProgress, ActionReport, ListActionKind } from '../../components/list/actions';

export interface PendingAction {
  kind: ListActionKind;
  names: string[];
}

export interface AppActions {
  /** The action waiting for the user's confirmation. */
  pending?: PendingAction;
  progress?: ActionProgress;
  report?: ActionReport;
  /** Actions the server refused with 403 on this page: offered no more, with the reason. */
  denied: Partial<Record<ListActionKind, boolean>>;
  request: (kind: ListActionKind, names: string[]) => void;
  cancel: () => void;
  confirm: (options: { cascade: boolean }) => void;
  dismiss: () => void;
  /** Shows the outcome of an action run elsewhere (a row's own dialog). */
  record: (report: ActionReport) => void;
  /** Tells of an action that failed elsewhere (a row's own dialog); a 403 disables the action. */
  failed: (kind: ListActionKind, error: unknown) => void;
}

/**
 * Sync and delete for one or many applications, confirmed first, with progress and one outcome
 * per application (the requests, their retries and the refetch are `useBulkApplicationAction`'s).
 */
export function useAppActions(project: ProjectRef): AppActions {
  const { mutateAsync: runAction } = useBulkApplicationAction(project);
  const [pending, setPending] = React.useState<PendingAction>();
  const [progress, setProgress] = React.useState<ActionProgress>();
  const [report, setReport] = React.useState<ActionReport>();
  const [denied, setDenied] = React.useState<Partial<Record<ListActionKind, boolean>>>({});
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const { cluster, namespace } = project;
  // A denial holds for the project it came from only.
  React.useEffect(() => setDenied({}), [cluster, namespace]);

  /** A 403 anywhere (a bulk run or a row's dialog) disables that action on the page, with the reason. */
  const failed = React.useCallback((kind: ListActionKind, error: unknown) => {
    if (errorKind(error) === 'forbidden') setDenied((d) => ({ ...d, [kind]: true }));
  }, []);

  const run = React.useCallback(
    async (action: PendingAction, cascade: boolean) => {
      const { kind, names } = action;
      setReport(undefined);
      setProgress({ kind, settled: 0, total: names.length });
      const outcomes = await runAction({
        kind,
        names,
        cascade,
        onProgress: (settled, total) => mounted.current && setProgress({ kind, settled, total }),
      });
      if (!mounted.current) return;
      // Report first: the results panel then stays mounted (and announced) from progress to outcome.
      setReport({ kind, outcomes: itemResults(kind, outcomes) });
      setProgress(undefined);
      const forbidden = outcomes.find((o) => !o.ok && errorKind(o.error) === 'forbidden');
      if (forbidden && !forbidden.ok) failed(kind, forbidden.error);
    },
    [runAction, failed],
  );

  const request = React.useCallback((kind: ListActionKind, names: string[]) => {
    if (names.length > 0) setPending({ kind, names });
  }, []);
  const cancel = React.useCallback(() => setPending(undefined), []);
  const confirm = React.useCallback(
    ({ cascade }: { cascade: boolean }) => {
      if (!pending) return;
      setPending(undefined);
      void run(pending, cascade);
    },
    [pending, run],
  );
  const dismiss = React.useCallback(() => setReport(undefined), []);
  const record = React.useCallback((next: ActionReport) => setReport(next), []);

  return { pending, progress, report, denied, request, cancel, confirm, dismiss, record, failed };
}
