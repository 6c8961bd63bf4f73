import { type ApiErrorKind, isApiError } from '../../api/errors';

const KEYS: Partial<Record<ApiErrorKind, string>> = {
  'operation-in-progress': 'GITOPS_ERR_OPERATION_IN_PROGRESS',
  'not-initialized': 'GITOPS_ERR_NOT_INITIALIZED',
  unauthorized: 'GITOPS_ERR_UNAUTHORIZED',
  forbidden: 'GITOPS_ERR_FORBIDDEN',
  'not-found': 'GITOPS_ERR_NOT_FOUND',
  'engine-missing': 'GITOPS_ERR_ENGINE_MISSING',
  conflict: 'GITOPS_ERR_CONFLICT',
  invalid: 'GITOPS_ERR_INVALID',
  'bad-request': 'GITOPS_ERR_BAD_REQUEST',
  network: 'GITOPS_ERR_NETWORK',
  server: 'GITOPS_ERR_SERVER',
};

/** The i18n key explaining a failed request in the user's words. */
export function errorKey(error: unknown): string {
  return (isApiError(error) && KEYS[error.kind]) || 'GITOPS_ERR_SERVER';
}

/**
 * The server's own text, worth showing under our explanation when it adds something: not for
 * the cases our sentence already says all, and never for an aborted or unreachable request.
 */
export function serverDetail(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : '';
  if (error.kind === 'operation-in-progress' || error.kind === 'network' || error.kind === 'aborted') return '';
  return error.serverMessage;
}
