import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifestWithUnknowns, readUnknowns, unknownsArb, wizardFormArb } from './wizardArbitraries';
import { formFromManifest } from './wizardForm';
import { applyForm, applyFormChange } from './wizardFormWrite';
import { newApplication } from './wizardSubmit';
import type { Application } from '../application/types';

describe('form <-> manifest', () => {
  it('form state -> manifest -> form state is the identity', () => {
    fc.assert(
      fc.property(wizardFormArb, fc.boolean(), unknownsArb, (form, planted, unknowns) => {
        const start = planted ? manifestWithUnknowns(unknowns) : newApplication('demo-project');
        expect(formFromManifest(applyForm(start, form))).toEqual(form);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every field the form does not know', () => {
    fc.assert(
      fc.property(unknownsArb, wizardFormArb, (unknowns, form) => {
        const app = applyForm(manifestWithUnknowns(unknowns), form);
        expect(readUnknowns(app)).toEqual(unknowns);
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the manifest it is given', () => {
    fc.assert(
      fc.property(unknownsArb, wizardFormArb, (unknowns, form) => {
        const app = manifestWithUnknowns(unknowns);
        const before = JSON.stringify(app);
        applyForm(app, form);
        expect(JSON.stringify(app)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });

  it('writes the guide guestbook the way the guide does', () => {
    const form = formFromManifest(newApplication('demo-project'));
    const app = applyForm(newApplication('demo-project'), {
      ...form,
      name: 'guestbook',
      repoURL: 'https://github.com/stoneshi-yunify/argocd-example-apps',
      path: 'guestbook',
      destination: { ...form.destination, namespace: 'guestbook' },
      sync: { mode: 'automated', prune: true, selfHeal: true },
      syncOptions: { ...form.syncOptions, createNamespace: true },
    });
    expect(app.spec.argoApp?.spec).toEqual({
      project: 'demo-project',
      source: { repoURL: 'https://github.com/stoneshi-yunify/argocd-example-apps', targetRevision: 'HEAD', path: 'guestbook' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'guestbook' },
      syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ['CreateNamespace=true'] },
    });
  });

  it('touches only the sections that changed', () => {
    const app: Application = newApplication('p');
    app.spec.argoApp!.spec.destination = { name: 'in-cluster', server: 'https://kubernetes.default.svc', namespace: 'x' };
    const next = applyFormChange(app, { alias: 'Hello' });
    expect(next.spec.argoApp!.spec.destination).toEqual(app.spec.argoApp!.spec.destination);
    expect(next.metadata.annotations).toEqual({ 'kubesphere.io/alias-name': 'Hello' });
  });

  it('reads a destination that has both name and server as the name, which Argo CD uses', () => {
    const app = newApplication('p');
    app.spec.argoApp!.spec.destination = { name: 'member-1', server: 'https://1.2.3.4:6443', namespace: 'x' };
    expect(formFromManifest(app).destination).toEqual({ by: 'name', cluster: 'member-1', namespace: 'x' });
    const written = applyForm(app, formFromManifest(app));
    expect(written.spec.argoApp!.spec.destination).toEqual({ name: 'member-1', namespace: 'x' });
  });

  it('replaces known sync options where they stood and keeps the others', () => {
    const app = newApplication('p');
    app.spec.argoApp!.spec.syncPolicy = {
      syncOptions: ['RespectIgnoreDifferences=true', 'CreateNamespace=true', 'PrunePropagationPolicy=orphan'],
    };
    const form = formFromManifest(app);
    expect(form.syncOptions).toMatchObject({ createNamespace: true, prunePropagationPolicy: 'orphan' });
    const next = applyFormChange(app, { syncOptions: { ...form.syncOptions, prunePropagationPolicy: 'background', replace: true } });
    expect(next.spec.argoApp!.spec.syncPolicy?.syncOptions).toEqual([
      'RespectIgnoreDifferences=true',
      'CreateNamespace=true',
      'PrunePropagationPolicy=background',
      'Replace=true',
    ]);
  });

  it('keeps helm parameter attributes the form does not edit', () => {
    const app = newApplication('p');
    app.spec.argoApp!.spec.source.helm = { parameters: [{ name: 'a', value: '1', forceString: true }] };
    const form = formFromManifest(app);
    if (form.source.type !== 'helm') throw new Error('expected helm');
    const next = applyFormChange(app, { source: { ...form.source, parameters: [{ name: 'a', value: '2' }] } });
    expect(next.spec.argoApp!.spec.source.helm?.parameters).toEqual([{ name: 'a', value: '2', forceString: true }]);
  });

  it('switching the source type removes the other type blocks', () => {
    const app = newApplication('p');
    app.spec.argoApp!.spec.source.helm = { releaseName: 'r' };
    const next = applyFormChange(app, {
      source: { type: 'kustomize', namePrefix: 'p-', nameSuffix: '', images: [], commonLabels: {}, commonAnnotations: {} },
    });
    expect(next.spec.argoApp!.spec.source).toEqual({ repoURL: '', targetRevision: 'HEAD', path: '.', kustomize: { namePrefix: 'p-' } });
  });
});
