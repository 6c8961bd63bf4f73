import type { Plugin } from 'vite';

/**
 * @monaco-editor/loader defaults to fetching Monaco from jsDelivr when no instance is given.
 * The bundle hands it one, but the default must not even exist: clusters are often offline and
 * a console must never reach a CDN. The default path becomes empty.
 */
const CDN_DEFAULT = /vs:\s*'https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^']*'/;

export function monacoWithoutCdn(): Plugin {
  return {
    name: 'gitops-monaco-without-cdn',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@monaco-editor[\\/]loader[\\/]/.test(id) || !code.includes('jsdelivr')) return null;
      const next = code.replace(CDN_DEFAULT, "vs: ''");
      if (next === code) this.warn('@monaco-editor/loader names its CDN in a new way; the bundle contract test will say where');
      return { code: next, map: null };
    },
  };
}

/**
 * Monaco's process shim reads Node's `process.env` when it runs under Node. In a browser that
 * branch is dead, but the bundle must not mention `process.env` at all: the test becomes `false`.
 */
const NODE_PROCESS = /typeof process !== 'undefined' && typeof process\?\.versions\?\.node === 'string'/;

export function monacoWithoutNodeProcess(): Plugin {
  return {
    name: 'gitops-monaco-without-node-process',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]base[\\/]common[\\/]process\.js$/.test(id)) return null;
      const next = code.replace(NODE_PROCESS, 'false');
      if (next === code) this.warn("Monaco's process shim changed; the bundle contract test will say where");
      return { code: next, map: null };
    },
  };
}

/**
 * Monaco 0.52's suggestion list gives its rows the ids `suggest-aria-id:<n>` but points its own
 * `aria-activedescendant` at `list_id_<m>_<n>`, an id no element has (axe: critical). The list is
 * told the rows' real ids. The editor's text area, where the focus stays, already uses them.
 */
const SUGGEST_ROLE = "getRole: () => 'option',";

export function monacoSuggestActiveDescendant(): Plugin {
  return {
    name: 'gitops-monaco-suggest-active-descendant',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]contrib[\\/]suggest[\\/]browser[\\/]suggestWidget\.js$/.test(id)) return null;
      if (!code.includes(SUGGEST_ROLE) || code.includes('getActiveDescendantId')) {
        this.warn("Monaco's suggest widget changed; check its aria-activedescendant again (e2e axe run with suggestions open)");
        return null;
      }
      return { code: code.replace(SUGGEST_ROLE, `${SUGGEST_ROLE} getActiveDescendantId: (item) => getAriaId(this._list.indexOf(item)),`), map: null };
    },
  };
}
