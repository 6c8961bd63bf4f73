import * as React from 'react';
import { useSearchParams } from 'react-router-dom';
import { type ListState, parseListState, serializeListState, updateListState } from '../../model/list/listQuery';

/** The URL parameters that belong to the list view; any other parameter (`create` …) is kept. */
const LIST_KEYS = ['name', 'health', 'sync', 'sortBy', 'ascending', 'page', 'limit'];

export interface ListView {
  state: ListState;
  /**
   * Changes the view. Filters, sort and page size add a history entry so Back undoes them;
   * `replace` is for changes that should not (typing in the search box, correcting a page).
   */
  update: (change: Partial<ListState>, options?: { replace?: boolean }) => void;
}

export function mergeListParams(current: URLSearchParams, state: ListState): URLSearchParams {
  const next = new URLSearchParams();
  current.forEach((value, key) => {
    if (!LIST_KEYS.includes(key)) next.append(key, value);
  });
  serializeListState(state).forEach((value, key) => next.set(key, value));
  return next;
}

/** The list view as kept in the URL, so a copied link opens the same filtered page. */
export function useListView(): ListView {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Parse once per distinct URL, so the state object (and the query key built from it) is stable.
  const state = React.useMemo(() => parseListState(new URLSearchParams(key)), [key]);
  const update = React.useCallback(
    (change: Partial<ListState>, options?: { replace?: boolean }) => {
      setParams((prev) => mergeListParams(prev, updateListState(parseListState(prev), change)), { replace: options?.replace });
    },
    [setParams],
  );
  return { state, update };
}
