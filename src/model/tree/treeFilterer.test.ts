import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgoStatus } from '../status/argoStatus';
import type { ResourceStatus } from '../application/types';
import { buildResourceTree, filterResourceTree, type ResourceFilter } from './resourceTree';
import { treeFilterer } from './treeFilterer';
import { largeStatus } from '../testFixtures';

const resourceArb: fc.Arbitrary<ResourceStatus> = fc.record(
  {
    group: fc.constantFrom('', 'apps'),
    version: fc.constant('v1'),
    kind: fc.constantFrom('Deployment', 'Service', 'ConfigMap'),
    namespace: fc.constantFrom('', 'a', 'b'),
    name: fc.stringMatching(/^[abAB-]{0,5}$/),
    status: fc.constantFrom('Synced', 'OutOfSync'),
    health: fc.record({ status: fc.constantFrom('Healthy', 'Degraded') }),
  },
  { requiredKeys: ['kind', 'name'] },
);

const filterArb: fc.Arbitrary<ResourceFilter> = fc.record(
  {
    name: fc.stringMatching(/^ ?[abAB-]{0,3} ?$/),
    kinds: fc.subarray(['Deployment', 'Service']),
    health: fc.subarray(['Healthy', 'Degraded']),
    sync: fc.subarray(['Synced']),
    namespaces: fc.subarray(['a', '']),
  },
  { requiredKeys: [] },
);

/** What typing does: a word grows letter by letter, then shrinks again. */
const typedArb = fc.stringMatching(/^[abAB-]{1,5}$/).map((word) => {
  const steps: string[] = [];
  for (let i = 1; i <= word.length; i++) steps.push(word.slice(0, i));
  for (let i = word.length - 1; i >= 0; i--) steps.push(word.slice(0, i));
  return steps.map((name): ResourceFilter => ({ name }));
});

describe('treeFilterer', () => {
  it('answers every filter of a sequence as filterResourceTree does', () => {
    fc.assert(
      fc.property(
        fc.array(resourceArb, { maxLength: 40 }),
        fc.array(
          fc.oneof(
            filterArb,
            typedArb.map((s) => s[0]),
          ),
          { maxLength: 12 },
        ),
        typedArb,
        (resources, filters, typed) => {
          const tree = buildResourceTree({ resources }, { appName: 'p' });
          const filter = treeFilterer(tree);
          for (const f of [...filters, ...typed, ...filters]) expect(filter(f)).toEqual(filterResourceTree(tree, f));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the tree itself when everything matches, and the same answer again for a filter seen before', () => {
    const tree = buildResourceTree(parseArgoStatus(largeStatus(200)).status, { appName: 'big' });
    const filter = treeFilterer(tree);
    expect(filter({ name: 'res' })).toBe(tree);
    const some = filter({ name: 'res-1' });
    expect(some.root.counts.total).toBe(111);
    filter({ name: 'res-12' });
    expect(filter({ name: 'res-1' })).toBe(some);
    expect(filter({ name: ' RES-1 ' })).toBe(some);
  });
});
