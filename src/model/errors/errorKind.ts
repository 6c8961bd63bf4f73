/**
 * Failed requests, classified once. `api/errors.ts` reads whatever KubeSphere sent (plain text,
 * `Status` JSON, go-restful's 404 page, a fetch that never arrived) into a normalised error: the
 * HTTP status, an HTTP-level kind and the server's own words. `errorKind` turns that into the one
 * kind every page acts on and explains (the words are in `components/common/errorText.ts`).
 */

/** The HTTP-level kinds `api/errors.ts` normalises failures into. */
export const HTTP_FAILURE_KINDS = [
  'unauthorized',
  'forbidden',
  'not-found',
  'engine-missing',
  'conflict',
  'already-exists',
  'operation-in-progress',
  'not-initialized',
  'invalid',
  'bad-request',
  'server',
  'network',
  'aborted',
] as const;

export type HttpFailureKind = (typeof HTTP_FAILURE_KINDS)[number];

/** A failure as `api/errors.ts` normalises it (its `ApiError` is one). */
export interface NormalisedError {
  readonly status: number;
  readonly kind: HttpFailureKind;
  /** The server's own words, unchanged. */
  readonly serverMessage: string;
}

/** What went wrong, as the pages reason about it. */
export type ErrorKind =
  /** 401: the login expired; only signing in again helps. */
  | 'sessionExpired'
  /** 403: the user may not do this here. */
  | 'forbidden'
  /** 404 of an object: it does not exist (any more). */
  | 'notFound'
  /** go-restful's own 404: the GitOps routes are not served (Argo CD not enabled in DevOps). */
  | 'engineMissing'
  /** 409: the object changed since it was read. */
  | 'conflict'
  /** 409 "already exists": the name is taken. */
  | 'alreadyExists'
  /** 400: another sync is still running. */
  | 'operationInProgress'
  /** 400: the controller has not set the application up yet. */
  | 'notInitialized'
  /** 422, or a path parameter refused before sending. */
  | 'invalid'
  /** Any other 400. */
  | 'badRequest'
  /** 5xx and anything else the server answered. */
  | 'server'
  /** The request never reached the server. */
  | 'network'
  /** The request was cancelled (a page left, a newer request). */
  | 'aborted'
  /** Not a request failure at all: a bug or an unexpected exception. */
  | 'unexpected';

const KIND_OF: Readonly<Record<HttpFailureKind, ErrorKind>> = {
  unauthorized: 'sessionExpired',
  forbidden: 'forbidden',
  'not-found': 'notFound',
  'engine-missing': 'engineMissing',
  conflict: 'conflict',
  'already-exists': 'alreadyExists',
  'operation-in-progress': 'operationInProgress',
  'not-initialized': 'notInitialized',
  invalid: 'invalid',
  'bad-request': 'badRequest',
  server: 'server',
  network: 'network',
  aborted: 'aborted',
};

const HTTP_KINDS: ReadonlySet<string> = new Set(HTTP_FAILURE_KINDS);

/** True for a failure `api/errors.ts` normalised (checked by shape: the model does not know the class). */
export function isNormalisedError(error: unknown): error is NormalisedError {
  if (typeof error !== 'object' || error === null) return false;
  const { status, kind, serverMessage } = error as Record<string, unknown>;
  return typeof status === 'number' && typeof serverMessage === 'string' && typeof kind === 'string' && HTTP_KINDS.has(kind);
}

/** The kind of any thrown value: a normalised failure by its HTTP kind, anything else `unexpected`. */
export function errorKind(error: unknown): ErrorKind {
  return isNormalisedError(error) ? KIND_OF[error.kind] : 'unexpected';
}

/** The server's own words; empty for anything that is not a normalised failure. */
export function serverMessageOf(error: unknown): string {
  return isNormalisedError(error) ? error.serverMessage : '';
}
