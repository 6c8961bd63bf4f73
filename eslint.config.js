import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const MODEL_PURE = 'model/ is pure TypeScript: no React, no state library, no other layer of the extension.';

/** What every file in src/ may not import: the console shares only these bare module names. */
const HOST_CONTRACT = {
  paths: [{ name: '@ks-console/shared', message: 'Not public; go through src/host instead.' }],
  patterns: [
    {
      group: ['react/*', 'react-dom/*', '@kubed/*/*', 'styled-components/*', 'react-router-dom/*'],
      message: 'The console shares only the bare module names.',
    },
  ],
};

const ONE_DOOR =
  'Only src/queries talks to the server: use its query and mutation hooks; types and pure helpers come from src/model (model/errors/errorKind for a failure); tests render with src/testing/renderWithEmulator.';

/**
 * no-restricted-imports options for src/components and src/pages: the host contract plus the one
 * door to the server. `api` matches a relative import that reaches src/api from the file's depth.
 */
function uiImports(api) {
  return {
    paths: HOST_CONTRACT.paths,
    // `@tanstack/*` covers @tanstack/react-query and the core it is built on.
    patterns: [...HOST_CONTRACT.patterns, { group: ['@tanstack/*'], message: ONE_DOOR }, { regex: api, message: ONE_DOOR }],
  };
}

/** no-restricted-imports options for src/model; `outside` matches a relative import that leaves model/. */
function modelImports(outside) {
  return {
    paths: [
      { name: '@ks-console/shared', message: 'Not public; go through src/host instead.' },
      ...['react', 'react-dom', 'react-router-dom', 'styled-components', 'zustand'].map((name) => ({ name, message: MODEL_PURE })),
    ],
    patterns: [
      {
        group: [
          'react/*',
          'react-dom/*',
          'react-router-dom/*',
          'styled-components/*',
          '@kubed/*',
          '@tanstack/*',
          'zustand/*',
          '@monaco-editor/*',
          'monaco-editor',
          'monaco-editor/*',
        ],
        message: MODEL_PURE,
      },
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
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
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
      'no-restricted-imports': ['error', HOST_CONTRACT],
    },
  },
  // One door to the server: components and pages (their tests too) never import the API client
  // or the query library; src/queries does, and they use its hooks. Tests render against the
  // emulator with src/testing/renderWithEmulator.tsx. As for model/ below, the options replace the ones
  // above, so they repeat the host contract; what differs by depth is how many `../` reach src/.
  { files: ['src/{components,pages}/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', uiImports('^\\.\\./api(/|$)')] } },
  { files: ['src/{components,pages}/*/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', uiImports('^(\\.\\./){2}api(/|$)')] } },
  {
    files: ['src/{components,pages}/*/*/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', uiImports('^(\\.\\./){3,}api(/|$)')] },
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
