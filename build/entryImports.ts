import type { Plugin } from 'vite';
import { PROXY_PREFIX } from './serving';

/**
 * The entry names its lazy chunks by their ReverseProxy URL instead of a path relative to itself.
 *
 * Rollup writes `ctx.import("./ListRoute-<hash>.js")` in a SystemJS entry, which resolves against
 * the entry's own URL (`/pstatic/dist/gitops-console/index.js`); KubeSphere 4.1.x serves nothing
 * else there. Each import becomes `ctx.import("/proxy/gitops-console/ListRoute-<hash>.js" +
 * (ctx.meta.gitopsRetry || ""))`: chunks then import each other relatively under `/proxy`, and
 * `import.meta.gitopsRetry` (the entry module's own meta object in SystemJS, not a global) lets a
 * retry after a failed download ask for the chunk under a new module id, since SystemJS keeps a
 * failed load in its registry for good.
 *
 * The entry must not import a chunk statically: that would be fetched relative to `/dist`.
 */
export function entryImportsFromProxy(prefix: string = PROXY_PREFIX): Plugin {
  return {
    name: 'gitops-entry-imports-from-proxy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        const rewritten = rewriteEntryImports(file.code, prefix, (name) => name in bundle);
        if (rewritten.problems.length) this.error(`${file.fileName}: ${rewritten.problems.join('; ')}`);
        file.code = rewritten.code;
      }
    },
  };
}

const DYNAMIC_IMPORT = /([A-Za-z_$][\w$]*)\.import\((["'])\.\/([^"'\\]+)\2\)/g;
const REGISTER_DEPS = /^System\.register\((\[[^\]]*\])/;

/** The rewrite itself, on the minified SystemJS code of the entry. */
export function rewriteEntryImports(code: string, prefix: string, exists: (file: string) => boolean) {
  const problems: string[] = [];
  const deps = REGISTER_DEPS.exec(code);
  if (!deps) problems.push('not a System.register module');
  else {
    const relative = (JSON.parse(deps[1].replace(/'/g, '"')) as string[]).filter((d) => d.startsWith('.'));
    if (relative.length) problems.push(`imports ${relative.join(', ')} statically; an entry may only import the shared modules`);
  }
  const next = code.replace(DYNAMIC_IMPORT, (_match, ctx: string, _quote: string, file: string) => {
    if (!exists(file)) problems.push(`imports ./${file}, which is not in the bundle`);
    return `${ctx}.import(${JSON.stringify(`${prefix}/${file}`)}+(${ctx}.meta.gitopsRetry||""))`;
  });
  if (/["']\.\.?\//.test(next.replace(/\/\/.*$/gm, ''))) {
    const left = next.match(/["']\.\.?\/[^"']*["']/g) ?? [];
    problems.push(`relative references remain: ${left.slice(0, 5).join(', ')}`);
  }
  return { code: next, problems };
}
