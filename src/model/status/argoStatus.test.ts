import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUnreadable, MAX_PROBLEMS, PARSE_PROBLEM_CODES, parseArgoStatus, parseProblemKey, parseProblemParams } from './argoStatus';
import { buildResourceTree } from '../tree/resourceTree';
import { flattenVisible, expandableKeys } from '../tree/treeRows';
import { diagnose } from '../diagnostics/diagnostics';
import { appHealth, appSync } from './status';
import {
  ALL_STATUS_FIXTURES,
  ARGO3_STATUS,
  ARGO_STATUS,
  ARGO_STATUS_WITHOUT_SUMMARY,
  COMPARISON_ERROR_STATUS,
  FAILED_SYNC_STATUS,
  largeStatus,
  makeApp,
  OPERATION_STATE_STATUS,
} from '../testFixtures';

describe('parseArgoStatus: the upstream fixtures', () => {
  it('reads argo-status.json completely and without problems', () => {
    const { status, problems } = parseArgoStatus(ARGO_STATUS);
    expect(problems).toEqual([]);
    expect(status?.health?.status).toBe('Healthy');
    expect(status?.sync?.status).toBe('Synced');
    expect(status?.sync?.revision).toBe('1d4fcf1f56f5dbe2ae65abb001ffc304f1d58070');
    expect(status?.sync?.comparedTo?.destination).toEqual({ name: 'in-cluster', namespace: 'argocd' });
    expect(status?.sync?.comparedTo?.source?.kustomize?.images).toEqual(['ghcr.io/linuxsuren-bot/open-podcasts-ui:v1.0.2']);
    expect(status?.summary?.images).toHaveLength(4);
    expect(status?.sourceType).toBe('Kustomize');
    expect(status?.reconciledAt).toBe('2022-06-30T06:48:05Z');
  });

  it('reads the fixture without summary', () => {
    const { status, problems } = parseArgoStatus(ARGO_STATUS_WITHOUT_SUMMARY);
    expect(problems).toEqual([]);
    expect(status).toEqual({
      health: { status: 'Healthy' },
      reconciledAt: '2022-06-30T06:48:05Z',
      sourceType: 'Kustomize',
    });
  });

  it('reads the operationState fixture, multi-line messages included', () => {
    const { status, problems } = parseArgoStatus(OPERATION_STATE_STATUS);
    expect(problems).toEqual([]);
    const op = status?.operationState;
    expect(op?.phase).toBe('Succeeded');
    expect(op?.operation?.sync?.revision).toBe('HEAD');
    expect(op?.startedAt).toBe('2018-09-21T23:50:25Z');
    expect(op?.syncResult?.revision).toBe('a'.repeat(40));
    expect(op?.syncResult?.resources?.[0]).toMatchObject({
      kind: 'RoleBinding',
      name: 'always-outofsync',
      status: 'Synced',
    });
    expect(op?.syncResult?.resources?.[0].message?.split('\n')).toHaveLength(2);
  });

  it('reads conditions of a failed comparison', () => {
    const { status, problems } = parseArgoStatus(COMPARISON_ERROR_STATUS);
    expect(problems).toEqual([]);
    expect(status?.conditions).toHaveLength(1);
    expect(status?.conditions?.[0].type).toBe('ComparisonError');
    expect(status?.conditions?.[0].message).toContain('authentication required');
    expect(status?.sync?.status).toBe('Unknown');
  });

  it('reads an Argo CD 3.x status whose resources carry no health', () => {
    const { status, problems } = parseArgoStatus(ARGO3_STATUS);
    expect(problems).toEqual([]);
    expect(status?.resourceHealthSource).toBe('appTree');
    expect(status?.health?.lastTransitionTime).toBe('2025-05-06T07:08:09Z');
    expect(status?.resources).toHaveLength(2);
    expect(status?.resources?.every((r) => r.health === undefined)).toBe(true);
    expect(status?.history?.[0]).toMatchObject({ id: 0, initiatedBy: { automated: true } });
    // Fields this console does not use are ignored without complaint.
    expect(status).not.toHaveProperty('sourceHydrator');
  });

  it('reads a failed sync with hooks and prune results', () => {
    const { status, problems } = parseArgoStatus(FAILED_SYNC_STATUS);
    expect(problems).toEqual([]);
    expect(status?.operationState?.syncResult?.resources?.map((r) => r.status ?? r.hookPhase)).toEqual([
      'Synced',
      'SyncFailed',
      'Failed',
      'Pruned',
    ]);
  });

  it('accepts an already parsed object the same as its JSON', () => {
    for (const raw of Object.values(ALL_STATUS_FIXTURES)) {
      expect(parseArgoStatus(JSON.parse(raw))).toEqual(parseArgoStatus(raw));
    }
  });
});

describe('parseArgoStatus: missing, empty and broken input', () => {
  it.each([
    ['undefined', undefined, 'missing', undefined],
    ['null', null, 'missing', undefined],
    ['an empty string', '', 'empty', undefined],
    ['a blank string', '  \n ', 'empty', undefined],
    ['cut-off JSON', '{"health":{"status":"Hea', 'invalid-json', undefined],
    ['not JSON at all', 'Healthy', 'invalid-json', undefined],
    ['a JSON array', '[{"health":{}}]', 'not-an-object', 'array'],
    ['JSON null', 'null', 'not-an-object', 'null'],
    ['a JSON string', '"Healthy"', 'not-an-object', 'string'],
    ['a number', 42, 'not-a-string', 'number'],
    ['an array value', [], 'not-a-string', 'array'],
  ])('%s gives no status and one %s problem', (_label, raw, code, found) => {
    const result = parseArgoStatus(raw);
    expect(result.status).toBeNull();
    expect(result.problems).toEqual([found === undefined ? { code, path: '' } : { code, path: '', found }]);
  });

  it('tells unreadable statuses from absent ones', () => {
    expect(isUnreadable(parseArgoStatus('{oops'))).toBe(true);
    expect(isUnreadable(parseArgoStatus('[]'))).toBe(true);
    expect(isUnreadable(parseArgoStatus(undefined))).toBe(false);
    expect(isUnreadable(parseArgoStatus(''))).toBe(false);
    expect(isUnreadable(parseArgoStatus('{}'))).toBe(false);
  });

  it('an empty object is a status with nothing in it', () => {
    expect(parseArgoStatus('{}')).toEqual({ status: {}, problems: [] });
  });
});

describe('parseArgoStatus: partial and odd values', () => {
  it('keeps unknown enum values and flags them', () => {
    const { status, problems } = parseArgoStatus(
      '{"health":{"status":"Frozen"},"sync":{"status":"Drifting"},"operationState":{"phase":"Paused"}}',
    );
    expect(status?.health?.status).toBe('Frozen');
    expect(status?.sync?.status).toBe('Drifting');
    expect(status?.operationState?.phase).toBe('Paused');
    expect(problems).toEqual([
      { code: 'unknown-value', path: 'sync.status', found: 'Drifting' },
      { code: 'unknown-value', path: 'health.status', found: 'Frozen' },
      { code: 'unknown-value', path: 'operationState.phase', found: 'Paused' },
    ]);
  });

  it('drops values of the wrong type, reports where, and keeps the rest', () => {
    const raw = JSON.stringify({
      health: { status: 5, message: 'fine' },
      sync: [],
      reconciledAt: 'yesterday',
      resources: [{ kind: 'Service', name: 'a', health: { status: 'Healthy' } }, { kind: 7, name: 'b', syncWave: '1' }, 'oops', null],
      summary: { images: ['nginx', 3] },
    });
    const { status, problems } = parseArgoStatus(raw);
    expect(status?.health).toEqual({ message: 'fine' });
    expect(status).not.toHaveProperty('sync');
    expect(status).not.toHaveProperty('reconciledAt');
    expect(status?.resources).toEqual([{ kind: 'Service', name: 'a', health: { status: 'Healthy' } }, { name: 'b' }]);
    expect(status?.summary?.images).toEqual(['nginx']);
    expect(problems).toEqual([
      { code: 'wrong-type', path: 'resources[1].kind', expected: 'string', found: 'number' },
      { code: 'wrong-type', path: 'resources[1].syncWave', expected: 'integer', found: 'string' },
      { code: 'wrong-type', path: 'resources[2]', expected: 'object', found: 'string' },
      { code: 'wrong-type', path: 'resources[3]', expected: 'value', found: 'null' },
      { code: 'wrong-type', path: 'sync', expected: 'object', found: 'array' },
      { code: 'wrong-type', path: 'health.status', expected: 'string', found: 'number' },
      { code: 'invalid-time', path: 'reconciledAt', found: 'yesterday' },
      { code: 'wrong-type', path: 'summary.images[1]', expected: 'string', found: 'number' },
    ]);
  });

  it('treats null fields as absent, the way Go writes empty slices', () => {
    expect(parseArgoStatus('{"resources":null,"conditions":null,"health":{"status":"Healthy"}}')).toEqual({
      status: { health: { status: 'Healthy' } },
      problems: [],
    });
  });

  it('drops a condition without a type but keeps the others', () => {
    const { status, problems } = parseArgoStatus('{"conditions":[{"message":"no type"},{"type":"SyncError","message":"boom"}]}');
    expect(status?.conditions).toEqual([{ type: 'SyncError', message: 'boom' }]);
    expect(problems).toEqual([{ code: 'missing-field', path: 'conditions[0].type' }]);
  });

  it('cannot be tricked into changing prototypes', () => {
    const raw = '{"sync":{"comparedTo":{"source":{"repoURL":"x","kustomize":{"commonLabels":{"__proto__":{"polluted":"yes"},"a":"b"}}}}}}';
    const { status } = parseArgoStatus(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(status?.sync?.comparedTo?.source?.kustomize?.commonLabels).toEqual({ a: 'b' });
  });

  it('stops listing problems after MAX_PROBLEMS and says how many were left out', () => {
    const resources = Array.from({ length: 1000 }, (_, i) => ({ name: `r${i}`, status: 'Weird' }));
    const { status, problems } = parseArgoStatus(JSON.stringify({ resources }));
    expect(status?.resources).toHaveLength(1000);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]).toEqual({ code: 'too-many-problems', path: '', found: String(1000 - MAX_PROBLEMS) });
  });

  it('keeps every resource of a very large status', () => {
    const { status, problems } = parseArgoStatus(largeStatus(20_000));
    expect(problems).toEqual([]);
    expect(status?.resources).toHaveLength(20_000);
    expect(status?.resources?.[19_999].name).toBe('res-19999');
  });

  it('gives every problem an i18n key and filled params', () => {
    const { problems } = parseArgoStatus('{"health":{"status":3}}');
    expect(parseProblemKey(problems[0].code)).toBe('GITOPS_PARSE_PROBLEM_WRONG_TYPE');
    expect(parseProblemParams(problems[0])).toEqual({ path: 'health.status', expected: 'string', found: 'number' });
    expect(parseProblemParams({ code: 'missing', path: '' })).toEqual({ path: '', expected: '', found: '' });
  });
});

// --- fuzzing ----------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) paths(value[k], [...prefix, k], out);
  return out;
}

function replaceAt(value: Json, path: Array<string | number>, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  if (value && typeof value === 'object') return { ...value, [head]: replaceAt(value[head as string], rest, replacement) };
  return value;
}

const validStatuses = Object.values(ALL_STATUS_FIXTURES).map((s) => JSON.parse(s) as Json);

/** A valid status with a few values swapped for arbitrary JSON, then sometimes cut short. */
const mutatedStatus = fc
  .tuple(
    fc.constantFrom(...validStatuses),
    fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>), { minLength: 1, maxLength: 4 }),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([base, edits, cut]) => {
    let value = base;
    for (const [index, replacement] of edits) {
      const all = paths(value);
      value = replaceAt(value, all[index % all.length], replacement);
    }
    const text = JSON.stringify(value);
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
  });

const anyInput = fc.oneof(
  fc.json(),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.anything(),
  fc.jsonValue().map((v) => JSON.stringify({ resources: v, operationState: v, conditions: v })),
  mutatedStatus,
);

const KNOWN_CODES = new Set<string>(PARSE_PROBLEM_CODES);

describe('parseArgoStatus never throws', () => {
  it('on 10,000 arbitrary JSON values, strings, objects and mutated statuses', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const result = parseArgoStatus(raw);
        expect(result.status === null || typeof result.status === 'object').toBe(true);
        expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
        for (const p of result.problems) {
          expect(KNOWN_CODES.has(p.code)).toBe(true);
          expect(typeof p.path).toBe('string');
        }
        for (const r of result.status?.resources ?? []) expect(typeof r).toBe('object');
      }),
      { numRuns: 10_000 },
    );
  });

  it('and what it returns is safe for badges, the resource tree and diagnostics', () => {
    fc.assert(
      fc.property(mutatedStatus, (raw) => {
        const parsed = parseArgoStatus(raw);
        const app = makeApp({ argoApp: raw, labels: { 'gitops.kubesphere.io/health-status': undefined } });
        appHealth(app, parsed);
        appSync(app, parsed);
        const tree = buildResourceTree(parsed.status, { appName: 'demo' });
        flattenVisible(tree, expandableKeys(tree));
        diagnose(app, parsed, { now: '2030-01-01T00:00:00Z' });
      }),
      { numRuns: 1_000 },
    );
  });
});
