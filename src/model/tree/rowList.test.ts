import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgoStatus } from '../status/argoStatus';
import type { ResourceStatus } from '../application/types';
import { buildResourceTree, type ResourceTree } from './resourceTree';
import { asRowList, rowList, treeLayout } from './rowList';
import { expandableKeys, flattenVisible, type VisibleRow } from './treeRows';
import { largeStatus } from '../testFixtures';

const all = <R extends VisibleRow>(list: { length: number; at(i: number): R }): R[] =>
  Array.from({ length: list.length }, (_, i) => list.at(i));

const resourceArb: fc.Arbitrary<ResourceStatus> = fc.record(
  {
    group: fc.constantFrom('', 'apps'),
    version: fc.constant('v1'),
    kind: fc.constantFrom('Deployment', 'Service', 'ConfigMap'),
    namespace: fc.constantFrom('', 'a', 'b'),
    name: fc.string({ maxLength: 4 }),
    status: fc.constantFrom('Synced', 'OutOfSync'),
  },
  { requiredKeys: ['kind', 'name'] },
);

/** A tree and a random set of its keys to expand, leaves included. */
const treeAndKeys = fc.array(resourceArb, { maxLength: 40 }).chain((resources) => {
  const tree = buildResourceTree({ resources }, { appName: 'p' });
  const keys = [...expandableKeys(tree), ...tree.resources.map((r) => r.key), 'no-such-key'];
  return fc.tuple(fc.constant(tree), fc.subarray(keys));
});

/** Under an expanded leaf, two rows of its own (as live rows come under an open workload). */
function withExtras(tree: ResourceTree, expanded: ReadonlySet<string>): VisibleRow[] {
  const out: VisibleRow[] = [];
  for (const row of flattenVisible(tree, expanded)) {
    out.push(...extras(row, expanded));
  }
  return out;
}
function extras(row: VisibleRow, expanded: ReadonlySet<string>): VisibleRow[] {
  if (row.hasChildren || !expanded.has(row.key)) return [row];
  const child = (n: number): VisibleRow => ({
    ...row,
    key: `extra:${n}:${row.key}`,
    depth: row.depth + 1,
    posInSet: n,
    setSize: 2,
    parentKey: row.key,
  });
  return [{ ...row, expanded: true }, child(1), child(2)];
}

describe('rowList', () => {
  it('gives the same rows as flattenVisible, in the same order, for any tree and expanded keys', () => {
    fc.assert(
      fc.property(treeAndKeys, ([tree, keys]) => {
        const expected = flattenVisible(tree, keys);
        const list = rowList(treeLayout(tree, keys));
        expect(list.length).toBe(expected.length);
        expect(all(list)).toEqual(expected);
        expected.forEach((row, i) => expect(list.indexOfKey(row.key)).toBe(i));
        expect(list.added).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('splices the rows a leaf adds after it, and finds each of them by key', () => {
    fc.assert(
      fc.property(treeAndKeys, ([tree, keys]) => {
        const expanded = new Set(keys);
        const expected = withExtras(tree, expanded);
        const list = rowList(treeLayout(tree, expanded), (row) => extras(row, expanded));
        expect(all(list)).toEqual(expected);
        expected.forEach((row, i) => expect(list.indexOfKey(row.key)).toBe(i));
        expect(list.added.map((a) => a.row.key)).toEqual(expected.filter((r) => r.key.startsWith('extra:')).map((r) => r.key));
        for (const { index, row } of list.added) expect(list.at(index)).toBe(row);
      }),
      { numRuns: 300 },
    );
  });

  it('lists the open leaves that are visible, in order', () => {
    const tree = buildResourceTree(parseArgoStatus(largeStatus(40)).status, { appName: 'big' });
    const [open, closed] = tree.root.children[0].children;
    const visible = open.children[open.children.length - 1].key;
    const hidden = closed.children[0].key;
    const expanded = [tree.root.key, tree.root.children[0].key, open.key, visible, hidden];
    expect(treeLayout(tree, expanded).openLeaves.map((r) => r.key)).toEqual([visible]);
  });

  it('makes an open kind of 6,000 resources one run, and only the rows asked for', () => {
    const tree = buildResourceTree(parseArgoStatus(largeStatus(6_000)).status, { appName: 'big' });
    const layout = treeLayout(tree, expandableKeys(tree));
    const namespaces = tree.root.children.length;
    const kinds = tree.root.children.reduce((n, ns) => n + ns.children.length, 0);
    // The application, each namespace, each kind and its run of resources.
    expect(layout.segments).toHaveLength(1 + namespaces + 2 * kinds);
    const list = rowList(layout);
    expect(list.length).toBe(1 + namespaces + kinds + 6_000);
    const last = list.at(list.length - 1);
    expect(last.key).toBe(tree.resources[tree.resources.length - 1].key);
    expect(list.at(list.length - 1)).toBe(last);
    expect(list.indexOfKey(last.key)).toBe(list.length - 1);
    expect(list.indexOfKey('no-such-key')).toBe(-1);
  });

  it('wraps an array', () => {
    const rows = flattenVisible(buildResourceTree(parseArgoStatus(largeStatus(10)).status), ['app:']);
    const list = asRowList(rows);
    expect(all(list)).toEqual(rows);
    expect(list.indexOfKey(rows[1].key)).toBe(1);
    expect(list.indexOfKey('no-such-key')).toBe(-1);
  });
});
