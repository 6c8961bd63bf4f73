import * as React from 'react';
import { type Application, type DiagnosticAction, ensureLocationLabel } from '../../model';
import { type ProjectRef, useUpdateApplication } from '../../queries/applications';
import { withAutoSync } from '../../model/manifest';

export type EditAction = 'add-location-label' | 'enable-auto-sync';

export interface DiagnosticActions {
  onAction(action: DiagnosticAction): void;
  busy: boolean;
  /** The last edit sent from a diagnostic and how it went. */
  last: { action: EditAction; status: 'loading' | 'success' | 'error'; error: unknown } | null;
}

/**
 * The one-click fixes of the diagnostics: edits are a full PUT of the latest copy of the app,
 * a sync opens the sync dialog, and the Git repositories hint needs nothing.
 */
export function useDiagnosticActions(project: ProjectRef, app: Application, openSync: () => void): DiagnosticActions {
  const update = useUpdateApplication(project);
  const [action, setAction] = React.useState<EditAction | null>(null);

  const onAction = (a: DiagnosticAction) => {
    if (a.type === 'sync') openSync();
    else if (a.type === 'add-location-label') {
      setAction(a.type);
      update.mutate(ensureLocationLabel(app, a.location));
    } else if (a.type === 'enable-auto-sync') {
      setAction(a.type);
      update.mutate(withAutoSync(app));
    }
  };

  const status = update.isLoading ? 'loading' : update.isError ? 'error' : update.isSuccess ? 'success' : null;
  return {
    onAction,
    busy: update.isLoading,
    last: action && status ? { action, status, error: update.error } : null,
  };
}
