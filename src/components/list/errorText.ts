import { isApiError } from '../../api/errors';
import { t } from '../../host';

/** Why the list could not be loaded, as the page explains it. */
export type LoadProblem = 'session-expired' | 'forbidden' | 'engine-missing' | 'not-found' | 'network' | 'server';

export function loadProblem(error: unknown): LoadProblem {
  if (!isApiError(error)) return 'server';
  switch (error.kind) {
    case 'unauthorized':
      return 'session-expired';
    case 'forbidden':
      return 'forbidden';
    case 'engine-missing':
      return 'engine-missing';
    case 'not-found':
      return 'not-found';
    case 'network':
    case 'aborted':
      return 'network';
    default:
      return 'server';
  }
}

/** A retry helps only where the cause may go away by itself. */
export function canRetry(problem: LoadProblem): boolean {
  return problem === 'network' || problem === 'server';
}

const ACTION_ERROR_KEYS: Partial<Record<string, string>> = {
  'operation-in-progress': 'GITOPS_LIST_ERR_IN_PROGRESS',
  'not-initialized': 'GITOPS_LIST_ERR_NOT_INITIALIZED',
  forbidden: 'GITOPS_LIST_ERR_FORBIDDEN',
  unauthorized: 'GITOPS_LIST_ERR_SESSION',
  'not-found': 'GITOPS_LIST_ERR_NOT_FOUND',
  conflict: 'GITOPS_LIST_ERR_CONFLICT',
  network: 'GITOPS_LIST_ERR_NETWORK',
  'engine-missing': 'GITOPS_LIST_ERR_ENGINE',
};

/**
 * Why one action on one application failed: our explanation for the errors we know, with the
 * server's own words where they add something; the server's words alone otherwise.
 */
export function actionErrorText(error: unknown): string {
  if (!isApiError(error)) return t('GITOPS_LIST_ERR_UNEXPECTED');
  const key = ACTION_ERROR_KEYS[error.kind];
  if (key) return t(key);
  return error.serverMessage || t('GITOPS_LIST_ERR_UNEXPECTED');
}
