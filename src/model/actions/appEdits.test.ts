import { describe, expect, it } from 'vitest';
import { ensureLocationLabel, withAutoSync, withoutRefreshAnnotation, withRefreshAnnotation } from './appEdits';
import { makeApp } from '../testFixtures';
import { ANNOTATION_ARGOCD_REFRESH, type Application, LABEL_ARGOCD_LOCATION } from '../application/types';

function frozen(app: Application): Application {
  const freeze = (o: unknown) => {
    if (o && typeof o === 'object') {
      Object.values(o).forEach(freeze);
      Object.freeze(o);
    }
  };
  freeze(app);
  return app;
}

describe('ensureLocationLabel', () => {
  it('adds the label to a copy, leaving the original untouched', () => {
    const app = frozen(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined } }));
    const fixed = ensureLocationLabel(app);
    expect(fixed).not.toBe(app);
    expect(fixed.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('argocd');
    expect(app.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBeUndefined();
    // Everything else is carried over.
    expect({ ...fixed.metadata.labels, [LABEL_ARGOCD_LOCATION]: undefined }).toEqual({
      ...app.metadata.labels,
      [LABEL_ARGOCD_LOCATION]: undefined,
    });
    expect(fixed.spec).toBe(app.spec);
  });

  it('uses the given location, keeps an existing one, and replaces a blank one', () => {
    expect(ensureLocationLabel(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined } }), 'gitops').metadata.labels).toMatchObject({
      [LABEL_ARGOCD_LOCATION]: 'gitops',
    });
    expect(ensureLocationLabel(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: 'argo-2' } }), 'gitops').metadata.labels).toMatchObject({
      [LABEL_ARGOCD_LOCATION]: 'argo-2',
    });
    expect(ensureLocationLabel(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: ' ' } })).metadata.labels).toMatchObject({
      [LABEL_ARGOCD_LOCATION]: 'argocd',
    });
  });

  it('works on an app without labels at all', () => {
    expect(ensureLocationLabel({ metadata: { name: 'x' }, spec: {} }).metadata).toEqual({
      name: 'x',
      labels: { [LABEL_ARGOCD_LOCATION]: 'argocd' },
    });
  });
});

describe('refresh annotation', () => {
  it('sets normal or hard refresh on a copy, and removes it again', () => {
    const app = frozen(makeApp());
    expect(withRefreshAnnotation(app).metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('normal');
    const hard = withRefreshAnnotation(app, 'hard');
    expect(hard.metadata.annotations).toEqual({ ...app.metadata.annotations, [ANNOTATION_ARGOCD_REFRESH]: 'hard' });
    expect(app.metadata.annotations).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
    const cleared = withoutRefreshAnnotation(frozen(hard));
    expect(cleared.metadata.annotations).toEqual(app.metadata.annotations);
    expect(withoutRefreshAnnotation({ metadata: {}, spec: {} }).metadata.annotations).toEqual({});
  });
});

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
