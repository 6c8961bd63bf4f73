import { spawnSync } from 'node:child_process';

/**
 * `npm run bench`: builds, then measures the built bundle in the standalone console under
 * Debian's Chromium, against seeds the emulator generates. Prints one table and writes
 * `bench-results/bench.json`. Nothing here is a test: no figure fails the run.
 */
const steps = [
  ['node', ['scripts/ensure-chromium.mjs']],
  ['npx', ['vite', 'build', '--logLevel', 'warn']],
  ['npx', ['vite', 'build', '--config', 'mocks/shell/vite.config.ts', '--logLevel', 'warn']],
  ['npx', ['tsx', 'scripts/bench/run.ts']],
];
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
