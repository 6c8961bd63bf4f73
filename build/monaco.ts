import type { Plugin } from 'vite';

interface ModulePatch {
  name: string;
  /** The module the patch applies to (its resolved file path). */
  file: RegExp;
  find: RegExp | string;
  replace: string;
  /** Said when the module no longer reads as expected; the test named here will notice the effect. */
  changed: string;
}

/** A one-line build-time fix in a dependency; a changed dependency is reported, never silently skipped. */
function patchModule({ name, file, find, replace, changed }: ModulePatch): Plugin {
  return {
    name,
    apply: 'build',
    transform(code, id) {
      if (!file.test(id)) return null;
      const next = code.replace(find, replace);
      if (next === code) {
        this.warn(changed);
        return null;
      }
      return { code: next, map: null };
    },
  };
}

/**
 * @monaco-editor/loader defaults to fetching Monaco from jsDelivr when no instance is given.
 * The bundle hands it one, but the default must not even exist: clusters are often offline and
 * a console must never reach a CDN. The default path becomes empty.
 */
export const monacoWithoutCdn = () =>
  patchModule({
    name: 'gitops-monaco-without-cdn',
    file: /[\\/]@monaco-editor[\\/]loader[\\/]lib[\\/]es[\\/]config[\\/]index\.js$/,
    find: /vs:\s*'https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^']*'/,
    replace: "vs: ''",
    changed: '@monaco-editor/loader names its CDN in a new way; the bundle contract test will say where',
  });

/**
 * Monaco's process shim reads Node's `process.env` when it runs under Node. In a browser that
 * branch is dead, but the bundle must not mention `process.env` at all: the test becomes `false`.
 */
export const monacoWithoutNodeProcess = () =>
  patchModule({
    name: 'gitops-monaco-without-node-process',
    file: /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]base[\\/]common[\\/]process\.js$/,
    find: /typeof process !== 'undefined' && typeof process\?\.versions\?\.node === 'string'/,
    replace: 'false',
    changed: "Monaco's process shim changed; the bundle contract test will say where",
  });

/**
 * Monaco 0.52's suggestion list gives its rows the ids `suggest-aria-id:<n>` but points its own
 * `aria-activedescendant` at `list_id_<m>_<n>`, an id no element has (axe: critical). The list is
 * told the rows' real ids. The editor's text area, where the focus stays, already uses them.
 */
export const monacoSuggestActiveDescendant = () =>
  patchModule({
    name: 'gitops-monaco-suggest-active-descendant',
    file: /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]contrib[\\/]suggest[\\/]browser[\\/]suggestWidget\.js$/,
    find: "getRole: () => 'option',",
    replace: "getRole: () => 'option', getActiveDescendantId: (item) => getAriaId(this._list.indexOf(item)),",
    changed: "Monaco's suggest widget changed; the e2e axe run with suggestions open will say whether its list still needs the rows' ids",
  });
