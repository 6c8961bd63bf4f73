/**
 * Reading `status.argoApp`: the ks-devops status controller stores the whole Argo CD `.status`
 * there as a compact JSON string, verbatim, whatever Argo CD version wrote it. So the string may
 * be absent (not reconciled yet), partial, from Argo CD 2.x or 3.x, hold values newer than this
 * console, or be broken. The parser keeps what it can use and describes the rest as data.
 */
import {
  arrayOf,
  bool,
  type Decoder,
  int,
  isPlainObject,
  num,
  object,
  oneOf,
  type ParseProblem,
  ProblemLog,
  str,
  stringMap,
  time,
  typeName,
} from './decode';
import {
  type ApplicationCondition,
  type ApplicationDestination,
  type ApplicationSource,
  type ApplicationSourceDirectory,
  type ApplicationSourceHelm,
  type ApplicationSourceKsonnet,
  type ApplicationSourceKustomize,
  type ApplicationSourcePlugin,
  type ApplicationSummary,
  type AppHealthStatus,
  type ArgoStatus,
  type ComparedTo,
  type HealthStatus,
  KNOWN_CONDITION_TYPES,
  KNOWN_HEALTH_STATUSES,
  KNOWN_HOOK_TYPES,
  KNOWN_OPERATION_PHASES,
  KNOWN_RESULT_CODES,
  KNOWN_SOURCE_TYPES,
  KNOWN_SYNC_PHASES,
  KNOWN_SYNC_STATUSES,
  type Operation,
  type OperationState,
  type ResourceResult,
  type ResourceStatus,
  type RetryStrategy,
  type RevisionHistory,
  type SyncOperation,
  type SyncOperationResult,
  type SyncStatus,
} from '../application/types';

export type { ParseProblem, ParseProblemCode } from './decode';
export { MAX_PROBLEMS, PARSE_PROBLEM_CODES } from './decode';

export interface ParsedArgoStatus {
  /** `null` when nothing usable was found (absent, empty, not JSON, not an object). */
  status: ArgoStatus | null;
  problems: ParseProblem[];
}

const strings = arrayOf(str);
const nameValue = object<{ name: string; value: string }>({ name: str, value: str }, ['name', 'value']);

const helm = object<ApplicationSourceHelm>({
  valueFiles: strings,
  parameters: arrayOf(object({ name: str, value: str, forceString: bool })),
  releaseName: str,
  values: str,
  fileParameters: arrayOf(object({ name: str, path: str })),
  version: str,
  passCredentials: bool,
  ignoreMissingValueFiles: bool,
  skipCrds: bool,
});

const kustomize = object<ApplicationSourceKustomize>({
  namePrefix: str,
  nameSuffix: str,
  images: strings,
  commonLabels: stringMap,
  version: str,
  commonAnnotations: stringMap,
  forceCommonLabels: bool,
  forceCommonAnnotations: bool,
});

const jsonnetVar = object<{ name: string; value: string; code?: boolean }>({ name: str, value: str, code: bool }, [
  'name',
  'value',
]);

const directory = object<ApplicationSourceDirectory>({
  recurse: bool,
  jsonnet: object({ extVars: arrayOf(jsonnetVar), tlas: arrayOf(jsonnetVar), libs: strings }),
  exclude: str,
  include: str,
});

const ksonnet = object<ApplicationSourceKsonnet>({
  environment: str,
  parameters: arrayOf(
    object<{ component?: string; name: string; value: string }>({ component: str, name: str, value: str }, [
      'name',
      'value',
    ]),
  ),
});

const plugin = object<ApplicationSourcePlugin>({ name: str, env: arrayOf(nameValue) });

// Go always writes repoURL, so a source without one is not a source worth showing.
const source = object<ApplicationSource>(
  {
    repoURL: str,
    path: str,
    targetRevision: str,
    chart: str,
    helm,
    kustomize,
    ksonnet,
    directory,
    plugin,
  },
  ['repoURL'],
);
const sources = arrayOf(source);

const destination = object<ApplicationDestination>({ server: str, namespace: str, name: str });

const healthCode = oneOf(KNOWN_HEALTH_STATUSES);
const syncCode = oneOf(KNOWN_SYNC_STATUSES);
const phase = oneOf(KNOWN_OPERATION_PHASES);

const health = object<HealthStatus>({ status: healthCode, message: str });
const appHealth = object<AppHealthStatus>({ status: healthCode, message: str, lastTransitionTime: time });

const resource = object<ResourceStatus>({
  group: str,
  version: str,
  kind: str,
  namespace: str,
  name: str,
  status: syncCode,
  health,
  hook: bool,
  requiresPruning: bool,
  syncWave: int,
  requiresDeletionConfirmation: bool,
});

const comparedTo = object<ComparedTo>({ source, sources, destination });

const sync = object<SyncStatus>({ status: syncCode, comparedTo, revision: str, revisions: strings });

const initiatedBy = object<{ username?: string; automated?: boolean }>({ username: str, automated: bool });

const history = object<RevisionHistory>({
  id: int,
  revision: str,
  revisions: strings,
  deployedAt: time,
  deployStartedAt: time,
  source,
  sources,
  initiatedBy,
});

const condition = object<ApplicationCondition>(
  { type: oneOf(KNOWN_CONDITION_TYPES), message: str, lastTransitionTime: time },
  ['type'],
);

const retry = object<RetryStrategy>({
  limit: int,
  backoff: object({ duration: str, factor: num, maxDuration: str }),
});

const syncOperation = object<SyncOperation>({
  revision: str,
  prune: bool,
  dryRun: bool,
  syncStrategy: object({ apply: object({ force: bool }), hook: object({ force: bool }) }),
  resources: arrayOf(
    object<{ group?: string; kind: string; name: string; namespace?: string }>(
      { group: str, kind: str, name: str, namespace: str },
      ['kind', 'name'],
    ),
  ),
  source,
  manifests: strings,
  syncOptions: strings,
});

const operation = object<Operation>({ sync: syncOperation, initiatedBy, info: arrayOf(nameValue), retry });

const resourceResult = object<ResourceResult>({
  group: str,
  version: str,
  kind: str,
  namespace: str,
  name: str,
  status: oneOf(KNOWN_RESULT_CODES),
  message: str,
  hookType: oneOf(KNOWN_HOOK_TYPES),
  hookPhase: phase,
  syncPhase: oneOf(KNOWN_SYNC_PHASES),
});

const syncResult = object<SyncOperationResult>({
  resources: arrayOf(resourceResult),
  revision: str,
  revisions: strings,
  source,
  sources,
});

const operationState = object<OperationState>({
  operation,
  phase,
  message: str,
  syncResult,
  startedAt: time,
  finishedAt: time,
  retryCount: int,
});

const summary = object<ApplicationSummary>({ externalURLs: strings, images: strings });

const sourceType = oneOf(KNOWN_SOURCE_TYPES);

const argoStatus: Decoder<ArgoStatus> = object<ArgoStatus>({
  resources: arrayOf(resource),
  sync,
  health: appHealth,
  history: arrayOf(history),
  conditions: arrayOf(condition),
  reconciledAt: time,
  observedAt: time,
  operationState,
  sourceType,
  sourceTypes: arrayOf(sourceType),
  summary,
  resourceHealthSource: str,
  controllerNamespace: str,
});

function fail(code: ParseProblem['code'], found?: string): ParsedArgoStatus {
  const problem: ParseProblem = { code, path: '' };
  if (found !== undefined) problem.found = found;
  return { status: null, problems: [problem] };
}

/**
 * Parses the `status.argoApp` string of a KubeSphere Application.
 *
 * Accepts anything and never throws. `undefined`/`null` give `status: null` with a `missing`
 * problem; an already parsed object is accepted as it is. Fields of the wrong type are dropped,
 * unknown enum values are kept, and both are listed in `problems` (at most `MAX_PROBLEMS`
 * entries, then one `too-many-problems`). Runs in time linear in the input.
 */
export function parseArgoStatus(raw: unknown): ParsedArgoStatus {
  try {
    if (raw === undefined || raw === null) return fail('missing');
    let value: unknown = raw;
    if (typeof raw === 'string') {
      if (raw.trim() === '') return fail('empty');
      try {
        value = JSON.parse(raw);
      } catch {
        return fail('invalid-json');
      }
    } else if (!isPlainObject(raw)) {
      return fail('not-a-string', typeName(raw));
    }
    if (!isPlainObject(value)) return fail('not-an-object', typeName(value));
    const log = new ProblemLog();
    const status = argoStatus(value, null, '', log) ?? null;
    return { status, problems: log.finish() };
  } catch {
    // Nothing above is expected to throw; a getter-laden object passed in by a caller could.
    return fail('not-an-object');
  }
}

/** The problem codes that mean the string could not be read at all (as opposed to absent). */
export const UNREADABLE_CODES: ReadonlySet<ParseProblem['code']> = new Set([
  'invalid-json',
  'not-an-object',
  'not-a-string',
]);

/** True when `status.argoApp` exists but could not be read. */
export function isUnreadable(parsed: ParsedArgoStatus): boolean {
  return parsed.status === null && parsed.problems.some((p) => UNREADABLE_CODES.has(p.code));
}

/** The i18n key describing a parse problem (`GITOPS_PARSE_PROBLEM_WRONG_TYPE` …). */
export function parseProblemKey(code: ParseProblem['code']): string {
  return `GITOPS_PARSE_PROBLEM_${code.replace(/-/g, '_').toUpperCase()}`;
}

/** Params for `parseProblemKey`'s text, with every placeholder filled (empty when not known). */
export function parseProblemParams(problem: ParseProblem): { path: string; expected: string; found: string } {
  return { path: problem.path, expected: problem.expected ?? '', found: problem.found ?? '' };
}
