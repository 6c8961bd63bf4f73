import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAST_APPLIED_ANNOTATION, changedPaths, isServerSideApplied, lastAppliedDrift, project, quantityValue } from './drift';

const applied = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'demo', labels: { 'app.kubernetes.io/name': 'web' } },
  spec: {
    replicas: 2,
    template: {
      spec: {
        containers: [
          { name: 'app', image: 'web:1.0', ports: [{ containerPort: 80 }], env: [{ name: 'MODE', value: 'prod' }] },
          { name: 'log', image: 'fluent:2' },
        ],
        args: ['--a', '--b'],
      },
    },
  },
};

function liveOf(change: (live: typeof applied) => void = () => {}) {
  const live = structuredClone(applied) as typeof applied & Record<string, unknown>;
  change(live);
  const spec = live.spec.template.spec as Record<string, unknown>;
  // What the server adds: defaults, status, bookkeeping, an injected sidecar.
  (live.spec as Record<string, unknown>).revisionHistoryLimit = 10;
  const app = (spec.containers as Array<Record<string, unknown>>).find((c) => c.name === 'app');
  if (app) {
    app.imagePullPolicy = 'IfNotPresent';
    (app.ports as Array<Record<string, unknown>>)[0].protocol = 'TCP';
  }
  (spec.containers as unknown[]).push({ name: 'istio-proxy', image: 'proxy' });
  Object.assign(live.metadata, {
    uid: 'u1',
    resourceVersion: '42',
    generation: 3,
    creationTimestamp: '2025-06-01T00:00:00Z',
    managedFields: [{ manager: 'kubectl-client-side-apply', operation: 'Update' }],
    annotations: { [LAST_APPLIED_ANNOTATION]: JSON.stringify(applied), 'deployment.kubernetes.io/revision': '3' },
  });
  live.status = { replicas: 2 };
  return live;
}

describe('lastAppliedDrift', () => {
  it('shows no change when only the server added fields', () => {
    const result = lastAppliedDrift(liveOf());
    expect(result).toEqual({ ok: true, applied, live: applied, changed: [] });
  });

  it('names the changed paths, matching named list items by name', () => {
    const result = lastAppliedDrift(
      liveOf((live) => {
        live.spec.replicas = 5;
        live.spec.template.spec.containers.reverse();
        live.spec.template.spec.containers[1].image = 'web:1.1';
        live.spec.template.spec.containers[1].env![0].value = 'debug';
        live.spec.template.spec.args = ['--a'];
        live.metadata.labels['app.kubernetes.io/name'] = 'other';
      }),
    );
    expect(result.ok && result.changed).toEqual([
      'metadata.labels["app.kubernetes.io/name"]',
      'spec.replicas',
      'spec.template.spec.containers[name=app].image',
      'spec.template.spec.containers[name=app].env[name=MODE].value',
      'spec.template.spec.args[1]',
    ]);
    expect(result.ok && (result.live.spec as { replicas: number }).replicas).toBe(5);
  });

  it('reports a removed key, a removed named item and an added list item', () => {
    const result = lastAppliedDrift(
      liveOf((live) => {
        delete (live.spec as Partial<typeof live.spec>).replicas;
        live.spec.template.spec.containers.pop();
        live.spec.template.spec.args.push('--c');
      }),
    );
    expect(result.ok && result.changed).toEqual(['spec.replicas', 'spec.template.spec.containers[name=log]', 'spec.template.spec.args[2]']);
  });

  it('strips status, bookkeeping and the annotation from both sides', () => {
    const withStatus = { ...applied, status: { x: 1 }, metadata: { ...applied.metadata, uid: 'stale', annotations: { keep: 'me' } } };
    const live = liveOf();
    (live.metadata as Record<string, unknown>).annotations = { [LAST_APPLIED_ANNOTATION]: JSON.stringify(withStatus), keep: 'me' };
    const result = lastAppliedDrift(live);
    expect(result.ok && result.applied).not.toHaveProperty('status');
    expect(result.ok && result.applied.metadata).toEqual({ ...applied.metadata, annotations: { keep: 'me' } });
    expect(result.ok && result.changed).toEqual([]);
  });

  it('does not count quantities the server rewrote in canonical form as changes', () => {
    const manifest = {
      spec: { containers: [{ name: 'app', resources: { limits: { cpu: 0.5, memory: '1024Mi' }, requests: { cpu: 1 } } }], port: 8080 },
    };
    const live = {
      metadata: { annotations: { [LAST_APPLIED_ANNOTATION]: JSON.stringify(manifest) } },
      spec: { containers: [{ name: 'app', resources: { limits: { cpu: '500m', memory: '1Gi' }, requests: { cpu: '1' } } }], port: 8080 },
    };
    expect(lastAppliedDrift(live)).toMatchObject({ ok: true, changed: [] });
    live.spec.containers[0].resources.limits.memory = '2Gi';
    expect(lastAppliedDrift(live)).toMatchObject({ ok: true, changed: ['spec.containers[name=app].resources.limits.memory'] });
  });

  it('compares quantities only where Kubernetes stores them', () => {
    const manifest = { data: { size: '1k' } };
    const live = { metadata: { annotations: { [LAST_APPLIED_ANNOTATION]: JSON.stringify(manifest) } }, data: { size: '1000' } };
    expect(lastAppliedDrift(live)).toMatchObject({ ok: true, changed: ['data.size'] });
  });

  it.each([['{not json'], ['"a string"'], ['[1]'], ['null']])('says unreadable for the annotation %j', (annotation) => {
    expect(lastAppliedDrift({ metadata: { annotations: { [LAST_APPLIED_ANNOTATION]: annotation } } })).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });

  it('tells server-side apply from no annotation at all', () => {
    expect(lastAppliedDrift({ metadata: { managedFields: [{ manager: 'argocd-controller', operation: 'Apply' }] } })).toEqual({
      ok: false,
      reason: 'server-side-apply',
    });
    expect(
      lastAppliedDrift({ metadata: { annotations: { 'argocd.argoproj.io/sync-options': 'Prune=false, ServerSideApply=true' } } }),
    ).toEqual({
      ok: false,
      reason: 'server-side-apply',
    });
    expect(lastAppliedDrift({ metadata: { managedFields: [{ manager: 'kubectl-edit', operation: 'Update' }] } })).toEqual({
      ok: false,
      reason: 'no-annotation',
    });
    expect(lastAppliedDrift('x')).toEqual({ ok: false, reason: 'no-annotation' });
    expect(isServerSideApplied({ metadata: { annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=false' } } })).toBe(false);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (value, annotation) => {
        lastAppliedDrift(value);
        lastAppliedDrift({ metadata: { annotations: { [LAST_APPLIED_ANNOTATION]: JSON.stringify(annotation) } }, spec: value });
      }),
      { seed: 41, numRuns: 300 },
    );
  });
});

describe('quantityValue', () => {
  it.each([
    ['500m', 0.5],
    ['1Gi', 2 ** 30],
    ['1024Mi', 2 ** 30],
    ['2k', 2000],
    ['1e3', 1000],
    [0.25, 0.25],
  ])('%j = %d', (text, value) => {
    expect(quantityValue(text)).toBeCloseTo(value);
  });

  it.each([['1 Gi'], ['Gi'], [''], ['1x'], [null]])('is undefined for %j', (text) => {
    expect(quantityValue(text)).toBeUndefined();
  });
});

describe('project and changedPaths', () => {
  it('find no change between a JSON value and itself, projected onto itself', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(project(value, value)).toEqual(value);
        expect(changedPaths(value, value)).toEqual([]);
      }),
      { seed: 43, numRuns: 300 },
    );
  });

  it('find no change when live only adds keys to objects', () => {
    const arb = fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
    fc.assert(
      fc.property(arb, arb, (manifest, extra) => {
        const live = { ...extra, ...manifest };
        expect(changedPaths(manifest, project(manifest, live))).toEqual([]);
      }),
      { seed: 47, numRuns: 300 },
    );
  });
});
