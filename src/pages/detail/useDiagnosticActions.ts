import * as React from 'react';
import { type Application, type DiagnosticAction, locationFix } from '../../model';
import { stripForEdit } from '../../model/wizard/wizardSubmit';
import { type ProjectRef, useEditApplication, useReadLatestApplication, useUpdateApplication } from '../../queries/applications';
import { withAutoSync } from '../../model/actions/appEdits';

export type EditAction = 'add-location-label' | 'finish-deletion' | 'remove-finalizers' | 'enable-auto-sync';

export interface DiagnosticActions {
  onAction(action: DiagnosticAction): void;
  busy: boolean;
  /** The last edit sent from a diagnostic and how it went. */
  last: { action: EditAction; status: Status; error: unknown } | null;
}

/** `changed`: the app is no longer as the page showed it, and nothing was sent. */
type Status = 'loading' | 'success' | 'error' | 'changed';

/**
 * The one-click fixes of the diagnostics: each edit is computed from a freshly read copy and PUT,
 * a sync opens the sync dialog, and the other hints need nothing here.
 *
 * The label and deletion fixes go out as the latest copy with `locationFix`'s changes, not
 * through the wizard's update preparation: that one keeps the server's finalizers, and these
 * fixes add the controller's finalizer (a live app) or remove it (a deletion that must not wake
 * the controller). `locationFix` decides on the latest copy; it is sent only when it is the fix
 * the user chose.
 */
export function useDiagnosticActions(project: ProjectRef, app: Application, openSync: () => void): DiagnosticActions {
  const edit = useEditApplication(project);
  const put = useUpdateApplication(project);
  const readLatest = useReadLatestApplication(project);
  const name = app.metadata.name ?? '';
  const [action, setAction] = React.useState<EditAction | null>(null);
  const [label, setLabel] = React.useState<{ status: Status; error: unknown } | null>(null);
  // A finished deletion unmounts the page's app view before the request settles.
  const mounted = React.useRef(true);
  React.useEffect(() => {
    // Set again on a remount (React 18's strict mode runs effects twice).
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const fixLocation = async (clicked: EditAction, location?: string) => {
    setLabel({ status: 'loading', error: null });
    let outcome: { status: Status; error: unknown } = { status: 'success', error: null };
    try {
      const fix = locationFix(await readLatest(name), location);
      // Changed since the page showed it (deleted meanwhile, say): not what the button said, so
      // nothing is sent; the next poll shows the diagnosis of the app as it is now.
      if (fix && fix.kind !== clicked) outcome = { status: 'changed', error: null };
      else if (fix) await put.mutateAsync(stripForEdit(fix.app));
    } catch (error) {
      outcome = { status: 'error', error };
    }
    if (mounted.current) setLabel(outcome);
  };

  const onAction = (a: DiagnosticAction) => {
    if (a.type === 'sync') openSync();
    else if (a.type === 'add-location-label' || a.type === 'finish-deletion') {
      setAction(a.type);
      void fixLocation(a.type, a.location);
    } else if (a.type === 'remove-finalizers') {
      setAction(a.type);
      void fixLocation(a.type);
    } else if (a.type === 'enable-auto-sync') {
      setAction(a.type);
      edit.mutate({ name, changes: [withAutoSync] });
    }
  };

  const editStatus: Status | null = edit.isLoading ? 'loading' : edit.isError ? 'error' : edit.isSuccess ? 'success' : null;
  const current = action === 'enable-auto-sync' ? (editStatus ? { status: editStatus, error: edit.error } : null) : label;
  const busy = edit.isLoading || label?.status === 'loading';
  return {
    onAction,
    busy,
    last: action && current ? { action, ...current } : null,
  };
}
