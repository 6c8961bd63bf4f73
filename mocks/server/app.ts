import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import type { RequestHandler as MswHandler } from 'msw';
import { createMiddleware } from '@mswjs/http-middleware';
import { createKubeSphereProxy } from './proxy';
import { consoleCompression } from './compression';
import { buildGlobals, scriptJson, type ShellUser } from './globals';
import { fileServer, ksServing } from './ks';
import { installedExtensions, type Installation } from './installed';
import { EXTENSION_NAME } from '../../build/serving';

export interface ShellServerOptions {
  /** What KubeSphere would have installed from the packaged chart, and the file server's files. */
  installation: Installation;
  /** The built shell (`dist-shell`). */
  shellDir: string;
  /** The emulator's handlers; ignored when `proxyTarget` is set. */
  handlers: MswHandler[];
  users: ShellUser[];
  /** A real KubeSphere to forward `/kapis`, `/apis`, `/api` and `/clusters/*` to. */
  proxyTarget?: string;
  proxyToken?: string;
  /** Extra HTML appended to the page (the dev server's live reload). */
  extraHtml?: string;
  extraRoutes?: (app: express.Express) => void;
  /** Multicluster (the default) or a single-cluster console; the cookie `emulator-clusters=single` switches one browser. */
  multicluster?: boolean;
}

/**
 * What the console's server hands to ks-apiserver (and here to the emulator): the API prefixes,
 * their `/clusters/{c}/` forms, the OAuth endpoints, and the emulator's control API. The emulator
 * answers every `/kapis`, `/apis`, `/api` and `/oauth` path (unknown ones as ks-apiserver does);
 * under `/clusters/` it answers only the API forms, the rest are console pages.
 */
const API_PATHS = ['/kapis', '/apis', '/api', '/oauth', '/clusters', '/_emulator'];
/** The file server's in-cluster address, as the chart's ReverseProxy names it. */
const FILE_SERVER = `http://gitops-console-frontend.extension-${EXTENSION_NAME}.svc`;

/** The cookies of a request's `Cookie` header (the emulated user, the console's token). */
export function readCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

/** The signed-in user: the shell's user switch keeps it in a cookie, as the console keeps its token. */
function currentUser(req: express.Request, users: ShellUser[]): ShellUser | undefined {
  const name = readCookies(req.headers.cookie)['emulator-user'];
  return users.find((u) => u.username === name) ?? users[0];
}

/**
 * The standalone console: the shell page, the API, and the bundle served only as KubeSphere 4.1.x
 * would serve the installed chart: the entry under `/pstatic/dist/...` from the JSBundle, every
 * other file under `/proxy/gitops-console/*` through the ReverseProxy to the file server, for
 * users the chart's roles authorise.
 */
export function createShellServer(options: ShellServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  options.extraRoutes?.(app);

  const userOf = (req: express.Request) => {
    const user = currentUser(req, options.users);
    return user ? { username: user.username, globalRole: user.globalrole } : null;
  };
  // The file server can be stopped, as an evicted pod or an image that cannot be pulled would.
  let fileServerRunning = true;
  const files = fileServer(options.installation.wwwDir);
  app.put('/_emulator/v1/file-server', express.json(), (req, res) => {
    if (typeof req.body?.running !== 'boolean') {
      res.status(400).json({ message: 'body must be {"running": true|false}' });
      return;
    }
    fileServerRunning = req.body.running;
    res.json({ running: fileServerRunning });
  });
  app.get('/_emulator/v1/file-server', (_req, res) => {
    res.json({ running: fileServerRunning });
  });
  app.use(
    ksServing({
      objects: options.installation.objects,
      extension: EXTENSION_NAME,
      enabled: () => true,
      userOf,
      upstream: (origin: string) => (origin === FILE_SERVER && fileServerRunning ? files : undefined),
    }),
  );

  // The console's server compresses what it proxies (compression.ts).
  app.use(consoleCompression());
  const api: RequestHandler[] = options.proxyTarget
    ? [createKubeSphereProxy(options.proxyTarget, options.proxyToken)]
    : [createMiddleware(...options.handlers)];
  for (const prefix of API_PATHS) {
    if (options.proxyTarget && prefix === '/_emulator') continue;
    app.use(
      prefix,
      (req, _res, next) => {
        // Mounting strips the prefix; the handlers and the proxy need the full path back.
        req.url = req.originalUrl;
        next();
      },
      ...api,
    );
  }

  app.use('/shell', express.static(path.join(options.shellDir, 'shell'), { index: false }));
  app.use('/shell', express.static(options.shellDir, { index: false }));

  const template = () => fs.readFileSync(path.join(options.shellDir, 'index.html'), 'utf8');
  app.get(/.*/, (req, res) => {
    const cookies = readCookies(req.headers.cookie);
    const user = currentUser(req, options.users) ?? options.users[0];
    const lang = cookies.lang === 'zh' ? 'zh' : 'en';
    const globals = buildGlobals({
      installedExtensions: installedExtensions(options.installation.objects(), EXTENSION_NAME, true),
      user,
      users: options.users,
      lang,
      multicluster: { single: false, multi: true }[cookies['emulator-clusters'] ?? ''] ?? options.multicluster ?? true,
      proxied: Boolean(options.proxyTarget),
    });
    const html = template()
      .replace('<html lang="en">', `<html lang="${lang}">`)
      .replace('<!--globals-->', `<script>window.globals = ${scriptJson(globals)};</script>`)
      .replace('</body>', `${options.extraHtml ?? ''}</body>`);
    res.type('html').set('cache-control', 'no-store').send(html);
  });
  return app;
}
