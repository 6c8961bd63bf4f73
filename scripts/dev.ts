import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * `npm run dev`: rebuild the bundle on every change and reload the standalone console. The
 * bundle is still loaded through SystemJS exactly as in `npm start`; only the rebuild is added.
 */
const run = (args: string[]) => spawnSync('npx', args, { stdio: 'inherit' });
if (run(['vite', 'build']).status !== 0) process.exit(1);
// The standalone console serves what the packaged chart installs; in dev the entry and the files
// then come from each rebuild (mocks/server/installed.ts).
if (run(['tsx', 'scripts/package/cli.ts', '--quiet']).status !== 0) process.exit(1);
if (!fs.existsSync('dist-shell/index.html') && run(['vite', 'build', '--config', 'mocks/shell/vite.config.ts']).status !== 0) {
  process.exit(1);
}
const children = [
  spawn('npx', ['vite', 'build', '--watch', '--mode', 'development'], { stdio: 'inherit' }),
  spawn('npx', ['tsx', 'mocks/server/start.ts'], { stdio: 'inherit', env: { ...process.env, GITOPS_LIVE_RELOAD: '1' } }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
