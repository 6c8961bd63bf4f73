/**
 * Serves an extension's files to the standalone console the way a KubeSphere 4.1.3 cluster does:
 * ks-console's Koa routes (/pstatic, /proxy) in front of ks-apiserver's filters (authorization,
 * JSBundle, ReverseProxy), from the Kubernetes objects of the extension's rendered chart.
 * See README.md beside this file for every rule and its source.
 */
import type express from 'express';
import type { ApiRequest } from './http';
import { RejectedObject, installed, type KsObject } from './objects';
import { serveApi } from './apiserver';
import { compress, consoleRoute } from './console';

export type { KsObject } from './objects';
export { fileServer } from './fileServer';

export interface KsUser {
  username: string;
  globalRole: string;
} // globalRole e.g. 'platform-admin', 'platform-regular'
export interface KsServingOptions {
  /** The extension's installed objects (the rendered chart: ConfigMap, JSBundle, ReverseProxy, GlobalRole, GlobalRoleBinding, Deployment, Service...). Called per request (dev mode swaps them). */
  objects: () => KsObject[];
  /** The extension name; the InstallPlan controller labels every object kubesphere.io/extension-ref=<name>. */
  extension: string;
  /** Whether the InstallPlan is enabled (drives status.state Available/Disabled as installplan_controller.go does). Called per request. */
  enabled: () => boolean;
  /** The signed-in user of a request as the console server sees it (its cookie token), or null when signed out. */
  userOf: (req: express.Request) => KsUser | null;
  /** In-cluster HTTP services by origin, e.g. 'http://gitops-console-frontend.extension-gitops-console.svc' -> handler. A missing one (or one whose handler is absent because "the pod is down") must give the answer ks-apiserver gives when its upstream is unreachable. */
  upstream: (origin: string) => express.RequestHandler | undefined;
  // Each distinct handler gets its own loopback HTTP server (started once, unref'd): return the same
  // handler instance for an origin rather than a new closure per call.
}

function cookie(req: express.Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

async function readBody(req: express.Request): Promise<Buffer> {
  if (Buffer.isBuffer(req.body)) return req.body;
  if (!req.readable) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Mounted at the app root: handles GET /pstatic/* and /proxy/* as ks-console + ks-apiserver 4.1.3, and /dist/* as ks-apiserver itself; calls next() for anything else. */
export function ksServing(options: KsServingOptions): express.RequestHandler {
  return (req, res, next) => {
    const url = req.originalUrl;
    if (!/^\/(pstatic|proxy)\//i.test(url) && !url.startsWith('/dist/')) return next();
    const user = options.userOf(req);
    // The console sends the `token` cookie; the standalone console signs users in by other means,
    // so a signed-in user without one gets a stand-in token (the upstream sees some bearer token).
    const token = user ? (cookie(req, 'token') ?? `ks-emulated.${user.username}`) : undefined;
    const route = consoleRoute(req.method, url, req.headers, token);
    if (!route) return next();
    void (async () => {
      const objects = installed(options.objects(), options.extension, options.enabled());
      const apiReq: ApiRequest = {
        method: req.method,
        url: route.url,
        header: route.header,
        body: await readBody(req),
        // ks-apiserver's peer is ks-console, i.e. this server.
        remoteAddr: (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
      };
      const apiUser = route.kind === 'proxy' ? user : null; // /pstatic and /dist carry no token
      let answer = await serveApi({ objects, upstream: options.upstream, user: apiUser }, apiReq);
      // http-proxy copies status and headers; the console's compression middleware then applies.
      if (route.kind !== 'dist') answer = compress(answer, req.method, req.headers['accept-encoding'], url);
      res.status(answer.status);
      for (const [k, v] of Object.entries(answer.header.toNode())) res.setHeader(k, v);
      res.end(req.method === 'HEAD' ? undefined : answer.body);
    })().catch((error: unknown) => {
      // Objects a cluster would refuse (webhooks, CRD validation) or that use what is not emulated.
      if (!(error instanceof RejectedObject) || res.headersSent) return next(error);
      res.status(500).type('text/plain').send(`ks emulator: ${error.message}\n`);
    });
  };
}
