import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/bench/browser';

/**
 * Ports nobody listens on, so the suite never collides with a console started by hand
 * (`npm start`, `PORT=... npm start`): one standalone console per worker, on consecutive ports from
 * E2E_PORT, each with its own emulator so no test sees another's state. Chosen once, in the
 * runner: the workers it forks inherit E2E_PORT and pick theirs by index (e2e/fixtures.ts).
 * `E2E_PORT=<n>` pins the first; `E2E_WORKERS=<n>` sets how many (two: a 2-core machine runs the
 * suite in about half the time, the tests spending most of theirs waiting on the page).
 */
const WORKERS = Number(process.env.E2E_WORKERS ?? 2);
function freePorts(count: number): number {
  const probe = `
    const net = require('net');
    const free = (port) => new Promise((ok) => { const s = net.createServer().once('error', () => ok(false)).listen(port, '127.0.0.1', () => s.close(() => ok(true))); });
    (async () => {
      for (;;) {
        const s = net.createServer().listen(0, '127.0.0.1');
        await new Promise((ok) => s.once('listening', ok));
        const first = s.address().port;
        await new Promise((ok) => s.close(ok));
        let all = first + ${count} - 1 <= 65535;
        for (let i = 1; all && i < ${count}; i++) all = await free(first + i);
        if (all) { console.log(first); return; }
      }
    })();`;
  return Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim());
}
process.env.E2E_PORT ||= String(freePorts(WORKERS));
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: WORKERS,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    // One tab per worker, kept from test to test: Playwright resets it in between (cookies, cache,
    // storage and IndexedDB of the origins visited, routes, init scripts, the clock, the viewport;
    // e2e/fixtures.ts adds permissions and leaves the tab blank). The renderer process, and with it
    // V8's compiled copy of the shell's 6 MB script, survives, which halves every first page load.
    // A test that changes another context option (deviceScaleFactor) gets a fresh context.
    reuseContext: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  webServer: Array.from({ length: WORKERS }, (_, index) => ({
    command: `tsx mocks/server/start.ts`,
    url: `http://127.0.0.1:${PORT + index}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(PORT + index), EMULATOR_TIMING: 'fast', KS_API_URL: '' },
  })),
});
