/**
 * The wizard's form is a view of the Application manifest, not a copy: `formFromManifest`
 * reads the fields it knows, and `applyFormChange` (in `wizardFormWrite.ts`) writes them back
 * into a new manifest, leaving every other field (and every unknown sync option, helm parameter
 * attribute, …) as it was. For any form state, `formFromManifest(applyForm(m, form))` gives that
 * form state back.
 */
import {
  ANNOTATION_ALIAS_NAME,
  ANNOTATION_DESCRIPTION,
  type Application,
  type ApplicationSource,
  type ArgoApplicationSpec,
  type HelmParameter,
} from '../application/types';

export const SOURCE_TYPES = ['directory', 'helm', 'kustomize'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface DirectoryForm {
  type: 'directory';
  recurse: boolean;
  include: string;
  exclude: string;
}

export interface HelmForm {
  type: 'helm';
  releaseName: string;
  valueFiles: string[];
  values: string;
  parameters: Array<{ name: string; value: string }>;
  skipCrds: boolean;
}

export interface KustomizeForm {
  type: 'kustomize';
  namePrefix: string;
  nameSuffix: string;
  images: string[];
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
}

export type SourceTypeForm = DirectoryForm | HelmForm | KustomizeForm;

export const PRUNE_PROPAGATION_POLICIES = ['foreground', 'background', 'orphan'] as const;
export type PrunePropagationPolicy = (typeof PRUNE_PROPAGATION_POLICIES)[number];

export interface SyncOptionsForm {
  createNamespace: boolean;
  pruneLast: boolean;
  applyOutOfSyncOnly: boolean;
  serverSideApply: boolean;
  replace: boolean;
  /** `Validate=false`: skip the kubectl schema validation. */
  skipValidation: boolean;
  prunePropagationPolicy: '' | PrunePropagationPolicy;
}

export type SyncForm = { mode: 'manual' } | { mode: 'automated'; prune: boolean; selfHeal: boolean };

/** Numbers stay text while typed; anything that is not a plain integer is kept as typed and reported by validation. */
export type RetryForm = { enabled: false } | { enabled: true; limit: string; duration: string; factor: string; maxDuration: string };

export interface DestinationForm {
  /** Argo CD addresses a cluster by name or by API server URL, never both. */
  by: 'name' | 'server';
  cluster: string;
  namespace: string;
}

export interface WizardForm {
  name: string;
  alias: string;
  description: string;
  repoURL: string;
  revision: string;
  path: string;
  source: SourceTypeForm;
  destination: DestinationForm;
  sync: SyncForm;
  syncOptions: SyncOptionsForm;
  retry: RetryForm;
}

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
export const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.map(text) : []);
const stringRecord = (v: unknown): Record<string, string> =>
  isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, val]) => [k, text(val)])) : {};

/** Argo CD's boolean sync options, as `Key=value` strings, in the order the form appends them. */
export const BOOLEAN_OPTIONS: Array<[keyof Omit<SyncOptionsForm, 'prunePropagationPolicy'>, string]> = [
  ['createNamespace', 'CreateNamespace=true'],
  ['pruneLast', 'PruneLast=true'],
  ['applyOutOfSyncOnly', 'ApplyOutOfSyncOnly=true'],
  ['serverSideApply', 'ServerSideApply=true'],
  ['replace', 'Replace=true'],
  ['skipValidation', 'Validate=false'],
];
export const PROPAGATION_KEY = 'PrunePropagationPolicy';

export function optionKey(option: string): string {
  const i = option.indexOf('=');
  return (i < 0 ? option : option.slice(0, i)).trim();
}

export const KNOWN_OPTION_KEYS = new Set([...BOOLEAN_OPTIONS.map(([, option]) => optionKey(option)), PROPAGATION_KEY]);

function argoSpecOf(app: Application): Partial<ArgoApplicationSpec> {
  return (app.spec?.argoApp?.spec ?? {}) as Partial<ArgoApplicationSpec>;
}

function readSource(source: Partial<ApplicationSource>): SourceTypeForm {
  if (isObject(source.helm)) {
    const helm = source.helm;
    return {
      type: 'helm',
      releaseName: text(helm.releaseName),
      valueFiles: stringList(helm.valueFiles),
      values: text(helm.values),
      parameters: (Array.isArray(helm.parameters) ? helm.parameters : []).map((p: HelmParameter) => ({
        name: text(p?.name),
        value: text(p?.value),
      })),
      skipCrds: helm.skipCrds === true,
    };
  }
  if (isObject(source.kustomize)) {
    const k = source.kustomize;
    return {
      type: 'kustomize',
      namePrefix: text(k.namePrefix),
      nameSuffix: text(k.nameSuffix),
      images: stringList(k.images),
      commonLabels: stringRecord(k.commonLabels),
      commonAnnotations: stringRecord(k.commonAnnotations),
    };
  }
  const dir = isObject(source.directory) ? source.directory : {};
  return { type: 'directory', recurse: dir.recurse === true, include: text(dir.include), exclude: text(dir.exclude) };
}

function readSyncOptions(options: string[]): SyncOptionsForm {
  const has = (option: string) => options.includes(option);
  const policy =
    options
      .find((o) => optionKey(o) === PROPAGATION_KEY)
      ?.split('=')[1]
      ?.trim() ?? '';
  const form = Object.fromEntries(BOOLEAN_OPTIONS.map(([field, option]) => [field, has(option)])) as Omit<
    SyncOptionsForm,
    'prunePropagationPolicy'
  >;
  return {
    ...form,
    prunePropagationPolicy: (PRUNE_PROPAGATION_POLICIES as readonly string[]).includes(policy) ? (policy as PrunePropagationPolicy) : '',
  };
}

/** The form fields of `app`; anything missing reads as empty. */
export function formFromManifest(app: Application): WizardForm {
  const meta = app.metadata ?? {};
  const annotations = meta.annotations ?? {};
  const spec = argoSpecOf(app);
  const source = (spec.source ?? {}) as Partial<ApplicationSource>;
  const dest = spec.destination ?? {};
  const policy = spec.syncPolicy ?? {};
  const byName = dest.name !== undefined && (dest.server === undefined || !!dest.name);
  const retry = policy.retry;
  const backoff = retry?.backoff ?? {};
  return {
    name: text(meta.name),
    alias: text(annotations[ANNOTATION_ALIAS_NAME]),
    description: text(annotations[ANNOTATION_DESCRIPTION]),
    repoURL: text(source.repoURL),
    revision: text(source.targetRevision),
    path: text(source.path),
    source: readSource(source),
    destination: { by: byName ? 'name' : 'server', cluster: text(byName ? dest.name : dest.server), namespace: text(dest.namespace) },
    sync: isObject(policy.automated)
      ? { mode: 'automated', prune: policy.automated.prune === true, selfHeal: policy.automated.selfHeal === true }
      : { mode: 'manual' },
    syncOptions: readSyncOptions(stringList(policy.syncOptions)),
    retry: isObject(retry)
      ? {
          enabled: true,
          limit: text(retry.limit),
          duration: text(backoff.duration),
          factor: text(backoff.factor),
          maxDuration: text(backoff.maxDuration),
        }
      : { enabled: false },
  };
}
