/**
 * Which step of the wizard a failed create or update concerns, from the error's kind (see
 * `model/errors/errorKind`) and the server's own message. The words are in the one error table,
 * `components/common/errorText.ts` (`submitErrorKey`).
 */
import type { StepId } from './wizardValidate';

export interface SubmitFailure {
  kind: string;
  status: number;
  serverMessage: string;
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
