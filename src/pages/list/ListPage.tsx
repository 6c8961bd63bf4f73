import * as React from 'react';
import { useParams } from 'react-router-dom';
import styled from 'styled-components';
import { listRequestParams, pageCount } from '../../model/list/listQuery';
import { useApplicationList, useApplicationSummary } from '../../queries/applications';
import { PageFrame } from '../../components/layout/PageFrame';
import { ActionConfirmDialog } from '../../components/list/ActionConfirmDialog';
import { ActionResults } from '../../components/list/ActionResults';
import { AppTable } from '../../components/list/AppTable';
import type { RowActions } from '../../components/list/AppRow';
import { BulkBar } from '../../components/list/BulkBar';
import { ContextBar } from '../../components/list/ContextBar';
import { actionErrorText } from '../../components/list/errorText';
import { ListToolbar } from '../../components/list/ListToolbar';
import { EmptyProject, ListSkeleton, LoadError, NoMatches, RefetchProblem } from '../../components/list/ListStates';
import { Pager } from '../../components/list/Pager';
import { Card, Muted } from '../../components/list/styles';
import { SummaryFilters, type SummaryKind } from '../../components/list/SummaryFilters';
import { t } from '../../host';
import { createPath, detailPath, editPath, pickContextPath } from '../paths';
import { rememberContext } from '../../state/rememberedContext';
import { useAppActions } from './useAppActions';
import { useDebouncedSearch, useListView } from './useListView';
import { useListPermissions } from './usePermissions';
import { useRowDialogs } from './useRowDialogs';

const Note = styled(Muted)`
  display: block;
  margin-bottom: 12px;
`;

function useSelection(resetWhen: unknown) {
  const [selected, setSelected] = React.useState<ReadonlySet<string>>(() => new Set());
  // A selection means "these rows I am looking at": a new page or filter starts afresh.
  React.useEffect(() => setSelected(new Set()), [resetWhen]);
  const toggle = React.useCallback((name: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  }, []);
  return { selected, setSelected, toggle };
}

export function ListPage() {
  const { workspace = '', cluster = '', namespace = '' } = useParams();
  const project = React.useMemo(() => ({ cluster, namespace }), [cluster, namespace]);
  const { state, update } = useListView();
  const requestParams = React.useMemo(() => listRequestParams(state), [state]);
  const list = useApplicationList(project, requestParams);
  const listed = list.isSuccess;
  React.useEffect(() => {
    // Only a project that answered is worth returning to from the menu.
    if (listed) rememberContext(workspace, { cluster, namespace });
  }, [listed, workspace, cluster, namespace]);
  const summary = useApplicationSummary(project);
  const permissions = useListPermissions(project);
  const actions = useAppActions(project);
  const { selected, setSelected, toggle } = useSelection(`${cluster}/${namespace}/${JSON.stringify(requestParams)}`);

  const commitSearch = React.useCallback((name: string) => update({ name }, { replace: true }), [update]);
  const [search, setSearch] = useDebouncedSearch(state.name, commitSearch);

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

  const can = permissions.data;
  const rowActions = React.useMemo<RowActions>(
    () => ({
      sync: can?.sync ? (actions.denied.sync ? { disabledReason: t('GITOPS_LIST_DENIED_SYNC') } : {}) : undefined,
      delete: can?.delete ? (actions.denied.delete ? { disabledReason: t('GITOPS_LIST_DENIED_DELETE') } : {}) : undefined,
    }),
    [can?.sync, can?.delete, actions.denied.sync, actions.denied.delete],
  );
  const selectable = !!(rowActions.sync || rowActions.delete);
  const createTo = can?.create ? createPath(workspace, cluster, namespace) : undefined;
  const viewOnly = can && !can.create && !can.sync && !can.delete;

  const detailTo = React.useCallback((name: string) => detailPath(workspace, cluster, namespace, name), [workspace, cluster, namespace]);
  const canEdit = !!can?.edit;
  const editTo = React.useCallback((name: string) => editPath(workspace, cluster, namespace, name), [workspace, cluster, namespace]);
  const { request } = actions;
  // The confirmation keeps its text while it animates closed.
  const lastPending = React.useRef(actions.pending);
  if (actions.pending) lastPending.current = actions.pending;
  const rowDialogs = useRowDialogs(project, items, actions.record, actions.failed);
  const onSelectAll = React.useCallback(
    (all: boolean) => setSelected(all ? new Set(items.map((app) => app.metadata?.name ?? '')) : new Set()),
    [items, setSelected],
  );
  const onSummary = (kind: SummaryKind, code: string) => update({ [kind]: state[kind] === code ? '' : code });
  const clearFilters = () => {
    setSearch('');
    update({ name: '', health: '', sync: '' });
  };
  const selectedNames = items.map((app) => app.metadata?.name ?? '').filter((name) => selected.has(name));
  const runSelected = (kind: 'sync' | 'delete') => request(kind, selectedNames);
  const confirmAction = (options: { cascade: boolean }) => {
    setSelected(new Set());
    actions.confirm(options);
  };

  const fullError = !data && list.isError;
  const filtered = !!(state.name || state.health || state.sync);
  const emptyProject = !!data && total === 0 && !filtered;

  let body: React.ReactNode;
  if (fullError) {
    body = <LoadError error={list.error} cluster={cluster} namespace={namespace} onRetry={refresh} contextTo={pickContextPath(workspace)} />;
  } else if (!data) {
    body = <ListSkeleton rows={Math.min(state.limit, 10)} />;
  } else if (emptyProject) {
    body = <EmptyProject createTo={createTo} />;
  } else if (total === 0) {
    body = <NoMatches onClear={clearFilters} />;
  } else {
    body = (
      <AppTable
        apps={items}
        now={list.dataUpdatedAt}
        detailTo={detailTo}
        editTo={canEdit ? editTo : undefined}
        selectable={selectable}
        selected={selected}
        onSelect={toggle}
        onSelectAll={onSelectAll}
        actions={rowActions}
        onSync={rowDialogs.openSync}
        onDelete={rowDialogs.openDelete}
        sortedByName={state.sortBy === 'name' ? (state.ascending ? 'ascending' : 'descending') : undefined}
        busy={list.isPreviousData && list.isFetching}
      />
    );
  }

  return (
    <PageFrame
      title={t('GITOPS_APPLICATIONS')}
      description={t('GITOPS_LIST_DESC')}
      navigation={<ContextBar cluster={cluster} namespace={namespace} changeTo={pickContextPath(workspace)} />}
    >
      {viewOnly ? <Note className="gitops-view-only">{t('GITOPS_LIST_VIEW_ONLY')}</Note> : null}
      {rowActions.sync?.disabledReason ? <Note className="gitops-denied">{rowActions.sync.disabledReason}</Note> : null}
      {rowActions.delete?.disabledReason ? <Note className="gitops-denied">{rowActions.delete.disabledReason}</Note> : null}
      {data && list.isError ? <RefetchProblem error={list.error} onRetry={refresh} /> : null}
      <ActionResults progress={actions.progress} report={actions.report} onDismiss={actions.dismiss} />
      {fullError ? null : (
        <SummaryFilters
          summary={summary.data}
          failed={!summary.data && summary.isError}
          health={state.health}
          sync={state.sync}
          onToggle={onSummary}
        />
      )}
      <Card aria-label={t('GITOPS_LIST_APPS_REGION')}>
        {fullError ? null : (
          <ListToolbar
            search={search}
            onSearch={setSearch}
            sortBy={state.sortBy}
            ascending={state.ascending}
            onSort={(sort) => update(sort)}
            updatedAt={data ? list.dataUpdatedAt : 0}
            refreshing={list.isFetching}
            onRefresh={refresh}
            staleReason={data && list.isError ? actionErrorText(list.error) : undefined}
            createTo={emptyProject ? undefined : createTo}
          />
        )}
        {selectable ? (
          <BulkBar
            count={selectedNames.length}
            sync={rowActions.sync}
            delete={rowActions.delete}
            busy={!!actions.progress}
            onSync={() => runSelected('sync')}
            onDelete={() => runSelected('delete')}
            onClear={() => setSelected(new Set())}
          />
        ) : null}
        {body}
        {data && total > 0 ? (
          <Pager
            total={total}
            page={state.page}
            limit={state.limit}
            onPage={(page) => update({ page })}
            onLimit={(limit) => update({ limit })}
          />
        ) : null}
      </Card>
      <ActionConfirmDialog
        open={!!actions.pending}
        kind={lastPending.current?.kind ?? 'sync'}
        names={lastPending.current?.names ?? []}
        onConfirm={confirmAction}
        onCancel={actions.cancel}
      />
      {rowDialogs.dialogs}
    </PageFrame>
  );
}
