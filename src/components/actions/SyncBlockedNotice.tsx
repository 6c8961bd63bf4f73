import * as React from 'react';
import type { syncBlocker } from '../../model';
import { t } from '../../host';
import { Notice } from './formStyles';

export type SyncBlocker = ReturnType<typeof syncBlocker>;

/**
 * Why a sync sent now would not run (`syncBlocker`), at the top of the sync and redeploy forms.
 * While Argo CD runs its own operation the dialog's button waits (`holdsSync`): the server would
 * accept the sync and Argo CD drop it. A requested one is left to the server, which refuses it in
 * words the dialog shows.
 */
export function SyncBlockedNotice({ blocker }: { blocker: SyncBlocker }) {
  if (!blocker) return null;
  return <Notice role="status">{t(blocker === 'running' ? 'GITOPS_SYNC_ARGO_RUNNING_NOTICE' : 'GITOPS_SYNC_RUNNING_NOTICE')}</Notice>;
}

/** Whether the dialog's button waits: a sync sent now would be accepted and then dropped. */
export const holdsSync = (blocker: SyncBlocker): boolean => blocker === 'running';
