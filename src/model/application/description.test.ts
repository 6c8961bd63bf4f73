import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { application } from './description';
import { argoStatus } from './argoStatusDescription';
import type {
  Application,
  ApplicationCondition,
  ApplicationConditionType,
  ApplicationSource,
  ApplicationSpec,
  ArgoApplication,
  ArgoApplicationSpec,
  HealthStatus,
  HealthStatusCode,
  ObjectMeta,
  SyncPolicy,
} from './types';
import type { JsonSchema, Shape } from '../schema/shape';
import { validateAgainstSchema } from '../schema/appSchemaValidate';
import { parseArgoStatus } from '../status/argoStatus';
import { ALL_STATUS_FIXTURES, makeApp } from '../testFixtures';
import { newApplication } from '../wizard/wizardSubmit';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function typeIs<T extends true>(_proof?: T): void {}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The path of every property the schema lists (`[]` for array items, `*` for map values). */
function schemaPaths(schema: JsonSchema, path = '', out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    out.add(join(path, key));
    schemaPaths(child, join(path, key), out);
  }
  if (typeof schema.additionalProperties === 'object') schemaPaths(schema.additionalProperties, join(path, '*'), out);
  if (schema.items) schemaPaths(schema.items, `${path}[]`, out);
  return out;
}

/** A valid value for the schema with every property filled in. */
function sample(schema: JsonSchema): unknown {
  switch (schema.type) {
    case 'string':
      return schema.format === 'date-time' ? '2024-01-02T03:04:05Z' : (schema.examples?.[0] ?? (schema.pattern ? 'demo' : 'text'));
    case 'integer':
      return schema.minimum ?? 3;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'array':
      return [sample(schema.items ?? {})];
    case 'object':
      if (typeof schema.additionalProperties === 'object') return { key: sample(schema.additionalProperties) };
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, child]) => [key, sample(child)]));
    default:
      return {};
  }
}

/**
 * Like `sample`, but every object records the path of each field a decoder looks up, whether the
 * schema lists it or not.
 */
function spy(schema: JsonSchema, path: string, reads: Set<string>): unknown {
  if (schema.type === 'array') return [spy(schema.items ?? {}, `${path}[]`, reads)];
  if (typeof schema.additionalProperties === 'object') return { key: spy(schema.additionalProperties, join(path, '*'), reads) };
  if (schema.type !== 'object' && schema.type !== undefined) return sample(schema);
  const target: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(schema.properties ?? {})) target[key] = spy(child, join(path, key), reads);
  const seen = (key: string | symbol) => typeof key === 'string' && reads.add(join(path, key));
  return new Proxy(target, {
    getOwnPropertyDescriptor: (t, key) => (seen(key), Reflect.getOwnPropertyDescriptor(t, key)),
    get: (t, key, receiver) => (seen(key), Reflect.get(t, key, receiver)),
  });
}

function fieldsRead(schema: JsonSchema, decode: (value: unknown) => unknown): Set<string> {
  const reads = new Set<string>();
  decode(spy(schema, '', reads));
  return reads;
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

// Read by the decoders and in the types, deliberately absent from the schema (see description.ts).
const NOT_IN_APPLICATION_SCHEMA = [
  'spec.argoApp.spec.syncPolicy.automated.enabled', // droppedByServer: the editor warns
  'status.argoApp', // readOnly: the schema accepts anything under status
  'status.fluxApp',
  'status.kind',
];

describe('no drift between the schema and the decoders', () => {
  const decoders: Array<[string, Shape<unknown>, (value: unknown) => unknown, string[]]> = [
    ['the Application', application, (v) => application.decode(v), NOT_IN_APPLICATION_SCHEMA],
    ['the Argo CD status', argoStatus, (v) => argoStatus.decode(v), []],
    // The decoder table in status/argoStatus.ts, until it is replaced by `argoStatus.decoder`.
    ['the Argo CD status, by parseArgoStatus', argoStatus, (v) => parseArgoStatus(v), []],
  ];

  it.each(decoders)('%s: the decoder reads every property the schema lists, and nothing else', (_name, shape, decode, notInSchema) => {
    const listed = schemaPaths(shape.schema);
    const read = fieldsRead(shape.schema, decode);
    expect(listed.size).toBeGreaterThan(40);
    expect(minus(listed, read)).toEqual([]);
    expect(minus(read, listed)).toEqual(notInSchema);
  });

  it('the Application: every property the schema lists decodes, unchanged and without a problem', () => {
    const value = sample(application.schema);
    expect(application.decode(value)).toEqual({ value, problems: [] });
    expect(validateAgainstSchema(value)).toEqual([]);
  });

  it('the Argo CD status: every property the schema lists decodes, unchanged and without a problem', () => {
    const value = sample(argoStatus.schema);
    expect(argoStatus.decode(value)).toEqual({ value, problems: [] });
    expect(parseArgoStatus(value)).toEqual({ status: value, problems: [] });
    expect(parseArgoStatus(JSON.stringify(value))).toEqual({ status: value, problems: [] });
  });
});

// --- round trips ----------------------------------------------------------------------------

/** ks-devops `config/samples/gitops/application.yaml` (reference §5). */
const KSD_SAMPLE = {
  apiVersion: 'gitops.kubesphere.io/v1alpha1',
  kind: 'Application',
  metadata: { name: 'app', annotations: { 'argocd-image-updater.argoproj.io/image-list': 'ghcr.io/linuxsuren-bot/open-podcasts-ui' } },
  spec: {
    argoApp: {
      spec: {
        project: 'testddmtg',
        source: {
          repoURL: 'https://github.com/linuxsuren-bot/open-podcasts/',
          targetRevision: 'HEAD',
          path: 'config/default',
          directory: { recurse: true },
        },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'default' },
        syncPolicy: { automated: { prune: true } },
      },
    },
  },
};

/** The GET shape after a full reconcile (reference §5). */
const RECONCILED = {
  kind: 'Application',
  apiVersion: 'gitops.kubesphere.io/v1alpha1',
  metadata: {
    name: 'demo',
    namespace: 'devops-abc12',
    uid: '5c8a7f52-1b0e-4b8e-9d1c-2f8f0c1d2e3f',
    resourceVersion: '4711',
    generation: 2,
    creationTimestamp: '2024-01-02T03:04:05Z',
    labels: {
      'gitops.kubesphere.io/argocd-location': 'argocd',
      'gitops.kubesphere.io/argocd-application': 'demo',
      'gitops.kubesphere.io/sync-status': 'Synced',
      'gitops.kubesphere.io/health-status': 'Healthy',
    },
    annotations: { 'kubesphere.io/creator': 'admin', 'gitops.kubesphere.io/images': 'nginx:1.25' },
    finalizers: ['application.gitops.kubesphere.io'],
  },
  spec: {
    kind: 'argocd',
    argoApp: {
      spec: {
        source: { repoURL: 'https://github.com/example/apps.git', path: 'manifests', targetRevision: 'HEAD' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'demo' },
        project: 'devops-abc12',
        syncPolicy: { automated: {}, syncOptions: ['CreateNamespace=true'] },
      },
    },
  },
  status: { argoApp: ALL_STATUS_FIXTURES.ARGO_STATUS, fluxApp: {} },
};

const APPLICATIONS: Record<string, unknown> = {
  KSD_SAMPLE,
  RECONCILED,
  newApplication: newApplication('devops-abc12'),
  makeApp: makeApp(),
  'makeApp, automated, with an operation and a status': makeApp({
    automated: true,
    operation: true,
    argoApp: ALL_STATUS_FIXTURES.FAILED_SYNC_STATUS,
  }),
};

describe('round trips', () => {
  it.each(Object.entries(APPLICATIONS))('%s: decodes to itself, survives JSON, and passes the schema', (_name, app) => {
    const { value, problems } = application.decode(app);
    expect(problems).toEqual([]);
    expect(value).toEqual(app);
    expect(application.decode(JSON.parse(JSON.stringify(value))).value).toEqual(value);
    expect(validateAgainstSchema(app)).toEqual([]);
  });

  it('a body the KubeSphere API test suite posts: an unknown engine is kept and reported, nothing else', () => {
    const body = {
      kind: 'Application',
      apiVersion: 'gitops.kubesphere.io/v1alpha1',
      metadata: { name: 'cd-app', annotations: { 'kubesphere.io/alias-name': 'bieming' } },
      spec: {
        kind: 'argo-project',
        argoApp: {
          spec: {
            destination: { name: 'in-cluster', server: 'https://kubernetes.default.svc', namespace: 'ns' },
            source: { repoURL: 'https://example.com/repo.git', targetRevision: 'HEAD', path: 'p' },
            syncPolicy: { automated: {}, syncOptions: ['CreateNamespace=true'] },
          },
        },
      },
    };
    expect(application.decode(body)).toEqual({
      value: body,
      problems: [{ code: 'unknown-value', path: 'spec.kind', found: 'argo-project' }],
    });
  });

  it.each(Object.entries(ALL_STATUS_FIXTURES))('%s: the status decodes as parseArgoStatus reads it, and survives JSON', (_name, raw) => {
    const input = JSON.parse(raw) as Record<string, unknown>;
    const { value, problems } = argoStatus.decode(input);
    expect({ status: value, problems }).toEqual(parseArgoStatus(raw));
    expect(problems).toEqual([]);
    // Only what the description leaves out is lost (Argo CD 3.x `sourceHydrator`).
    expect(value).toEqual({ ...input, sourceHydrator: undefined });
    expect(argoStatus.decode(JSON.parse(JSON.stringify(value))).value).toEqual(value);
  });
});

// --- the hand-written decoder table of status/argoStatus.ts ---------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function replaceAt(value: Json, path: Array<string | number>, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  if (value && typeof value === 'object') return { ...value, [head]: replaceAt(value[head as string], rest, replacement) };
  return value;
}

function allPaths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) allPaths(value[k], [...prefix, k], out);
  return out;
}

const fixtures = Object.values(ALL_STATUS_FIXTURES).map((raw) => JSON.parse(raw) as Json);
const mutated = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>), { minLength: 1, maxLength: 4 }),
  )
  .map(([base, edits]) =>
    edits.reduce<Json>((value, [index, replacement]) => {
      const paths = allPaths(value);
      return replaceAt(value, paths[index % paths.length], replacement);
    }, base),
  );

describe('parseArgoStatus agrees with the description', () => {
  it('with any value of every fixture replaced by an odd one: the same value and the same problems', () => {
    let compared = 0;
    for (const fixture of fixtures) {
      for (const path of allPaths(fixture).slice(1)) {
        for (const odd of ['Weird', '', 7, 1.5, true, null, [], {}, ['x'], { x: 1 }] as Json[]) {
          const value = replaceAt(fixture, path, odd);
          const { value: decoded, problems } = argoStatus.decode(value);
          expect({ status: decoded ?? null, problems }).toEqual(parseArgoStatus(value));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it('on 3,000 mutated statuses: the same value and the same problems, in the same order', () => {
    fc.assert(
      fc.property(mutated, (value) => {
        fc.pre(typeof value === 'object' && value !== null && !Array.isArray(value));
        // The one deliberate difference: a retry backoff factor is an integer (Go int64), which
        // the old table read as any number.
        fc.pre(!JSON.stringify(value).includes('"factor"'));
        const { value: decoded, problems } = argoStatus.decode(value);
        expect({ status: decoded ?? null, problems }).toEqual(parseArgoStatus(value));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('the derived types are what callers rely on', () => {
  it('keeps required what is always there and optional what may be missing', () => {
    typeIs<Equal<Application['metadata'], ObjectMeta>>();
    typeIs<Equal<Application['spec'], ApplicationSpec>>();
    // A Flux application has none; the schema still requires it of what this console writes.
    typeIs<Equal<ApplicationSpec['argoApp'], ArgoApplication | undefined>>();
    typeIs<Equal<ArgoApplication['spec'], ArgoApplicationSpec>>();
    typeIs<Equal<ArgoApplicationSpec['source'], ApplicationSource>>();
    typeIs<Equal<ApplicationSource['repoURL'], string>>();
    // A manifest may leave it out: the controller sets it to the DevOps project.
    typeIs<Equal<ArgoApplicationSpec['project'], string | undefined>>();
    typeIs<Equal<NonNullable<SyncPolicy['automated']>['enabled'], boolean | undefined>>();
    typeIs<Equal<HealthStatus['status'], HealthStatusCode | undefined>>();
    typeIs<Equal<ApplicationCondition['type'], ApplicationConditionType>>();
    typeIs<Equal<ObjectMeta['labels'], Record<string, string> | undefined>>();
  });
});
