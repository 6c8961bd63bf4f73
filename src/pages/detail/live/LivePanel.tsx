import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../../../components/theme';
import { errorKind } from '../../../model/errors/errorKind';
import { consoleResourcePath } from '../../../model/live/consoleLinks';
import { compareEvents, eventRows } from '../../../model/live/events';
import { objectRefOf } from '../../../model/live/kinds';
import { isWorkloadKind, type OwnedNode } from '../../../model/live/ownership';
import { podSummary } from '../../../model/live/podSummary';
import { type LiveTarget, targetKey } from '../../../model/live/treeLiveRows';
import type { ResourceEntry } from '../../../model/tree/resourceEntries';
import { t } from '../../../host';
import { ErrorNotice } from '../../../components/actions/ErrorNotice';
import { EventsTable } from '../../../components/live/EventsTable';
import { DriftView, LiveYaml } from '../../../components/live/LiveCode';
import { LiveSummary } from '../../../components/live/LiveSummary';
import { PodLogs } from '../../../components/live/logs/PodLogs';
import { type PanelTab, ResourcePanel } from '../../../components/live/ResourcePanel';
import { useLiveChildrenOf } from '../../../queries/liveChildren';
import { objectEventsRequest, podEventsRequest, useLiveLists, useLiveObject } from '../../../queries/live';

const Note = styled.p<{ $tone?: 'warning' }>`
  margin: 0;
  padding: 8px 0;
  font-size: 12px;
  color: ${(p) => (p.$tone === 'warning' ? colors.text.warning : colors.text.muted)};
`;

/** What the logs tab opens on: a container, and whether its previous run. */
export interface LogsChoice {
  container?: string;
  previous?: boolean;
}

export interface LivePanelProps {
  target: LiveTarget;
  /** The destination's KubeSphere cluster; undefined when it is not one this console reaches. */
  cluster: string | undefined;
  tab: PanelTab;
  onTab(tab: PanelTab, logs?: LogsChoice): void;
  onClose(): void;
  logs: LogsChoice;
  now: number;
  /** The object is one of the application's resources (Argo CD applied it), not one a controller made. */
  applied: boolean;
}

const WORKSPACE_LABEL = 'kubesphere.io/workspace';

function pods(nodes: readonly OwnedNode[]): OwnedNode[] {
  return nodes.flatMap((n) => (n.kind === 'Pod' ? [n] : pods(n.children)));
}

/**
 * The panel of one live object: it reads the object when opened, its events only on the Events
 * tab (with its pods' for a workload), and the namespace's workspace once for the console link.
 */
export function LivePanel({ target, cluster, tab, onTab, onClose, logs, now, applied }: LivePanelProps) {
  const ref = React.useMemo(() => {
    const r = objectRefOf(target);
    return r && r.version ? r : null;
  }, [target]);
  const object = useLiveObject(cluster, ref);
  const namespaceRef = React.useMemo(
    () => (target.namespace ? { group: '', version: 'v1', plural: 'namespaces', name: target.namespace } : null),
    [target.namespace],
  );
  const namespace = useLiveObject(cluster, namespaceRef, { poll: false });
  const workspace = (namespace.data?.metadata?.labels as Record<string, string> | undefined)?.[WORKSPACE_LABEL];
  const consoleHref = cluster && target.namespace ? consoleResourcePath({ cluster, namespace: target.namespace, workspace }, target) : null;

  const workload = isWorkloadKind(target.kind);
  const onEvents = tab === 'events';
  const asEntry = React.useMemo(() => ({ ...target, key: targetKey(target) }) as ResourceEntry, [target]);
  const childrenOf = useLiveChildrenOf(cluster, cluster !== undefined, onEvents && workload ? [asEntry] : []);
  const eventLists = useLiveLists(
    cluster,
    onEvents && target.namespace
      ? [objectEventsRequest(target.namespace, target.kind, target.name), ...(workload ? [podEventsRequest(target.namespace)] : [])]
      : [],
  );

  const pod = target.kind === 'Pod' && object.data ? podSummary(object.data) : undefined;
  const openLogs = (container: string, previous: boolean) => onTab('logs', { container, previous });

  let blocked: React.ReactNode = null;
  if (cluster === undefined) blocked = <Note $tone="warning">{t('GITOPS_LIVE_UNKNOWN_CLUSTER')}</Note>;
  else if (!ref) blocked = <Note>{t('GITOPS_LIVE_NO_API', { kind: target.kind })}</Note>;
  else if (object.isError) {
    const kind = errorKind(object.error);
    if (kind === 'forbidden') blocked = <Note $tone="warning">{t('GITOPS_LIVE_NO_ACCESS', { namespace: target.namespace, cluster })}</Note>;
    else if (kind === 'notFound') blocked = <Note>{t('GITOPS_LIVE_NOT_IN_CLUSTER')}</Note>;
    else blocked = <ErrorNotice error={object.error} />;
  } else if (!object.data) blocked = <Note role="status">{t('GITOPS_LIVE_LOADING')}</Note>;

  const renderEvents = () => {
    const failed = eventLists.find((q) => q.isError);
    if (failed) {
      return errorKind(failed.error) === 'forbidden' ? (
        <Note $tone="warning">{t('GITOPS_LIVE_NO_ACCESS', { namespace: target.namespace, cluster: cluster ?? '' })}</Note>
      ) : (
        <ErrorNotice error={failed.error} />
      );
    }
    if (eventLists.some((q) => !q.data)) return <Note role="status">{t('GITOPS_LIVE_LOADING')}</Note>;
    const own = eventRows(eventLists[0].data);
    const children = childrenOf(asEntry);
    const podNames = new Set(children?.state === 'ready' ? pods(children.nodes).map((p) => p.name) : []);
    const podEvents = workload ? eventRows(eventLists[1]?.data).filter((e) => podNames.has(e.object.name)) : [];
    const rows = [...own, ...podEvents].sort(compareEvents);
    return <EventsTable events={rows} now={now} showObject={workload} caption={t('GITOPS_LIVE_EVENTS_OF', { name: target.name })} />;
  };

  const id = `${cluster ?? ''}/${targetKey(target)}`;
  const tabs: Array<{ id: PanelTab; render(): React.ReactNode }> = [
    { id: 'summary', render: () => <LiveSummary kind={target.kind} object={object.data} pod={pod} onLogs={pod ? openLogs : undefined} /> },
    { id: 'events', render: renderEvents },
    { id: 'yaml', render: () => <LiveYaml object={object.data} id={id} /> },
  ];
  // What controllers made (a Deployment's pods) was never applied: there is nothing to compare.
  if (applied) {
    tabs.push({ id: 'drift', render: () => <DriftView object={object.data} id={id} /> });
  }
  if (pod && cluster) {
    const containers = pod.containers
      .filter((c) => !c.init)
      .map((c) => ({ name: c.name, restartCount: c.restartCount, lastTerminated: c.lastTerminated }));
    tabs.push({
      id: 'logs',
      render: () => (
        <PodLogs
          key={`${logs.container ?? ''}:${logs.previous ? 1 : 0}`}
          cluster={cluster}
          namespace={target.namespace}
          pod={{ name: target.name, containers }}
          initialContainer={logs.container}
          initialPrevious={logs.previous}
        />
      ),
    });
  }
  const shownTab = tabs.some((x) => x.id === tab) ? tab : 'summary';

  return (
    <ResourcePanel
      target={target}
      cluster={cluster ?? ''}
      consoleHref={consoleHref}
      tab={shownTab}
      onTab={(next) => onTab(next)}
      onClose={onClose}
      tabs={tabs}
      blocked={blocked}
    />
  );
}
