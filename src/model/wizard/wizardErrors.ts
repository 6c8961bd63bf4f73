/**
 * Which words explain a failed create or update, and which step of the wizard the failure
 * concerns, from the error's kind (see `api/errors`) and the server's own message.
 */
import type { StepId } from './wizardValidate';

export interface SubmitFailure {
  kind: string;
  status: number;
  serverMessage: string;
}

const KEYS: Record<string, string> = {
  'already-exists': 'GITOPS_WIZARD_ERR_NAME_TAKEN',
  conflict: 'GITOPS_WIZARD_ERR_CONFLICT',
  invalid: 'GITOPS_WIZARD_ERR_INVALID',
  forbidden: 'GITOPS_WIZARD_ERR_FORBIDDEN',
  unauthorized: 'GITOPS_WIZARD_ERR_UNAUTHORIZED',
  'engine-missing': 'GITOPS_WIZARD_ERR_ENGINE_MISSING',
  'bad-request': 'GITOPS_WIZARD_ERR_BAD_REQUEST',
  network: 'GITOPS_WIZARD_ERR_NETWORK',
};

/** The i18n key of our sentence for `failure`; a missing object means different things on create and on update. */
export function submitErrorKey(failure: SubmitFailure, mode: 'create' | 'edit'): string {
  if (failure.kind === 'not-found') return mode === 'edit' ? 'GITOPS_WIZARD_ERR_APP_GONE' : 'GITOPS_WIZARD_ERR_PROJECT_GONE';
  // A body Go could not decode comes back as a 500 naming the field.
  if (failure.status === 500 && /cannot unmarshal|invalid character|json:/i.test(failure.serverMessage)) return 'GITOPS_WIZARD_ERR_DECODE';
  return KEYS[failure.kind] ?? 'GITOPS_WIZARD_ERR_SERVER';
}

/** Field paths in server messages, and the step each belongs to; the first match wins. */
const PLACES: Array<[RegExp, StepId]> = [
  [/metadata\.(name|generateName|labels|annotations)|\bname or generateName\b/i, 'basic'],
  [/destination/i, 'destination'],
  [/syncPolicy|retry|automated|syncOptions/i, 'sync'],
  [/source|repoURL|targetRevision|helm|kustomize|directory/i, 'source'],
];

/** The step a failure is shown next to: where its field is, else the review step. */
export function submitErrorStep(failure: SubmitFailure): StepId {
  if (failure.kind === 'already-exists') return 'basic';
  if (failure.kind === 'invalid' || failure.kind === 'bad-request' || failure.status === 500) {
    for (const [pattern, step] of PLACES) if (pattern.test(failure.serverMessage)) return step;
  }
  return 'review';
}
