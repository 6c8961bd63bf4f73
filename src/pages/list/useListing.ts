import * as React from 'react';
import { listRequestParams, pageCount } from '../../model/list/listQuery';
import { useApplicationList, useApplicationSummary, type ProjectRef } from '../../queries/applications';
import type { SummaryKind } from '../../components/list/SummaryFilters';
import { rememberContext } from '../../state/rememberedContext';
import { useDebouncedSearch, useListView } from './useListView';

/**
 * The list of one project as the page shows it: the view kept in the URL, the list and summary
 * queries, the state the list area is in, a refresh that joins a fetch under way, and the search
 * box and filters.
 */
export function useListing(workspace: string, project: ProjectRef) {
  const { cluster, namespace } = project;
  const { state, update } = useListView();
  const requestParams = React.useMemo(() => listRequestParams(state), [state]);
  const list = useApplicationList(project, requestParams);
  const summary = useApplicationSummary(project);
  const listed = list.isSuccess;
  React.useEffect(() => {
    // Only a project that answered is worth returning to from the menu.
    if (listed) rememberContext(workspace, { cluster, namespace });
  }, [listed, workspace, cluster, namespace]);

  // Previous data belongs to another page or filter: after a failure it must not pass for this one.
  const data = list.data && !(list.isPreviousData && list.isError) ? list.data : undefined;
  const items = React.useMemo(() => data?.items ?? [], [data]);
  const total = data?.totalItems ?? 0;

  // Deleting the last rows of the last page leaves the page number past the end: step back.
  React.useEffect(() => {
    if (data && data.items.length === 0 && data.totalItems > 0 && state.page > 1) {
      update({ page: pageCount(data.totalItems, state.limit) }, { replace: true });
    }
  }, [data, state.page, state.limit, update]);

  const { refetch: refetchList } = list;
  const { refetch: refetchSummary } = summary;
  const refresh = React.useCallback(() => {
    // Joining a fetch already under way keeps repeated clicks from piling up requests.
    void refetchList({ cancelRefetch: false });
    void refetchSummary({ cancelRefetch: false });
  }, [refetchList, refetchSummary]);

  const commitSearch = React.useCallback((name: string) => update({ name }, { replace: true }), [update]);
  const [search, setSearch] = useDebouncedSearch(state.name, commitSearch);
  const toggleSummary = (kind: SummaryKind, code: string) => update({ [kind]: state[kind] === code ? '' : code });
  const clearFilters = () => {
    setSearch('');
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
    refresh,
    search,
    setSearch,
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
