/**
 * fast-check generators for the wizard's property tests: form states, manifests carrying fields
 * the form does not know, and edits of JSON objects. Never imported by shipped code.
 */
import fc from 'fast-check';
import type { Application } from '../application/types';
import { newApplication } from './wizardSubmit';
import { PRUNE_PROPAGATION_POLICIES, type SourceTypeForm, type WizardForm } from './wizardForm';

const text = fc.string({ maxLength: 12 });
/** Keys as a manifest map can hold them, in the order a JS object keeps them. */
const record = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), text, { maxKeys: 3 }).map((r) => ({ ...r }));
/** What a number field may hold while typed: digits, or anything else validation will flag. */
const numberText = fc.oneof(fc.constant(''), fc.integer({ min: -5, max: 10_000 }).map(String), text);

const sourceForm: fc.Arbitrary<SourceTypeForm> = fc.oneof(
  fc.record({ type: fc.constant('directory' as const), recurse: fc.boolean(), include: text, exclude: text }),
  fc.record({
    type: fc.constant('helm' as const),
    releaseName: text,
    valueFiles: fc.array(text, { maxLength: 3 }),
    values: text,
    parameters: fc.array(fc.record({ name: text, value: text }), { maxLength: 3 }),
    skipCrds: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('kustomize' as const),
    namePrefix: text,
    nameSuffix: text,
    images: fc.array(text, { maxLength: 3 }),
    commonLabels: record,
    commonAnnotations: record,
  }),
);

export const wizardFormArb: fc.Arbitrary<WizardForm> = fc.record({
  name: text,
  alias: text,
  description: text,
  repoURL: text,
  revision: text,
  path: text,
  source: sourceForm,
  destination: fc.record({ by: fc.constantFrom('name' as const, 'server' as const), cluster: text, namespace: text }),
  sync: fc.oneof(
    fc.constant({ mode: 'manual' as const }),
    fc.record({ mode: fc.constant('automated' as const), prune: fc.boolean(), selfHeal: fc.boolean() }),
  ),
  syncOptions: fc.record({
    createNamespace: fc.boolean(),
    pruneLast: fc.boolean(),
    applyOutOfSyncOnly: fc.boolean(),
    serverSideApply: fc.boolean(),
    replace: fc.boolean(),
    skipValidation: fc.boolean(),
    prunePropagationPolicy: fc.constantFrom('' as const, ...PRUNE_PROPAGATION_POLICIES),
  }),
  retry: fc.oneof(
    fc.constant({ enabled: false as const }),
    fc.record({ enabled: fc.constant(true as const), limit: numberText, duration: text, factor: numberText, maxDuration: text }),
  ),
});

/** Values the form never reads, planted all over a manifest. */
export interface Unknowns {
  top: string;
  annotation: string;
  label: string;
  argoSpec: number;
  sourceExtra: string;
  option: string;
  ignoreDifferences: Array<{ kind: string; jsonPointers: string[] }>;
}

export const unknownsArb: fc.Arbitrary<Unknowns> = fc.record({
  top: text,
  annotation: text,
  label: text,
  argoSpec: fc.integer({ min: 0, max: 100 }),
  sourceExtra: text,
  option: text.map((v) => `RespectIgnoreDifferences=${v}`),
  ignoreDifferences: fc.array(fc.record({ kind: text, jsonPointers: fc.array(text, { maxLength: 2 }) }), { maxLength: 2 }),
});

/** A new application with every unknown planted in it. */
export function manifestWithUnknowns(u: Unknowns): Application {
  const app = newApplication('demo-project') as Application & Record<string, unknown>;
  app['x-top'] = u.top;
  app.metadata.annotations = { 'example.com/note': u.annotation };
  app.metadata.labels = { ...app.metadata.labels, 'example.com/team': u.label };
  const spec = app.spec.argoApp!.spec as unknown as Record<string, unknown>;
  spec.revisionHistoryLimit = u.argoSpec;
  spec.ignoreDifferences = u.ignoreDifferences;
  spec.syncPolicy = { syncOptions: [u.option] };
  (spec.source as Record<string, unknown>).chart = u.sourceExtra;
  return app;
}

/** The unknowns as read back from a manifest. */
export function readUnknowns(app: Application): Unknowns {
  const a = app as Application & Record<string, unknown>;
  const spec = app.spec.argoApp!.spec as unknown as Record<string, unknown>;
  const options = (spec.syncPolicy as { syncOptions?: string[] } | undefined)?.syncOptions ?? [];
  return {
    top: a['x-top'] as string,
    annotation: app.metadata.annotations?.['example.com/note'] as string,
    label: app.metadata.labels?.['example.com/team'] as string,
    argoSpec: spec.revisionHistoryLimit as number,
    sourceExtra: (spec.source as Record<string, unknown>).chart as string,
    option: options.find((o) => o.startsWith('RespectIgnoreDifferences=')) as string,
    ignoreDifferences: spec.ignoreDifferences as Unknowns['ignoreDifferences'],
  };
}

/** A JSON object tree, for merge properties. */
export const jsonObjectArb: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ obj: Record<string, unknown>; value: unknown }>((tie) => ({
  obj: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }).map((r) => ({ ...r })),
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('x', 'y'),
    fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
    tie('obj'),
  ),
})).obj;
