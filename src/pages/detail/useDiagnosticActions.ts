import * as React from 'react';
import { type Application, type DiagnosticAction, ensureLocationLabel } from '../../model';
import { type ProjectRef, useEditApplication } from '../../queries/applications';
import { withAutoSync } from '../../model/actions/appEdits';

export type EditAction = 'add-location-label' | 'enable-auto-sync';

export interface DiagnosticActions {
  onAction(action: DiagnosticAction): void;
  busy: boolean;
  /** The last edit sent from a diagnostic and how it went. */
  last: { action: EditAction; status: 'loading' | 'success' | 'error'; error: unknown } | null;
}

/**
 * The one-click fixes of the diagnostics: each edit is applied to a freshly read copy and PUT,
 * a sync opens the sync dialog, and the Git repositories hint needs nothing.
 */
export function useDiagnosticActions(project: ProjectRef, app: Application, openSync: () => void): DiagnosticActions {
  const update = useEditApplication(project);
  const name = app.metadata.name ?? '';
  const [action, setAction] = React.useState<EditAction | null>(null);

  const onAction = (a: DiagnosticAction) => {
    if (a.type === 'sync') openSync();
    else if (a.type === 'add-location-label') {
      setAction(a.type);
      update.mutate({ name, changes: [(latest) => ensureLocationLabel(latest, a.location)] });
    } else if (a.type === 'enable-auto-sync') {
      setAction(a.type);
      update.mutate({ name, changes: [withAutoSync] });
    }
  };

  const status = update.isLoading ? 'loading' : update.isError ? 'error' : update.isSuccess ? 'success' : null;
  return {
    onAction,
    busy: update.isLoading,
    last: action && status ? { action, status, error: update.error } : null,
  };
}
