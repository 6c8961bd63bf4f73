import * as React from 'react';
import type { Application } from '../../model/application/types';
import { resourceEntries } from '../../model/tree/resourceEntries';
import type { ProjectRef } from '../../queries/applications';
import { argoStatusOf } from '../../queries/argoStatus';
import { DeleteDialog } from '../../components/actions/DeleteDialog';
import { SyncDialog } from '../../components/actions/SyncDialog';
import type { ActionReport, ListActionKind } from '../../components/list/actions';

/**
 * The sync and delete dialogs of a single row: the same ones as on the detail page, with all
 * their options. Each stays mounted once used and is toggled with `open`, so it can return the
 * focus to the row's button when it closes. Failures are shown inside the dialog; a success is
 * reported to the page.
 */
export function useRowDialogs(
  project: ProjectRef,
  items: readonly Application[],
  onReport: (report: ActionReport) => void,
  onFailed: (kind: ListActionKind, error: unknown) => void,
) {
  const [syncApp, setSyncApp] = React.useState<Application>();
  const [syncOpen, setSyncOpen] = React.useState(false);
  const [deleteName, setDeleteName] = React.useState<string>();
  const [deleteOpen, setDeleteOpen] = React.useState(false);

  // Read at click time, so the callbacks stay stable while polling replaces the rows.
  const itemsRef = React.useRef(items);
  itemsRef.current = items;

  const openSync = React.useCallback((name: string) => {
    const app = itemsRef.current.find((a) => a.metadata?.name === name);
    if (!app) return;
    setSyncApp(app);
    setSyncOpen(true);
  }, []);

  const openDelete = React.useCallback((name: string) => {
    setDeleteName(name);
    setDeleteOpen(true);
  }, []);

  const resources = React.useMemo(() => (syncApp ? resourceEntries(argoStatusOf(syncApp).status, false) : []), [syncApp]);

  const dialogs = (
    <>
      {syncApp ? (
        <SyncDialog
          open={syncOpen}
          onClose={() => setSyncOpen(false)}
          project={project}
          app={syncApp}
          resources={resources}
          onSynced={() => onReport({ kind: 'sync', outcomes: [{ name: syncApp.metadata?.name ?? '', ok: true }] })}
          onFailed={(error) => onFailed('sync', error)}
        />
      ) : null}
      {deleteName ? (
        <DeleteDialog
          open={deleteOpen}
          onClose={() => setDeleteOpen(false)}
          project={project}
          name={deleteName}
          onFailed={(error) => onFailed('delete', error)}
          onDeleted={() => {
            setDeleteOpen(false);
            onReport({ kind: 'delete', outcomes: [{ name: deleteName, ok: true }] });
          }}
        />
      ) : null}
    </>
  );

  return { openSync, openDelete, dialogs };
}
