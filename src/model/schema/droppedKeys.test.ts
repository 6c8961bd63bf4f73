import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Application } from '../application/types';
import { applyForm } from '../wizard/wizardFormWrite';
import { manifestWithUnknowns, unknownsArb, wizardFormArb } from '../wizard/wizardArbitraries';
import { newApplication } from '../wizard/wizardSubmit';
import { droppedKeys } from './droppedKeys';

type Json = Record<string, unknown>;

/** A new application with `edit` applied to its Argo CD spec. */
function withArgoSpec(edit: (spec: Json, app: Json) => void): Json {
  const app = newApplication('p') as unknown as Json;
  edit((app.spec as { argoApp: { spec: Json } }).argoApp.spec, app);
  return app;
}

const texts = (manifest: unknown) => droppedKeys(manifest).map((k) => k.text);

describe('droppedKeys', () => {
  it('lists nothing for a new application', () => {
    expect(droppedKeys(newApplication('p'))).toEqual([]);
  });

  it('lists the Argo CD fields ks-devops lacks, each with what to write instead', () => {
    const app = withArgoSpec((spec) => {
      spec.source = { repoURL: 'r', helm: { valuesObject: { replicas: 2 }, values: 'a: 1\n' } };
      spec.sources = [{ repoURL: 'r' }];
      spec.syncPolicy = { automated: { enabled: false, prune: true } };
    });
    expect(droppedKeys(app)).toEqual([
      {
        path: ['spec', 'argoApp', 'spec', 'source', 'helm', 'valuesObject'],
        text: 'spec.argoApp.spec.source.helm.valuesObject',
        hint: 'GITOPS_WIZARD_DROPPED_HINT_VALUES_OBJECT',
      },
      { path: ['spec', 'argoApp', 'spec', 'sources'], text: 'spec.argoApp.spec.sources', hint: 'GITOPS_WIZARD_DROPPED_HINT_SOURCES' },
      {
        path: ['spec', 'argoApp', 'spec', 'syncPolicy', 'automated', 'enabled'],
        text: 'spec.argoApp.spec.syncPolicy.automated.enabled',
        hint: 'GITOPS_WIZARD_DROPPED_HINT_AUTOMATED',
      },
    ]);
  });

  it('lists unknown keys anywhere, inside lists too, but not what is under them', () => {
    const app = withArgoSpec((spec, top) => {
      top.extra = { deep: { deeper: 1 } };
      (top.metadata as Json).clusterName = 'old';
      spec.source = {
        repoURL: 'r',
        helm: {
          parameters: [
            { name: 'a', value: 'b' },
            { name: 'c', value: 'd', typo: true },
          ],
        },
      };
      spec.destination = { server: 's', namespace: 'n', nmespace: 'typo' };
    });
    expect(texts(app)).toEqual([
      'metadata.clusterName',
      'spec.argoApp.spec.source.helm.parameters[1].typo',
      'spec.argoApp.spec.destination.nmespace',
      'extra',
    ]);
  });

  it('takes any key in maps that are the user’s own, and leaves Flux and status alone', () => {
    const app = withArgoSpec((spec, top) => {
      (top.metadata as Json).labels = { 'example.com/anything': 'x', 'gitops.kubesphere.io/argocd-location': 'argocd' };
      (top.metadata as Json).annotations = { 'kubesphere.io/description': 'd', 'any.key/at-all': 'y' };
      spec.source = {
        repoURL: 'r',
        kustomize: { commonLabels: { 'team.example.com/x': 'a' }, commonAnnotations: { 'why.example.com/y': 'b' } },
        helm: { parameters: [{ name: 'image.tag', value: 'v1', forceString: true }], fileParameters: [{ name: 'f', path: 'p' }] },
        plugin: { env: [{ name: 'ANY', value: 'v' }] },
      };
      spec.info = [{ name: 'owner', value: 'me' }];
      (top.spec as Json).fluxApp = { spec: { whatever: { flux: 'keeps' } } };
      top.status = { argoApp: '{}', unknownStatusField: 1 };
    });
    expect(texts(app)).toEqual([]);
  });

  it('reports nothing for what the form writes, whatever is typed into it', () => {
    fc.assert(
      fc.property(wizardFormArb, (form) => {
        expect(droppedKeys(applyForm(newApplication('demo-project'), form))).toEqual([]);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('reports exactly the planted unknown key of a manifest the form has edited', () => {
    fc.assert(
      fc.property(unknownsArb, wizardFormArb, (unknowns, form) => {
        const app: Application = applyForm(manifestWithUnknowns(unknowns), form);
        expect(texts(app)).toEqual(['x-top']);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('says nothing about what is not an object', () => {
    expect(droppedKeys('text')).toEqual([]);
    expect(droppedKeys(null)).toEqual([]);
  });
});
