/**
 * Reading `status.argoApp`: the ks-devops status controller stores the whole Argo CD `.status`
 * there as a compact JSON string, verbatim, whatever Argo CD version wrote it. So the string may
 * be absent (not reconciled yet), partial, from Argo CD 2.x or 3.x, hold values newer than this
 * console, or be broken. The parser keeps what it can use and describes the rest as data.
 */
import { argoStatus as argoStatusShape } from '../application/argoStatusDescription';
import type { ArgoStatus } from '../application/types';
import { isPlainObject, type ParseProblem, ProblemLog, typeName } from './decode';

export type { ParseProblem, ParseProblemCode } from './decode';
export { MAX_PROBLEMS, PARSE_PROBLEM_CODES } from './decode';

export interface ParsedArgoStatus {
  /** `null` when nothing usable was found (absent, empty, not JSON, not an object). */
  status: ArgoStatus | null;
  problems: ParseProblem[];
}

/** Generated from the one description of the Argo CD status (`application/description.ts`). */
const argoStatus = argoStatusShape.decoder;

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
export const UNREADABLE_CODES: ReadonlySet<ParseProblem['code']> = new Set(['invalid-json', 'not-an-object', 'not-a-string']);

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
