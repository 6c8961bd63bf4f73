import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button } from '@kubed/components';
import { ancestorKeys, defaultExpandedKeys, expandableKeys, type ResourceTree as Tree, treeFacets, type VisibleRow } from '../../model';
import { rowList, treeLayout } from '../../model/tree/rowList';
import { treeFilterer } from '../../model/tree/treeFilterer';
import { t } from '../../host';
import {
  type LiveChildren,
  type LiveVisibleRow,
  openWorkloads,
  rowTarget,
  targetKey,
  toggleKey,
  withLiveRows,
} from '../../model/live/treeLiveRows';
import type { ResourceEntry } from '../../model/tree/resourceEntries';
import { LiveTreeRow } from '../live/LiveTreeRow';
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

/** What runs under the workloads: the page reads it from the cluster for the workloads open here. */
export interface LiveTreeSource {
  /** The cluster the resources run in, for "no access to {namespace} on {cluster}". */
  cluster: string;
  /** Told which workloads are open and visible, so only those are read. */
  onOpenWorkloads(workloads: ResourceEntry[]): void;
  childrenOf(resource: ResourceEntry): LiveChildren | undefined;
  /** For pod ages. */
  now: number;
}

export interface ResourceTreeProps {
  tree: Tree;
  /** Offered when a filter is on: sync just the resources it matches (their keys). */
  onSyncResources?(keys: string[]): void;
  height?: number;
  live?: LiveTreeSource;
  /** The resource whose panel is open (`targetKey`). */
  selectedTarget?: string | null;
  /** A resource or a live row was clicked (or Enter pressed on it). */
  onSelect?(row: LiveVisibleRow): void;
  /** A resource to open with its groups (a workload whose pod a link points to). */
  reveal?: string | null;
}

const selectable = (row: VisibleRow): boolean =>
  row.node.type === 'resource' && (row as LiveVisibleRow).live?.type !== 'state' && (row as LiveVisibleRow).live?.type !== 'empty';

/**
 * The application's resources as a tree (application → namespace → kind → resource) with
 * filters, expand and collapse, and per-group counts.
 */
export function ResourceTree({ tree, onSyncResources, height, live, selectedTarget, onSelect, reveal }: ResourceTreeProps) {
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

  // Open the way to a resource a link points to, once it is in the tree (the status may come later).
  const revealed = React.useRef<string | null>(null);
  React.useEffect(() => {
    if (!reveal || revealed.current === reveal) return;
    const ancestors = ancestorKeys(tree, reveal);
    if (!ancestors) return;
    revealed.current = reveal;
    setExpanded((prev) => new Set([...prev, ...ancestors, reveal]));
  }, [reveal, tree]);

  const active = isFilterActive(filter);
  // Keeps what it learnt about this tree (lowered names, recent answers): a key press stays cheap.
  const filterer = React.useMemo(() => treeFilterer(tree), [tree]);
  const shown = React.useMemo(() => (active ? filterer(toResourceFilter(filter)) : tree), [tree, filterer, filter, active]);
  const facets = React.useMemo(() => treeFacets(tree), [tree]);
  // The rows are made only as the list shows them: "Expand all" at 20,000 resources makes 30 rows.
  const layout = React.useMemo(() => treeLayout(shown, expanded), [shown, expanded]);
  const childrenOf = live?.childrenOf;
  const liveCluster = live?.cluster ?? '';
  const now = live?.now ?? 0;
  // Read by `renderRow`, which stays the same function so that a refresh (a new `now`) redraws only
  // the rows read from the cluster: they are made again with the list (new objects), the tree's
  // own rows come out equal and are kept.
  const liveView = React.useRef({ now, liveCluster });
  liveView.current = { now, liveCluster };
  const rows = React.useMemo(
    () => rowList<LiveVisibleRow>(layout, childrenOf ? (row) => withLiveRows([row], expanded, childrenOf) : undefined),
    // `now` and the cluster only to make the live rows again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layout, expanded, childrenOf, now, liveCluster],
  );
  // Only open workloads whose rows are on the list are read: one inside a closed group waits.
  const onOpenWorkloads = live?.onOpenWorkloads;
  const openKeys = React.useMemo(() => openWorkloads(layout.openLeaves, expanded), [layout, expanded]);
  React.useEffect(() => onOpenWorkloads?.(openKeys), [onOpenWorkloads, openKeys]);

  // A narrow filter opens every group once, so the matches show without more clicks.
  const shownCount = shown.root.counts.total;
  React.useEffect(() => {
    if (!active || shownCount === 0 || shownCount > AUTO_EXPAND_LIMIT) return;
    setExpanded((prev) => new Set([...prev, ...expandableKeys(shown)]));
    // Only when the filter changes, not on every poll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  const onToggle = React.useCallback((key: string, open?: boolean) => setExpanded((prev) => toggleKey(prev, key, open)), []);
  const selectedKey = React.useMemo(() => {
    if (!selectedTarget) return null;
    // The first row showing the target: a tree resource (keyed by its target key) or a row read
    // from the cluster (only those added under open workloads), without making every row.
    const isTarget = (row: LiveVisibleRow) => {
      const target = rowTarget(row);
      return target !== null && targetKey(target) === selectedTarget;
    };
    let best = rows.indexOfKey(selectedTarget);
    if (best >= 0 && !isTarget(rows.at(best))) best = -1;
    for (const { index, row } of rows.added) if ((best < 0 || index < best) && isTarget(row)) best = index;
    return best < 0 ? null : rows.at(best).key;
  }, [rows, selectedTarget]);

  const renderRow = React.useCallback((row: VisibleRow) => {
    const data = (row as LiveVisibleRow).live;
    if (!data) return <TreeRow row={row} />;
    const view = liveView.current;
    return <LiveTreeRow row={row} live={data} now={view.now} cluster={view.liveCluster} />;
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
        <TreeView
          rows={rows}
          label={t('GITOPS_TREE_LABEL')}
          onToggle={onToggle}
          renderRow={renderRow}
          height={height}
          activatable={onSelect ? selectable : undefined}
          onActivate={onSelect}
          selectedKey={selectedKey}
        />
      )}
    </section>
  );
}
