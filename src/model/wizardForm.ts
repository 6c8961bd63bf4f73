/**
 * The wizard's form is a view of the Application manifest, not a copy: `formFromManifest`
 * reads the fields it knows, `applyFormChange` writes them back into a new manifest and leaves
 * every other field (and every unknown sync option, helm parameter attribute, …) as it was.
 * For any form state, `formFromManifest(applyForm(m, form))` gives that form state back.
 */
import {
  ANNOTATION_ALIAS_NAME,
  ANNOTATION_DESCRIPTION,
  type Application,
  type ApplicationSource,
  type ArgoApplicationSpec,
  type HelmParameter,
} from './types';

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

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.map(text) : []);
const stringRecord = (v: unknown): Record<string, string> =>
  isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, val]) => [k, text(val)])) : {};

/** Argo CD's boolean sync options, as `Key=value` strings, in the order the form appends them. */
const BOOLEAN_OPTIONS: Array<[keyof Omit<SyncOptionsForm, 'prunePropagationPolicy'>, string]> = [
  ['createNamespace', 'CreateNamespace=true'],
  ['pruneLast', 'PruneLast=true'],
  ['applyOutOfSyncOnly', 'ApplyOutOfSyncOnly=true'],
  ['serverSideApply', 'ServerSideApply=true'],
  ['replace', 'Replace=true'],
  ['skipValidation', 'Validate=false'],
];
const PROPAGATION_KEY = 'PrunePropagationPolicy';

function optionKey(option: string): string {
  const i = option.indexOf('=');
  return (i < 0 ? option : option.slice(0, i)).trim();
}

const KNOWN_OPTION_KEYS = new Set([...BOOLEAN_OPTIONS.map(([, option]) => optionKey(option)), PROPAGATION_KEY]);

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
      parameters: (Array.isArray(helm.parameters) ? helm.parameters : []).map((p: HelmParameter) => ({ name: text(p?.name), value: text(p?.value) })),
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
  const policy = options.find((o) => optionKey(o) === PROPAGATION_KEY)?.split('=')[1]?.trim() ?? '';
  const form = Object.fromEntries(BOOLEAN_OPTIONS.map(([field, option]) => [field, has(option)])) as Omit<SyncOptionsForm, 'prunePropagationPolicy'>;
  return { ...form, prunePropagationPolicy: (PRUNE_PROPAGATION_POLICIES as readonly string[]).includes(policy) ? (policy as PrunePropagationPolicy) : '' };
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
    sync: isObject(policy.automated) ? { mode: 'automated', prune: policy.automated.prune === true, selfHeal: policy.automated.selfHeal === true } : { mode: 'manual' },
    syncOptions: readSyncOptions(stringList(policy.syncOptions)),
    retry: isObject(retry)
      ? { enabled: true, limit: text(retry.limit), duration: text(backoff.duration), factor: text(backoff.factor), maxDuration: text(backoff.maxDuration) }
      : { enabled: false },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing back. Each helper works on a deep copy and sets or deletes exactly the fields it owns.
// ---------------------------------------------------------------------------------------------

function child(parent: Json, key: string): Json {
  if (!isObject(parent[key])) parent[key] = {};
  return parent[key] as Json;
}

/** Sets `key`, or deletes it when `value` is the field's empty value. */
function put(target: Json, key: string, value: unknown): void {
  const isEmpty = Array.isArray(value) ? value.length === 0 : isObject(value) ? Object.keys(value).length === 0 : value === '';
  if (isEmpty) delete target[key];
  else target[key] = value;
}

/** A boolean that is only written when true (Go's `omitempty`). */
function flag(target: Json, key: string, on: boolean): void {
  if (on) target[key] = true;
  else delete target[key];
}

function dropIfEmpty(parent: Json, key: string): void {
  if (isObject(parent[key]) && Object.keys(parent[key] as Json).length === 0) delete parent[key];
}

/** Integers the user typed become numbers; anything else is kept as text for validation to flag. */
function integerOrText(value: string): number | string {
  return /^(0|-?[1-9]\d{0,14})$/.test(value) ? Number(value) : value;
}

function writeBasic(app: Json, form: Pick<WizardForm, 'name' | 'alias' | 'description'>): void {
  const meta = child(app, 'metadata');
  if (form.name !== undefined) meta.name = form.name;
  const annotations = child(meta, 'annotations');
  if (form.alias !== undefined) put(annotations, ANNOTATION_ALIAS_NAME, form.alias);
  if (form.description !== undefined) put(annotations, ANNOTATION_DESCRIPTION, form.description);
  dropIfEmpty(meta, 'annotations');
}

function writeSourceType(source: Json, form: SourceTypeForm): void {
  for (const type of SOURCE_TYPES) if (type !== form.type) delete source[type];
  const block = child(source, form.type);
  if (form.type === 'directory') {
    flag(block, 'recurse', form.recurse);
    put(block, 'include', form.include);
    put(block, 'exclude', form.exclude);
    // Directory is Argo CD's default: no block is needed to ask for it.
    dropIfEmpty(source, 'directory');
  } else if (form.type === 'helm') {
    put(block, 'releaseName', form.releaseName);
    put(block, 'valueFiles', [...form.valueFiles]);
    put(block, 'values', form.values);
    const old = Array.isArray(block.parameters) ? (block.parameters as Json[]) : [];
    put(block, 'parameters', form.parameters.map((p, i) => ({ ...(isObject(old[i]) ? old[i] : {}), name: p.name, value: p.value })));
    flag(block, 'skipCrds', form.skipCrds);
  } else {
    put(block, 'namePrefix', form.namePrefix);
    put(block, 'nameSuffix', form.nameSuffix);
    put(block, 'images', [...form.images]);
    put(block, 'commonLabels', { ...form.commonLabels });
    put(block, 'commonAnnotations', { ...form.commonAnnotations });
  }
}

function writeSyncOptions(policy: Json, form: SyncOptionsForm): void {
  const wanted = new Map<string, string>();
  for (const [field, option] of BOOLEAN_OPTIONS) if (form[field]) wanted.set(optionKey(option), option);
  if (form.prunePropagationPolicy) wanted.set(PROPAGATION_KEY, `${PROPAGATION_KEY}=${form.prunePropagationPolicy}`);
  const result: string[] = [];
  // Known options are replaced where they stood; options the form does not know stay as they are.
  for (const option of stringList(policy.syncOptions)) {
    const key = optionKey(option);
    if (!KNOWN_OPTION_KEYS.has(key)) result.push(option);
    else if (wanted.has(key)) {
      result.push(wanted.get(key) as string);
      wanted.delete(key);
    }
  }
  result.push(...wanted.values());
  put(policy, 'syncOptions', result);
}

function writeRetry(policy: Json, form: RetryForm): void {
  if (!form.enabled) {
    delete policy.retry;
    return;
  }
  const retry = child(policy, 'retry');
  put(retry, 'limit', form.limit === '' ? '' : integerOrText(form.limit));
  const backoff = child(retry, 'backoff');
  put(backoff, 'duration', form.duration);
  put(backoff, 'factor', form.factor === '' ? '' : integerOrText(form.factor));
  put(backoff, 'maxDuration', form.maxDuration);
  dropIfEmpty(retry, 'backoff');
}

const ARGO_SECTIONS: Array<keyof WizardForm> = ['repoURL', 'revision', 'path', 'source', 'destination', 'sync', 'syncOptions', 'retry'];

function writeArgoSpec(app: Json, form: Partial<WizardForm>): void {
  if (!ARGO_SECTIONS.some((k) => form[k] !== undefined)) return;
  const spec = child(child(child(app, 'spec'), 'argoApp'), 'spec');
  const touchesSource = ['repoURL', 'revision', 'path', 'source'].some((k) => form[k as keyof WizardForm] !== undefined);
  if (touchesSource) {
    const source = child(spec, 'source');
    if (form.repoURL !== undefined) source.repoURL = form.repoURL;
    if (form.revision !== undefined) put(source, 'targetRevision', form.revision);
    if (form.path !== undefined) put(source, 'path', form.path);
    if (form.source) writeSourceType(source, form.source);
  }
  if (form.destination) {
    const dest = child(spec, 'destination');
    delete dest[form.destination.by === 'name' ? 'server' : 'name'];
    dest[form.destination.by] = form.destination.cluster;
    put(dest, 'namespace', form.destination.namespace);
  }
  if (form.sync || form.syncOptions || form.retry) {
    const policy = child(spec, 'syncPolicy');
    if (form.sync?.mode === 'manual') delete policy.automated;
    else if (form.sync) {
      const automated = child(policy, 'automated');
      flag(automated, 'prune', form.sync.prune);
      flag(automated, 'selfHeal', form.sync.selfHeal);
    }
    if (form.syncOptions) writeSyncOptions(policy, form.syncOptions);
    if (form.retry) writeRetry(policy, form.retry);
    dropIfEmpty(spec, 'syncPolicy');
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}

/**
 * A new manifest with the given form sections written into `app`. Only the sections present in
 * `change` are touched, so editing the alias never rewrites, say, the destination.
 */
export function applyFormChange(app: Application, change: Partial<WizardForm>): Application {
  const next = clone(app) as unknown as Json;
  if (change.name !== undefined || change.alias !== undefined || change.description !== undefined) writeBasic(next, change as WizardForm);
  writeArgoSpec(next, change);
  return next as unknown as Application;
}

/** Every form section written into `app`. */
export function applyForm(app: Application, form: WizardForm): Application {
  return applyFormChange(app, form);
}
