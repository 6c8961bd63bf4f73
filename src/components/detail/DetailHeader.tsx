import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { linkButtonCss } from '../common/linkButton';
import { Button } from '@kubed/components';
import { Pen, Trash } from '@kubed/icons';
import { Link } from 'react-router-dom';
import type { ApplicationPermissions } from '../../model/application/permissions';
import { type Application, isNameTooLongToMirror, isOperationInProgress, type ParsedArgoStatus } from '../../model';
import { t } from '../../host';
import { RefreshButtons } from '../actions/RefreshButtons';
import type { RefreshControl } from '../actions/useRefreshApplication';
import { HealthBadge, SyncBadge } from '../status/AppBadges';
import { StatusBadge } from '../status/StatusBadge';

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 16px;
  background: ${colors.surface.default};
  border-radius: 4px;
  padding: 12px 20px;
  margin-bottom: 12px;
`;

const Badges = styled.div`
  display: flex;
  align-items: center;
  gap: 16px;
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  margin-left: auto;
  .gitops-edit-link {
    ${linkButtonCss}
  }
`;

export interface DetailHeaderProps {
  app: Application;
  parsed: ParsedArgoStatus;
  refresh: RefreshControl;
  /** Undefined while unknown: no action is offered until the user's rights are known. */
  permissions?: ApplicationPermissions;
  editTo: string;
  onSync(): void;
  onDelete(): void;
}

const ViewOnly = styled.p`
  margin: 0 0 0 auto;
  font-size: 12px;
  color: ${colors.text.muted};
`;

/** Health, sync, whether an operation runs, and the actions on the application. */
export function DetailHeader({ app, parsed, refresh, permissions, editTo, onSync, onDelete }: DetailHeaderProps) {
  const running = isOperationInProgress(app, parsed);
  const deleting = Boolean(app.metadata.deletionTimestamp);
  // Without its Argo CD application a sync would be accepted and never run, and then block every
  // later sync as "another operation is already in progress": not offered.
  const neverMirrored = isNameTooLongToMirror(app, parsed);
  return (
    <Bar className="gitops-detail-header">
      <Badges aria-label={t('GITOPS_STATUS')} role="group">
        <HealthBadge app={app} parsed={parsed} />
        <SyncBadge app={app} parsed={parsed} />
        {running ? <StatusBadge severity="info" icon="Refresh" label={t('GITOPS_OPERATION_IN_PROGRESS')} /> : null}
        {deleting ? <StatusBadge severity="warning" icon="Warning" label={t('GITOPS_DELETING')} /> : null}
      </Badges>
      {deleting ? (
        // Every action would fail or be undone with the app (a second cascade delete gets 422):
        // none is offered, and the reason is plain text, read in order and reachable by keyboard.
        <ViewOnly className="gitops-detail-no-actions">{t('GITOPS_DELETING_NO_ACTIONS')}</ViewOnly>
      ) : permissions && !permissions.sync && !permissions.edit && !permissions.delete ? (
        <ViewOnly>{t('GITOPS_DETAIL_VIEW_ONLY')}</ViewOnly>
      ) : (
        <Actions>
          {neverMirrored && (permissions?.sync || permissions?.edit) ? (
            <ViewOnly as="span">{t('GITOPS_NEVER_MIRRORED_NO_SYNC')}</ViewOnly>
          ) : null}
          {permissions?.sync && !neverMirrored ? (
            <Button color="secondary" shadow onClick={onSync}>
              {t('GITOPS_SYNC')}
            </Button>
          ) : null}
          {permissions?.edit && !neverMirrored ? <RefreshButtons control={refresh} /> : null}
          {permissions?.edit ? (
            <Link className="gitops-edit-link" to={editTo}>
              <Pen size={16} aria-hidden />
              {t('GITOPS_EDIT')}
            </Link>
          ) : null}
          {permissions?.delete ? (
            <Button variant="outline" color="error" leftIcon={<Trash size={16} aria-hidden />} onClick={onDelete}>
              {t('GITOPS_DELETE')}
            </Button>
          ) : null}
        </Actions>
      )}
    </Bar>
  );
}
