import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ResourceResult, ResourceStatus } from '../application/types';
import { resourceEntries, resourceKey } from './resourceEntries';

const coordinates = {
  group: fc.constantFrom('', 'apps'),
  version: fc.constantFrom('v1', 'v2'),
  kind: fc.constantFrom('Deployment', 'Job'),
  namespace: fc.constantFrom('', 'a'),
  name: fc.constantFrom('web', 'db', ''),
};
const liveArb: fc.Arbitrary<ResourceStatus> = fc.record(
  { ...coordinates, status: fc.constantFrom('Synced', 'OutOfSync'), health: fc.record({ status: fc.constantFrom('Healthy', 'Degraded') }) },
  { requiredKeys: ['kind'] },
);
const resultArb: fc.Arbitrary<ResourceResult> = fc.record(
  {
    ...coordinates,
    status: fc.constantFrom('Synced', 'SyncFailed', 'Pruned'),
    message: fc.constantFrom('ok', 'failed'),
    hookType: fc.constant('PreSync'),
  },
  { requiredKeys: ['kind', 'status', 'message'] },
);

/** The join as plainly as it can be written: string keys, first one wins. */
function plainJoin(live: ResourceStatus[], results: ResourceResult[]) {
  const id = (r: ResourceStatus | ResourceResult) => `${r.group ?? ''}/${r.kind ?? ''}/${r.namespace ?? ''}/${r.name ?? ''}`;
  const firstResult = new Map<string, ResourceResult>();
  for (const r of results) if (!firstResult.has(id(r))) firstResult.set(id(r), r);
  const seen = new Set<string>();
  const out: Array<{ key: string; result: ResourceResult | undefined; onlyResult: boolean }> = [];
  for (const r of live) {
    if (seen.has(resourceKey(r))) continue;
    seen.add(resourceKey(r));
    out.push({ key: resourceKey(r), result: firstResult.get(id(r)), onlyResult: false });
  }
  const liveIds = new Set(live.map(id));
  for (const [rid, r] of firstResult) {
    if (liveIds.has(rid) || seen.has(resourceKey(r))) continue;
    seen.add(resourceKey(r));
    out.push({ key: resourceKey(r), result: r, onlyResult: true });
  }
  return out;
}

describe('resourceEntries', () => {
  it('joins live resources and sync results as a plain keyed join does, duplicates and missing fields included', () => {
    fc.assert(
      fc.property(fc.array(liveArb, { maxLength: 12 }), fc.array(resultArb, { maxLength: 12 }), (live, results) => {
        const entries = resourceEntries({ resources: live, operationState: { syncResult: { resources: results } } } as never);
        const expected = plainJoin(live, results);
        expect(entries.map((e) => e.key)).toEqual(expected.map((e) => e.key));
        entries.forEach((e, i) => {
          expect(e.fromSyncResultOnly).toBe(expected[i].onlyResult);
          expect(e.lastSync?.message).toBe(expected[i].result?.message);
          expect(e.lastSync?.status).toBe(expected[i].result?.status);
        });
      }),
      { numRuns: 500 },
    );
  });
});
