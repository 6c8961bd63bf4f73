/**
 * Schema-driven completion for the YAML editor. Where the cursor is in the document is worked
 * out from indentation, which is how Kubernetes manifests are written; it needs no valid parse,
 * so it keeps working while the user is in the middle of typing a line.
 */
import { APPLICATION_SCHEMA, schemaAt, type JsonSchema, type JsonType } from './appSchema';

export interface CompletionOption {
  label: string;
  /** Text that replaces the typed word. */
  apply: string;
  type?: JsonType;
  kind: 'property' | 'value';
}

export interface CompletionResult {
  /** Offset where the replaced word starts. */
  from: number;
  options: CompletionOption[];
}

interface LineInfo {
  /** Column of the first character after the indentation and any `- `. */
  content: number;
  /** Column of the `-` of a sequence item, or -1. */
  dash: number;
  key?: string;
  /** The line is `key:` with nothing after it: children follow. */
  opens: boolean;
}

const KEY_LINE = /^(["']?)([^"':#][^:#]*?)\1\s*:(?:\s+(.*))?$/;

function lineInfo(line: string): LineInfo | undefined {
  const trimmed = line.trimStart();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const lead = line.length - trimmed.length;
  const item = /^-(\s+|$)/.exec(trimmed);
  const rest = item ? trimmed.slice(item[0].length) : trimmed;
  const content = item ? lead + item[0].length : lead;
  const key = KEY_LINE.exec(rest.replace(/\s+#.*$/, ''));
  return { content, dash: item ? lead : -1, key: key?.[2].trim(), opens: !!key && !key[3] };
}

/**
 * The keys (and `0` for a sequence item) leading to the block that a line at `column` belongs
 * to. `inItem`: the line is (in) a sequence item whose `-` is at `column`; its sequence's key
 * may then sit at the same column, as `kubectl` writes it.
 */
function pathAbove(lines: string[], index: number, column: number, inItem = false): Array<string | number> {
  const path: Array<string | number> = [];
  let limit = column;
  let afterItem = inItem;
  for (let i = index - 1; i >= 0 && (limit > 0 || afterItem); i--) {
    const info = lineInfo(lines[i]);
    if (!info) continue;
    if (info.dash >= 0 && info.dash < limit) {
      // Inside this sequence item: as a sibling of its first key, or under that key.
      if (limit > info.content && info.key && info.opens) path.unshift(info.key);
      path.unshift(0);
      limit = info.dash;
      afterItem = true;
    } else if (info.dash < 0 && info.key && (info.content < limit || (afterItem && info.content === limit && info.opens))) {
      path.unshift(info.key);
      limit = info.content;
      afterItem = false;
    }
  }
  return path;
}

function typeOf(schema: JsonSchema | undefined): JsonType | undefined {
  return schema?.type;
}

function keyOptions(schema: JsonSchema | undefined, column: number): CompletionOption[] {
  return Object.entries(schema?.properties ?? {}).map(([key, child]) => {
    const indent = ' '.repeat(column + 2);
    const apply = child.type === 'object' ? `${key}:\n${indent}` : child.type === 'array' ? `${key}:\n${indent}- ` : `${key}: `;
    return { label: key, apply, type: typeOf(child), kind: 'property' as const };
  });
}

function valueOptions(schema: JsonSchema | undefined): CompletionOption[] {
  if (!schema) return [];
  const values = schema.type === 'boolean' ? ['true', 'false'] : [...(schema.enum ?? []), ...(schema.examples ?? [])];
  return [...new Set(values)].map((value) => ({ label: value, apply: value, type: schema.type, kind: 'value' as const }));
}

/**
 * What may be typed at `offset` of `text`: property names where a key goes, and known values
 * (booleans, enums, examples such as the sync options) where a value goes. `null` outside both.
 */
export function completeAt(text: string, offset: number, root: JsonSchema = APPLICATION_SCHEMA): CompletionResult | null {
  const lines = text.slice(0, offset).split('\n');
  const index = lines.length - 1;
  const line = lines[index];
  const lineStart = offset - line.length;
  const trimmed = line.trimStart();
  const lead = line.length - trimmed.length;
  const item = /^-\s+/.exec(trimmed);
  const rest = item ? trimmed.slice(item[0].length) : trimmed;
  const column = lead + (item ? item[0].length : 0);
  const allLines = text.split('\n');
  const keyTyped = /^([\w./-]*)$/.exec(rest);
  const valueTyped = /^([\w./-]+)\s*:\s+([^\s#"']*)$/.exec(rest);
  if (!keyTyped && !valueTyped) return null;
  const path = item ? [...pathAbove(allLines, index, lead, true), 0] : pathAbove(allLines, index, column);
  if (valueTyped) {
    const schema = schemaAt([...path, valueTyped[1]], root);
    return { from: offset - valueTyped[2].length, options: valueOptions(schema) };
  }
  const here = schemaAt(path, root);
  const word = keyTyped ? keyTyped[1] : '';
  if (here?.type === 'object' || here?.properties) return { from: lineStart + column, options: keyOptions(here, column) };
  // A scalar sequence item, such as a sync option.
  return item ? { from: offset - word.length, options: valueOptions(here) } : null;
}
