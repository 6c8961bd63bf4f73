import { describe, expect, it } from 'vitest';
import { makeApp } from './testFixtures';
import { withAutoSync } from './manifest';

describe('withAutoSync', () => {
  it('adds an empty automated policy and keeps the rest', () => {
    const app = makeApp();
    const next = withAutoSync(app);
    expect(next.spec.argoApp?.spec.syncPolicy).toEqual({ syncOptions: ['CreateNamespace=true'], automated: {} });
    expect(next.metadata).toBe(app.metadata);
    expect(app.spec.argoApp?.spec.syncPolicy?.automated).toBeUndefined();
  });

  it('keeps an existing automated policy and switches it on', () => {
    const app = makeApp({ automated: true });
    app.spec.argoApp!.spec.syncPolicy!.automated!.enabled = false;
    expect(withAutoSync(app).spec.argoApp?.spec.syncPolicy?.automated).toEqual({ prune: true, selfHeal: true });
  });

  it('leaves an app without an Argo CD spec alone', () => {
    const app = { metadata: { name: 'x' }, spec: {} };
    expect(withAutoSync(app)).toBe(app);
  });
});
