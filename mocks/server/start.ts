import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator } from '../emulator';
import { createShellServer } from './app';
import { shellUsers } from './users';
import { liveReload } from './liveReload';
import { attachWatchUpgrade } from './watch';
import { MissingPackageError, loadInstallation } from './installed';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface StartOptions {
  port?: number;
  extraHtml?: string;
  extraRoutes?: Parameters<typeof createShellServer>[0]['extraRoutes'];
}

/**
 * Starts the standalone console. With `KS_API_URL` (and `KS_TOKEN`) it forwards the API to that
 * KubeSphere instead of the emulator, so the bundle can be tried against a live cluster.
 */
export function start(options: StartOptions = {}) {
  const port = options.port ?? Number(process.env.PORT ?? 8000);
  const host = process.env.HOST ?? '127.0.0.1';
  const proxyTarget = process.env.KS_API_URL || undefined;
  const timing = (process.env.EMULATOR_TIMING as 'fast' | 'realistic' | undefined) ?? 'realistic';
  const emulator = proxyTarget ? undefined : createEmulator({ timing });
  const users = proxyTarget
    ? [
        {
          username: process.env.KS_USER ?? 'admin',
          globalrole: '',
          descriptionKey: 'SHELL_USER_PROXIED',
          workspaces: (process.env.KS_WORKSPACES ?? '').split(',').filter(Boolean),
        },
      ]
    : shellUsers(emulator!.store.context());
  let installation;
  try {
    installation = loadInstallation(root, { live: Boolean(process.env.GITOPS_LIVE_RELOAD) });
  } catch (error) {
    if (!(error instanceof MissingPackageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const app = createShellServer({
    installation,
    shellDir: path.join(root, 'dist-shell'),
    handlers: emulator?.handlers ?? [],
    users,
    proxyTarget,
    proxyToken: process.env.KS_TOKEN,
    extraHtml: options.extraHtml,
    // KS_MULTICLUSTER=false: a single-cluster console (no /clusters/ prefix, no cluster choice).
    multicluster: process.env.KS_MULTICLUSTER !== 'false',
    extraRoutes: options.extraRoutes,
  });
  const server = app.listen(port, host, () => {
    const target = proxyTarget ? `forwarding the API to ${proxyTarget}` : `API emulator (${timing} timing)`;
    console.log(`Standalone KubeSphere console on http://${host}:${port}/ — ${target}`);
  });
  // Watches (WebSocket upgrades) on the same origin and port, as the console's server passes them on.
  const detachWatch = attachWatchUpgrade(server, { emulator, proxyTarget, proxyToken: process.env.KS_TOKEN });
  const stop = () => {
    detachWatch();
    emulator?.dispose();
    server.close();
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(0);
  });
  process.once('SIGTERM', () => {
    stop();
    process.exit(0);
  });
  return { server, emulator, stop };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const reload = process.env.GITOPS_LIVE_RELOAD ? liveReload(path.join(root, 'dist/gitops-console')) : undefined;
  start({ extraHtml: reload?.extraHtml, extraRoutes: reload?.extraRoutes });
}
