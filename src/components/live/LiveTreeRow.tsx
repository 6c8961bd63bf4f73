import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { LiveRowData } from '../../model/live/treeLiveRows';
import { podSummary } from '../../model/live/podSummary';
import type { OwnedNode } from '../../model/live/ownership';
import { t } from '../../host';
import { formatAgo, formatDateTime, toMillis } from '../common/localeFormat';
import type { VisibleRow } from '../../model';
import { Cells, Muted, Name, RowToggle } from '../tree/TreeRow';
import { PodStatus } from './PodStatus';

const LiveCells = styled(Cells)`
  font-size: 12px;
  color: ${colors.text.secondary};
`;

const Note = styled.span<{ $tone?: 'warning' | 'danger' }>`
  font-size: 12px;
  color: ${(p) => (p.$tone === 'danger' ? colors.text.danger : p.$tone === 'warning' ? colors.text.warning : colors.text.muted)};
  overflow: hidden;
  text-overflow: ellipsis;
`;

function Age({ since, now }: { since: string | undefined; now: number }) {
  const ms = toMillis(since);
  if (ms === null) return null;
  return <span title={formatDateTime(ms) ?? undefined}>{formatAgo(ms, now) ?? t('GITOPS_LIVE_JUST_NOW')}</span>;
}

function PodCells({ node, now }: { node: OwnedNode; now: number }) {
  const pod = podSummary(node.object);
  return (
    <>
      <Muted>{t('GITOPS_LIVE_KIND_POD')}</Muted>
      <LiveCells>
        <PodStatus pod={pod} />
        <span>{t('GITOPS_LIVE_POD_READY', { ready: pod.ready })}</span>
        <span>{t(pod.restarts === 1 ? 'GITOPS_LIVE_POD_RESTART_ONE' : 'GITOPS_LIVE_POD_RESTARTS', { count: pod.restarts })}</span>
        <Age since={pod.createdAt} now={now} />
        {pod.node ? <span>{t('GITOPS_LIVE_POD_NODE', { node: pod.node })}</span> : null}
      </LiveCells>
    </>
  );
}

function OwnerCells({ node, now }: { node: OwnedNode; now: number }) {
  const created = (node.object as { metadata?: { creationTimestamp?: string } } | null)?.metadata?.creationTimestamp;
  return (
    <>
      <Muted>{node.kind === 'ReplicaSet' ? t('GITOPS_LIVE_KIND_REPLICASET') : t('GITOPS_LIVE_KIND_JOB')}</Muted>
      <LiveCells>
        {node.revision ? <span>{t('GITOPS_LIVE_RS_REVISION', { revision: node.revision })}</span> : null}
        {node.replicas !== undefined ? <span>{t('GITOPS_LIVE_RS_REPLICAS', { count: node.replicas })}</span> : null}
        {node.inactive ? <span>{t('GITOPS_LIVE_RS_OLD')}</span> : null}
        <Age since={created} now={now} />
      </LiveCells>
    </>
  );
}

/** Why an open workload shows no children: the page's words for each state. */
export function liveStateText(data: Extract<LiveRowData, { type: 'state' }>, place: { namespace: string; cluster: string }): string {
  const c = data.children;
  if (c.state === 'loading') return t('GITOPS_LIVE_LOADING');
  if (c.state === 'forbidden') return t('GITOPS_LIVE_NO_ACCESS', place);
  if (c.state === 'missing') return t('GITOPS_LIVE_MISSING');
  if (c.state === 'unknown-cluster') return t('GITOPS_LIVE_UNKNOWN_CLUSTER');
  return t('GITOPS_LIVE_ERROR', { message: c.message });
}

export interface LiveTreeRowProps {
  row: VisibleRow;
  live: LiveRowData;
  now: number;
  /** The cluster the workload runs in, for "no access to {namespace} on {cluster}". */
  cluster: string;
}

/** A row the cluster contributed to the tree: a ReplicaSet, Job or Pod, or why there is none. */
export function LiveTreeRow({ row, live, now, cluster }: LiveTreeRowProps) {
  if (live.type === 'empty')
    return (
      <>
        <RowToggle row={row} />
        <Note>{t('GITOPS_LIVE_NO_PODS')}</Note>
      </>
    );
  if (live.type === 'state') {
    const tone = live.children.state === 'error' ? 'danger' : live.children.state === 'loading' ? undefined : 'warning';
    return (
      <>
        <RowToggle row={row} />
        <Note $tone={tone}>{liveStateText(live, { cluster, namespace: live.workload.namespace })}</Note>
      </>
    );
  }
  const { node } = live;
  return (
    <>
      <RowToggle row={row} />
      <Name title={node.name} $inactive={node.inactive}>
        {node.name}
      </Name>
      {node.kind === 'Pod' ? <PodCells node={node} now={now} /> : <OwnerCells node={node} now={now} />}
    </>
  );
}
