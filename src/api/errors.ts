import type { HttpFailureKind, NormalisedError } from '../model/errors/errorKind';

/**
 * Every failure the pages can meet, normalised from the formats KubeSphere really sends:
 * plain-text bodies from devops-apiserver (`[ServiceError:400] ...`, k8s messages), `Status`
 * JSON from ks-apiserver (401, 403), go-restful's `404: Page Not Found` when the GitOps routes
 * are not registered, and a fetch that never reached the server.
 */
export type ApiErrorKind = HttpFailureKind;

export class ApiError extends Error implements NormalisedError {
  readonly status: number;
  readonly kind: ApiErrorKind;
  /** The server's own words, unchanged, for showing next to our explanation. */
  readonly serverMessage: string;

  constructor(status: number, kind: ApiErrorKind, serverMessage: string) {
    super(serverMessage || kind);
    this.name = 'ApiError';
    this.status = status;
    this.kind = kind;
    this.serverMessage = serverMessage;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** Go's http.Error escapes these three characters; undo it so users read the original text. */
function unescapeGoText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function messageFromBody(body: string, contentType: string | null): string {
  const trimmed = body.trim();
  if (contentType?.includes('json') || trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as { message?: unknown; ErrStatus?: { message?: unknown } };
      const message = parsed.message ?? parsed.ErrStatus?.message;
      if (typeof message === 'string') return message;
    } catch {
      // Not JSON after all: fall through to the text.
    }
  }
  return unescapeGoText(trimmed);
}

export function classify(status: number, message: string): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return /^404: Page Not Found/.test(message) ? 'engine-missing' : 'not-found';
  if (status === 409) return /already exists/.test(message) ? 'already-exists' : 'conflict';
  if (status === 422) return 'invalid';
  if (status === 400) {
    if (message.includes('another operation is already in progress')) return 'operation-in-progress';
    if (message.includes('application is not initialized')) return 'not-initialized';
    return 'bad-request';
  }
  return 'server';
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body = '';
  try {
    body = await response.text();
  } catch {
    // The body stream broke; the status still tells what happened.
  }
  const message = messageFromBody(body, response.headers.get('content-type'));
  return new ApiError(response.status, classify(response.status, message), message);
}

export function errorFromFailure(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return new ApiError(0, 'aborted', '');
  return new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
}
