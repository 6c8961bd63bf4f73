import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button } from '@kubed/components';
import {
  defaultExpandedKeys,
  expandableKeys,
  filterResourceTree,
  flattenVisible,
  type ResourceTree as Tree,
  treeFacets,
  type VisibleRow,
} from '../../model';
import { t } from '../../host';
import { TreeFilters } from './TreeFilters';
import { TreeRow } from './TreeRow';
import { TreeView } from './TreeView';
import { AUTO_EXPAND_LIMIT, isFilterActive, NO_FILTER, toResourceFilter, type TreeFilterState } from './treeFilter';

const Summary = styled.div`
  display: flex;
  align-items: center;
  gap: 12px;
  margin-bottom: 8px;
  font-size: 12px;
  color: ${colors.text.muted};
`;

const Empty = styled.p`
  padding: 24px;
  margin: 0;
  text-align: center;
  color: ${colors.text.muted};
  background: ${colors.surface.default};
  border: 1px solid ${colors.border.default};
  border-radius: 4px;
`;

export interface ResourceTreeProps {
  tree: Tree;
  /** Offered when a filter is on: sync just the resources it matches (their keys). */
  onSyncResources?(keys: string[]): void;
  height?: number;
}

const renderRow = (row: VisibleRow) => <TreeRow row={row} />;

/**
 * The application's resources as a tree (application → namespace → kind → resource) with
 * filters, expand and collapse, and per-group counts.
 */
export function ResourceTree({ tree, onSyncResources, height }: ResourceTreeProps) {
  const [filter, setFilter] = React.useState<TreeFilterState>(NO_FILTER);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(() => new Set(defaultExpandedKeys(tree)));
  const total = tree.root.counts.total;
  // The status may arrive after the first render; open the defaults once there is something to open.
  const defaultsApplied = React.useRef(total > 0);
  React.useEffect(() => {
    if (defaultsApplied.current || total === 0) return;
    defaultsApplied.current = true;
    setExpanded(new Set(defaultExpandedKeys(tree)));
  }, [tree, total]);

  const active = isFilterActive(filter);
  const shown = React.useMemo(() => (active ? filterResourceTree(tree, toResourceFilter(filter)) : tree), [tree, filter, active]);
  const facets = React.useMemo(() => treeFacets(tree), [tree]);
  const rows = React.useMemo(() => flattenVisible(shown, expanded), [shown, expanded]);

  // A narrow filter opens every group once, so the matches show without more clicks.
  const shownCount = shown.root.counts.total;
  React.useEffect(() => {
    if (!active || shownCount === 0 || shownCount > AUTO_EXPAND_LIMIT) return;
    setExpanded((prev) => new Set([...prev, ...expandableKeys(shown)]));
    // Only when the filter changes, not on every poll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  const onToggle = React.useCallback((key: string, open?: boolean) => {
    setExpanded((prev) => {
      const isOpen = prev.has(key);
      const want = open ?? !isOpen;
      if (want === isOpen) return prev;
      const next = new Set(prev);
      if (want) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  if (total === 0) return <Empty>{t('GITOPS_TREE_EMPTY')}</Empty>;

  return (
    <section className="gitops-resource-tree" aria-label={t('GITOPS_TAB_RESOURCES')}>
      <TreeFilters
        value={filter}
        onChange={setFilter}
        facets={facets}
        showHealth={tree.healthAvailable}
        onExpandAll={() => setExpanded(new Set(expandableKeys(shown)))}
        onCollapseAll={() => setExpanded(new Set([shown.root.key]))}
      />
      <Summary>
        <span role="status" aria-live="polite">
          {active
            ? t('GITOPS_TREE_SHOWING_FILTERED', { shown: shownCount, total })
            : t(total === 1 ? 'GITOPS_TREE_SHOWING_ALL_ONE' : 'GITOPS_TREE_SHOWING_ALL', { total })}
        </span>
        {active ? (
          <Button variant="text" size="sm" onClick={() => setFilter(NO_FILTER)}>
            {t('GITOPS_TREE_CLEAR_FILTERS')}
          </Button>
        ) : null}
        {active && onSyncResources && shownCount > 0 ? (
          <Button variant="outline" size="sm" onClick={() => onSyncResources(shown.resources.map((r) => r.key))}>
            {t(shownCount === 1 ? 'GITOPS_TREE_SYNC_MATCHING_ONE' : 'GITOPS_TREE_SYNC_MATCHING', { count: shownCount })}
          </Button>
        ) : null}
        {!tree.healthAvailable ? <span>{t('GITOPS_TREE_NO_HEALTH')}</span> : null}
      </Summary>
      {shownCount === 0 ? (
        <Empty>{t('GITOPS_TREE_NO_MATCH')}</Empty>
      ) : (
        <TreeView rows={rows} label={t('GITOPS_TREE_LABEL')} onToggle={onToggle} renderRow={renderRow} height={height} />
      )}
    </section>
  );
}
