import { describe, expect, it } from 'vitest';
import {
  ensureLocationLabel,
  locationFix,
  manifestToRecreate,
  restoreLocationLabel,
  withAutoSync,
  withoutRefreshAnnotation,
  withRefreshAnnotation,
} from './appEdits';
import { ARGO_STATUS, makeApp } from '../testFixtures';
import {
  ANNOTATION_ARGOCD_REFRESH,
  type Application,
  FINALIZER_APPLICATION,
  FINALIZER_ARGOCD_RESOURCES,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
} from '../application/types';

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

describe('restoreLocationLabel', () => {
  const unlabelled = (extra: Partial<Application['metadata']> = {}, labels: Record<string, string | undefined> = {}) => {
    const app = makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined, ...labels } });
    app.metadata = { ...app.metadata, ...extra };
    return frozen(app);
  };

  it('leaves an app that has the label alone', () => {
    expect(restoreLocationLabel(frozen(makeApp()))).toBeNull();
  });

  it('live app that never got its Argo CD application: the label and the controller finalizer', () => {
    const app = unlabelled({ finalizers: [] }, { [LABEL_ARGOCD_APPLICATION]: undefined });
    const fixed = restoreLocationLabel(app, 'gitops')!;
    expect(fixed.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('gitops');
    // A finalizer change passes the controller's event filter; the label alone would not.
    expect(fixed.metadata.finalizers).toEqual([FINALIZER_APPLICATION]);
    expect(fixed.metadata.annotations).toBe(app.metadata.annotations);
    expect(fixed.spec).toBe(app.spec);
    // Someone else's finalizer stays, before ours.
    const other = restoreLocationLabel(unlabelled({ finalizers: ['example.com/keep'] }))!;
    expect(other.metadata.finalizers).toEqual(['example.com/keep', FINALIZER_APPLICATION]);
  });

  it('live app that has the finalizer already: the refresh annotation changes instead', () => {
    const fixed = restoreLocationLabel(unlabelled())!;
    expect(fixed.metadata.finalizers).toEqual([FINALIZER_APPLICATION]);
    expect(fixed.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('normal');
  });

  it('terminating app: never a new finalizer (422), the refresh annotation added or removed', () => {
    const deleting = { deletionTimestamp: '2024-01-02T03:04:05Z', finalizers: [FINALIZER_ARGOCD_RESOURCES] };
    const fixed = restoreLocationLabel(unlabelled(deleting), 'argocd')!;
    expect(fixed.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('argocd');
    expect(fixed.metadata.finalizers).toEqual([FINALIZER_ARGOCD_RESOURCES]);
    expect(fixed.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('normal');
    expect(fixed.metadata.deletionTimestamp).toBe(deleting.deletionTimestamp);
    // Already annotated by an earlier refresh: adding it again would change nothing.
    const annotated = unlabelled(deleting);
    const withRefresh = frozen(withRefreshAnnotation(JSON.parse(JSON.stringify(annotated)) as Application));
    expect(restoreLocationLabel(withRefresh)!.metadata.annotations).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
  });
});

describe('locationFix', () => {
  const SINCE = '2024-01-02T03:04:05Z';
  /** A terminating app without the location label, as the detail page reads it again before the fix. */
  const stuck = (options: { argoAppLabel?: string; status?: string; finalizers?: string[] } = {}) => {
    const app = makeApp({
      labels: { [LABEL_ARGOCD_LOCATION]: undefined, [LABEL_ARGOCD_APPLICATION]: options.argoAppLabel },
      argoApp: options.status,
    });
    app.metadata = {
      ...app.metadata,
      deletionTimestamp: SINCE,
      finalizers: options.finalizers ?? [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES],
    };
    return frozen(app);
  };

  it('never had an Argo CD application: removes the two controller finalizers, and wakes nothing', () => {
    const app = stuck({ finalizers: [FINALIZER_APPLICATION, 'example.com/keep', FINALIZER_ARGOCD_RESOURCES] });
    const fix = locationFix(app, 'gitops')!;
    expect(fix.kind).toBe('remove-finalizers');
    // Someone else's finalizer is theirs to remove.
    expect(fix.app.metadata.finalizers).toEqual(['example.com/keep']);
    // No label and no annotation: the controller's event filters see no reason to act.
    expect(fix.app.metadata.labels).toBe(app.metadata.labels);
    expect(fix.app.metadata.annotations).toBe(app.metadata.annotations);
    expect(fix.app.metadata.deletionTimestamp).toBe(SINCE);
    expect(fix.app.spec).toBe(app.spec);
    // Nothing left to remove: nothing to send.
    expect(locationFix(stuck({ finalizers: ['example.com/keep'] }))).toBeNull();
  });

  it('its own Argo CD application named by the label: the label and the wake-up, for the controller to delete it', () => {
    const fix = locationFix(stuck({ argoAppLabel: 'demo-x1y2z' }), 'gitops')!;
    expect(fix.kind).toBe('finish-deletion');
    expect(fix.app.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('gitops');
    expect(fix.app.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('normal');
    expect(fix.app.metadata.finalizers).toEqual([FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES]);
  });

  it('no label but a status (it had one, name unknown): the label path too, never the finalizers', () => {
    const fix = locationFix(stuck({ status: ARGO_STATUS }))!;
    expect(fix.kind).toBe('finish-deletion');
    expect(fix.app.metadata.finalizers).toEqual([FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES]);
  });

  it('a live app gets the label; an app that has it, nothing', () => {
    const live = frozen(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined, [LABEL_ARGOCD_APPLICATION]: undefined } }));
    expect(locationFix(live)).toEqual({ kind: 'add-location-label', app: restoreLocationLabel(live) });
    expect(locationFix(frozen(makeApp()))).toBeNull();
    const deletingWithLabel = frozen({ ...makeApp(), metadata: { ...makeApp().metadata, deletionTimestamp: SINCE } });
    expect(locationFix(deletingWithLabel)).toBeNull();
  });
});

describe('manifestToRecreate', () => {
  it('keeps spec, name, labels and annotations the user wrote; drops what the server and controllers write', () => {
    const app = makeApp({ operation: true, argoApp: '{}', annotations: { 'kubesphere.io/alias-name': 'Shop' } });
    app.metadata = { ...app.metadata, uid: 'u', resourceVersion: '7', generation: 3, creationTimestamp: 'x', deletionTimestamp: 'y' };
    app.metadata.annotations = { ...app.metadata.annotations, 'gitops.kubesphere.io/images': 'a', [ANNOTATION_ARGOCD_REFRESH]: 'hard' };
    const copy = manifestToRecreate(frozen(app));
    expect(copy.status).toBeUndefined();
    expect(copy.metadata).toEqual({
      name: 'demo',
      namespace: 'devops-abc12',
      labels: { [LABEL_ARGOCD_LOCATION]: 'argocd' },
      annotations: { 'kubesphere.io/alias-name': 'Shop' },
    });
    expect(copy.spec.argoApp?.operation).toBeUndefined();
    expect(copy.spec.argoApp?.spec).toEqual(app.spec.argoApp?.spec);
  });
});
