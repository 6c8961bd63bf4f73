import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgoStatus } from './argoStatus';
import { statusDecoding } from './statusDecoding';
import { applyStatusChange } from './statusPatch';

const HEALTH = ['Healthy', 'Degraded', 'Progressing'] as const;

/** A status text with `n` resources, the ones in `changed` with another health, and a sync result for the first three. */
function text(n: number, changed: ReadonlySet<number> = new Set(), reconciledAt = '2026-01-01T00:00:00Z', order?: number[]): string {
  const places = order ?? [...Array(n).keys()];
  const resources = places.map((i) => ({
    group: 'apps',
    version: 'v1',
    kind: 'Deployment',
    namespace: 'demo',
    name: `web-${i}`,
    status: 'Synced',
    health: { status: changed.has(i) ? 'Degraded' : HEALTH[i % 2 === 0 ? 0 : 2] },
  }));
  const results = resources.slice(0, 3).map((r) => ({ ...r, health: undefined, status: 'Synced', message: `${r.name} configured` }));
  return JSON.stringify({
    reconciledAt,
    resources,
    operationState: { phase: 'Succeeded', syncResult: { revision: 'abc', resources: results } },
  });
}

/** As the page gets it: decoded in the worker, copied over (postMessage), applied to the page's own previous status. */
function refresh(previousText: string, nextText: string, decode = statusDecoding()) {
  const page = parseArgoStatus(previousText).status;
  const change = structuredClone(decode('uid-1', previousText, nextText)!);
  return { page, status: applyStatusChange(page, change), problems: change.problems };
}

describe('a refreshed status told as a change', () => {
  it('is told against the text decoded last when the page sends none, and asks for it when not kept', () => {
    const decode = statusDecoding();
    expect(decode('uid-1', null, text(5))).toBeUndefined();
    expect(decode('uid-1', text(5), text(5, new Set([1])))).toBeDefined();
    const change = decode('uid-1', null, text(5, new Set([1, 2])))!;
    const page = parseArgoStatus(text(5, new Set([1]))).status;
    expect(applyStatusChange(page, change)).toEqual(parseArgoStatus(text(5, new Set([1, 2]))).status);
    for (const uid of ['a', 'b', 'c', 'd']) decode(uid, text(2), text(3));
    // Four other applications later, the first one's text is no longer kept.
    expect(decode('uid-1', null, text(5))).toBeUndefined();
  });

  it('gives the status the page would have decoded, keeping its unchanged resources by identity', () => {
    const { page, status } = refresh(text(50), text(50, new Set([7, 30])));
    expect(status).toEqual(parseArgoStatus(text(50, new Set([7, 30]))).status);
    expect(status!.resources![6]).toBe(page!.resources![6]);
    expect(status!.resources![7]).not.toBe(page!.resources![7]);
    expect(status!.resources![7].health?.status).toBe('Degraded');
    // The sync result did not change: the page's own list, as it was.
    expect(status!.operationState!.syncResult!.resources).toBe(page!.operationState!.syncResult!.resources);
  });

  it('keeps both lists as they were when only the reconcile time moved', () => {
    const { page, status } = refresh(text(20), text(20, new Set(), '2026-01-01T00:03:00Z'));
    expect(status!.reconciledAt).toBe('2026-01-01T00:03:00Z');
    expect(status!.resources).toBe(page!.resources);
  });

  it('follows resources that moved, came and went, and a status that became unreadable', () => {
    const reversed = [...Array(10).keys()].reverse();
    const moved = refresh(text(10), text(10, new Set(), undefined, reversed));
    expect(moved.status).toEqual(parseArgoStatus(text(10, new Set(), undefined, reversed)).status);
    expect(moved.status!.resources![0]).toBe(moved.page!.resources![9]);
    expect(refresh(text(10), text(12)).status).toEqual(parseArgoStatus(text(12)).status);
    expect(refresh(text(10), text(4)).status).toEqual(parseArgoStatus(text(4)).status);
    const broken = refresh(text(10), '{"resources": [');
    expect(broken.status).toBeNull();
    expect(broken.problems[0].code).toBe('invalid-json');
  });

  it('tells each next text against the one before, which the worker keeps', () => {
    const decode = statusDecoding();
    let previous = text(30);
    const first = parseArgoStatus(previous).status;
    let page = first;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 5 }), (changed) => {
        const next = text(30, new Set(changed));
        // After the first, the page no longer sends the previous text: the worker has it.
        page = applyStatusChange(page, structuredClone(decode('uid-1', page === first ? previous : null, next)!));
        previous = next;
        expect(page).toEqual(parseArgoStatus(next).status);
      }),
      { numRuns: 40 },
    );
  });
});
