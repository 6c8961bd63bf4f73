import * as React from 'react';
import styled from 'styled-components';
import { Button } from '@kubed/components';
import { Trash } from '@kubed/icons';
import { type Application, isOperationInProgress, type ParsedArgoStatus } from '../../model';
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
  background: #fff;
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
`;

export interface DetailHeaderProps {
  app: Application;
  parsed: ParsedArgoStatus;
  refresh: RefreshControl;
  onSync(): void;
  onDelete(): void;
}

/** Health, sync, whether an operation runs, and the actions on the application. */
export function DetailHeader({ app, parsed, refresh, onSync, onDelete }: DetailHeaderProps) {
  const running = isOperationInProgress(app, parsed);
  const deleting = Boolean(app.metadata.deletionTimestamp);
  return (
    <Bar className="gitops-detail-header">
      <Badges aria-label={t('GITOPS_STATUS')} role="group">
        <HealthBadge app={app} parsed={parsed} />
        <SyncBadge app={app} parsed={parsed} />
        {running ? <StatusBadge severity="info" icon="Refresh" label={t('GITOPS_OPERATION_IN_PROGRESS')} /> : null}
        {deleting ? <StatusBadge severity="warning" icon="Warning" label={t('GITOPS_DELETING')} /> : null}
      </Badges>
      <Actions>
        <Button color="secondary" shadow disabled={deleting} onClick={onSync}>
          {t('GITOPS_SYNC')}
        </Button>
        <RefreshButtons control={refresh} disabled={deleting} />
        <Button variant="outline" color="error" leftIcon={<Trash size={16} aria-hidden />} disabled={deleting} onClick={onDelete}>
          {t('GITOPS_DELETE')}
        </Button>
      </Actions>
    </Bar>
  );
}
