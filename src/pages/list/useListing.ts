import * as React from 'react';
import type { ApplicationsSummary } from '../../model/application/types';
import { adjustSummary, adjustTotal, hideDeleted } from '../../model/list/deletions';
import { type ChipCodes, DEFAULT_CHIP_CODES, listRequestParams, pageCount } from '../../model/list/listQuery';
import { ownChipCodes, statusCounts } from '../../model/list/statusCounts';
import { useApplicationList, useApplicationSummary, type ProjectRef } from '../../queries/applications';
import type { SummaryKind } from '../../components/list/SummaryFilters';
import { rememberContext } from '../../state/rememberedContext';
import { useDeletedApps } from './useDeletedApps';
import { useListView } from './useListView';

/** The codes with a status chip of their own; the same object while they stay the same. */
function useChipCodes(summary: ApplicationsSummary | undefined): ChipCodes {
  const health = summary ? ownChipCodes('health', summary.healthStatus).join(',') : '';
  const sync = summary ? ownChipCodes('sync', summary.syncStatus).join(',') : '';
  return React.useMemo(() => (health || sync ? { health: health.split(','), sync: sync.split(',') } : DEFAULT_CHIP_CODES), [health, sync]);
}

/**
 * The list of one project as the page shows it: the view kept in the URL, the list and summary
 * queries, the state the list area is in, a refresh that joins a fetch under way, and the search
 * box and filters. Applications deleted here lately are left out of the rows and the counts
 * while the server may still list them (`useDeletedApps`).
 */
export function useListing(workspace: string, project: ProjectRef) {
  const { cluster, namespace } = project;
  const { state, update } = useListView();
  const summary = useApplicationSummary(project);
  const chipCodes = useChipCodes(summary.data);
  const requestParams = React.useMemo(() => listRequestParams(state, chipCodes), [state, chipCodes]);
  const list = useApplicationList(project, requestParams);
  const listed = list.isSuccess;
  React.useEffect(() => {
    // Only a project that answered is worth returning to from the menu.
    if (listed) rememberContext(workspace, { cluster, namespace });
  }, [listed, workspace, cluster, namespace]);

  const { refetch: refetchList } = list;
  const { refetch: refetchSummary } = summary;
  const refresh = React.useCallback(() => {
    // Joining a fetch already under way keeps repeated clicks from piling up requests.
    void refetchList({ cancelRefetch: false });
    void refetchSummary({ cancelRefetch: false });
  }, [refetchList, refetchSummary]);
  const deletions = useDeletedApps(project, refresh);

  // Previous data belongs to another page or filter: after a failure it must not pass for this one.
  const data = list.data && !(list.isPreviousData && list.isError) ? list.data : undefined;
  const items = React.useMemo(() => hideDeleted(data?.items ?? [], deletions), [data, deletions]);
  const total = data ? adjustTotal(data.totalItems, data.items, list.dataUpdatedAt, deletions, { state, chipCodes }) : 0;
  const counts = React.useMemo(
    () => (summary.data ? statusCounts(adjustSummary(summary.data, summary.dataUpdatedAt, deletions)) : undefined),
    [summary.data, summary.dataUpdatedAt, deletions],
  );

  // Deleting the last rows of the last page leaves the page number past the end: step back.
  React.useEffect(() => {
    const last = pageCount(total, state.limit);
    if (data && items.length === 0 && total > 0 && state.page > last) update({ page: last }, { replace: true });
  }, [data, items.length, total, state.page, state.limit, update]);

  // The search box keeps what is being typed; the URL gets it once typing pauses (see SearchBox).
  const commitSearch = React.useCallback((name: string) => update({ name }, { replace: true }), [update]);
  const [searchResets, setSearchResets] = React.useState(0);
  const toggleSummary = (kind: SummaryKind, code: string) => update({ [kind]: state[kind] === code ? '' : code });
  const clearFilters = () => {
    // A new box: text typed but not yet searched for must not come back as a search.
    setSearchResets((n) => n + 1);
    update({ name: '', health: '', sync: '' });
  };

  const filtered = !!(state.name || state.health || state.sync);
  return {
    state,
    update,
    list,
    summary,
    /** Changes with the project and the request: a selection does not outlive it. */
    requestKey: `${cluster}/${namespace}/${JSON.stringify(requestParams)}`,
    data,
    items,
    total,
    /** The status chips' counts, each group adding up to the total. */
    counts,
    refresh,
    /** Hands a search to the URL. */
    commitSearch,
    /** Changes when the search box must forget what is typed in it. */
    searchResets,
    toggleSummary,
    clearFilters,
    /** Nothing to show: the list area is the explanation of the failure. */
    fullError: !data && list.isError,
    /** Rows are shown but the last refetch failed. */
    stale: !!data && list.isError,
    emptyProject: !!data && total === 0 && !filtered,
  };
}

export type Listing = ReturnType<typeof useListing>;
