import { spawnSync } from 'node:child_process';

/**
 * `npm run bench`: builds and packages, then measures the built bundle in the standalone console
 * under Debian's Chromium, against seeds the emulator generates. Prints one table and writes
 * `bench-results/bench.json`. Nothing here is a test: no figure fails the run.
 */
const steps: Array<[string, string[]]> = [
  ['npx', ['tsx', 'scripts/ensure-chromium.ts']],
  ['npx', ['vite', 'build', '--logLevel', 'warn']],
  ['npx', ['vite', 'build', '--config', 'mocks/shell/vite.config.ts', '--logLevel', 'warn']],
  // The standalone console serves the bundle from the rendered chart, as KubeSphere would.
  ['npx', ['tsx', 'scripts/package/cli.ts', '--quiet']],
  ['npx', ['tsx', 'scripts/bench/run.ts']],
];
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
