/**
 * The YAML view of the draft. Text is parsed with `yaml`'s Document API, and when the form has
 * changed the manifest, the change is written into the previous document node by node, so that
 * comments, key order and quoting survive a form -> YAML -> form -> YAML round trip wherever the
 * value under them did not change.
 */
import { Document, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { schemaIssueMessage, validateAgainstSchema, type SchemaPath } from '../schema/appSchemaValidate';
import { droppedKey, type DroppedKey } from '../schema/droppedKeys';
import type { Application } from '../application/types';
import { yamlErrorText } from './yamlErrorText';

export interface YamlError {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  /** Offsets into the text, for editors that underline. */
  from: number;
  to: number;
  /** The parser's own words (English), shown under our translated sentence. */
  detail: string;
  /** The i18n key of our sentence. */
  key: 'GITOPS_WIZARD_YAML_SYNTAX' | 'GITOPS_WIZARD_YAML_NOT_OBJECT';
  /** The parser's code for the problem (`YAMLError.code`), when it gave one. */
  code?: string;
}

export type YamlParse = { ok: true; manifest: Application } | { ok: false; error: YamlError };

type Json = Record<string, unknown>;
const TO_STRING = { lineWidth: 0 } as const;

const isPlainObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** The manifest in `text`, or the first problem with its place. Never throws. */
export function parseManifestYaml(text: string): YamlParse {
  return readManifest(text, parseDocument(text, { uniqueKeys: true }));
}

/** The manifest `doc` (parsed from `text`) holds, or its first problem. */
function readManifest(text: string, doc: Document.Parsed): YamlParse {
  const problem = doc.errors[0];
  if (problem) {
    const [from, to] = problem.pos;
    return {
      ok: false,
      error: {
        ...lineAndColumn(text, from),
        from,
        to: Math.max(to, from),
        detail: firstLine(problem.message),
        key: 'GITOPS_WIZARD_YAML_SYNTAX',
        code: problem.code,
      },
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return {
      ok: false,
      error: { line: 1, column: 1, from: 0, to: 0, detail: e instanceof Error ? e.message : String(e), key: 'GITOPS_WIZARD_YAML_SYNTAX' },
    };
  }
  if (!isPlainObject(value)) {
    return {
      ok: false,
      error: { line: 1, column: 1, from: 0, to: Math.min(text.length, 1), detail: '', key: 'GITOPS_WIZARD_YAML_NOT_OBJECT' },
    };
  }
  return { ok: true, manifest: value as unknown as Application };
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** `node` changed in place (or replaced) so that it holds `value`, keeping what did not change. */
function syncNode(doc: Document, node: unknown, value: unknown): unknown {
  if (isMap(node) && isPlainObject(value)) {
    node.items = node.items.filter((pair) => Object.prototype.hasOwnProperty.call(value, keyOf(pair)));
    for (const [key, child] of Object.entries(value)) {
      const pair = node.items.find((p) => keyOf(p) === key);
      if (pair) pair.value = syncNode(doc, pair.value, child);
      else node.items.push(doc.createPair(key, child) as Pair);
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((child, i) => (i < node.items.length ? syncNode(doc, node.items[i], child) : doc.createNode(child)));
    return node;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value) && node.value === value) return node;
  const created = doc.createNode(value) as Node;
  if (isNode(node)) {
    // The comments stay where the user wrote them, even though the value under them changed.
    created.commentBefore = node.commentBefore;
    created.comment = node.comment;
  }
  return created;
}

/**
 * `manifest` as YAML. With `previous` (the text the YAML view last held) the manifest is written
 * into that document, so its comments and layout stay; otherwise a fresh document is made.
 */
export function manifestToYaml(manifest: Application, previous?: string): string {
  if (previous !== undefined && previous.trim() !== '') {
    const doc = parseDocument(previous, { uniqueKeys: true });
    if (doc.errors.length === 0 && isMap(doc.contents)) {
      doc.contents = syncNode(doc, doc.contents, manifest) as typeof doc.contents;
      return doc.toString(TO_STRING);
    }
  }
  return new Document(manifest).toString(TO_STRING);
}

export interface YamlDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  key: string;
  params: Record<string, string | number>;
  /** The parser's words, for syntax errors. */
  detail?: string;
  /** The text does not parse into an object at all. */
  syntax?: boolean;
  /** A key the server would drop (a warning): listed apart from the problems, kept in the text. */
  dropped?: DroppedKey;
}

/** Where the value at `path` (or, with `field`, that field's key) is written in the document. */
function rangeOf(doc: Document, text: string, path: SchemaPath, field?: string): [number, number] {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (field !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && keyOf(p) === field);
    if (pair && isNode(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
  }
  if (isNode(node) && node.range) {
    const [start, end] = node.range;
    if (!isMap(node) && !isSeq(node)) return [start, end];
    // For a whole collection, underline its first line only, not the whole block.
    const lineEnd = text.indexOf('\n', start);
    return [start, lineEnd < 0 ? end : Math.min(end, lineEnd)];
  }
  return [0, 0];
}

/**
 * Everything wrong in `text`: the first syntax error, or else every schema problem of the
 * Application, each with the place it is written.
 */
export function yamlDiagnostics(text: string): YamlDiagnostic[] {
  return checkManifestYaml(text).diagnostics;
}

/**
 * `parseManifestYaml` and `yamlDiagnostics` of one text from a single parse: a manifest of
 * thousands of lines takes a while to parse, and the YAML view needs both at every check.
 */
export function checkManifestYaml(text: string): { parse: YamlParse; diagnostics: YamlDiagnostic[] } {
  const doc = parseDocument(text, { uniqueKeys: true });
  const parse = readManifest(text, doc);
  if (!parse.ok) {
    const { from, to } = parse.error;
    // In the user's language: the parser's own words are English.
    return { parse, diagnostics: [{ from, to, severity: 'error', ...yamlErrorText(parse.error), syntax: true }] };
  }
  const diagnostics = validateAgainstSchema(parse.manifest).map((issue): YamlDiagnostic => {
    const field = issue.problem.kind === 'unknown' || issue.problem.kind === 'required' ? issue.problem.field : undefined;
    const [from, to] = rangeOf(doc, text, issue.path, issue.problem.kind === 'unknown' ? field : undefined);
    const { key, params } = schemaIssueMessage(issue);
    if (issue.problem.kind === 'unknown') {
      return { from, to, severity: issue.severity, key, params, dropped: droppedKey(issue.path, issue.problem.field) };
    }
    return { from, to, severity: issue.severity, key, params };
  });
  return { parse, diagnostics };
}
