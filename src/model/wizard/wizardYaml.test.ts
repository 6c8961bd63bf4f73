import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifestWithUnknowns, readUnknowns, unknownsArb, wizardFormArb } from './wizardArbitraries';
import { formFromManifest } from './wizardForm';
import { applyForm, applyFormChange } from './wizardFormWrite';
import { newApplication } from './wizardSubmit';
import { lineAndColumn, manifestToYaml, parseManifestYaml, yamlDiagnostics } from './wizardYaml';

function parse(text: string) {
  const result = parseManifestYaml(text);
  if (!result.ok) throw new Error(result.error.detail);
  return result.manifest;
}

describe('the YAML view', () => {
  it('keeps unknown fields through form -> YAML -> form -> YAML', () => {
    fc.assert(
      fc.property(unknownsArb, wizardFormArb, wizardFormArb, (unknowns, first, second) => {
        const start = applyForm(manifestWithUnknowns(unknowns), first);
        const yaml1 = manifestToYaml(start);
        const back = parse(yaml1);
        expect(back).toEqual(start);
        const edited = applyForm(back, second);
        const yaml2 = manifestToYaml(edited, yaml1);
        const final = parse(yaml2);
        expect(final).toEqual(edited);
        expect(readUnknowns(final)).toEqual(unknowns);
        expect(formFromManifest(final)).toEqual(second);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps comments and quoting where the value under them did not change', () => {
    const text = [
      '# The guestbook of the guide',
      'apiVersion: gitops.kubesphere.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: guestbook # must stay a DNS label',
      '  namespace: demo-project',
      'spec:',
      '  argoApp:',
      '    spec:',
      '      # where the manifests are',
      '      source:',
      '        repoURL: "https://github.com/stoneshi-yunify/argocd-example-apps"',
      '        path: guestbook',
      '      destination:',
      '        server: https://kubernetes.default.svc',
      '        namespace: guestbook # keep me',
      '',
    ].join('\n');
    const edited = applyFormChange(parse(text), { path: 'helm-guestbook', alias: 'Guestbook' });
    const out = manifestToYaml(edited, text);
    expect(out).toContain('# The guestbook of the guide');
    expect(out).toContain('name: guestbook # must stay a DNS label');
    expect(out).toContain('# where the manifests are');
    expect(out).toContain('repoURL: "https://github.com/stoneshi-yunify/argocd-example-apps"');
    expect(out).toContain('path: helm-guestbook');
    expect(out).toContain('namespace: guestbook # keep me');
    expect(parse(out)).toEqual(edited);
  });

  it('reports a syntax error with its line and column', () => {
    const result = parseManifestYaml('metadata:\n  name: a: b\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(2);
    expect(result.error.key).toBe('GITOPS_WIZARD_YAML_SYNTAX');
    expect(result.error.detail).not.toContain('\n');
  });

  it('refuses a document that is not a mapping, or several documents', () => {
    expect(parseManifestYaml('- a\n- b\n')).toMatchObject({ ok: false, error: { key: 'GITOPS_WIZARD_YAML_NOT_OBJECT' } });
    expect(parseManifestYaml('a: 1\n---\nb: 2\n')).toMatchObject({ ok: false, error: { key: 'GITOPS_WIZARD_YAML_SYNTAX' } });
    expect(parseManifestYaml('a: 1\na: 2\n')).toMatchObject({ ok: false });
  });

  it('places schema problems where they are written', () => {
    const text = manifestToYaml(newApplication('p')).replace('repoURL: ""', 'repoURL: ""\n        extra: 1') + 'spec2: true\n';
    const withType = text.replace('targetRevision: HEAD', 'targetRevision: [1]');
    const diagnostics = yamlDiagnostics(withType);
    const unknown = diagnostics.find((d) => d.params.field === 'extra');
    expect(unknown?.severity).toBe('warning');
    expect(withType.slice(unknown!.from, unknown!.to)).toBe('extra');
    const type = diagnostics.find((d) => d.key === 'GITOPS_WIZARD_SCHEMA_TYPE');
    expect(type?.severity).toBe('error');
    expect(withType.slice(type!.from, type!.to)).toBe('[1]');
    expect(diagnostics.some((d) => d.params.field === 'spec2')).toBe(true);
  });

  it('marks the keys the server would drop, with their whole path and where they are written', () => {
    const text = manifestToYaml(newApplication('p')).replace('repoURL: ""', 'repoURL: ""\n        helm:\n          valuesObject: {a: 1}');
    const dropped = yamlDiagnostics(text).filter((d) => d.dropped);
    expect(dropped.map((d) => [d.dropped?.text, d.dropped?.hint, d.severity])).toEqual([
      ['spec.argoApp.spec.source.helm.valuesObject', 'GITOPS_WIZARD_DROPPED_HINT_VALUES_OBJECT', 'warning'],
    ]);
    expect(text.slice(dropped[0].from, dropped[0].to)).toBe('valuesObject');
    // Kept in the text: the user decides.
    expect(parse(text).spec.argoApp?.spec.source).toHaveProperty('helm.valuesObject', { a: 1 });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('', 0)).toEqual({ line: 1, column: 1 });
  });
});
