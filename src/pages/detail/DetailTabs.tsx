import * as React from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Application, ParsedArgoStatus, ResourceTree as Tree } from '../../model';
import type { ApplicationPermissions } from '../../model/application/permissions';
import { t } from '../../host';
import { ConditionsPanel } from '../../components/detail/ConditionsPanel';
import { HistoryTab } from '../../components/detail/HistoryTable';
import { OperationPanel } from '../../components/detail/OperationPanel';
import { StatusNotice } from '../../components/detail/StatusNotice';
import { SummaryPanel } from '../../components/detail/SummaryPanel';
import { SyncResultTable } from '../../components/detail/SyncResultTable';
import { Tabs } from '../../components/detail/Tabs';
import type { ProjectRef } from '../../queries/applications';
import { DiagnosticsSection } from './DiagnosticsSection';
import { ResourcesTab } from './ResourcesTab';
import type { DiagnosticActions } from './useDiagnosticActions';

export const TAB_IDS = ['overview', 'resources', 'sync', 'history'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface DetailTabsProps {
  project: ProjectRef;
  app: Application;
  parsed: ParsedArgoStatus;
  tree: Tree;
  now: number;
  actions: DiagnosticActions;
  /** What the user may do, as the header reads it; undefined while unknown. */
  permissions?: ApplicationPermissions;
  /** The create page, for a diagnostic that asks to create the application again. */
  createTo: string;
  /** Leave out where no sync may be offered (a terminating app). */
  onSyncResources?(keys: string[]): void;
}

/** Overview, Resources, Sync status and History; the open tab is kept in the URL (`?tab=`). */
export function DetailTabs({ project, app, parsed, tree, now, actions, permissions, createTo, onSyncResources }: DetailTabsProps) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const selected: TabId = (TAB_IDS as readonly string[]).includes(requested ?? '') ? (requested as TabId) : 'overview';
  const select = (id: string) => {
    const next = new URLSearchParams(params);
    if (id === 'overview') next.delete('tab');
    else next.set('tab', id);
    setParams(next, { replace: true });
  };
  const status = parsed.status;
  const repoURL = app.spec?.argoApp?.spec?.source?.repoURL ?? '';

  const items = [
    {
      id: 'overview',
      label: t('GITOPS_TAB_OVERVIEW'),
      render: () => (
        <>
          <StatusNotice app={app} parsed={parsed} />
          <DiagnosticsSection
            project={project}
            app={app}
            parsed={parsed}
            now={now}
            actions={actions}
            permissions={permissions}
            createTo={createTo}
            resources={tree.resources}
          />
          <SummaryPanel app={app} parsed={parsed} />
          <ConditionsPanel conditions={status?.conditions ?? []} />
        </>
      ),
    },
    {
      id: 'resources',
      label: t('GITOPS_TAB_RESOURCES'),
      render: () => <ResourcesTab project={project} app={app} tree={tree} now={now} onSyncResources={onSyncResources} />,
    },
    {
      id: 'sync',
      label: t('GITOPS_TAB_SYNC_STATUS'),
      render: () => (
        <>
          <OperationPanel app={app} parsed={parsed} now={now} />
          <SyncResultTable results={status?.operationState?.syncResult?.resources ?? []} />
        </>
      ),
    },
    {
      id: 'history',
      label: t('GITOPS_TAB_HISTORY'),
      render: () => <HistoryTab project={project} app={app} parsed={parsed} permissions={permissions} repoURL={repoURL} />,
    },
  ];

  return <Tabs items={items} selected={selected} onSelect={select} label={t('GITOPS_DETAIL_TABS')} />;
}
