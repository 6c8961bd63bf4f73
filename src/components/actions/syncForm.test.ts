import { describe, expect, it } from 'vitest';
import { type Application, buildSyncRequest, type ResourceEntry } from '../../model';
import { initialSyncForm, syncFormToOptions, syncOptionsFromForm } from './syncForm';

function app(syncPolicy?: Record<string, unknown>): Application {
  return {
    metadata: { name: 'web', namespace: 'demo' },
    spec: {
      argoApp: {
        spec: { project: 'demo', source: { repoURL: 'https://example.com/r.git' }, destination: {}, ...(syncPolicy ? { syncPolicy } : {}) },
      },
    },
  };
}

const entry = (kind: string, name: string, group = '', namespace = 'web'): ResourceEntry => ({
  key: `${group}/v1/${kind}/${namespace}/${name}`,
  group,
  version: 'v1',
  kind,
  namespace,
  name,
  hook: false,
  requiresPruning: false,
  fromSyncResultOnly: false,
  severity: 'success',
});

describe('sync form', () => {
  it('starts from the app sync options and retry', () => {
    const form = initialSyncForm(
      app({ syncOptions: ['CreateNamespace=true', 'PrunePropagationPolicy=orphan'], retry: { limit: 5, backoff: { duration: '10s' } } }),
    );
    expect(form.options.CreateNamespace).toBe(true);
    expect(form.options.PruneLast).toBe(false);
    expect(form.prunePropagation).toBe('orphan');
    expect(form.retry).toBe(true);
    expect(form.retryLimit).toBe('5');
    expect(form.backoffDuration).toBe('10s');
    expect(form.backoffFactor).toBe('2');
  });

  it('pre-selects resources and turns selective sync on', () => {
    const form = initialSyncForm(app(), ['a', 'b']);
    expect(form.selective).toBe(true);
    expect(form.selected).toEqual(['a', 'b']);
  });

  it('sends an option the app sets and the user cleared as switched off, and keeps options it does not manage', () => {
    const a = app({ syncOptions: ['CreateNamespace=true', 'Validate=false', 'RespectIgnoreDifferences=true'] });
    const form = initialSyncForm(a);
    form.options.CreateNamespace = false;
    form.options.Validate = false;
    form.options.ServerSideApply = true;
    expect(syncOptionsFromForm(form, a)).toEqual([
      'RespectIgnoreDifferences=true',
      'CreateNamespace=false',
      'ServerSideApply=true',
      'Validate=true',
    ]);
  });

  it('builds the request body the API expects (strategy, not syncStrategy)', () => {
    const a = app();
    const form = initialSyncForm(a);
    Object.assign(form, { revision: ' v1.2.0 ', prune: true, dryRun: true, applyOnly: true, force: true, prunePropagation: 'background' });
    form.options.CreateNamespace = true;
    form.retry = true;
    const result = syncFormToOptions(form, a, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(buildSyncRequest(result.options)).toEqual({
      revision: 'v1.2.0',
      prune: true,
      dryRun: true,
      strategy: { apply: { force: true } },
      syncOptions: ['CreateNamespace=true', 'PrunePropagationPolicy=background'],
      retryStrategy: { limit: 2, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } },
    });
  });

  it('sends only the selected resources that still exist', () => {
    const resources = [entry('Deployment', 'web', 'apps'), entry('Service', 'web')];
    const form = initialSyncForm(app(), [resources[0].key, 'gone']);
    const result = syncFormToOptions(form, app(), resources);
    expect(result.ok && buildSyncRequest(result.options).resources).toEqual([
      { group: 'apps', kind: 'Deployment', name: 'web', namespace: 'web' },
    ]);
  });

  it('refuses a selective sync with nothing selected', () => {
    const form = { ...initialSyncForm(app()), selective: true };
    expect(syncFormToOptions(form, app(), [])).toEqual({ ok: false, errors: { selected: 'GITOPS_SYNC_ERR_NO_RESOURCES' } });
  });

  it('checks the retry fields', () => {
    const form = {
      ...initialSyncForm(app()),
      retry: true,
      retryLimit: 'x',
      backoffDuration: '5 seconds',
      backoffFactor: '0',
      backoffMaxDuration: '1m30s',
    };
    const result = syncFormToOptions(form, app(), []);
    expect(result).toEqual({
      ok: false,
      errors: {
        retryLimit: 'GITOPS_SYNC_ERR_RETRY_LIMIT',
        backoffDuration: 'GITOPS_SYNC_ERR_DURATION',
        backoffFactor: 'GITOPS_SYNC_ERR_FACTOR',
      },
    });
  });

  it('turns retry off with a limit of 0 when the app has one, and sends nothing when it has none', () => {
    const withRetry = app({ retry: { limit: 3 } });
    const off = { ...initialSyncForm(withRetry), retry: false };
    const result = syncFormToOptions(off, withRetry, []);
    expect(result.ok && buildSyncRequest(result.options).retryStrategy).toEqual({ limit: 0 });
    const plain = syncFormToOptions(initialSyncForm(app()), app(), []);
    expect(plain.ok && buildSyncRequest(plain.options)).toEqual({});
  });
});
