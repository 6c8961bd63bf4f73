import * as React from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Application, ResourceTree as Tree } from '../../model';
import { PANEL_TABS, type PanelTab } from '../../components/live/ResourcePanel';
import { type LiveVisibleRow, parseTargetKey, rowTarget, targetKey } from '../../model/live/treeLiveRows';
import { ResourceTree } from '../../components/tree/ResourceTree';
import type { ProjectRef } from '../../queries/applications';
import { useLiveChildren } from '../../queries/liveChildren';
import { liveSignature, useLiveCluster, useLiveRefreshOnChange } from '../../queries/live';
import type { LogsChoice } from './live/LivePanel';
import { LivePanelBoundary } from './live/LivePanelBoundary';

/**
 * The panel and what it shows (logs, events, YAML, drift) are a chunk of their own, fetched when a
 * resource is first selected: most visits to an application never open one.
 */
const LivePanel = React.lazy(async () => ({ default: (await import('./live/LivePanel')).LivePanel }));

/** The tree is shorter while a panel is open under it, so both fit a laptop screen. */
const TREE_HEIGHT_WITH_PANEL = 300;

export interface ResourcesTabProps {
  project: ProjectRef;
  app: Application;
  tree: Tree;
  now: number;
  onSyncResources?(keys: string[]): void;
}

/**
 * The resource tree from Argo CD's status, with what runs under each open workload read from the
 * cluster, and a panel for the selected object. The selection lives in the address
 * (`resource`, `panel`, `container`, `previous`; `open` names a workload to open, for a link to one of its pods), so a reload or a shared link opens the same
 * panel. Nothing live is read until a workload is opened or a resource selected.
 */
export function ResourcesTab({ project, app, tree, now, onSyncResources }: ResourcesTabProps) {
  const [params, setParams] = useSearchParams();
  const treeRef = React.useRef<HTMLDivElement>(null);
  const destination = app.spec?.argoApp?.spec?.destination;
  const live = useLiveCluster(project.cluster, destination);
  const cluster = live && 'cluster' in live ? live.cluster : undefined;
  const source = useLiveChildren(cluster, live !== undefined && 'cluster' in live);
  const liveSource = React.useMemo(() => ({ cluster: cluster ?? '', now, ...source }), [cluster, now, source]);
  useLiveRefreshOnChange(cluster, liveSignature(app));

  const selected = parseTargetKey(params.get('resource'));
  const requested = params.get('panel');
  const tab: PanelTab = (PANEL_TABS as readonly string[]).includes(requested ?? '') ? (requested as PanelTab) : 'summary';
  const logs: LogsChoice = { container: params.get('container') ?? undefined, previous: params.get('previous') === '1' };
  const selectedKey = selected ? targetKey(selected) : null;
  const applied = selectedKey !== null && tree.resources.some((r) => r.key === selectedKey);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  const onSelect = (row: LiveVisibleRow) => {
    const target = rowTarget(row);
    if (target) update({ resource: targetKey(target), panel: null, container: null, previous: null });
  };

  return (
    <div ref={treeRef}>
      <ResourceTree
        tree={tree}
        onSyncResources={onSyncResources}
        live={liveSource}
        selectedTarget={selectedKey}
        onSelect={onSelect}
        height={selected ? TREE_HEIGHT_WITH_PANEL : undefined}
        reveal={params.get('open')}
      />
      {selected && live !== undefined ? (
        <LivePanelBoundary key={selectedKey}>
          <LivePanel
            key={selectedKey}
            target={selected}
            cluster={cluster}
            applied={applied}
            tab={tab}
            logs={logs}
            now={now}
            onTab={(next, choice) =>
              update({
                panel: next === 'summary' ? null : next,
                container: choice?.container ?? null,
                previous: choice?.previous ? '1' : null,
              })
            }
            onClose={() => {
              // The close button goes with the panel: the keyboard goes back to the row it was opened from.
              treeRef.current?.querySelector<HTMLElement>('[role="treeitem"][aria-selected="true"]')?.focus();
              update({ resource: null, panel: null, container: null, previous: null, open: null });
            }}
          />
        </LivePanelBoundary>
      ) : null}
    </div>
  );
}
