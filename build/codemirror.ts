import type { Plugin } from 'vite';

/**
 * @lezer/lr (the parser under CodeMirror's YAML mode) turns on parse tracing when
 * `process.env.LOG` contains "parse". The console has no `process`, so the check is dead code
 * there, but the bundle must not mention `process.env` at all: the line becomes `false`.
 */
const LEZER_TRACE = /typeof process\s*!=\s*"undefined"\s*&&\s*process\.env\s*&&\s*\/\\bparse\\b\/\.test\(process\.env\.LOG\)/;

export function stripLezerTrace(): Plugin {
  return {
    name: 'gitops-strip-lezer-trace',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@lezer[\\/]lr[\\/]/.test(id) || !code.includes('process.env')) return null;
      const next = code.replace(LEZER_TRACE, 'false');
      if (next === code) this.warn('@lezer/lr reads process.env in a new way; the bundle contract test will say where');
      return { code: next, map: null };
    },
  };
}
