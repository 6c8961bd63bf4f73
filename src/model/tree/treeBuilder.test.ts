import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgoStatus } from '../status/argoStatus';
import type { ArgoStatus, ResourceResult, ResourceStatus } from '../application/types';
import { buildResourceTree, leafIndex, resourceKey, type ResourceTree } from './resourceTree';
import { sameValue, shareResources } from './sharedResources';
import { resourceTreeBuilder } from './treeBuilder';

const resourceArb: fc.Arbitrary<ResourceStatus> = fc.record(
  {
    group: fc.constantFrom('', 'apps'),
    version: fc.constant('v1'),
    kind: fc.constantFrom('Deployment', 'Service', 'ConfigMap'),
    namespace: fc.constantFrom('', 'a', 'b'),
    name: fc.constantFrom('web', 'db', 'cache', 'queue', ''),
    status: fc.constantFrom('Synced', 'OutOfSync'),
    health: fc.record({ status: fc.constantFrom('Healthy', 'Degraded', 'Progressing') }),
  },
  { requiredKeys: ['kind', 'name'] },
);
const resultArb: fc.Arbitrary<ResourceResult> = fc.record(
  {
    group: fc.constantFrom('', 'apps'),
    version: fc.constant('v1'),
    kind: fc.constantFrom('Deployment', 'Job'),
    namespace: fc.constantFrom('', 'a'),
    name: fc.constantFrom('web', 'migrate'),
    status: fc.constantFrom('Synced', 'SyncFailed', 'Pruned'),
    message: fc.constantFrom('ok', 'failed'),
  },
  { requiredKeys: ['kind', 'name', 'status'] },
);
const statusArb = fc.record({
  reconciledAt: fc.constantFrom('2024-01-01T00:00:00Z', '2024-01-01T00:03:00Z'),
  resources: fc.array(resourceArb, { maxLength: 30 }),
  operationState: fc.record({
    phase: fc.constant('Succeeded'),
    syncResult: fc.record({ resources: fc.array(resultArb, { maxLength: 6 }) }),
  }),
});

type RawStatus = { resources: ResourceStatus[]; operationState: { syncResult: { resources: ResourceResult[] } } };

/** What a refresh brings: the same status, a reconcile, one resource's health or one result changed, or other resources. */
const refreshArb = (base: RawStatus) =>
  fc.oneof(
    fc.constant(base),
    fc.record({ resources: fc.constant(base.resources), reconciledAt: fc.constant('2024-01-02T00:00:00Z') }),
    fc.tuple(fc.nat(), fc.constantFrom('Healthy', 'Degraded', 'Missing')).map(([i, health]) => ({
      ...base,
      resources: base.resources.map((r, j) => (j === i % base.resources.length ? { ...r, health: { status: health } } : r)),
    })),
    fc.tuple(fc.nat(), fc.constantFrom('Synced', 'SyncFailed')).map(([i, status]) => {
      const results = base.operationState.syncResult.resources;
      return {
        ...base,
        operationState: {
          ...base.operationState,
          syncResult: { resources: results.map((r, j) => (j === i % results.length ? { ...r, status, message: `now ${status}` } : r)) },
        },
      };
    }),
    statusArb,
  );

const decode = (value: unknown): ArgoStatus | null => parseArgoStatus(JSON.stringify(value)).status;

/** The tree as plain data, to compare with `toEqual` (leaf count objects are shared and frozen). */
const plain = (tree: ResourceTree) => JSON.parse(JSON.stringify(tree)) as unknown;

/** The same status, its resource values changed as given, decoded again as a refresh is. */
function refreshed(status: ArgoStatus, change: (r: ResourceStatus) => ResourceStatus, extra: object = {}): ArgoStatus {
  return decode({ ...status, ...extra, resources: status.resources!.map(change) })!;
}

const many = (n: number): ResourceStatus[] =>
  Array.from({ length: n }, (_, i) => ({
    group: 'apps',
    version: 'v1',
    kind: i % 2 ? 'Deployment' : 'StatefulSet',
    namespace: `ns-${i % 3}`,
    name: `res-${String(i).padStart(3, '0')}`,
    status: 'Synced',
    health: { status: 'Healthy' },
  }));

describe('resourceTreeBuilder', () => {
  it('builds what buildResourceTree builds, for every status of a sequence of refreshes', () => {
    fc.assert(
      fc.property(
        statusArb.chain((first) => fc.tuple(fc.constant(first), fc.array(refreshArb(first), { maxLength: 5 }))),
        ([first, refreshes]) => {
          const build = resourceTreeBuilder();
          let previous: ArgoStatus | null = null;
          for (const raw of [first, ...refreshes, first]) {
            const status = shareResources(previous, decode(raw));
            expect(sameValue(status, decode(raw))).toBe(true);
            expect(plain(build(status, 'app'))).toEqual(plain(buildResourceTree(decode(raw), { appName: 'app' })));
            previous = status;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same tree when a refresh changed no resource (a reconcile)', () => {
    const first = decode({ reconciledAt: '2024-01-01T00:00:00Z', resources: many(100) })!;
    const build = resourceTreeBuilder();
    const tree = build(first, 'app');
    const next = shareResources(
      first,
      refreshed(first, (r) => r, { reconciledAt: '2024-01-01T00:03:00Z' }),
    );
    expect(next!.resources).toBe(first.resources);
    expect(build(next, 'app')).toBe(tree);
  });

  it('keeps every unchanged resource’s leaf and entry, and shows the changed one', () => {
    const first = decode({ resources: many(100) })!;
    const build = resourceTreeBuilder();
    const before = leafIndex(build(first, 'app')).leaves;
    const next = shareResources(
      first,
      refreshed(first, (r) => (r.name === 'res-042' ? { ...r, health: { status: 'Degraded' } } : r)),
    );
    const tree = build(next, 'app');
    const after = leafIndex(tree).leaves;
    expect(after).toHaveLength(100);
    const changed = after.filter((leaf, i) => leaf !== before[i]);
    expect(changed.map((leaf) => leaf.label)).toEqual(['res-042']);
    expect(changed[0].resource!.health).toBe('Degraded');
    expect(tree.root.counts.health).toEqual({ Healthy: 99, Degraded: 1 });
    expect(tree.root.worstHealth).toBe('Degraded');
  });

  it('builds anew when the resources are others, and still keeps the entries of those that stayed', () => {
    const first = decode({ resources: many(10) })!;
    const build = resourceTreeBuilder();
    const before = build(first, 'app');
    const next = shareResources(first, decode({ resources: many(12) }));
    const tree = build(next, 'app');
    expect(tree.root.counts.total).toBe(12);
    const entries = new Set(before.resources);
    expect(tree.resources.filter((e) => entries.has(e))).toHaveLength(10);
  });
});

describe('shareResources', () => {
  it('compares values as JSON: every key, at every depth', () => {
    expect(sameValue({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it('keeps the previous objects of equal resources, wherever they moved, and the new values of the others', () => {
    fc.assert(
      fc.property(fc.array(resourceArb, { maxLength: 20 }), fc.array(resourceArb, { maxLength: 20 }), (a, b) => {
        const previous = decode({ resources: a })!;
        const next = shareResources(previous, decode({ resources: b }))!;
        expect(sameValue(next, decode({ resources: b }))).toBe(true);
        const olds = previous.resources ?? [];
        (next.resources ?? []).forEach((r, i) => {
          // An equal resource at the same place, or the first of its key, equal: that object is kept.
          const first = olds.find((p) => resourceKey(p) === resourceKey(r));
          const equalBefore = (i < olds.length && sameValue(olds[i], r)) || (first !== undefined && sameValue(first, r));
          expect(olds.includes(r)).toBe(equalBefore);
        });
      }),
      { numRuns: 300 },
    );
  });
});
