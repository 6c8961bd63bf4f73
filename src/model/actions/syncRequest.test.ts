import { describe, expect, it } from 'vitest';
import { buildSyncRequest } from './syncRequest';

describe('buildSyncRequest', () => {
  it('sends an empty body for the defaults', () => {
    expect(buildSyncRequest()).toEqual({});
    expect(buildSyncRequest({ revision: '  ', prune: false, dryRun: false, force: false, resources: [], syncOptions: [] })).toEqual({});
  });

  it('names the strategy `strategy`: apply-only with or without force, else hook with force', () => {
    expect(buildSyncRequest({ applyOnly: true })).toEqual({ strategy: { apply: { force: false } } });
    expect(buildSyncRequest({ applyOnly: true, force: true })).toEqual({ strategy: { apply: { force: true } } });
    expect(buildSyncRequest({ force: true })).toEqual({ strategy: { hook: { force: true } } });
    expect(buildSyncRequest({ force: true })).not.toHaveProperty('syncStrategy');
  });

  it('carries revision, prune, dry run and selected resources', () => {
    expect(
      buildSyncRequest({
        revision: ' v1.2.0 ',
        prune: true,
        dryRun: true,
        resources: [
          { group: 'apps', kind: 'Deployment', name: 'web', namespace: 'demo' },
          { group: '', kind: 'Namespace', name: 'demo', namespace: '' },
        ],
      }),
    ).toEqual({
      revision: 'v1.2.0',
      prune: true,
      dryRun: true,
      resources: [
        { group: 'apps', kind: 'Deployment', name: 'web', namespace: 'demo' },
        { kind: 'Namespace', name: 'demo' },
      ],
    });
  });

  it('writes sync options as K=v, from a list or a map', () => {
    expect(buildSyncRequest({ syncOptions: ['CreateNamespace=true', 'PruneLast=true'] }).syncOptions).toEqual([
      'CreateNamespace=true',
      'PruneLast=true',
    ]);
    expect(buildSyncRequest({ syncOptions: { Validate: false, PrunePropagationPolicy: 'foreground' } }).syncOptions).toEqual([
      'Validate=false',
      'PrunePropagationPolicy=foreground',
    ]);
  });

  it("keeps the app's own sync options, since the request's list replaces them", () => {
    expect(
      buildSyncRequest({
        inheritSyncOptions: ['CreateNamespace=true', 'Validate=true'],
        syncOptions: ['Validate=false', 'Replace=true'],
      }).syncOptions,
    ).toEqual(['CreateNamespace=true', 'Validate=false', 'Replace=true']);
    expect(buildSyncRequest({ inheritSyncOptions: ['CreateNamespace=true'] }).syncOptions).toEqual(['CreateNamespace=true']);
  });

  it('includes a retry strategy without empty fields', () => {
    expect(buildSyncRequest({ retry: { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m0s' } } })).toEqual({
      retryStrategy: { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m0s' } },
    });
    expect(buildSyncRequest({ retry: { limit: 2, backoff: { duration: '' } } })).toEqual({
      retryStrategy: { limit: 2 },
    });
    expect(buildSyncRequest({ retry: {} })).toEqual({});
  });

  it('does not change the options it is given', () => {
    const options = Object.freeze({
      resources: Object.freeze([Object.freeze({ kind: 'Service', name: 'a' })]),
      syncOptions: Object.freeze(['A=1']),
    });
    const body = buildSyncRequest(options);
    expect(body.resources).not.toBe(options.resources);
  });
});
