import * as React from 'react';
import type { ProjectRef } from '../../queries/applications';
import type { ListActionKind } from '../../components/list/actions';
import type { RowActions } from '../../components/list/RowActionsCell';
import { t } from '../../host';
import { createPath, detailPath, editPath } from '../paths';
import { useListPermissions } from './usePermissions';

/**
 * What this user may do on the list, and where its links lead. `denied` holds the actions the
 * server refused with 403 on this page: they stay shown, disabled, with the reason.
 */
export function useListAccess(workspace: string, project: ProjectRef, denied: Partial<Record<ListActionKind, boolean>>) {
  const { cluster, namespace } = project;
  const can = useListPermissions(project).data;
  const rowActions = React.useMemo<RowActions>(
    () => ({
      sync: can?.sync ? (denied.sync ? { disabledReason: t('GITOPS_LIST_DENIED_SYNC') } : {}) : undefined,
      delete: can?.delete ? (denied.delete ? { disabledReason: t('GITOPS_LIST_DENIED_DELETE') } : {}) : undefined,
    }),
    [can?.sync, can?.delete, denied.sync, denied.delete],
  );
  const detailTo = React.useCallback((name: string) => detailPath(workspace, cluster, namespace, name), [workspace, cluster, namespace]);
  const editTo = React.useCallback((name: string) => editPath(workspace, cluster, namespace, name), [workspace, cluster, namespace]);
  return {
    rowActions,
    /** Row selection is offered only when some bulk action is. */
    selectable: !!(rowActions.sync || rowActions.delete),
    createTo: can?.create ? createPath(workspace, cluster, namespace) : undefined,
    // Only for those who may view at all: a user without access is told that instead.
    viewOnly: !!can && can.view && !can.create && !can.sync && !can.delete,
    detailTo,
    editTo: can?.edit ? editTo : undefined,
  };
}

export type ListAccess = ReturnType<typeof useListAccess>;
