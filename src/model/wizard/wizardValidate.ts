/**
 * Field checks of the wizard, per step, as pure functions returning i18n keys. The server and
 * Argo CD have the last word; these catch what a user can fix before sending.
 */
import { dnsLabelProblemKey, isValidDnsLabel } from './dnsLabel';
import type { WizardForm } from './wizardForm';

export const STEPS = ['basic', 'source', 'destination', 'sync', 'review'] as const;
export type StepId = (typeof STEPS)[number];

export type FieldId =
  | 'name'
  | 'alias'
  | 'description'
  | 'repoURL'
  | 'revision'
  | 'path'
  | 'valueFiles'
  | 'parameters'
  | 'images'
  | 'cluster'
  | 'namespace'
  | 'retryLimit'
  | 'retryDuration'
  | 'retryFactor'
  | 'retryMaxDuration';

export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}

export type FormErrors = Partial<Record<FieldId, FieldError>>;

export const FIELD_STEP: Record<FieldId, StepId> = {
  name: 'basic',
  alias: 'basic',
  description: 'basic',
  repoURL: 'source',
  revision: 'source',
  path: 'source',
  valueFiles: 'source',
  parameters: 'source',
  images: 'source',
  cluster: 'destination',
  namespace: 'destination',
  retryLimit: 'sync',
  retryDuration: 'sync',
  retryFactor: 'sync',
  retryMaxDuration: 'sync',
};

export const ALIAS_MAX_LENGTH = 63;
export const DESCRIPTION_MAX_LENGTH = 256;

/** http(s), ssh and git URLs, and the scp-like `git@host:org/repo` form Argo CD accepts. */
export function isRepoUrl(url: string): boolean {
  const text = url.trim();
  if (text !== url || /\s/.test(text)) return false;
  if (/^(https?|ssh|git):\/\/[^/\s]+(\/.*)?$/i.test(text)) return true;
  return /^[\w.-]+@[\w.-]+:[^\s]+$/.test(text);
}

/** A Go duration such as `5s`, `3m0s` or `1h30m`. */
export function isGoDuration(value: string): boolean {
  return /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(value);
}

function pathProblem(path: string): string | undefined {
  if (path.startsWith('/')) return 'GITOPS_WIZARD_ERR_PATH_ABSOLUTE';
  if (path.split('/').includes('..')) return 'GITOPS_WIZARD_ERR_PATH_PARENT';
  return undefined;
}

/** The first empty row of a list, as a 1-based row number for the message. */
function firstBlank(items: string[]): number | undefined {
  const i = items.findIndex((item) => item.trim() === '');
  return i < 0 ? undefined : i + 1;
}

function checkRetry(form: WizardForm, errors: FormErrors): void {
  if (!form.retry.enabled) return;
  const { limit, duration, factor, maxDuration } = form.retry;
  if (limit !== '' && !/^-?\d{1,9}$/.test(limit)) errors.retryLimit = { key: 'GITOPS_WIZARD_ERR_INTEGER' };
  if (factor !== '' && !/^[1-9]\d{0,8}$/.test(factor)) errors.retryFactor = { key: 'GITOPS_WIZARD_ERR_POSITIVE_INTEGER' };
  if (duration !== '' && !isGoDuration(duration)) errors.retryDuration = { key: 'GITOPS_WIZARD_ERR_DURATION' };
  if (maxDuration !== '' && !isGoDuration(maxDuration)) errors.retryMaxDuration = { key: 'GITOPS_WIZARD_ERR_DURATION' };
}

function checkSourceType(form: WizardForm, errors: FormErrors): void {
  const source = form.source;
  if (source.type === 'helm') {
    const blankFile = firstBlank(source.valueFiles);
    if (blankFile) errors.valueFiles = { key: 'GITOPS_WIZARD_ERR_ROW_EMPTY', params: { row: blankFile } };
    const blankParam = firstBlank(source.parameters.map((p) => p.name));
    if (blankParam) errors.parameters = { key: 'GITOPS_WIZARD_ERR_PARAM_NAME', params: { row: blankParam } };
  } else if (source.type === 'kustomize') {
    const blankImage = firstBlank(source.images);
    if (blankImage) errors.images = { key: 'GITOPS_WIZARD_ERR_ROW_EMPTY', params: { row: blankImage } };
  }
}

/** Every field problem of `form`. In edit mode the name cannot change, so it is not checked. */
export function validateForm(form: WizardForm, mode: 'create' | 'edit' = 'create'): FormErrors {
  const errors: FormErrors = {};
  if (mode === 'create') {
    const name = isValidDnsLabel(form.name);
    if (!name.valid) errors.name = { key: dnsLabelProblemKey(name.reason) };
  }
  if (form.alias.length > ALIAS_MAX_LENGTH) errors.alias = { key: 'GITOPS_WIZARD_ERR_TOO_LONG', params: { max: ALIAS_MAX_LENGTH } };
  if (form.description.length > DESCRIPTION_MAX_LENGTH) {
    errors.description = { key: 'GITOPS_WIZARD_ERR_TOO_LONG', params: { max: DESCRIPTION_MAX_LENGTH } };
  }
  if (form.repoURL.trim() === '') errors.repoURL = { key: 'GITOPS_WIZARD_ERR_REPO_REQUIRED' };
  else if (!isRepoUrl(form.repoURL)) errors.repoURL = { key: 'GITOPS_WIZARD_ERR_REPO_INVALID' };
  if (/\s/.test(form.revision)) errors.revision = { key: 'GITOPS_WIZARD_ERR_NO_SPACES' };
  const path = pathProblem(form.path);
  if (path) errors.path = { key: path };
  checkSourceType(form, errors);
  if (form.destination.cluster.trim() === '') errors.cluster = { key: 'GITOPS_WIZARD_ERR_CLUSTER_REQUIRED' };
  if (form.destination.namespace === '') errors.namespace = { key: 'GITOPS_WIZARD_ERR_NAMESPACE_REQUIRED' };
  else if (!isValidDnsLabel(form.destination.namespace).valid) errors.namespace = { key: 'GITOPS_WIZARD_ERR_NAMESPACE_INVALID' };
  checkRetry(form, errors);
  return errors;
}

/** The errors that belong to one step. */
export function errorsOfStep(errors: FormErrors, step: StepId): FormErrors {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => FIELD_STEP[field as FieldId] === step)) as FormErrors;
}

/** The first step holding an error, in step order, or `undefined`. */
export function firstStepWithErrors(errors: FormErrors): StepId | undefined {
  return STEPS.find((step) => Object.keys(errorsOfStep(errors, step)).length > 0);
}
