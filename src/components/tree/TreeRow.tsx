import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { ChevronDown, ChevronRight } from '@kubed/icons';
import type { TreeNode, VisibleRow } from '../../model';
import { t } from '../../host';
import { HealthCode, ResultCode, SyncCode } from '../status/CodeBadges';
import { TOGGLE_ATTRIBUTE } from './TreeView';

const Toggle = styled.span`
  display: inline-flex;
  cursor: pointer;
  width: 20px;
  flex: none;
  justify-content: center;
`;

/** A row's name, cut with an ellipsis (the tooltip keeps it whole). */
export const Name = styled.span<{ $inactive?: boolean }>`
  font-weight: 600;
  color: ${(p) => (p.$inactive ? colors.text.muted : colors.text.primary)};
  overflow: hidden;
  text-overflow: ellipsis;
  min-width: 40px;
  flex: 0 1 auto;
`;

/** A row's type word. */
export const Muted = styled.span`
  color: ${colors.text.muted};
  font-size: 12px;
  margin-left: 8px;
  flex: none;
`;

/** A row's status cells. */
export const Cells = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 12px;
  margin-left: 12px;
  flex: none;
`;

const Marker = styled.span`
  font-size: 12px;
  line-height: 18px;
  padding: 0 6px;
  border-radius: 2px;
  background: ${colors.surface.muted};
  color: ${colors.text.secondary};
`;

const Message = styled.span`
  color: ${colors.text.muted};
  font-size: 12px;
  margin-left: 12px;
  overflow: hidden;
  text-overflow: ellipsis;
  flex: 1 1 0;
  min-width: 0;
`;

function groupLabel(node: TreeNode): string {
  if (node.type === 'namespace') return node.label === '' ? t('GITOPS_TREE_CLUSTER_SCOPED') : node.label;
  return node.label;
}

function typeWord(node: TreeNode): string {
  if (node.type === 'application') return t('GITOPS_TREE_TYPE_APPLICATION');
  if (node.type === 'namespace') return node.label === '' ? '' : t('GITOPS_TREE_TYPE_NAMESPACE');
  return node.group ? node.group : '';
}

function GroupCells({ node }: { node: TreeNode }) {
  return (
    <Cells>
      <Muted>{t(node.counts.total === 1 ? 'GITOPS_TREE_COUNT_ONE' : 'GITOPS_TREE_COUNT', { count: node.counts.total })}</Muted>
      {node.worstHealth !== undefined ? <HealthCode code={node.worstHealth} /> : null}
      {node.worstSync !== undefined ? <SyncCode code={node.worstSync} /> : null}
    </Cells>
  );
}

function ResourceCells({ node }: { node: TreeNode }) {
  const r = node.resource!;
  const last = r.lastSync;
  return (
    <>
      <Muted>{r.kind}</Muted>
      <Cells>
        {r.health !== undefined ? <HealthCode code={r.health} /> : null}
        {r.sync !== undefined ? <SyncCode code={r.sync} /> : null}
        {r.hook ? <Marker>{last?.hookType ? t('GITOPS_TREE_HOOK_TYPE', { type: last.hookType }) : t('GITOPS_TREE_HOOK')}</Marker> : null}
        {r.requiresPruning ? <Marker>{t('GITOPS_TREE_REQUIRES_PRUNING')}</Marker> : null}
        {/* "Synced" next to the sync status says nothing new; failures and prunes do. */}
        {last?.status !== undefined && last.status !== 'Synced' ? <ResultCode code={last.status} /> : null}
      </Cells>
      {last?.message || r.healthMessage ? (
        <Message title={last?.message || r.healthMessage}>{last?.message || r.healthMessage}</Message>
      ) : null}
    </>
  );
}

/** The chevron: clicking it opens or closes the row, also a row whose click opens a panel. */
export function RowToggle({ row }: { row: VisibleRow }) {
  const Chevron = row.expanded ? ChevronDown : ChevronRight;
  return (
    <Toggle aria-hidden="true" {...{ [TOGGLE_ATTRIBUTE]: '' }}>
      {row.hasChildren ? <Chevron size={16} /> : null}
    </Toggle>
  );
}

/** What one row of the resource tree shows; plain text only, every value from the server is untrusted. */
export function TreeRow({ row }: { row: VisibleRow }) {
  const { node } = row;
  const name = node.type === 'resource' ? node.label : groupLabel(node);
  return (
    <>
      <RowToggle row={row} />
      {/* A name longer than the row ends in an ellipsis; the tooltip keeps it whole. */}
      <Name title={name}>{name}</Name>
      {node.type === 'resource' ? (
        <ResourceCells node={node} />
      ) : (
        <>
          {typeWord(node) ? <Muted>{typeWord(node)}</Muted> : null}
          <GroupCells node={node} />
        </>
      )}
    </>
  );
}
