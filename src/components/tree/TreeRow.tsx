import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { ChevronDown, ChevronRight } from '@kubed/icons';
import type { TreeNode, VisibleRow } from '../../model';
import { t } from '../../host';
import { HealthCode, ResultCode, SyncCode } from '../status/CodeBadges';
import { TOGGLE_ATTRIBUTE } from './TreeView';
import { ROW_PART } from './rowParts';

/** A row's name, cut with an ellipsis (the tooltip keeps it whole). Tree rows use `ROW_PART.name`. */
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
    <span className={ROW_PART.cells}>
      <span className={ROW_PART.muted}>
        {t(node.counts.total === 1 ? 'GITOPS_TREE_COUNT_ONE' : 'GITOPS_TREE_COUNT', { count: node.counts.total })}
      </span>
      {node.worstHealth !== undefined ? <HealthCode code={node.worstHealth} /> : null}
      {node.worstSync !== undefined ? <SyncCode code={node.worstSync} /> : null}
    </span>
  );
}

function ResourceCells({ node }: { node: TreeNode }) {
  const r = node.resource!;
  const last = r.lastSync;
  return (
    <>
      <span className={ROW_PART.muted}>{r.kind}</span>
      <span className={ROW_PART.cells}>
        {r.health !== undefined ? <HealthCode code={r.health} /> : null}
        {r.sync !== undefined ? <SyncCode code={r.sync} /> : null}
        {r.hook ? (
          <span className={ROW_PART.marker}>
            {last?.hookType ? t('GITOPS_TREE_HOOK_TYPE', { type: last.hookType }) : t('GITOPS_TREE_HOOK')}
          </span>
        ) : null}
        {r.requiresPruning ? <span className={ROW_PART.marker}>{t('GITOPS_TREE_REQUIRES_PRUNING')}</span> : null}
        {/* "Synced" next to the sync status says nothing new; failures and prunes do. */}
        {last?.status !== undefined && last.status !== 'Synced' ? <ResultCode code={last.status} /> : null}
      </span>
      {last?.message || r.healthMessage ? (
        <span className={ROW_PART.message} title={last?.message || r.healthMessage}>
          {last?.message || r.healthMessage}
        </span>
      ) : null}
    </>
  );
}

/** The chevron: clicking it opens or closes the row, also a row whose click opens a panel. */
export function RowToggle({ row }: { row: VisibleRow }) {
  const Chevron = row.expanded ? ChevronDown : ChevronRight;
  return (
    <span className={ROW_PART.toggle} aria-hidden="true" {...{ [TOGGLE_ATTRIBUTE]: '' }}>
      {row.hasChildren ? <Chevron size={16} /> : null}
    </span>
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
      <span className={ROW_PART.name} title={name}>
        {name}
      </span>
      {node.type === 'resource' ? (
        <ResourceCells node={node} />
      ) : (
        <>
          {typeWord(node) ? <span className={ROW_PART.muted}>{typeWord(node)}</span> : null}
          <GroupCells node={node} />
        </>
      )}
    </>
  );
}
