import * as React from 'react';
import { AppTable } from '../../components/list/AppTable';
import { BulkBar } from '../../components/list/BulkBar';
import { actionErrorText } from '../../components/common/errorText';
import { ListToolbar } from '../../components/list/ListToolbar';
import { EmptyProject, ListSkeleton, LoadError, NoMatches } from '../../components/list/ListStates';
import { Pager } from '../../components/list/Pager';
import { Card } from '../../components/list/styles';
import { t } from '../../host';
import type { ProjectRef } from '../../queries/applications';
import type { AppActions } from './useAppActions';
import type { ListAccess } from './useListAccess';
import type { Listing } from './useListing';
import type { Selection } from './useSelection';

export interface AppsCardProps {
  listing: Listing;
  access: ListAccess;
  selection: Selection;
  actions: AppActions;
  /** A row's own Sync and Delete open these. */
  rowDialogs: { openSync: (name: string) => void; openDelete: (name: string) => void };
  project: ProjectRef;
  /** The context page, where another cluster or project can be picked. */
  contextTo: string;
}

/** The rows, or what stands in their place: the failure, grey bars, an empty project, no matches. */
function ListBody({ listing, access, selection, rowDialogs, project, contextTo }: Omit<AppsCardProps, 'actions'>) {
  const { state, list, data, total } = listing;
  if (listing.fullError) {
    return (
      <LoadError
        error={list.error}
        cluster={project.cluster}
        namespace={project.namespace}
        onRetry={listing.refresh}
        contextTo={contextTo}
      />
    );
  }
  if (!data) return <ListSkeleton rows={Math.min(state.limit, 10)} />;
  if (listing.emptyProject) return <EmptyProject createTo={access.createTo} />;
  if (total === 0) return <NoMatches onClear={listing.clearFilters} />;
  return (
    <AppTable
      apps={listing.items}
      now={list.dataUpdatedAt}
      detailTo={access.detailTo}
      editTo={access.editTo}
      selectable={access.selectable}
      selected={selection.selected}
      onSelect={selection.toggle}
      onSelectAll={selection.selectAll}
      actions={access.rowActions}
      onSync={rowDialogs.openSync}
      onDelete={rowDialogs.openDelete}
      sort={{ by: state.sortBy, ascending: state.ascending }}
      busy={list.isPreviousData && list.isFetching}
    />
  );
}

/** The applications card: toolbar, bulk actions, the rows and the pager. */
export function AppsCard(props: AppsCardProps) {
  const { listing, access, selection, actions } = props;
  const { state, update, list, data } = listing;
  const runSelected = (kind: 'sync' | 'delete') => actions.request(kind, selection.names);
  return (
    <Card aria-label={t('GITOPS_LIST_APPS_REGION')}>
      {listing.fullError ? null : (
        <ListToolbar
          search={state.name}
          onSearch={listing.commitSearch}
          searchResetKey={listing.searchResets}
          sortBy={state.sortBy}
          ascending={state.ascending}
          onSort={(sort) => update(sort)}
          updatedAt={data ? list.dataUpdatedAt : 0}
          refreshing={list.isFetching}
          onRefresh={listing.refresh}
          staleReason={listing.stale ? actionErrorText(list.error) : undefined}
          createTo={listing.emptyProject ? undefined : access.createTo}
        />
      )}
      {access.selectable ? (
        <BulkBar
          count={selection.names.length}
          sync={access.rowActions.sync}
          delete={access.rowActions.delete}
          busy={!!actions.progress}
          onSync={() => runSelected('sync')}
          onDelete={() => runSelected('delete')}
          onClear={selection.clear}
        />
      ) : null}
      <ListBody {...props} />
      {data && listing.total > 0 ? (
        <Pager
          total={listing.total}
          page={state.page}
          limit={state.limit}
          onPage={(page) => update({ page })}
          onLimit={(limit) => update({ limit })}
        />
      ) : null}
    </Card>
  );
}
