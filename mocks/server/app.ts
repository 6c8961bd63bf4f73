import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import type { RequestHandler as MswHandler } from 'msw';
import { createMiddleware } from '@mswjs/http-middleware';
import { createKubeSphereProxy } from './proxy';
import { buildGlobals, scriptJson, type ShellUser } from './globals';

export interface ShellServerOptions {
  /** The built extension (`dist/gitops-console`). */
  distDir: string;
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

const API_PATHS = ['/kapis', '/apis', '/api', '/clusters', '/_emulator'];

function readCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

/** The standalone console: shell page, the built bundle under `/pstatic/dist/...`, and the API. */
export function createShellServer(options: ShellServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  options.extraRoutes?.(app);

  const api: RequestHandler[] = options.proxyTarget
    ? [createKubeSphereProxy(options.proxyTarget, options.proxyToken)]
    : [createMiddleware(...options.handlers)];
  for (const prefix of API_PATHS) {
    if (options.proxyTarget && prefix === '/_emulator') continue;
    app.use(prefix, (req, _res, next) => {
      // Mounting strips the prefix; the handlers and the proxy need the full path back.
      req.url = req.originalUrl;
      next();
    }, ...api);
  }

  // The console's server maps `/pstatic/*` to ks-apiserver, which serves `/dist/<ext>/...`.
  const bundle = express.static(options.distDir, { index: false, fallthrough: false, etag: true });
  app.use('/pstatic/dist/gitops-console', bundle);
  app.use('/dist/gitops-console', bundle);
  app.use('/shell', express.static(path.join(options.shellDir, 'shell'), { index: false }));
  app.use('/shell', express.static(options.shellDir, { index: false }));

  const template = () => fs.readFileSync(path.join(options.shellDir, 'index.html'), 'utf8');
  app.get(/.*/, (req, res) => {
    const cookies = readCookies(req.headers.cookie);
    const user = options.users.find((u) => u.username === cookies['emulator-user']) ?? options.users[0];
    const lang = cookies.lang === 'zh' ? 'zh' : 'en';
    const globals = buildGlobals({
      distDir: options.distDir,
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
