/**
 * The YAML parser's errors in the user's language. `yaml` gives every problem a code
 * (`YAMLError.code`) next to an English sentence; the code picks our own sentence, in English or
 * Chinese, with the line and column in it. Only a code this table does not know yet (a newer
 * `yaml`) falls back to the general sentence followed by the parser's English words.
 */
import type { ErrorCode } from 'yaml';

/** One key per code; `Record` makes the compiler name any code a `yaml` upgrade adds. */
export const YAML_ERROR_KEYS: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: 'GITOPS_WIZARD_YAML_ERR_ALIAS_PROPS',
  BAD_ALIAS: 'GITOPS_WIZARD_YAML_ERR_BAD_ALIAS',
  BAD_COLLECTION_TYPE: 'GITOPS_WIZARD_YAML_ERR_BAD_COLLECTION_TYPE',
  BAD_DIRECTIVE: 'GITOPS_WIZARD_YAML_ERR_BAD_DIRECTIVE',
  BAD_DQ_ESCAPE: 'GITOPS_WIZARD_YAML_ERR_BAD_DQ_ESCAPE',
  BAD_INDENT: 'GITOPS_WIZARD_YAML_ERR_BAD_INDENT',
  BAD_PROP_ORDER: 'GITOPS_WIZARD_YAML_ERR_BAD_PROP_ORDER',
  BAD_SCALAR_START: 'GITOPS_WIZARD_YAML_ERR_BAD_SCALAR_START',
  BLOCK_AS_IMPLICIT_KEY: 'GITOPS_WIZARD_YAML_ERR_BLOCK_AS_IMPLICIT_KEY',
  BLOCK_IN_FLOW: 'GITOPS_WIZARD_YAML_ERR_BLOCK_IN_FLOW',
  DUPLICATE_KEY: 'GITOPS_WIZARD_YAML_ERR_DUPLICATE_KEY',
  IMPOSSIBLE: 'GITOPS_WIZARD_YAML_ERR_IMPOSSIBLE',
  KEY_OVER_1024_CHARS: 'GITOPS_WIZARD_YAML_ERR_KEY_OVER_1024_CHARS',
  MISSING_CHAR: 'GITOPS_WIZARD_YAML_ERR_MISSING_CHAR',
  MULTILINE_IMPLICIT_KEY: 'GITOPS_WIZARD_YAML_ERR_MULTILINE_IMPLICIT_KEY',
  MULTIPLE_ANCHORS: 'GITOPS_WIZARD_YAML_ERR_MULTIPLE_ANCHORS',
  MULTIPLE_DOCS: 'GITOPS_WIZARD_YAML_ERR_MULTIPLE_DOCS',
  MULTIPLE_TAGS: 'GITOPS_WIZARD_YAML_ERR_MULTIPLE_TAGS',
  NON_STRING_KEY: 'GITOPS_WIZARD_YAML_ERR_NON_STRING_KEY',
  RESOURCE_EXHAUSTION: 'GITOPS_WIZARD_YAML_ERR_RESOURCE_EXHAUSTION',
  TAB_AS_INDENT: 'GITOPS_WIZARD_YAML_ERR_TAB_AS_INDENT',
  TAG_RESOLVE_FAILED: 'GITOPS_WIZARD_YAML_ERR_TAG_RESOLVE_FAILED',
  UNEXPECTED_TOKEN: 'GITOPS_WIZARD_YAML_ERR_UNEXPECTED_TOKEN',
};

/** The general sentence, for what no code describes: "The YAML is not valid at line 2, column 1:". */
export const YAML_SYNTAX_KEY = 'GITOPS_WIZARD_YAML_SYNTAX';

const isKnownCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(YAML_ERROR_KEYS, code);

/**
 * The code of a problem. Turning the document into data (`toJS`) throws plain errors without a
 * code, for the two alias problems it finds only then; they are recognised by their words.
 */
export function yamlErrorCode(code: unknown, detail: string): ErrorCode | null {
  if (isKnownCode(code)) return code;
  if (/^Unresolved alias/i.test(detail)) return 'BAD_ALIAS';
  if (/alias count|resource exhaustion/i.test(detail)) return 'RESOURCE_EXHAUSTION';
  return null;
}

export interface YamlErrorText {
  key: string;
  params: { line: number; column: number };
  /** The parser's English words, only when no sentence of ours describes the problem. */
  detail?: string;
}

/**
 * What to show for a problem of the YAML text at `line`/`column` (1-based): for a syntax error our
 * sentence for its code, else the general one and the parser's words; any other problem (`key`,
 * such as "not an object") as it is.
 */
export function yamlErrorText(problem: { key?: string; code?: unknown; detail: string; line: number; column: number }): YamlErrorText {
  const params = { line: problem.line, column: problem.column };
  const key = problem.key ?? YAML_SYNTAX_KEY;
  const code = key === YAML_SYNTAX_KEY ? yamlErrorCode(problem.code, problem.detail) : null;
  if (code) return { key: YAML_ERROR_KEYS[code], params };
  return problem.detail ? { key, params, detail: problem.detail } : { key, params };
}
