import { describe, expect, it } from 'vitest';
import crdText from './ksDevopsCrd.paths.txt?raw';
import { APPLICATION_SCHEMA, type JsonSchema } from './appSchema';

/**
 * The KubeSphere Application is ks-devops's own copy of Argo CD's: the API server prunes every
 * field its CRD lacks, silently. The editor's schema (and so the form, the completion and the
 * "will be dropped" warning) must offer exactly the fields the CRD keeps.
 */

/** The CRD's properties, pinned from the ks-devops source (see the file's header). */
const CRD = new Set(crdText.split('\n').filter((line) => line !== '' && !line.startsWith('#')));

/** The JSON names of Kubernetes `ObjectMeta` (k8s.io/apimachinery `meta/v1` types.go), which the API server keeps for every kind. */
const OBJECT_META = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
];

/** Left out of the comparison: opaque to this console, or never written by a client. */
const NOT_COMPARED = (path: string) => path.startsWith('spec.fluxApp') || path.startsWith('status') || path.startsWith('metadata.');

/** "path type" for every node of `schema`, in the CRD list's notation. */
function walk(schema: JsonSchema, path = '', out: string[] = []): string[] {
  if (NOT_COMPARED(path)) return out;
  out.push(`${path || '/'} ${schema.type ?? 'any'}`);
  for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, path ? `${path}.${key}` : key, out);
  if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${path}.*`, out);
  if (schema.items) walk(schema.items, `${path}[]`, out);
  return out;
}

describe('the Application schema against the ks-devops CRD', () => {
  const ours = walk(APPLICATION_SCHEMA);

  it('pins a CRD list worth comparing against', () => {
    expect(CRD.size).toBeGreaterThan(200);
    expect(CRD.has('spec.argoApp.spec.source.helm.values string')).toBe(true);
  });

  it('offers only fields the CRD keeps, each with the CRD type', () => {
    expect(ours.filter((fact) => !CRD.has(fact))).toEqual([]);
  });

  it('offers every field the CRD keeps (none is warned about as dropped while the server keeps it)', () => {
    expect([...CRD].filter((fact) => !ours.includes(fact))).toEqual([]);
  });

  it('knows exactly the ObjectMeta fields under metadata', () => {
    const meta = APPLICATION_SCHEMA.properties?.metadata;
    expect(Object.keys(meta?.properties ?? {})).toEqual(OBJECT_META);
    expect(meta?.additionalProperties).toBe(false);
  });

  it('leaves out what newer Argo CD has and ks-devops lacks', () => {
    const source = APPLICATION_SCHEMA.properties?.spec?.properties?.argoApp?.properties?.spec?.properties?.source;
    expect(source?.properties?.helm?.properties?.valuesObject).toBeUndefined();
    expect(source?.properties?.helm?.properties?.values?.type).toBe('string');
    expect(APPLICATION_SCHEMA.properties?.spec?.properties?.argoApp?.properties?.spec?.properties?.sources).toBeUndefined();
    expect(CRD.has('spec.argoApp.spec.syncPolicy.automated.enabled boolean')).toBe(false);
    expect(ours).not.toContain('spec.argoApp.spec.syncPolicy.automated.enabled boolean');
  });
});
