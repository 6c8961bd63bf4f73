// Monaco ships no types for its internal modules; these are the ones the YAML view touches.
declare module 'monaco-editor/esm/vs/editor/browser/config/tabFocus.js' {
  export const TabFocus: {
    getTabFocusMode(): boolean;
    setTabFocusMode(on: boolean): void;
  };
}

// Replaced at build time by a module that keeps Monaco's message table (build/monacoNls.ts).
declare module 'monaco-editor/esm/vs/nls.messages.js' {
  export function setNLSMessages(table: readonly string[], language: string): void;
}

declare module 'virtual:monaco-nls-zh' {
  const table: string[];
  export default table;
}
