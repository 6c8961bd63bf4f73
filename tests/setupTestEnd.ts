import { afterAll, afterEach } from 'vitest';
import { endTest } from '../src/testing/testEnd';

if (typeof document !== 'undefined') {
  // What a page shows is awaited until it shows: on a loaded machine (two cores shared by the
  // whole run) the first render of a page can take longer than the library's default second.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
}

// Test files may share a worker, its module cache and its DOM (`isolate: false`), so what a test
// or a file set up ends with it. Registered before any test file's hooks, these run after them
// (vitest runs `afterEach`/`afterAll` hooks last-registered first).
afterEach(async () => {
  await endTest();
  // Whatever a test rendered is unmounted, even when its file does not clean up.
  if (typeof document !== 'undefined' && document.body.childElementCount > 0) {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});

afterAll(() => {
  // The console's `t` a file installed (src/testing/i18n.ts): the next file starts without it, as
  // the standalone fallback does.
  if (typeof window !== 'undefined') delete (window as { t?: unknown }).t;
});
