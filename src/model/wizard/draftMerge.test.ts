import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonObjectArb } from './wizardArbitraries';
import { jsonEqual, threeWayMerge, type MergePath } from './draftMerge';

type Json = Record<string, unknown>;
const MISSING = Symbol('missing');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const OBJECT = Symbol('object');

/**
 * Every place where `mine` differs from `base`, with mine's value (MISSING when removed). An
 * object the user made where there was none must stay an object; what is inside is compared key
 * by key, since the other side may have filled it too.
 */
function edits(base: unknown, mine: unknown, path: MergePath = []): Array<[MergePath, unknown]> {
  if (jsonEqual(base, mine)) return [];
  if (isObject(mine)) {
    const from = isObject(base) ? base : {};
    const keys = new Set([...Object.keys(from), ...Object.keys(mine)]);
    const inside = [...keys].flatMap((k) => edits(k in from ? from[k] : MISSING, k in mine ? mine[k] : MISSING, [...path, k]));
    return isObject(base) ? inside : [[path, OBJECT], ...inside];
  }
  return [[path, mine]];
}

function at(value: unknown, path: MergePath): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current) || !(String(key) in current)) return MISSING;
    current = current[String(key)];
  }
  return current;
}

describe('three-way merge', () => {
  it("keeps every one of the user's edits", () => {
    fc.assert(
      fc.property(jsonObjectArb, jsonObjectArb, jsonObjectArb, (base, mine, theirs) => {
        const { merged } = threeWayMerge(base, mine, theirs);
        for (const [path, value] of edits(base, mine)) {
          const got = at(merged, path);
          if (value === MISSING) expect(got, path.join('.')).toBe(MISSING);
          else if (value === OBJECT) expect(isObject(got), path.join('.')).toBe(true);
          else expect(jsonEqual(got, value), path.join('.')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('takes their changes where the user changed nothing', () => {
    fc.assert(
      fc.property(jsonObjectArb, jsonObjectArb, (base, theirs) => {
        const { merged, conflicts } = threeWayMerge(base, base, theirs);
        expect(merged).toEqual(theirs);
        expect(conflicts).toEqual([]);
      }),
    );
  });

  it('merges edits of different fields without a conflict', () => {
    const base = { metadata: { labels: { a: '1' } }, spec: { path: 'x', revision: 'HEAD' } };
    const mine = { metadata: { labels: { a: '1', b: '2' } }, spec: { path: 'y', revision: 'HEAD' } };
    const theirs = { metadata: { labels: { a: '1' }, resourceVersion: '9' }, spec: { path: 'x', revision: 'main' } };
    expect(threeWayMerge(base, mine, theirs)).toEqual({
      merged: { metadata: { labels: { a: '1', b: '2' }, resourceVersion: '9' }, spec: { path: 'y', revision: 'main' } },
      conflicts: [],
    });
  });

  it('reports a field both changed, keeping the user value', () => {
    const result = threeWayMerge({ spec: { path: 'x' } }, { spec: { path: 'mine' } }, { spec: { path: 'theirs' } });
    expect(result).toEqual({ merged: { spec: { path: 'mine' } }, conflicts: [['spec', 'path']] });
  });

  it('always takes server-owned places from theirs', () => {
    const serverOwned = (path: MergePath) => path.join('.') === 'metadata.resourceVersion';
    const result = threeWayMerge(
      { metadata: { resourceVersion: '1' } },
      { metadata: { resourceVersion: '0' } },
      { metadata: { resourceVersion: '2' } },
      { serverOwned },
    );
    expect(result).toEqual({ merged: { metadata: { resourceVersion: '2' } }, conflicts: [] });
  });
});
