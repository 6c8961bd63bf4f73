import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Monaco in Chinese. Monaco's ESM build has no translations: it calls `localize('key', "English")`.
 * Its AMD build calls `localize(<index>, "English")` and ships a table of translations per index.
 * This plugin
 * - rewrites each ESM call to the index the AMD build gives the same English message, so the
 *   English stays the fallback and a table, when present, is used;
 * - keeps that table in Monaco's own `nls.messages.js` module instead of a page global, so no
 *   other Monaco on the console page can read or overwrite it;
 * - offers the Chinese table as `virtual:monaco-nls-zh`, loaded only by a Chinese console.
 */
const require = createRequire(import.meta.url);
export const NLS_ZH_MODULE = 'virtual:monaco-nls-zh';
const RESOLVED_ZH = `\0${NLS_ZH_MODULE}`;

const STRING = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
const AMD_CALL = new RegExp(String.raw`localize2?\((\d+),\s*(${STRING})`, 'g');
const ESM_CALL = new RegExp(String.raw`(localize2?\()\s*('[^']*'|\{[^{}]*\})(\s*,\s*)(${STRING})`, 'g');

const OWN_MESSAGES_MODULE = `let messages;
let language;
export function setNLSMessages(table, lang) {
  messages = table;
  language = lang;
}
export function getNLSMessages() {
  return messages;
}
export function getNLSLanguage() {
  return language;
}
`;

function monacoRoot(): string {
  return path.dirname(require.resolve('monaco-editor/package.json'));
}

/** The value of a JavaScript string literal matched by STRING (so it holds nothing but a string). */
function literalValue(literal: string): string {
  return new Function(`return ${literal};`)() as string;
}

/** English message -> the index the AMD build gives it. */
export function messageIndexes(amdSource: string): Map<string, number> {
  const indexes = new Map<string, number>();
  for (const m of amdSource.matchAll(AMD_CALL)) {
    const message = literalValue(m[2]);
    if (!indexes.has(message)) indexes.set(message, Number(m[1]));
  }
  return indexes;
}

/** The ESM source with every call whose English message the AMD build knows turned into an index call. */
export function indexLocalizeCalls(code: string, indexes: Map<string, number>): string {
  return code.replace(ESM_CALL, (whole, call: string, _key: string, comma: string, literal: string) => {
    const index = indexes.get(literalValue(literal));
    return index === undefined ? whole : `${call}${index}${comma}${literal}`;
  });
}

/** The translations of an AMD `nls.messages.<lang>.js` file, as an array. */
export function readMessagesTable(file: string): string[] {
  const scope: { _VSCODE_NLS_MESSAGES?: string[] } = {};
  new Function('globalThis', 'define', fs.readFileSync(file, 'utf8'))(scope, (_deps: unknown, factory: () => void) => factory());
  if (!Array.isArray(scope._VSCODE_NLS_MESSAGES)) throw new Error(`${file} holds no message table`);
  return scope._VSCODE_NLS_MESSAGES;
}

export function monacoNls(): Plugin {
  let indexes: Map<string, number> | undefined;
  const esm = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/].*\.js$/;
  return {
    name: 'gitops-monaco-nls',
    resolveId(id) {
      return id === NLS_ZH_MODULE ? RESOLVED_ZH : null;
    },
    load(id) {
      if (id !== RESOLVED_ZH) return null;
      return `export default ${JSON.stringify(readMessagesTable(path.join(monacoRoot(), 'min/vs/nls.messages.zh-cn.js')))};`;
    },
    transform(code, id) {
      if (!esm.test(id)) return null;
      if (/[\\/]esm[\\/]vs[\\/]nls\.messages\.js$/.test(id)) return { code: OWN_MESSAGES_MODULE, map: null };
      if (!code.includes('localize')) return null;
      indexes ??= messageIndexes(fs.readFileSync(path.join(monacoRoot(), 'dev/vs/editor/editor.main.js'), 'utf8'));
      return { code: indexLocalizeCalls(code, indexes), map: null };
    },
  };
}
