import { describe, expect, it } from 'vitest';
import { parseArgoStatus } from '../status/argoStatus';
import {
  aliasName,
  argoAppName,
  creator,
  description,
  destinationSummary,
  displayName,
  images,
  lastReconciledAt,
  lastSyncedAt,
  sourceSummary,
  specSourceType,
  syncPolicySummary,
} from './appInfo';
import { ARGO_STATUS, FAILED_SYNC_STATUS, makeApp, OPERATION_STATE_STATUS } from '../testFixtures';
import type { Application, SyncPolicy } from './types';

function withSpec(patch: (app: Application) => void): Application {
  const app = makeApp();
  patch(app);
  return app;
}

describe('names and annotations', () => {
  it('reads alias, description and creator, trimmed; blank means none', () => {
    const app = makeApp({
      annotations: {
        'kubesphere.io/alias-name': ' Shop ',
        'kubesphere.io/description': 'Web shop',
        'kubesphere.io/creator': 'alice',
      },
    });
    expect(aliasName(app)).toBe('Shop');
    expect(description(app)).toBe('Web shop');
    expect(creator(app)).toBe('alice');
    expect(displayName(app)).toBe('Shop');
    const plain = makeApp({ annotations: { 'kubesphere.io/alias-name': '  ' } });
    expect(aliasName(plain)).toBeUndefined();
    expect(displayName(plain)).toBe('demo');
  });

  it('names the Argo CD application after the argocd-application label, else the app name', () => {
    expect(argoAppName(makeApp({ labels: { 'gitops.kubesphere.io/argocd-application': 'demoxk2p9' } }))).toBe('demoxk2p9');
    expect(argoAppName(makeApp({ labels: { 'gitops.kubesphere.io/argocd-application': undefined } }))).toBe('demo');
  });

  it('lists images from the annotation, without blanks or duplicates', () => {
    const app = makeApp({ annotations: { 'gitops.kubesphere.io/images': 'nginx:1.25, redis:7,,nginx:1.25 ' } });
    expect(images(app)).toEqual(['nginx:1.25', 'redis:7']);
  });

  it('falls back to summary.images of the status, and to an empty list', () => {
    expect(images(makeApp(), parseArgoStatus(ARGO_STATUS))).toHaveLength(4);
    expect(images(makeApp())).toEqual([]);
    // The controller writes "" when there are no images: that is an answer, not a gap.
    expect(images(makeApp({ annotations: { 'gitops.kubesphere.io/images': '' } }), parseArgoStatus(ARGO_STATUS))).toHaveLength(4);
  });
});

describe('sourceSummary', () => {
  it('gives repository, revision and path, with the synced commit when known', () => {
    expect(sourceSummary(makeApp(), parseArgoStatus(FAILED_SYNC_STATUS))).toEqual({
      repoURL: 'https://github.com/example/apps.git',
      revision: 'HEAD',
      path: 'manifests',
      sourceType: null,
      syncedRevision: '0123456789abcdef0123456789abcdef01234567',
    });
  });

  it('defaults an empty revision to HEAD', () => {
    const app = withSpec((a) => (a.spec.argoApp!.spec.source.targetRevision = ''));
    expect(sourceSummary(app).revision).toBe('HEAD');
  });

  it('takes the source type Argo CD reported over the spec', () => {
    const app = withSpec((a) => (a.spec.argoApp!.spec.source.helm = {}));
    expect(sourceSummary(app, parseArgoStatus(ARGO_STATUS)).sourceType).toBe('Kustomize');
    expect(sourceSummary(app).sourceType).toBe('Helm');
  });

  it.each([
    [{ repoURL: 'r', chart: 'nginx' }, 'Helm'],
    [{ repoURL: 'r', helm: { releaseName: 'x' } }, 'Helm'],
    [{ repoURL: 'r', kustomize: {} }, 'Kustomize'],
    [{ repoURL: 'r', plugin: { name: 'cmp' } }, 'Plugin'],
    [{ repoURL: 'r', ksonnet: {} }, 'Ksonnet'],
    [{ repoURL: 'r', directory: { recurse: true } }, 'Directory'],
    [{ repoURL: 'r' }, null],
  ])('guesses %j as %s from the spec', (source, type) => {
    expect(specSourceType(source)).toBe(type);
  });
});

describe('destinationSummary', () => {
  it('shows the server when no cluster name is set, and knows the local cluster', () => {
    expect(destinationSummary(makeApp())).toEqual({
      cluster: 'https://kubernetes.default.svc',
      server: 'https://kubernetes.default.svc',
      namespace: 'demo',
      inCluster: true,
    });
  });

  it('prefers the cluster name', () => {
    const app = withSpec(
      (a) => (a.spec.argoApp!.spec.destination = { name: 'member-1', server: 'https://10.0.0.1:6443', namespace: 'shop' }),
    );
    expect(destinationSummary(app)).toEqual({
      cluster: 'member-1',
      name: 'member-1',
      server: 'https://10.0.0.1:6443',
      namespace: 'shop',
      inCluster: false,
    });
  });

  it('copes with an app that has no argoApp', () => {
    expect(destinationSummary({ metadata: {}, spec: {} })).toEqual({ cluster: '', inCluster: false });
  });
});

describe('syncPolicySummary', () => {
  const policy = (syncPolicy: SyncPolicy | undefined) => syncPolicySummary(withSpec((a) => (a.spec.argoApp!.spec.syncPolicy = syncPolicy)));

  it('is manual without a policy, with all switches off', () => {
    expect(policy(undefined)).toEqual({
      mode: 'manual',
      prune: false,
      selfHeal: false,
      allowEmpty: false,
      syncOptions: [],
    });
  });

  it('is manual with the 3.x console\'s "manual" key, keeping sync options', () => {
    expect(policy({ manual: {}, syncOptions: ['CreateNamespace=true'] } as SyncPolicy)).toMatchObject({
      mode: 'manual',
      syncOptions: ['CreateNamespace=true'],
    });
  });

  it('is automated with prune and self-heal as set', () => {
    expect(policy({ automated: { prune: true } })).toMatchObject({ mode: 'automated', prune: true, selfHeal: false });
    expect(policy({ automated: {} })).toMatchObject({ mode: 'automated', prune: false, selfHeal: false });
    expect(policy({ automated: { selfHeal: true, prune: true }, retry: { limit: 3 } })).toMatchObject({
      mode: 'automated',
      selfHeal: true,
      retry: { limit: 3 },
    });
  });

  it('is manual when automation is switched off', () => {
    expect(policy({ automated: { enabled: false, prune: true } })).toMatchObject({ mode: 'manual', prune: false });
  });
});

describe('times', () => {
  it('reads the last reconcile and the last sync', () => {
    expect(lastReconciledAt(parseArgoStatus(ARGO_STATUS))).toBe('2022-06-30T06:48:05Z');
    expect(lastReconciledAt(parseArgoStatus('{"observedAt":"2020-01-01T00:00:00Z"}'))).toBe('2020-01-01T00:00:00Z');
    expect(lastSyncedAt(parseArgoStatus(OPERATION_STATE_STATUS))).toBe('2018-09-21T23:50:29Z');
    expect(lastSyncedAt(parseArgoStatus('{"operationState":{"phase":"Running","startedAt":"2024-01-01T00:00:00Z"}}'))).toBe(
      '2024-01-01T00:00:00Z',
    );
    expect(lastReconciledAt(undefined)).toBeUndefined();
    expect(lastSyncedAt(parseArgoStatus(undefined))).toBeUndefined();
  });
});
