import { describe, expect, it } from 'vitest';
import { parseArgoStatus } from '../status/argoStatus';
import { buildResourceTree } from '../tree/resourceTree';
import { defaultExpandedKeys, flattenVisible } from '../tree/treeRows';
import { FAILED_SYNC_STATUS } from '../testFixtures';
import { makePod } from './liveFixtures';
import type { OwnedNode } from './ownership';
import { type LiveChildren, openWorkloads, parseTargetKey, rowTarget, targetKey, toggleKey, withLiveRows } from './treeLiveRows';

const tree = buildResourceTree(parseArgoStatus(FAILED_SYNC_STATUS).status, { appName: 'shop' });
const WEB = 'apps/v1/Deployment/demo/web';

function owned(kind: OwnedNode['kind'], name: string, children: OwnedNode[] = []): OwnedNode {
  return { kind, name, namespace: 'demo', uid: `uid-${name}`, object: kind === 'Pod' ? makePod({ name }) : {}, inactive: false, children };
}

const rs = owned('ReplicaSet', 'web-5d8f', [owned('Pod', 'web-5d8f-a'), owned('Pod', 'web-5d8f-b')]);

function rowsWith(expanded: Set<string>, children: LiveChildren | undefined) {
  const base = flattenVisible(tree, expanded);
  return withLiveRows(base, expanded, (r) => (r.key === WEB ? children : undefined));
}

describe('withLiveRows', () => {
  const open = new Set([...defaultExpandedKeys(tree), WEB]);

  it('makes a workload row expandable and leaves others as they are', () => {
    const rows = rowsWith(new Set(defaultExpandedKeys(tree)), undefined);
    const web = rows.find((r) => r.key === WEB)!;
    expect([web.hasChildren, web.expanded]).toEqual([true, false]);
    const service = rows.find((r) => r.node.resource?.kind === 'Service')!;
    expect(service.hasChildren).toBe(false);
  });

  it('puts its ReplicaSets and their pods right under an open workload, one level deeper each', () => {
    const rows = rowsWith(open, { state: 'ready', nodes: [rs] });
    const i = rows.findIndex((r) => r.key === WEB);
    const after = rows.slice(i + 1, i + 4);
    expect(after.map((r) => [r.node.label, r.depth - rows[i].depth, r.parentKey])).toEqual([
      ['web-5d8f', 1, WEB],
      ['web-5d8f-a', 2, 'live:uid-web-5d8f'],
      ['web-5d8f-b', 2, 'live:uid-web-5d8f'],
    ]);
    expect(after[1].posInSet).toBe(1);
    expect(after[2].setSize).toBe(2);
  });

  it('says why there are no children: loading, no access, and an empty workload', () => {
    expect(rowsWith(open, undefined).find((r) => r.live?.type === 'state')?.live).toMatchObject({ children: { state: 'loading' } });
    expect(rowsWith(open, { state: 'forbidden' }).find((r) => r.live?.type === 'state')?.live).toMatchObject({
      children: { state: 'forbidden' },
    });
    expect(rowsWith(open, { state: 'ready', nodes: [] }).some((r) => r.live?.type === 'empty')).toBe(true);
  });

  it('closes an owned group by recording it as closed, and opens it again', () => {
    const closed = toggleKey(open, 'live:uid-web-5d8f');
    expect(closed.has('closed:live:uid-web-5d8f')).toBe(true);
    const rows = rowsWith(new Set(closed), { state: 'ready', nodes: [rs] });
    expect(rows.some((r) => r.node.label === 'web-5d8f-a')).toBe(false);
    expect(toggleKey(closed, 'live:uid-web-5d8f').has('closed:live:uid-web-5d8f')).toBe(false);
  });

  it('toggles tree keys as before, and does nothing when asked for the state a key is in', () => {
    const next = toggleKey(new Set(), WEB, true);
    expect(next.has(WEB)).toBe(true);
    expect(toggleKey(next, WEB, true)).toBe(next);
  });
});

describe('openWorkloads', () => {
  it('lists only the open workloads among the visible rows, not hooks known only from the last sync', () => {
    const expanded = new Set([...defaultExpandedKeys(tree), WEB, 'batch/v1/Job/demo/db-migrate']);
    const rows = flattenVisible(tree, expanded);
    expect(openWorkloads(rows, expanded).map((r) => r.key)).toEqual([WEB]);
    expect(openWorkloads(flattenVisible(tree, new Set([WEB])), new Set([WEB]))).toEqual([]);
  });
});

describe('targets', () => {
  it('gives tree resources their key and live rows the object they show', () => {
    const rows = rowsWith(new Set([...defaultExpandedKeys(tree), WEB]), { state: 'ready', nodes: [rs] });
    expect(targetKey(rowTarget(rows.find((r) => r.key === WEB)!)!)).toBe(WEB);
    expect(rowTarget(rows.find((r) => r.node.label === 'web-5d8f-a')!)).toEqual({
      group: '',
      version: 'v1',
      kind: 'Pod',
      namespace: 'demo',
      name: 'web-5d8f-a',
    });
    expect(rowTarget(rows.find((r) => r.node.label === 'web-5d8f')!)?.group).toBe('apps');
    expect(rowTarget(rows[0])).toBeNull();
  });

  it('reads a key back, and refuses what is not one', () => {
    expect(parseTargetKey('/v1/Pod/demo/web-1')).toEqual({ group: '', version: 'v1', kind: 'Pod', namespace: 'demo', name: 'web-1' });
    expect(parseTargetKey('rbac.authorization.k8s.io/v1/ClusterRole//admin')?.namespace).toBe('');
    for (const bad of [null, '', 'a/b', '/v1//demo/x', '/v1/Pod/demo/', '/v1/Pod/demo/a/b']) expect(parseTargetKey(bad)).toBeNull();
  });
});
