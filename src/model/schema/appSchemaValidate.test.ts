import { describe, expect, it } from 'vitest';
import { schemaAt } from './appSchema';
import { formatPath, schemaIssueMessage, validateAgainstSchema } from './appSchemaValidate';
import { newApplication } from '../wizard/wizardSubmit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests plant wrong shapes on purpose
type Loose = Record<string, any>;

describe('the Application schema', () => {
  it('accepts a new application and the guide sample', () => {
    expect(validateAgainstSchema(newApplication('p'))).toEqual([]);
  });

  it('reports wrong types and missing required fields as errors', () => {
    const app = newApplication('p') as unknown as Loose;
    app.spec.argoApp.spec.syncPolicy = { retry: { limit: 'three' } };
    delete app.spec.argoApp.spec.source.repoURL;
    const issues = validateAgainstSchema(app);
    expect(issues.map((i) => [formatPath(i.path), i.problem.kind, i.severity])).toEqual([
      ['spec.argoApp.spec.source', 'required', 'error'],
      ['spec.argoApp.spec.syncPolicy.retry.limit', 'type', 'error'],
    ]);
    expect(schemaIssueMessage(issues[1])).toEqual({
      key: 'GITOPS_WIZARD_SCHEMA_TYPE',
      params: { path: 'spec.argoApp.spec.syncPolicy.retry.limit', type: 'integer' },
    });
  });

  it('warns about fields the server would drop, but accepts any label and annotation', () => {
    const app = newApplication('p') as unknown as Loose;
    app.spec.argoApp.spec.sources = [];
    app.metadata.labels['anything/goes'] = 'x';
    expect(validateAgainstSchema(app)).toEqual([
      { path: ['spec', 'argoApp', 'spec'], problem: { kind: 'unknown', field: 'sources' }, severity: 'warning' },
    ]);
  });

  it('finds the schema of a nested place', () => {
    expect(schemaAt(['spec', 'argoApp', 'spec', 'syncPolicy', 'syncOptions', 0])?.examples).toContain('CreateNamespace=true');
    expect(schemaAt(['metadata', 'labels', 'x'])?.type).toBe('string');
    expect(schemaAt(['status', 'anything'])).toEqual({});
    expect(schemaAt(['nope'])).toBeUndefined();
  });
});
