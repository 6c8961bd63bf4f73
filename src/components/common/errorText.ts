/**
 * The words for every failed request, in one table: one row per kind (`model/errors/errorKind`),
 * one column per place that explains a failure. Nothing else maps an error to words.
 */
import { t } from '../../host';
import { errorKind, type ErrorKind, serverMessageOf } from '../../model/errors/errorKind';
import type { SubmitFailure } from '../../model/wizard/wizardErrors';

/** Why the list could not be loaded, as the page explains it (also its class, `gitops-load-error-…`). */
export type LoadProblem = 'session-expired' | 'forbidden' | 'engine-missing' | 'not-found' | 'network' | 'server';

/** Why the detail page cannot show the application (also its class, `gitops-state-…`). */
export type PageProblem = 'not-found' | 'forbidden' | 'unauthorized' | 'engine-missing' | 'failed';

export interface ProblemWords<P extends string> {
  problem: P;
  title: string;
  desc: string;
}

interface ErrorWords {
  /** A failed request in a notice: the dialogs, refresh, a failed poll of the detail page. */
  notice: string;
  /** Whether the server's own words go under the notice (`serverDetail`). */
  detail: boolean;
  /** One application's failed action in the list's results; `null`: the server's own words. */
  action: string | null;
  /** The list that could not be loaded. */
  load: ProblemWords<LoadProblem>;
  /** The application the detail page cannot show. */
  page: ProblemWords<PageProblem>;
  /** A failed create or update in the wizard; a missing object means one thing on create, another on edit. */
  submit: string | { create: string; edit: string };
}

const LOAD = {
  session: { problem: 'session-expired', title: 'GITOPS_LIST_SESSION_TITLE', desc: 'GITOPS_LIST_SESSION_DESC' },
  forbidden: { problem: 'forbidden', title: 'GITOPS_LIST_FORBIDDEN_TITLE', desc: 'GITOPS_LIST_FORBIDDEN_DESC' },
  engine: { problem: 'engine-missing', title: 'GITOPS_LIST_ENGINE_TITLE', desc: 'GITOPS_LIST_ENGINE_DESC' },
  notFound: { problem: 'not-found', title: 'GITOPS_LIST_NOT_FOUND_TITLE', desc: 'GITOPS_LIST_NOT_FOUND_DESC' },
  network: { problem: 'network', title: 'GITOPS_LIST_NETWORK_TITLE', desc: 'GITOPS_LIST_NETWORK_DESC' },
  server: { problem: 'server', title: 'GITOPS_LIST_SERVER_TITLE', desc: 'GITOPS_LIST_SERVER_DESC' },
} as const satisfies Record<string, ProblemWords<LoadProblem>>;

const PAGE = {
  notFound: { problem: 'not-found', title: 'GITOPS_STATE_NOT_FOUND', desc: 'GITOPS_STATE_NOT_FOUND_DESC' },
  forbidden: { problem: 'forbidden', title: 'GITOPS_STATE_FORBIDDEN', desc: 'GITOPS_STATE_FORBIDDEN_DESC' },
  unauthorized: { problem: 'unauthorized', title: 'GITOPS_STATE_UNAUTHORIZED', desc: 'GITOPS_STATE_UNAUTHORIZED_DESC' },
  engine: { problem: 'engine-missing', title: 'GITOPS_STATE_ENGINE_MISSING', desc: 'GITOPS_STATE_ENGINE_MISSING_DESC' },
  failed: { problem: 'failed', title: 'GITOPS_STATE_FAILED', desc: 'GITOPS_STATE_FAILED_DESC' },
} as const satisfies Record<string, ProblemWords<PageProblem>>;

const WORDS: Readonly<Record<ErrorKind, ErrorWords>> = {
  sessionExpired: {
    notice: 'GITOPS_ERR_UNAUTHORIZED',
    detail: true,
    action: 'GITOPS_LIST_ERR_SESSION',
    load: LOAD.session,
    page: PAGE.unauthorized,
    submit: 'GITOPS_WIZARD_ERR_UNAUTHORIZED',
  },
  forbidden: {
    notice: 'GITOPS_ERR_FORBIDDEN',
    detail: true,
    action: 'GITOPS_LIST_ERR_FORBIDDEN',
    load: LOAD.forbidden,
    page: PAGE.forbidden,
    submit: 'GITOPS_WIZARD_ERR_FORBIDDEN',
  },
  notFound: {
    notice: 'GITOPS_ERR_NOT_FOUND',
    detail: true,
    action: 'GITOPS_LIST_ERR_NOT_FOUND',
    load: LOAD.notFound,
    page: PAGE.notFound,
    submit: { create: 'GITOPS_WIZARD_ERR_PROJECT_GONE', edit: 'GITOPS_WIZARD_ERR_APP_GONE' },
  },
  engineMissing: {
    notice: 'GITOPS_ERR_ENGINE_MISSING',
    detail: true,
    action: 'GITOPS_LIST_ERR_ENGINE',
    load: LOAD.engine,
    page: PAGE.engine,
    submit: 'GITOPS_WIZARD_ERR_ENGINE_MISSING',
  },
  conflict: {
    notice: 'GITOPS_ERR_CONFLICT',
    detail: true,
    action: 'GITOPS_LIST_ERR_CONFLICT',
    load: LOAD.server,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_CONFLICT',
  },
  alreadyExists: {
    notice: 'GITOPS_ERR_SERVER',
    detail: true,
    action: null,
    load: LOAD.server,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_NAME_TAKEN',
  },
  operationInProgress: {
    notice: 'GITOPS_ERR_OPERATION_IN_PROGRESS',
    detail: false,
    action: 'GITOPS_LIST_ERR_IN_PROGRESS',
    load: LOAD.server,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_SERVER',
  },
  notInitialized: {
    notice: 'GITOPS_ERR_NOT_INITIALIZED',
    detail: true,
    action: 'GITOPS_LIST_ERR_NOT_INITIALIZED',
    load: LOAD.server,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_SERVER',
  },
  invalid: {
    notice: 'GITOPS_ERR_INVALID',
    detail: true,
    action: null,
    load: LOAD.server,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_INVALID',
  },
  badRequest: {
    notice: 'GITOPS_ERR_BAD_REQUEST',
    detail: true,
    action: null,
    load: LOAD.server,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_BAD_REQUEST',
  },
  server: {
    notice: 'GITOPS_ERR_SERVER',
    detail: true,
    action: null,
    load: LOAD.server,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_SERVER',
  },
  network: {
    notice: 'GITOPS_ERR_NETWORK',
    detail: false,
    action: 'GITOPS_LIST_ERR_NETWORK',
    load: LOAD.network,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_NETWORK',
  },
  aborted: {
    notice: 'GITOPS_ERR_SERVER',
    detail: false,
    action: null,
    load: LOAD.network,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_SERVER',
  },
  // Not from a request: the exception's own message is the detail (see `serverDetail`).
  unexpected: {
    notice: 'GITOPS_ERR_SERVER',
    detail: false,
    action: 'GITOPS_LIST_ERR_UNEXPECTED',
    load: LOAD.server,
    page: PAGE.failed,
    submit: 'GITOPS_WIZARD_ERR_SERVER',
  },
};

/** The i18n key explaining a failed request in the user's words. */
export function errorKey(error: unknown): string {
  return WORDS[errorKind(error)].notice;
}

/**
 * The server's own text, worth showing under our explanation when it adds something: not for
 * the cases our sentence already says all, and never for an aborted or unreachable request.
 */
export function serverDetail(error: unknown): string {
  const kind = errorKind(error);
  if (kind === 'unexpected') return error instanceof Error ? error.message : '';
  return WORDS[kind].detail ? serverMessageOf(error) : '';
}

/**
 * Why one action on one application failed: our explanation for the errors we know, with the
 * server's own words where they add something; the server's words alone otherwise.
 */
export function actionErrorText(error: unknown): string {
  const key = WORDS[errorKind(error)].action;
  if (key) return t(key);
  return serverMessageOf(error) || t('GITOPS_LIST_ERR_UNEXPECTED');
}

/** Why the list could not be loaded: the problem and the i18n keys of its title and description. */
export function loadError(error: unknown): ProblemWords<LoadProblem> {
  return WORDS[errorKind(error)].load;
}

export function loadProblem(error: unknown): LoadProblem {
  return loadError(error).problem;
}

/** A retry helps only where the cause may go away by itself. */
export function canRetry(problem: LoadProblem): boolean {
  return problem === 'network' || problem === 'server';
}

/** Why the detail page cannot show the application: the problem and the i18n keys of its title and description. */
export function pageError(error: unknown): ProblemWords<PageProblem> {
  return WORDS[errorKind(error)].page;
}

/** The i18n key of the wizard's sentence for a failed create (`create`) or update (`edit`). */
export function submitErrorKey(failure: SubmitFailure, mode: 'create' | 'edit'): string {
  const kind = errorKind(failure);
  // A body Go could not decode comes back as a 500 naming the field.
  if (kind !== 'notFound' && failure.status === 500 && /cannot unmarshal|invalid character|json:/i.test(failure.serverMessage)) {
    return 'GITOPS_WIZARD_ERR_DECODE';
  }
  const submit = WORDS[kind].submit;
  return typeof submit === 'string' ? submit : submit[mode];
}
