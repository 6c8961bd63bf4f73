/**
 * Writing the wizard's form back into the Application manifest. Each helper works on a deep copy
 * and sets or deletes exactly the fields it owns; see `wizardForm.ts` for the reading side.
 */
import { ANNOTATION_ALIAS_NAME, ANNOTATION_DESCRIPTION, type Application } from '../application/types';
import {
  BOOLEAN_OPTIONS,
  isObject,
  KNOWN_OPTION_KEYS,
  optionKey,
  PROPAGATION_KEY,
  SOURCE_TYPES,
  stringList,
  type Json,
  type RetryForm,
  type SourceTypeForm,
  type SyncOptionsForm,
  type WizardForm,
} from './wizardForm';

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
    put(
      block,
      'parameters',
      form.parameters.map((p, i) => ({ ...(isObject(old[i]) ? old[i] : {}), name: p.name, value: p.value })),
    );
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
