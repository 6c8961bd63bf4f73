// Objects checked against KubeSphere's own CRD schemas (v4.1.3 and master), read from
// ../shared/reference/kubesphere-crds or KUBESPHERE_CRDS_DIR; the schema walk itself is also
// checked on small inline schemas, which need no CRD files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCrdRoot, loadCrds, validateManifest, validateObject, type Schema } from './crdSchema';

const root = findCrdRoot();
const EXT = 'extensions.kubesphere.io/v1alpha1';
const IAM = 'iam.kubesphere.io/v1beta1';

function jsBundle(spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: EXT,
    kind: 'JSBundle',
    metadata: { name: 'gitops-console', labels: { 'kubesphere.io/extension-ref': 'gitops-console' } },
    spec,
  };
}

const rawFromConfigMap = {
  rawFrom: { configMapKeyRef: { name: 'gitops-console-bundle', key: 'index.js', namespace: 'extension-gitops-console' } },
};
const assets = {
  ...rawFromConfigMap,
  assets: {
    files: [
      {
        name: 'chunk-a.js',
        link: '/dist/gitops-console/chunk-a.js',
        mimeType: 'text/javascript',
        service: { name: 'frontend', namespace: 'extension-gitops-console', port: 80 },
      },
    ],
  },
};

function reverseProxy(spec: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: EXT, kind: 'ReverseProxy', metadata: { name: 'gitops-console-api' }, spec };
}

const goodProxySpec = {
  matcher: { method: '*', path: '/proxy/gitops-console/*' },
  upstream: { url: 'http://gitops-console-backend.extension-gitops-console.svc:8080' },
  directives: { stripPathPrefix: '/proxy/gitops-console', headerUp: ['-Authorization'] },
};

describe.skipIf(!root)(
  `KubeSphere CRDs (${root ?? 'not found: set KUBESPHERE_CRDS_DIR or check out ../shared/reference/kubesphere-crds'})`,
  () => {
    const v413 = root ? loadCrds(join(root, 'v4.1.3')) : new Map<string, Schema>();
    const master = root ? loadCrds(join(root, 'master')) : new Map<string, Schema>();
    const schema = (crds: Map<string, Schema>, key: string): Schema => {
      const s = crds.get(key);
      if (!s) throw new Error(`no CRD ${key}`);
      return s;
    };

    it('loads each served version of each CRD under <group>/<version>/<Kind>', () => {
      expect([...v413.keys()].sort()).toEqual([
        `${EXT}/ExtensionEntry`,
        `${EXT}/JSBundle`,
        `${EXT}/ReverseProxy`,
        'iam.kubesphere.io/v1alpha2/GlobalRole',
        'iam.kubesphere.io/v1alpha2/GlobalRoleBinding',
        `${IAM}/GlobalRole`,
        `${IAM}/GlobalRoleBinding`,
        `${IAM}/RoleTemplate`,
      ]);
      expect([...master.keys()].sort()).toEqual([`${EXT}/JSBundle`, `${EXT}/ReverseProxy`]);
    });

    describe('JSBundle', () => {
      it('accepts spec.rawFrom.configMapKeyRef {name, key, namespace} on v4.1.3 and master', () => {
        expect(validateObject(jsBundle(rawFromConfigMap), schema(v413, `${EXT}/JSBundle`))).toEqual([]);
        expect(validateObject(jsBundle(rawFromConfigMap), schema(master, `${EXT}/JSBundle`))).toEqual([]);
      });

      it('prunes spec.assets on v4.1.3 and keeps it on master', () => {
        expect(validateObject(jsBundle(assets), schema(v413, `${EXT}/JSBundle`))).toEqual([
          'spec.assets: unknown field, pruned (not in the schema)',
        ]);
        expect(validateObject(jsBundle(assets), schema(master, `${EXT}/JSBundle`))).toEqual([]);
      });

      it('requires configMapKeyRef.namespace (and key)', () => {
        const ref = { rawFrom: { configMapKeyRef: { name: 'gitops-console-bundle' } } };
        expect(validateObject(jsBundle(ref), schema(v413, `${EXT}/JSBundle`))).toEqual([
          'spec.rawFrom.configMapKeyRef.key: Required value',
          'spec.rawFrom.configMapKeyRef.namespace: Required value',
        ]);
      });

      it('rejects a port given as a string', () => {
        const spec = {
          rawFrom: { service: { name: 'frontend', namespace: 'extension-gitops-console', port: '80', path: '/dist/index.js' } },
        };
        expect(validateObject(jsBundle(spec), schema(master, `${EXT}/JSBundle`))).toEqual([
          'spec.rawFrom.service.port: must be of type integer (got "80")',
        ]);
      });

      it('checks format: byte as base64', () => {
        expect(validateObject(jsBundle({ raw: 'Y29uc29sZS5sb2coMSk=' }), schema(v413, `${EXT}/JSBundle`))).toEqual([]);
        expect(validateObject(jsBundle({ raw: 'console.log(1)' }), schema(v413, `${EXT}/JSBundle`))).toEqual([
          'spec.raw: must be format byte (base64)',
        ]);
      });
    });

    describe('ReverseProxy', () => {
      it('accepts matcher {method, path}, upstream.url and directives.stripPathPrefix', () => {
        expect(validateObject(reverseProxy(goodProxySpec), schema(v413, `${EXT}/ReverseProxy`))).toEqual([]);
        expect(validateObject(reverseProxy(goodProxySpec), schema(master, `${EXT}/ReverseProxy`))).toEqual([]);
      });

      it('prunes matcher.paths (and then misses matcher.path)', () => {
        const spec = { ...goodProxySpec, matcher: { method: 'GET', paths: ['/a', '/b'] } };
        expect(validateObject(reverseProxy(spec), schema(v413, `${EXT}/ReverseProxy`))).toEqual([
          'spec.matcher.paths: unknown field, pruned (not in the schema)',
          'spec.matcher.path: Required value',
        ]);
      });

      it('rejects upstream.service.port given as a string', () => {
        const spec = { ...goodProxySpec, upstream: { service: { name: 'backend', namespace: 'extension-gitops-console', port: '8080' } } };
        expect(validateObject(reverseProxy(spec), schema(v413, `${EXT}/ReverseProxy`))).toEqual([
          'spec.upstream.service.port: must be of type integer (got "8080")',
        ]);
      });
    });

    describe('GlobalRole and GlobalRoleBinding (iam.kubesphere.io/v1beta1)', () => {
      const role = {
        apiVersion: IAM,
        kind: 'GlobalRole',
        metadata: { name: 'gitops-console-viewer', annotations: { 'kubesphere.io/creator': 'admin' } },
        rules: [{ nonResourceURLs: ['/proxy/gitops-console/*'], verbs: ['get', 'list'] }],
      };
      const binding = {
        apiVersion: IAM,
        kind: 'GlobalRoleBinding',
        metadata: { name: 'gitops-console-viewer-authenticated' },
        roleRef: { apiGroup: 'iam.kubesphere.io', kind: 'GlobalRole', name: 'gitops-console-viewer' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:authenticated' }],
      };

      it('accepts a GlobalRole with rules[].nonResourceURLs/verbs', () => {
        expect(validateObject(role, schema(v413, `${IAM}/GlobalRole`))).toEqual([]);
      });

      it('rejects a GlobalRole whose rules sit under spec, or a rule without verbs', () => {
        const underSpec = { ...role, rules: undefined, spec: { rules: role.rules } };
        delete underSpec.rules;
        expect(validateObject(underSpec, schema(v413, `${IAM}/GlobalRole`))).toEqual([
          'spec: unknown field, pruned (not in the schema)',
          'rules: Required value',
        ]);
        expect(validateObject({ ...role, rules: [{ nonResourceURLs: ['/x'] }] }, schema(v413, `${IAM}/GlobalRole`))).toEqual([
          'rules[0].verbs: Required value',
        ]);
      });

      it('accepts a GlobalRoleBinding to Group system:authenticated', () => {
        expect(validateObject(binding, schema(v413, `${IAM}/GlobalRoleBinding`))).toEqual([]);
      });

      it('rejects a GlobalRoleBinding with a roleRef missing apiGroup or with spec.subjects', () => {
        const noApiGroup = { ...binding, roleRef: { kind: 'GlobalRole', name: 'gitops-console-viewer' } };
        expect(validateObject(noApiGroup, schema(v413, `${IAM}/GlobalRoleBinding`))).toEqual(['roleRef.apiGroup: Required value']);
        const { subjects, ...rest } = binding;
        expect(validateObject({ ...rest, spec: { subjects } }, schema(v413, `${IAM}/GlobalRoleBinding`))).toEqual([
          'spec: unknown field, pruned (not in the schema)',
        ]);
      });
    });

    it('validateManifest checks objects with a CRD and reports the others as "no CRD"', () => {
      const objects = [
        jsBundle(assets),
        reverseProxy(goodProxySpec),
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'gitops-console-bundle' }, data: { 'index.js': '' } },
        { apiVersion: IAM, kind: 'GlobalRole', metadata: { name: 'r' }, rules: [] },
      ];
      expect(validateManifest(objects, v413)).toEqual([
        { object: 'JSBundle/gitops-console', problems: ['spec.assets: unknown field, pruned (not in the schema)'] },
        { object: 'ReverseProxy/gitops-console-api', problems: [] },
        { object: 'ConfigMap/gitops-console-bundle', problems: ['no CRD for v1/ConfigMap'], noCrd: true },
        { object: 'GlobalRole/r', problems: [] },
      ]);
      expect(validateManifest(objects, master)[3]).toEqual({
        object: 'GlobalRole/r',
        problems: [`no CRD for ${IAM}/GlobalRole`],
        noCrd: true,
      });
    });
  },
);

// The walk on inline schemas: runs everywhere, CRD files or not.
describe('validateObject on inline structural schemas', () => {
  const schema: Schema = {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      spec: {
        type: 'object',
        required: ['mode'],
        properties: {
          mode: { type: 'string', enum: ['a', 'b'] },
          name: { type: 'string', minLength: 2, maxLength: 5, pattern: '^[a-z]+$' },
          count: { type: 'integer', minimum: 1 },
          ratio: { type: 'number' },
          on: { type: 'boolean' },
          free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { n: { type: 'integer' } } },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          tags: { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'set' },
          port: { 'x-kubernetes-int-or-string': true },
          opt: { type: 'string', nullable: true },
          defaulted: { type: 'object', required: ['x'], properties: { x: { type: 'string', default: 'dflt' } } },
        },
      },
    },
  };
  const obj = (spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'n' }) => ({
    apiVersion: 'x/v1',
    kind: 'K',
    metadata,
    spec,
  });

  it('accepts a valid object, with unknown fields kept under preserve-unknown-fields and additionalProperties', () => {
    const spec = {
      mode: 'a',
      name: 'abc',
      count: 2,
      ratio: 1,
      on: true,
      free: { n: 1, any: { thing: [1] } },
      labels: { a: 'b' },
      tags: ['x', 'y'],
      port: 'http',
      opt: null,
      defaulted: {},
    };
    expect(validateObject(obj(spec, { name: 'n', namespace: 'ns', labels: { a: 'b' }, annotations: { c: 'd' } }), schema)).toEqual([]);
    expect(validateObject(obj({ mode: 'b', port: 8080 }), schema)).toEqual([]);
  });

  it('reports each kind of problem with its path', () => {
    const spec = {
      mode: 'c',
      name: 'ABCDEFG',
      count: 0,
      ratio: '1',
      on: 'true',
      free: { n: 1.5 },
      labels: { a: 1 },
      tags: ['x', 'x'],
      port: 1.5,
      defaulted: null,
      stray: 1,
    };
    expect(validateObject(obj(spec, { name: 'n', owner: 'me', labels: { a: 1 } }), schema).sort()).toEqual(
      [
        'metadata.owner: unknown field, pruned (not in ObjectMeta)',
        'metadata.labels.a: must be a string (got 1)',
        'spec.stray: unknown field, pruned (not in the schema)',
        'spec.defaulted: null, dropped (the field is not nullable)',
        'spec.mode: must be one of ["a","b"] (got "c")',
        'spec.name: must NOT have more than 5 characters',
        'spec.name: must match pattern "^[a-z]+$"',
        'spec.count: must be >= 1',
        'spec.ratio: must be of type number (got "1")',
        'spec.on: must be of type boolean (got "true")',
        'spec.free.n: must be of type integer (got 1.5)',
        'spec.labels.a: must be of type string (got 1)',
        'spec.tags: duplicate items (x-kubernetes-list-type: set)',
        'spec.port: must match a schema in anyOf',
      ].sort(),
    );
    expect(validateObject(obj({}), schema)).toEqual(['spec.mode: Required value']);
    expect(validateObject(obj({ mode: 'a', name: 'a' }), schema)).toEqual(['spec.name: must NOT have fewer than 2 characters']);
  });

  it('accepts metadata as an object and nothing else', () => {
    expect(validateObject({ apiVersion: 'x/v1', kind: 'K', metadata: 'n', spec: { mode: 'a' } }, schema)).toEqual([
      'metadata: must be of type object (got "n")',
    ]);
  });
});
