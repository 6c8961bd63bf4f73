import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgoStatus } from '../status/argoStatus';
import { buildResourceTree, filterResourceTree, matchesFilter, resourceEntries, resourceKey, type TreeNode } from './resourceTree';
import { expandableKeys, flattenVisible } from './treeRows';
import { ARGO3_STATUS, FAILED_SYNC_STATUS, largeStatus } from '../testFixtures';
import type { ArgoStatus, ResourceStatus } from '../application/types';

const statusOf = (raw: string): ArgoStatus => parseArgoStatus(raw).status!;

function find(node: TreeNode, key: string): TreeNode | undefined {
  if (node.key === key) return node;
  for (const child of node.children) {
    const hit = find(child, key);
    if (hit) return hit;
  }
  return undefined;
}

const labels = (nodes: TreeNode[]) => nodes.map((n) => n.label);

describe('resource keys', () => {
  it('are group/version/kind/namespace/name with empty segments kept', () => {
    expect(resourceKey({ version: 'v1', kind: 'Service', namespace: 'demo', name: 'web' })).toBe('/v1/Service/demo/web');
    expect(resourceKey({ group: 'rbac.authorization.k8s.io', version: 'v1', kind: 'ClusterRole', name: 'view' })).toBe(
      'rbac.authorization.k8s.io/v1/ClusterRole//view',
    );
    expect(resourceKey({})).toBe('////');
  });
});

describe('buildResourceTree', () => {
  const tree = buildResourceTree(statusOf(FAILED_SYNC_STATUS), { appName: 'shop' });

  it('groups application → namespace → kind → resource, cluster-scoped first', () => {
    expect(tree.root).toMatchObject({ key: 'app:shop', type: 'application', label: 'shop' });
    expect(labels(tree.root.children)).toEqual(['', 'demo']);
    const demo = tree.root.children[1];
    expect(demo.key).toBe('ns:demo');
    expect(labels(demo.children)).toEqual(['ConfigMap', 'Deployment', 'Job', 'Service']);
    expect(demo.children.map((k) => k.key)).toContain('kind:demo/apps/Deployment');
    const deployment = find(tree.root, 'apps/v1/Deployment/demo/web')!;
    expect(deployment).toMatchObject({ type: 'resource', label: 'web', group: 'apps' });
  });

  it('counts resources per health and per sync in every group', () => {
    expect(tree.root.counts).toEqual({
      total: 5,
      health: { Degraded: 1, Healthy: 1 },
      sync: { Synced: 2, OutOfSync: 1 },
      noHealth: 3,
    });
    expect(find(tree.root, 'ns:')!.counts.total).toBe(1);
  });

  it('folds the worst status of each group upwards', () => {
    expect(tree.root.severity).toBe('error');
    expect(tree.root.worstHealth).toBe('Degraded');
    expect(tree.root.worstSync).toBe('OutOfSync');
    const namespaces = find(tree.root, 'ns:')!;
    expect(namespaces.severity).toBe('success');
    expect(namespaces.worstSync).toBe('Synced');
    expect(namespaces.worstHealth).toBeUndefined();
  });

  it('attaches the last sync result to the live resource', () => {
    const service = find(tree.root, '/v1/Service/demo/api')!.resource!;
    expect(service.lastSync).toMatchObject({ status: 'SyncFailed', syncPhase: 'Sync' });
    expect(service.lastSync?.message).toContain('forbidden');
    // Healthy and merely OutOfSync, but its last sync failed: that must not look fine.
    expect(service.severity).toBe('error');
    expect(service.fromSyncResultOnly).toBe(false);
  });

  it('shows hooks and pruned resources that only the sync result knows, marked as such', () => {
    const hook = find(tree.root, 'batch/v1/Job/demo/db-migrate')!.resource!;
    expect(hook).toMatchObject({ hook: true, fromSyncResultOnly: true, severity: 'error' });
    expect(hook.lastSync).toMatchObject({ hookType: 'PreSync', hookPhase: 'Failed' });
    const pruned = find(tree.root, '/v1/ConfigMap/demo/old-config')!.resource!;
    expect(pruned).toMatchObject({ fromSyncResultOnly: true, lastSync: { status: 'Pruned' }, severity: 'info' });
    const live = buildResourceTree(statusOf(FAILED_SYNC_STATUS), { includeSyncResultOnly: false });
    expect(live.root.counts.total).toBe(3);
  });

  it('takes no hook phase from an ordinary resource, whose `Running` outlives a successful sync', () => {
    const status: ArgoStatus = {
      resources: [{ kind: 'Service', name: 'web', namespace: 'demo', status: 'Synced' }],
      operationState: {
        phase: 'Succeeded',
        syncResult: {
          resources: [
            { kind: 'Service', name: 'web', namespace: 'demo', status: 'Synced', hookPhase: 'Running', syncPhase: 'Sync' },
            { group: 'batch', kind: 'Job', name: 'smoke', namespace: 'demo', hookType: 'PostSync', hookPhase: 'Succeeded' },
          ],
        },
      },
    };
    const [web, smoke] = resourceEntries(status);
    expect(web.lastSync).toEqual({ status: 'Synced', syncPhase: 'Sync' });
    expect(web.severity).toBe('success');
    expect(smoke).toMatchObject({ hook: true, lastSync: { hookType: 'PostSync', hookPhase: 'Succeeded' }, severity: 'success' });
  });

  it('marks resources that need pruning', () => {
    const status: ArgoStatus = {
      resources: [{ kind: 'ConfigMap', name: 'stale', namespace: 'a', status: 'OutOfSync', requiresPruning: true }],
    };
    expect(buildResourceTree(status).resources[0]).toMatchObject({
      requiresPruning: true,
      sync: 'OutOfSync',
      severity: 'warning',
    });
  });

  it('says when health is not available (Argo CD 3.x) and still groups by sync', () => {
    const t3 = buildResourceTree(statusOf(ARGO3_STATUS), { appName: 'guestbook' });
    expect(t3.healthAvailable).toBe(false);
    expect(t3.root.counts).toEqual({ total: 2, health: {}, sync: { Synced: 2 }, noHealth: 2 });
    expect(t3.root.severity).toBe('success');
    expect(tree.healthAvailable).toBe(true);
  });

  it('keeps one entry per key when Argo CD lists a resource twice', () => {
    const r: ResourceStatus = { version: 'v1', kind: 'Service', namespace: 'a', name: 'dup', status: 'Synced' };
    expect(resourceEntries({ resources: [r, { ...r, status: 'OutOfSync' }] })).toHaveLength(1);
  });

  it('gives an empty tree for a missing status', () => {
    const empty = buildResourceTree(null, { appName: 'x' });
    expect(empty.root.children).toEqual([]);
    expect(empty.root.counts.total).toBe(0);
    expect(empty.root.severity).toBe('unknown');
  });

  it('does not change the status it reads', () => {
    const status = statusOf(FAILED_SYNC_STATUS);
    const before = JSON.stringify(status);
    buildResourceTree(status, { appName: 'a', filter: { name: 'web' } });
    expect(JSON.stringify(status)).toBe(before);
  });
});

describe('filters', () => {
  const tree = buildResourceTree(statusOf(largeStatus(100)), { appName: 'big' });

  it('match names by case-insensitive substring', () => {
    const hit = filterResourceTree(tree, { name: 'RES-1' });
    expect(hit.resources.every((e) => e.name.includes('res-1'))).toBe(true);
    expect(hit.root.counts.total).toBe(11); // res-1 and res-10 … res-19
  });

  it('combine kind, health and sync, and recompute counts and worst states', () => {
    const hit = filterResourceTree(tree, { kinds: ['Deployment'], health: ['Healthy'], sync: ['Synced'] });
    expect(hit.resources.length).toBeGreaterThan(0);
    expect(hit.resources.every((e) => e.kind === 'Deployment' && e.health === 'Healthy' && e.sync === 'Synced')).toBe(true);
    expect(hit.root.counts.health).toEqual({ Healthy: hit.resources.length });
    expect(hit.root.severity).toBe('success');
  });

  it('drop groups left empty, and keep the root', () => {
    const none = filterResourceTree(tree, { name: 'no-such-resource' });
    expect(none.root.children).toEqual([]);
    expect(none.root.label).toBe('big');
  });

  it('treat empty lists as no constraint and a health filter as excluding resources without health', () => {
    const entry = tree.resources[0];
    expect(matchesFilter(entry, { kinds: [], health: [], sync: [], name: '  ' })).toBe(true);
    expect(matchesFilter({ ...entry, health: undefined }, { health: ['Healthy'] })).toBe(false);
  });

  it('keep saying whether health is reported, whatever they keep', () => {
    const onlyNamespace = filterResourceTree(tree, { kinds: ['NoSuchKind'] });
    expect(onlyNamespace.healthAvailable).toBe(true);
    const built = buildResourceTree(statusOf(largeStatus(10)), { filter: { kinds: ['NoSuchKind'] } });
    expect(built.healthAvailable).toBe(true);
  });

  it('can be given to the builder directly', () => {
    const direct = buildResourceTree(statusOf(largeStatus(100)), { appName: 'big', filter: { namespaces: ['ns-3'] } });
    expect(direct.root.children.map((n) => n.label)).toEqual(['ns-3']);
    expect(direct).toEqual(filterResourceTree(tree, { namespaces: ['ns-3'] }));
  });
});

describe('large trees', () => {
  it('places each of 6,000 resources exactly once', () => {
    const tree = buildResourceTree(statusOf(largeStatus(6_000)), { appName: 'huge' });
    expect(tree.root.counts.total).toBe(6_000);
    expect(new Set(tree.resources.map((e) => e.key)).size).toBe(6_000);
    const rows = flattenVisible(tree, expandableKeys(tree));
    expect(rows.filter((r) => r.node.type === 'resource')).toHaveLength(6_000);
  });
});

const resourceArb: fc.Arbitrary<ResourceStatus> = fc.record(
  {
    group: fc.constantFrom('', 'apps', 'batch'),
    version: fc.constantFrom('v1', 'v1beta1'),
    kind: fc.constantFrom('Deployment', 'Service', 'Job', 'ConfigMap'),
    namespace: fc.constantFrom('', 'a', 'b'),
    name: fc.string({ maxLength: 6 }),
    status: fc.constantFrom('Synced', 'OutOfSync', 'Unknown', 'Weird'),
    health: fc.record({ status: fc.constantFrom('Healthy', 'Degraded', 'Progressing', 'Hibernating') }),
  },
  { requiredKeys: ['kind', 'name'] },
);

describe('property: the builder and flatten never lose a resource', () => {
  it('every distinct resource key appears exactly once among the rows when all is expanded', () => {
    fc.assert(
      fc.property(fc.array(resourceArb, { maxLength: 60 }), (resources) => {
        const tree = buildResourceTree({ resources }, { appName: 'p' });
        const expected = new Set(resources.map(resourceKey));
        const rows = flattenVisible(tree, expandableKeys(tree));
        const leafKeys = rows.filter((r) => r.node.type === 'resource').map((r) => r.key);
        expect(leafKeys.length).toBe(expected.size);
        expect(new Set(leafKeys)).toEqual(expected);
        expect(tree.root.counts.total).toBe(expected.size);
        // Counts add up in every group.
        for (const row of rows) {
          const c = row.node.counts;
          const byHealth = Object.values(c.health).reduce((a, b) => a + b, 0) + c.noHealth;
          expect(byHealth).toBe(c.total);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a filtered tree holds exactly the matching resources', () => {
    fc.assert(
      fc.property(fc.array(resourceArb, { maxLength: 40 }), fc.string({ maxLength: 2 }), (resources, name) => {
        const tree = buildResourceTree({ resources });
        const filtered = filterResourceTree(tree, { name, sync: ['Synced', 'OutOfSync'] });
        const expected = tree.resources.filter(
          (e) => e.name.toLowerCase().includes(name.trim().toLowerCase()) && (e.sync === 'Synced' || e.sync === 'OutOfSync'),
        );
        expect(filtered.resources.map((e) => e.key).sort()).toEqual(expected.map((e) => e.key).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('leaf order', () => {
  const res = (kind: string, name: string, namespace = 'demo', group = ''): ResourceStatus => ({
    group,
    version: 'v1',
    kind,
    namespace,
    name,
  });
  const leafLabels = (status: ArgoStatus, ns: string, kind: string) =>
    labels(find(buildResourceTree(status).root, `kind:${ns}/${kind}`)!.children);

  it('is by name whether the resources come sorted, reversed or interleaved with other kinds', () => {
    const sorted = { resources: [res('Service', 'a'), res('Service', 'b'), res('Service', 'c')] };
    const reversed = { resources: [res('Service', 'c'), res('Service', 'b'), res('Service', 'a')] };
    const interleaved = {
      resources: [res('Service', 'b'), res('ConfigMap', 'b'), res('Service', 'c', 'other'), res('Service', 'a'), res('ConfigMap', 'a')],
    };
    expect(leafLabels(sorted, 'demo', '/Service')).toEqual(['a', 'b', 'c']);
    expect(leafLabels(reversed, 'demo', '/Service')).toEqual(['a', 'b', 'c']);
    expect(leafLabels(interleaved, 'demo', '/Service')).toEqual(['a', 'b']);
    expect(leafLabels(interleaved, 'demo', '/ConfigMap')).toEqual(['a', 'b']);
    expect(leafLabels(interleaved, 'other', '/Service')).toEqual(['c']);
  });

  it('counts each namespace and the application as the sum of their kinds', () => {
    const status = {
      resources: [
        { ...res('Service', 'a'), status: 'Synced' as const, health: { status: 'Healthy' as const } },
        { ...res('Deployment', 'a', 'demo', 'apps'), status: 'OutOfSync' as const, health: { status: 'Degraded' as const } },
        { ...res('Service', 'b', 'other'), status: 'Synced' as const },
      ],
    };
    const tree = buildResourceTree(status);
    expect(tree.root.counts).toEqual({ total: 3, health: { Healthy: 1, Degraded: 1 }, sync: { Synced: 2, OutOfSync: 1 }, noHealth: 1 });
    expect(find(tree.root, 'ns:demo')!.counts).toEqual({
      total: 2,
      health: { Healthy: 1, Degraded: 1 },
      sync: { Synced: 1, OutOfSync: 1 },
      noHealth: 0,
    });
    expect(tree.root.worstHealth).toBe('Degraded');
    expect(tree.root.worstSync).toBe('OutOfSync');
    expect(tree.resources.map((e) => e.name)).toEqual(['a', 'a', 'b']);
  });
});
