import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createKubeSphereProxy } from './proxy';
import express from 'express';

interface Seen {
  method?: string;
  url?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

describe('forwarding to a real KubeSphere', () => {
  it('sends the path, query and body on with the token as a bearer header and without cookies', async () => {
    const seen: Seen = { headers: {}, body: '' };
    const upstream = await listen((req, res) => {
      seen.method = req.method;
      seen.url = req.url;
      seen.headers = req.headers;
      req.on('data', (chunk) => (seen.body += chunk));
      req.on('end', () => {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end('{"kind":"Status","code":403}');
      });
    });
    const app = express();
    app.use(
      '/clusters',
      (req, _res, next) => {
        req.url = req.originalUrl;
        next();
      },
      createKubeSphereProxy(upstream, 's3cret'),
    );
    const shell = await listen(app);

    const response = await fetch(`${shell}/clusters/member-1/kapis/gitops.kubesphere.io/v1alpha1/namespaces/p/applications?limit=20`, {
      method: 'POST',
      headers: { cookie: 'token=from-browser', referer: 'http://x/', 'content-type': 'application/json' },
      body: '{"metadata":{"name":"a"}}',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ kind: 'Status', code: 403 });
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/clusters/member-1/kapis/gitops.kubesphere.io/v1alpha1/namespaces/p/applications?limit=20');
    expect(seen.headers.authorization).toBe('Bearer s3cret');
    expect(seen.headers.cookie).toBeUndefined();
    expect(seen.headers.referer).toBeUndefined();
    expect(seen.body).toBe('{"metadata":{"name":"a"}}');
  });

  it('answers 502 in plain text when KubeSphere cannot be reached', async () => {
    const app = express();
    app.use('/kapis', createKubeSphereProxy('http://127.0.0.1:9', undefined));
    const shell = await listen(app);
    const response = await fetch(`${shell}/kapis/x`);
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/^proxy to http:\/\/127\.0\.0\.1:9 failed/);
  });
});
