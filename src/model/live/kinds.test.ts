import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinKind, guessPlural, objectRefOf } from './kinds';

describe('builtinKind', () => {
  it.each([
    ['', 'Pod', 'v1', 'pods', true],
    ['', 'Namespace', 'v1', 'namespaces', false],
    ['', 'PersistentVolumeClaim', 'v1', 'persistentvolumeclaims', true],
    ['apps', 'Deployment', 'v1', 'deployments', true],
    ['batch', 'CronJob', 'v1', 'cronjobs', true],
    ['networking.k8s.io', 'Ingress', 'v1', 'ingresses', true],
    ['networking.k8s.io', 'NetworkPolicy', 'v1', 'networkpolicies', true],
    ['rbac.authorization.k8s.io', 'ClusterRole', 'v1', 'clusterroles', false],
    ['autoscaling', 'HorizontalPodAutoscaler', 'v2', 'horizontalpodautoscalers', true],
    ['policy', 'PodDisruptionBudget', 'v1', 'poddisruptionbudgets', true],
    ['apiextensions.k8s.io', 'CustomResourceDefinition', 'v1', 'customresourcedefinitions', false],
  ])('knows %s/%s', (group, kind, version, plural, namespaced) => {
    expect(builtinKind(group, kind)).toEqual({ group, version, plural, namespaced });
  });

  it('tells kinds of different groups apart', () => {
    expect(builtinKind('apps', 'Pod')).toBeUndefined();
    expect(builtinKind('', 'Deployment')).toBeUndefined();
  });
});

describe('guessPlural (meta.UnsafeGuessKindToResource)', () => {
  it.each([
    ['Pod', 'pods'],
    ['Ingress', 'ingresses'],
    ['NetworkPolicy', 'networkpolicies'],
    ['Endpoints', 'endpoints'],
    ['Certificate', 'certificates'],
  ])('%s → %s', (kind, plural) => {
    expect(guessPlural(kind)).toBe(plural);
  });

  it('keeps the guess exactly as apimachinery makes it, mistakes included', () => {
    expect(guessPlural('Gateway')).toBe('gatewaies');
  });

  it('knows the common kinds the guess gets wrong instead', () => {
    expect(objectRefOf({ group: 'gateway.networking.k8s.io', kind: 'Gateway', namespace: 'demo', name: 'gw' })?.plural).toBe('gateways');
  });

  it('is empty for an empty kind', () => {
    expect(guessPlural('')).toBe('');
  });

  it('always gives a lower-case name starting with the lower-cased kind minus a final y', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][A-Za-z]{0,20}$/), (kind) => {
        const plural = guessPlural(kind);
        expect(plural).toBe(plural.toLowerCase());
        expect(plural.startsWith(kind.toLowerCase().replace(/y$/, ''))).toBe(true);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});

describe('objectRefOf', () => {
  it('maps a namespaced built-in, keeping the version Argo CD reports', () => {
    expect(objectRefOf({ group: 'autoscaling', version: 'v1', kind: 'HorizontalPodAutoscaler', namespace: 'demo', name: 'web' })).toEqual({
      group: 'autoscaling',
      version: 'v1',
      plural: 'horizontalpodautoscalers',
      kind: 'HorizontalPodAutoscaler',
      namespace: 'demo',
      name: 'web',
      guessed: false,
    });
  });

  it("uses the table's version when the resource has none", () => {
    expect(objectRefOf({ group: 'apps', kind: 'Deployment', namespace: 'demo', name: 'web' })?.version).toBe('v1');
  });

  it('drops the namespace of a cluster-scoped built-in', () => {
    const ref = objectRefOf({ group: 'rbac.authorization.k8s.io', version: 'v1', kind: 'ClusterRole', namespace: 'demo', name: 'reader' });
    expect(ref).not.toHaveProperty('namespace');
  });

  it('guesses the plural of an unknown kind, leaving the version unknown unless given', () => {
    expect(objectRefOf({ group: 'cert-manager.io', kind: 'Certificate', namespace: 'demo', name: 'tls' })).toEqual({
      group: 'cert-manager.io',
      version: '',
      plural: 'certificates',
      kind: 'Certificate',
      namespace: 'demo',
      name: 'tls',
      guessed: true,
    });
    expect(objectRefOf({ group: 'example.com', version: 'v1beta1', kind: 'Widget', name: 'w' })).toEqual({
      group: 'example.com',
      version: 'v1beta1',
      plural: 'widgets',
      kind: 'Widget',
      name: 'w',
      guessed: true,
    });
  });

  it('gives nothing without a kind or a name, and never throws on junk', () => {
    expect(objectRefOf({ kind: '', name: 'x' })).toBeNull();
    expect(objectRefOf({ kind: 'Pod', name: '' })).toBeNull();
    fc.assert(
      fc.property(
        fc.record({ group: fc.anything(), version: fc.anything(), kind: fc.anything(), namespace: fc.anything(), name: fc.anything() }),
        (r) => {
          objectRefOf(r as never);
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });
});
