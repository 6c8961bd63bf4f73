import { defineConfig } from 'vitest/config';
import { ByEnvironmentSequencer } from './tests/sequencer';

export default defineConfig({
  esbuild: { jsx: 'transform', jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['tests/setupFastCheck.ts', 'tests/setupTestEnd.ts'],
    testTimeout: 20_000,
    // Test files share a worker, its module cache and (for jsdom files) its window, instead of a
    // fresh process per file: a page test's imports (React, @kubed/components, the emulator) and
    // jsdom took longer than most files' tests. What a test sets up ends with it
    // (tests/setupTestEnd.ts); no test replaces a module, so a shared cache changes nothing.
    isolate: false,
    sequence: { sequencer: ByEnvironmentSequencer },
  },
});
