import http from 'node:http';
import https from 'node:https';
import type { RequestHandler } from 'express';

/**
 * Forwards API calls to a real KubeSphere, adding the token as a bearer header the way the
 * console's own server does (`k8sResourceProxy`: sets Authorization, drops cookie and referer).
 */
export function createKubeSphereProxy(target: string, token: string | undefined): RequestHandler {
  const base = new URL(target);
  const client = base.protocol === 'https:' ? https : http;
  return (req, res) => {
    const headers: http.OutgoingHttpHeaders = { ...req.headers, host: base.host };
    delete headers.cookie;
    delete headers.referer;
    if (token) headers.authorization = `Bearer ${token}`;
    const upstream = client.request(
      {
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port || undefined,
        method: req.method,
        path: `${base.pathname.replace(/\/$/, '')}${req.originalUrl}`,
        headers,
        rejectUnauthorized: process.env.KS_INSECURE_SKIP_TLS_VERIFY !== 'true',
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (res.headersSent) return res.end();
      res.status(502).type('text/plain').send(`proxy to ${base.origin} failed: ${error.message}\n`);
    });
    req.pipe(upstream);
  };
}
