import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const MODEL_PURE = 'model/ is pure TypeScript: no React, no state library, no other layer of the extension.';

/** no-restricted-imports options for src/model; `outside` matches a relative import that leaves model/. */
function modelImports(outside) {
  return {
    paths: [
      { name: '@ks-console/shared', message: 'Not public; go through src/host instead.' },
      ...['react', 'react-dom', 'react-router-dom', 'styled-components', 'zustand'].map((name) => ({ name, message: MODEL_PURE })),
    ],
    patterns: [
      { group: ['react/*', 'react-dom/*', 'react-router-dom/*', 'styled-components/*', '@kubed/*', '@tanstack/*', 'zustand/*', '@monaco-editor/*', 'monaco-editor', 'monaco-editor/*'], message: MODEL_PURE },
      { regex: '^(\\.\\./)+(api|queries|components|pages|host|state)(/|$)', message: MODEL_PURE },
      { regex: outside, message: 'model/ imports nothing outside itself.' },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-shell/**', 'node_modules/**', 'test-results/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/shell/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Rendered data is untrusted: never set inner HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@ks-console/shared', message: 'Not public; go through src/host instead.' }],
          patterns: [{ group: ['react/*', 'react-dom/*', '@kubed/*/*', 'styled-components/*', 'react-router-dom/*'], message: 'The console shares only the bare module names.' }],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/host/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 't', message: 'Use t from src/host.' }],
    },
  },
  // model/ is pure TypeScript: no React, no browser, no other layer of the extension. Browser state
  // lives in src/state/, requests in src/api/ and src/queries/. A later block replaces an earlier
  // block's options for the same rule, so the model's blocks repeat what src/** forbids.
  {
    files: ['src/model/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 't', message: 'Use t from src/host.' },
        ...['window', 'document', 'localStorage', 'sessionStorage', 'globalThis', 'self'].map((name) => ({
          name,
          message: 'model/ is pure: no browser globals. Browser state belongs in src/state/.',
        })),
      ],
    },
  },
  // The same imports are forbidden at every depth; what differs is how many `../` leave model/.
  { files: ['src/model/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', modelImports('^\\.\\./')] } },
  { files: ['src/model/*/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', modelImports('^(\\.\\./){2}')] } },
  { files: ['src/model/*/*/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', modelImports('^(\\.\\./){3}')] } },
);
