import { describe, expect, it } from 'vitest';
import { errorKind, HTTP_FAILURE_KINDS, isNormalisedError, serverMessageOf } from './errorKind';

const failure = (kind: string, status = 400, serverMessage = 'said the server') => ({ kind, status, serverMessage });

describe('errorKind', () => {
  it.each([
    ['unauthorized', 'sessionExpired'],
    ['forbidden', 'forbidden'],
    ['not-found', 'notFound'],
    ['engine-missing', 'engineMissing'],
    ['conflict', 'conflict'],
    ['already-exists', 'alreadyExists'],
    ['operation-in-progress', 'operationInProgress'],
    ['not-initialized', 'notInitialized'],
    ['invalid', 'invalid'],
    ['bad-request', 'badRequest'],
    ['server', 'server'],
    ['network', 'network'],
    ['aborted', 'aborted'],
  ])('reads %s as %s', (http, kind) => {
    expect(errorKind(failure(http))).toBe(kind);
  });

  it('has a kind for every HTTP-level kind', () => {
    for (const http of HTTP_FAILURE_KINDS) expect(errorKind(failure(http))).not.toBe('unexpected');
  });

  it('calls anything that is not a normalised failure unexpected, and finds no server words in it', () => {
    for (const thrown of [new Error('boom'), 'text', null, undefined, 42, failure('toString'), failure('teapot'), { kind: 'forbidden' }]) {
      expect(errorKind(thrown)).toBe('unexpected');
      expect(serverMessageOf(thrown)).toBe('');
    }
    expect(isNormalisedError(failure('toString'))).toBe(false);
  });

  it('keeps the server words of a normalised failure', () => {
    expect(serverMessageOf(failure('forbidden', 403, 'forbidden here'))).toBe('forbidden here');
  });
});
