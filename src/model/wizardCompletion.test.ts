import { describe, expect, it } from 'vitest';
import { completeAt } from './wizardCompletion';

/** Completion at the `|` in `text`. */
function at(text: string) {
  const offset = text.indexOf('|');
  const result = completeAt(text.replace('|', ''), offset);
  return result && { ...result, labels: result.options.map((o) => o.label) };
}

const head = ['apiVersion: gitops.kubesphere.io/v1alpha1', 'kind: Application', 'spec:', '  argoApp:', '    spec:'].join('\n');

describe('YAML completion', () => {
  it('offers the top-level fields', () => {
    expect(at('ap|')?.labels).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
  });

  it('offers the fields of a nested object and replaces the typed word', () => {
    const result = at(`${head}\n      source:\n        repoURL: x\n        tar|`);
    expect(result?.labels).toContain('targetRevision');
    expect(result?.labels).toContain('helm');
    const text = `${head}\n      source:\n        repoURL: x\n        tar`;
    expect(result?.from).toBe(text.length - 3);
    expect(result?.options.find((o) => o.label === 'helm')?.apply).toBe('helm:\n          ');
  });

  it('offers sync options in a sequence, written either way', () => {
    expect(at(`${head}\n      syncPolicy:\n        syncOptions:\n          - CreateNamespace=true\n          - |`)?.labels).toContain('PruneLast=true');
    expect(at(`${head}\n      syncPolicy:\n        syncOptions:\n        - Cre|`)?.labels).toContain('CreateNamespace=true');
  });

  it('offers the keys of an object inside a sequence item', () => {
    const text = `${head}\n      source:\n        helm:\n          parameters:\n          - name: a\n            va|`;
    expect(at(text)?.labels).toEqual(['name', 'value', 'forceString']);
  });

  it('offers booleans and examples as values', () => {
    expect(at(`${head}\n      syncPolicy:\n        automated:\n          prune: |`)?.labels).toEqual(['true', 'false']);
    expect(at(`${head}\n      destination:\n        server: |`)?.labels).toEqual(['https://kubernetes.default.svc']);
  });

  it('stays quiet inside values it knows nothing about', () => {
    expect(at(`metadata:\n  labels:\n    app: |`)?.labels).toEqual([]);
    expect(at('kind: "Appl|')).toBeNull();
  });
});
