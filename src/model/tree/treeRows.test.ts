import { describe, expect, it } from 'vitest';
import { parseArgoStatus } from '../status/argoStatus';
import { buildResourceTree } from './resourceTree';
import { ancestorKeys, defaultExpandedKeys, expandableKeys, flattenVisible, treeFacets } from './treeRows';
import { FAILED_SYNC_STATUS, largeStatus } from '../testFixtures';

const tree = buildResourceTree(parseArgoStatus(FAILED_SYNC_STATUS).status, { appName: 'shop' });

describe('flattenVisible', () => {
  it('shows only the application while nothing is expanded', () => {
    expect(flattenVisible(tree, [])).toEqual([
      {
        key: 'app:shop',
        node: tree.root,
        depth: 1,
        hasChildren: true,
        expanded: false,
        posInSet: 1,
        setSize: 1,
        parentKey: null,
      },
    ]);
  });

  it('shows the namespaces of an expanded application, with their place in the set', () => {
    const rows = flattenVisible(tree, new Set(['app:shop']));
    expect(rows.map((r) => [r.key, r.depth, r.posInSet, r.setSize, r.expanded, r.parentKey])).toEqual([
      ['app:shop', 1, 1, 1, true, null],
      ['ns:', 2, 1, 2, false, 'app:shop'],
      ['ns:demo', 2, 2, 2, false, 'app:shop'],
    ]);
  });

  it('lists rows in display order, children right after their parent', () => {
    const rows = flattenVisible(tree, ['app:shop', 'ns:demo', 'kind:demo/apps/Deployment', 'kind:demo//Service']);
    expect(rows.map((r) => `${'  '.repeat(r.depth - 1)}${r.node.label || '(cluster)'}`)).toEqual([
      'shop',
      '  (cluster)',
      '  demo',
      '    ConfigMap',
      '    Deployment',
      '      web',
      '    Job',
      '    Service',
      '      api',
    ]);
    const web = rows.find((r) => r.key === 'apps/v1/Deployment/demo/web')!;
    expect(web).toMatchObject({ depth: 4, hasChildren: false, expanded: false, posInSet: 1, setSize: 1 });
  });

  it('ignores expanded keys of collapsed ancestors and of unknown nodes', () => {
    const rows = flattenVisible(tree, ['ns:demo', 'no-such-key']);
    expect(rows).toHaveLength(1);
  });

  it('never marks a leaf as expanded', () => {
    const rows = flattenVisible(tree, [...expandableKeys(tree), '/v1/Service/demo/api']);
    expect(rows.filter((r) => !r.hasChildren).every((r) => !r.expanded)).toBe(true);
  });
});

describe('expanding helpers', () => {
  it('expandableKeys lists every node with children', () => {
    expect(expandableKeys(tree).sort()).toEqual(
      [
        'app:shop',
        'ns:',
        'ns:demo',
        'kind://Namespace',
        'kind:demo//ConfigMap',
        'kind:demo/apps/Deployment',
        'kind:demo/batch/Job',
        'kind:demo//Service',
      ].sort(),
    );
  });

  it('defaultExpandedKeys opens everything of a small app, only namespaces of a big one', () => {
    expect(flattenVisible(tree, defaultExpandedKeys(tree)).filter((r) => r.node.type === 'resource')).toHaveLength(5);
    const big = buildResourceTree(parseArgoStatus(largeStatus(500)).status, { appName: 'big' });
    const rows = flattenVisible(big, defaultExpandedKeys(big));
    expect(rows.some((r) => r.node.type === 'kind')).toBe(true);
    expect(rows.some((r) => r.node.type === 'resource')).toBe(false);
  });

  it('ancestorKeys tells what to expand to reveal a node', () => {
    expect(ancestorKeys(tree, '/v1/Service/demo/api')).toEqual(['app:shop', 'ns:demo', 'kind:demo//Service']);
    expect(ancestorKeys(tree, 'ns:demo')).toEqual(['app:shop']);
    expect(ancestorKeys(tree, 'app:shop')).toEqual([]);
    expect(ancestorKeys(tree, 'nope')).toBeNull();
    const path = ancestorKeys(tree, '/v1/Service/demo/api')!;
    expect(flattenVisible(tree, path).some((r) => r.key === '/v1/Service/demo/api')).toBe(true);
  });
});

describe('treeFacets', () => {
  it('lists the kinds, namespaces, health and sync values present, with counts', () => {
    expect(treeFacets(tree)).toEqual({
      kinds: [
        { value: 'ConfigMap', count: 1 },
        { value: 'Deployment', count: 1 },
        { value: 'Job', count: 1 },
        { value: 'Namespace', count: 1 },
        { value: 'Service', count: 1 },
      ],
      namespaces: [
        { value: '', count: 1 },
        { value: 'demo', count: 4 },
      ],
      health: [
        { value: 'Degraded', count: 1 },
        { value: 'Healthy', count: 1 },
      ],
      sync: [
        { value: 'OutOfSync', count: 1 },
        { value: 'Synced', count: 2 },
      ],
    });
  });
});
