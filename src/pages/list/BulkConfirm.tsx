import * as React from 'react';
import { ActionConfirmDialog } from '../../components/list/ActionConfirmDialog';
import type { AppActions } from './useAppActions';

/** Confirms the bulk action waiting in `actions`; `onConfirmed` runs as the user confirms it. */
export function BulkConfirm({ actions, onConfirmed }: { actions: AppActions; onConfirmed: () => void }) {
  // The confirmation keeps its text while it animates closed.
  const last = React.useRef(actions.pending);
  if (actions.pending) last.current = actions.pending;
  const confirm = (options: { cascade: boolean }) => {
    onConfirmed();
    actions.confirm(options);
  };
  return (
    <ActionConfirmDialog
      open={!!actions.pending}
      kind={last.current?.kind ?? 'sync'}
      names={last.current?.names ?? []}
      onConfirm={confirm}
      onCancel={actions.cancel}
    />
  );
}
