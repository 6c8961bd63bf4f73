// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../testing/api';
import { installTestTranslations, localeTable } from '../../testing/i18n';
import { HTTP_FAILURE_KINDS, type HttpFailureKind } from '../../model/errors/errorKind';
import { actionErrorText, canRetry, errorKey, loadError, loadProblem, pageError, serverDetail, submitErrorKey } from './errorText';

beforeAll(() => installTestTranslations());

const en = localeTable('en');
const failure = (kind: HttpFailureKind, serverMessage = 'the server said so', status = 400) => new ApiError(status, kind, serverMessage);

/**
 * What each kind of failure said before the two tables were merged (the dialogs' `errorKey` /
 * `serverDetail`, the list's `actionErrorText` / `loadProblem`, the detail page's states, the
 * wizard's submit words): the merge changes no word a user reads.
 */
const BEFORE: Record<
  HttpFailureKind,
  { notice: string; detail: boolean; action: string | null; load: string; page: string; create: string; edit: string }
> = {
  unauthorized: {
    notice: 'GITOPS_ERR_UNAUTHORIZED',
    detail: true,
    action: 'GITOPS_LIST_ERR_SESSION',
    load: 'session-expired',
    page: 'unauthorized',
    create: 'GITOPS_WIZARD_ERR_UNAUTHORIZED',
    edit: 'GITOPS_WIZARD_ERR_UNAUTHORIZED',
  },
  forbidden: {
    notice: 'GITOPS_ERR_FORBIDDEN',
    detail: true,
    action: 'GITOPS_LIST_ERR_FORBIDDEN',
    load: 'forbidden',
    page: 'forbidden',
    create: 'GITOPS_WIZARD_ERR_FORBIDDEN',
    edit: 'GITOPS_WIZARD_ERR_FORBIDDEN',
  },
  'not-found': {
    notice: 'GITOPS_ERR_NOT_FOUND',
    detail: true,
    action: 'GITOPS_LIST_ERR_NOT_FOUND',
    load: 'not-found',
    page: 'not-found',
    create: 'GITOPS_WIZARD_ERR_PROJECT_GONE',
    edit: 'GITOPS_WIZARD_ERR_APP_GONE',
  },
  'engine-missing': {
    notice: 'GITOPS_ERR_ENGINE_MISSING',
    detail: true,
    action: 'GITOPS_LIST_ERR_ENGINE',
    load: 'engine-missing',
    page: 'engine-missing',
    create: 'GITOPS_WIZARD_ERR_ENGINE_MISSING',
    edit: 'GITOPS_WIZARD_ERR_ENGINE_MISSING',
  },
  conflict: {
    notice: 'GITOPS_ERR_CONFLICT',
    detail: true,
    action: 'GITOPS_LIST_ERR_CONFLICT',
    load: 'server',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_CONFLICT',
    edit: 'GITOPS_WIZARD_ERR_CONFLICT',
  },
  'already-exists': {
    notice: 'GITOPS_ERR_SERVER',
    detail: true,
    action: null,
    load: 'server',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_NAME_TAKEN',
    edit: 'GITOPS_WIZARD_ERR_NAME_TAKEN',
  },
  'operation-in-progress': {
    notice: 'GITOPS_ERR_OPERATION_IN_PROGRESS',
    detail: false,
    action: 'GITOPS_LIST_ERR_IN_PROGRESS',
    load: 'server',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_SERVER',
    edit: 'GITOPS_WIZARD_ERR_SERVER',
  },
  'not-initialized': {
    notice: 'GITOPS_ERR_NOT_INITIALIZED',
    detail: true,
    action: 'GITOPS_LIST_ERR_NOT_INITIALIZED',
    load: 'server',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_SERVER',
    edit: 'GITOPS_WIZARD_ERR_SERVER',
  },
  invalid: {
    notice: 'GITOPS_ERR_INVALID',
    detail: true,
    action: null,
    load: 'server',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_INVALID',
    edit: 'GITOPS_WIZARD_ERR_INVALID',
  },
  'bad-request': {
    notice: 'GITOPS_ERR_BAD_REQUEST',
    detail: true,
    action: null,
    load: 'server',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_BAD_REQUEST',
    edit: 'GITOPS_WIZARD_ERR_BAD_REQUEST',
  },
  server: {
    notice: 'GITOPS_ERR_SERVER',
    detail: true,
    action: null,
    load: 'server',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_SERVER',
    edit: 'GITOPS_WIZARD_ERR_SERVER',
  },
  network: {
    notice: 'GITOPS_ERR_NETWORK',
    detail: false,
    action: 'GITOPS_LIST_ERR_NETWORK',
    load: 'network',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_NETWORK',
    edit: 'GITOPS_WIZARD_ERR_NETWORK',
  },
  aborted: {
    notice: 'GITOPS_ERR_SERVER',
    detail: false,
    action: null,
    load: 'network',
    page: 'failed',
    create: 'GITOPS_WIZARD_ERR_SERVER',
    edit: 'GITOPS_WIZARD_ERR_SERVER',
  },
};

describe('the one error table', () => {
  it.each(HTTP_FAILURE_KINDS)('says for %s what the pages said before', (kind) => {
    const error = failure(kind);
    const before = BEFORE[kind];
    expect(errorKey(error)).toBe(before.notice);
    expect(serverDetail(error)).toBe(before.detail ? 'the server said so' : '');
    expect(actionErrorText(error)).toBe(before.action ? en[before.action] : 'the server said so');
    expect(loadProblem(error)).toBe(before.load);
    expect(pageError(error).problem).toBe(before.page);
    expect(submitErrorKey(error, 'create')).toBe(before.create);
    expect(submitErrorKey(error, 'edit')).toBe(before.edit);
  });

  it('treats anything that did not come from a request as unexpected', () => {
    const bug = new TypeError('x is undefined');
    expect(errorKey(bug)).toBe('GITOPS_ERR_SERVER');
    expect(serverDetail(bug)).toBe('x is undefined');
    expect(serverDetail('a string')).toBe('');
    expect(actionErrorText(bug)).toBe(en.GITOPS_LIST_ERR_UNEXPECTED);
    expect(loadProblem(bug)).toBe('server');
    expect(pageError(bug).problem).toBe('failed');
  });

  it('falls back to a generic sentence when the server said nothing', () => {
    expect(actionErrorText(failure('server', ''))).toBe(en.GITOPS_LIST_ERR_UNEXPECTED);
    expect(actionErrorText(failure('aborted', ''))).toBe(en.GITOPS_LIST_ERR_UNEXPECTED);
  });

  it('names the field of a body the server could not decode', () => {
    const decode = {
      kind: 'server',
      status: 500,
      serverMessage:
        'json: cannot unmarshal string into Go struct field RetryStrategy.spec.argoApp.spec.syncPolicy.retry.limit of type int64',
    };
    expect(submitErrorKey(decode, 'create')).toBe('GITOPS_WIZARD_ERR_DECODE');
    expect(submitErrorKey({ kind: 'server', status: 503, serverMessage: 'unavailable' }, 'edit')).toBe('GITOPS_WIZARD_ERR_SERVER');
  });

  it('has a title and a description for every problem, and offers a retry only where it can help', () => {
    for (const kind of HTTP_FAILURE_KINDS) {
      const load = loadError(failure(kind));
      const page = pageError(failure(kind));
      for (const key of [load.title, load.desc, page.title, page.desc]) expect(en, key).toHaveProperty(key);
    }
    expect(
      ['session-expired', 'forbidden', 'engine-missing', 'not-found', 'network', 'server'].filter((p) => canRetry(p as never)),
    ).toEqual(['network', 'server']);
  });
});
