/**
 * The list index (api/list-index.ts) against the plain scan it replaces: after any sequence of
 * creates, rewrites (same or another creation time), deletes, seeds and clears, with or without
 * informer-cache lag, every list and summary equals `defaultList` over the cached list.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ListIndex } from '../api/list-index';
import { defaultList, parseListQuery, stringAt } from '../api/query';
import { InformerCache } from '../sim/cache';
import { Store, type AppRecord } from '../sim/store';

const NS = 'demo-project';
const HEALTH = 'gitops.kubesphere.io/health-status';
const SYNC = 'gitops.kubesphere.io/sync-status';
const BASE = Date.parse('2025-01-01T00:00:00Z');

const nameArb = fc.constantFrom('a', 'app-1', 'app-10', 'beta-team', 'zeta');
const appArb = fc.record({
  name: nameArb,
  created: fc.integer({ min: 0, max: 2 }),
  health: fc.option(fc.constantFrom('Healthy', 'Degraded'), { nil: undefined }),
  sync: fc.option(fc.constantFrom('Synced', 'OutOfSync'), { nil: undefined }),
  alias: fc.option(fc.constantFrom('Alpha', 'team a'), { nil: undefined }),
});
interface App {
  name: string;
  created: number;
  health?: string;
  sync?: string;
  alias?: string;
}

const queryArb = fc.record(
  {
    limit: fc.constantFrom('2', '3', '-1', '0', '-5', 'x'),
    page: fc.constantFrom('1', '2', '3', '0', '-1'),
    sortBy: fc.constantFrom('name', 'createTime'),
    ascending: fc.constantFrom('true', 'false'),
    name: fc.constantFrom('a', 'app-1', 'team', 'zz'),
    label: fc.constantFrom(`${HEALTH}=Healthy`, `!${SYNC}`),
    healthStatus: fc.constantFrom('Healthy', 'Degraded'),
  },
  { requiredKeys: [] },
);

const opArb = fc.oneof(
  { arbitrary: appArb.map((app) => ({ op: 'put' as const, app })), weight: 4 },
  { arbitrary: nameArb.map((name) => ({ op: 'delete' as const, name })), weight: 1 },
  { arbitrary: fc.array(appArb, { maxLength: 6 }).map((apps) => ({ op: 'seed' as const, apps })), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 150 }).map((ms) => ({ op: 'wait' as const, ms })), weight: 1 },
  { arbitrary: queryArb.map((query) => ({ op: 'list' as const, query })), weight: 4 },
);

function objectOf(app: App, namespace = NS) {
  const labels: Record<string, string> = {};
  if (app.health) labels[HEALTH] = app.health;
  if (app.sync) labels[SYNC] = app.sync;
  return {
    metadata: {
      name: app.name,
      namespace,
      creationTimestamp: new Date(BASE + app.created * 1000).toISOString().replace('.000Z', 'Z'),
      labels,
      annotations: app.alias ? { 'kubesphere.io/alias-name': app.alias } : {},
    },
  };
}

function plainSummary(records: AppRecord[]) {
  const count = (key: string) => {
    const out: Record<string, number> = {};
    for (const rec of records) {
      const v = stringAt(rec.obj.metadata?.labels, key);
      if (v) out[v] = (out[v] ?? 0) + 1;
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  return { total: records.length, healthStatus: count(HEALTH), syncStatus: count(SYNC) };
}

describe('list index', () => {
  it('lists and counts what the plain scan does, across writes and cache lag', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 100), fc.array(opArb, { minLength: 10, maxLength: 40 }), (lag, ops) => {
        let now = BASE + 60_000;
        let random = 1;
        const store = new Store(
          () => now,
          () => (random = (random * 48271) % 2147483647) / 2147483647,
        );
        const cache = new InformerCache(store, () => now);
        cache.setLag(lag);
        const index = new ListIndex(store, cache);
        for (const step of ops) {
          if (step.op === 'put') store.putRaw('host', NS, step.app.name, objectOf(step.app));
          else if (step.op === 'delete' && store.get('host', NS, step.name)) store.delete('host', NS, step.name);
          else if (step.op === 'seed') {
            store.clear();
            cache.clear();
            const unique = new Map(step.apps.map((app) => [app.name, objectOf(app)]));
            store.load('host', [...unique.values()]);
            // Another namespace's writes must not disturb this one's index.
            store.putRaw('host', 'other', 'a', objectOf({ name: 'a', created: 0 }, 'other'));
          } else if (step.op === 'wait') now += step.ms;
          else if (step.op === 'list') {
            const params = new URLSearchParams(step.query as Record<string, string>);
            const q = parseListQuery(params);
            const health = params.get('healthStatus');
            const keep = (rec: AppRecord) => !health || stringAt(rec.obj.metadata?.labels, HEALTH) === health;
            const plain = cache.list('host', NS);
            const expected = defaultList(plain.filter(keep), q);
            const got = index.list('host', NS, q, health ? [[HEALTH, health]] : []);
            expect(got.totalItems).toBe(expected.totalItems);
            expect(got.items.map((rec) => rec.obj)).toEqual(expected.items.map((rec) => rec.obj));
            expect(index.summary('host', NS, HEALTH, SYNC)).toEqual(plainSummary(plain));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
