import * as React from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ProjectRef } from './applications';
import { ApplicationsWatcher, type WatchState } from './applicationsWatcher';
import { useWatchEnabled } from './GitOpsProvider';

export { WATCH_DEBOUNCE_MS, WATCH_BATCH_MS } from './watchCache';
export type { WatchState } from './applicationsWatcher';

/**
 * Watches the applications of `project` while the page is mounted (once per page: the list page
 * and the detail page), so its list, summary and detail queries stop polling and change as the
 * server's objects change (applicationsWatcher.ts, watchCache.ts). Returns the watch's state.
 */
export function useApplicationsWatch(project: ProjectRef): WatchState {
  const client = useQueryClient();
  const enabled = useWatchEnabled();
  const { cluster, namespace } = project;
  const [state, setState] = React.useState<WatchState>(enabled ? 'connecting' : 'polling');
  React.useEffect(() => {
    if (!enabled || !cluster || !namespace) return setState('polling');
    const watcher = new ApplicationsWatcher({ client, project: { cluster, namespace }, onState: setState });
    watcher.start();
    return () => watcher.stop();
  }, [client, cluster, namespace, enabled]);
  return state;
}
