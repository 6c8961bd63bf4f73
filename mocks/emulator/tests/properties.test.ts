/**
 * Property tests: list paging/filtering/sorting against a direct model of
 * KubeSphere's DefaultList, and the Go JSON codec against JSON.parse.
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { call, DEMO_NS, useEmulator } from './harness';
import { marshalIndent, marshalSorted } from '../core/gojson';
import { scanGoJson, toPlain } from '../core/goscan';

const env = useEmulator({ seed: 'empty' });

interface ModelApp {
  name: string;
  created: number;
  alias?: string;
  health?: string;
  sync?: string;
}

const HEALTH = ['Healthy', 'Degraded', 'Progressing', 'Missing'];
const SYNC = ['Synced', 'OutOfSync', 'Unknown'];
const BASE = Date.parse('2025-01-01T00:00:00Z');

const appArb = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/),
  created: fc.integer({ min: 0, max: 20 }),
  alias: fc.option(fc.constantFrom('Alpha', 'beta team', 'Gamma-1', 'x'), { nil: undefined }),
  health: fc.option(fc.constantFrom(...HEALTH), { nil: undefined }),
  sync: fc.option(fc.constantFrom(...SYNC), { nil: undefined }),
});

const appsArb = fc.uniqueArray(appArb, { selector: (a) => a.name, maxLength: 25 });

const intLike = fc.oneof(fc.integer({ min: -2, max: 12 }).map(String), fc.constantFrom('', 'abc', '1.5', '+3', ' 2'));

const queryArb = fc.record(
  {
    limit: intLike,
    page: intLike,
    sortBy: fc.constantFrom('name', 'creationTimestamp', 'createTime', 'bogus'),
    ascending: fc.constantFrom('true', 'false', 'True', '1', 'yes'),
    name: fc.constantFrom('a', 'e', 'Alpha', 'team', '1', 'zz', ''),
    healthStatus: fc.constantFrom(...HEALTH),
    syncStatus: fc.constantFrom(...SYNC),
  },
  { requiredKeys: [] },
);

const atoi = (s: string | undefined) => (s !== undefined && /^[+-]?\d+$/.test(s) ? Number(s) : undefined);

function model(apps: ModelApp[], q: Record<string, string>): { names: string[]; total: number } {
  let items = apps.filter(
    (a) =>
      (!q.healthStatus || a.health === q.healthStatus) &&
      (!q.syncStatus || a.sync === q.syncStatus) &&
      (q.name === undefined || a.name.includes(q.name) || (a.alias !== undefined && a.alias.includes(q.name))),
  );
  const ascending = ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(q.ascending ?? '');
  items = [...items].sort((a, b) => {
    const byName = a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    const order = q.sortBy === 'name' ? byName : a.created - b.created || byName;
    return ascending ? order : -order;
  });
  const limit = atoi(q.limit) ?? -1;
  const page = atoi(q.page) ?? 1;
  const offset = (page - 1) * limit;
  const total = items.length;
  let page_: ModelApp[];
  if (limit === -1) page_ = items;
  else if (limit < 0 || offset < 0 || offset > total) page_ = [];
  else page_ = items.slice(offset, offset + limit);
  return { names: page_.map((a) => a.name), total };
}

function toObject(a: ModelApp) {
  const labels: Record<string, string> = {};
  if (a.health) labels['gitops.kubesphere.io/health-status'] = a.health;
  if (a.sync) labels['gitops.kubesphere.io/sync-status'] = a.sync;
  return {
    metadata: {
      name: a.name,
      namespace: 'demo-project',
      creationTimestamp: new Date(BASE + a.created * 1000).toISOString().replace('.000Z', 'Z'),
      labels,
      annotations: a.alias ? { 'kubesphere.io/alias-name': a.alias } : {},
    },
    spec: {},
  };
}

describe('list against the DefaultList model', () => {
  it('pages, filters and sorts like KubeSphere v4', async () => {
    await fc.assert(
      fc.asyncProperty(appsArb, fc.array(queryArb, { minLength: 1, maxLength: 4 }), async (apps, queries) => {
        env.emulator.reset({ objects: apps.map(toObject), reconcile: false });
        for (const q of queries) {
          const params = new URLSearchParams(q as Record<string, string>);
          const r = await call(`${DEMO_NS}/applications?${params}`);
          const expected = model(apps, q as Record<string, string>);
          expect(r.json.totalItems).toBe(expected.total);
          expect(r.json.items.map((i: Loose) => i.metadata.name)).toEqual(expected.names);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('summary counts equal the label histogram', async () => {
    await fc.assert(
      fc.asyncProperty(appsArb, async (apps) => {
        env.emulator.reset({ objects: apps.map(toObject), reconcile: false });
        const r = await call(`${DEMO_NS}/application-summary`);
        const count = (key: 'health' | 'sync') =>
          apps.reduce<Record<string, number>>(
            (acc, a) => (a[key] ? { ...acc, [a[key] as string]: (acc[a[key] as string] ?? 0) + 1 } : acc),
            {},
          );
        expect(r.json).toEqual({ total: apps.length, healthStatus: count('health'), syncStatus: count('sync') });
      }),
      { numRuns: 30 },
    );
  });
});

describe('Go JSON codec', () => {
  it('reads every valid JSON document like JSON.parse', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const scanned = scanGoJson(text);
        expect(scanned.ok).toBe(true);
        if (scanned.ok) expect(toPlain(scanned.value)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary input and accepts whatever JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const scanned = scanGoJson(text);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) expect(scanned.ok).toBe(true);
        if (!scanned.ok) expect(scanned.error).toMatch(/^(EOF|unexpected EOF|invalid character .+)$/);
      }),
      { numRuns: 300 },
    );
  });

  it('encodes values that parse back unchanged, without raw HTML characters', () => {
    const value = fc.jsonValue().filter((v) => !Object.is(v, -0) && !JSON.stringify(v).includes('-0'));
    fc.assert(
      fc.property(value, (v) => {
        for (const text of [marshalIndent(v), marshalSorted(v)]) {
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
          expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
