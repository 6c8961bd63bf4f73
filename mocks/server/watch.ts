import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Emulator } from '../emulator';
import { readCookies } from './app';

/**
 * WebSocket upgrades of the standalone console, on the same origin and port as its pages: the
 * way the KubeSphere console's own server passes every upgrade to ks-apiserver (console
 * server/components/wsProxy.js L11-26), taking the `token` cookie as `Authorization: Bearer`
 * (L22-25). With the emulator the watch is answered here (mocks/emulator/api/watch-routes.ts:
 * the emulator's own `emulator-user` cookie, a bearer token, or admin, as for HTTP);
 * with `KS_API_URL` the upgrade goes to that KubeSphere with the configured token, as
 * mocks/server/proxy.ts does for HTTP.
 */
export interface WatchUpgradeOptions {
  emulator?: Emulator;
  proxyTarget?: string;
  proxyToken?: string;
}

/** An HTTP answer to an upgrade request (the refusal a browser reports as error + close 1006). */
async function refuse(socket: Duplex, response: Response): Promise<void> {
  const body = Buffer.from(await response.text());
  const head = [`HTTP/1.1 ${response.status} ${http.STATUS_CODES[response.status] ?? ''}`];
  response.headers.forEach((value, name) => head.push(`${name}: ${value}`));
  head.push(`Content-Length: ${body.length}`, 'Connection: close');
  socket.end(Buffer.concat([Buffer.from(head.join('\r\n') + '\r\n\r\n'), body]));
}

/** The request as the emulator's front door reads it: path and query, cookies, credentials. */
function toRequest(req: http.IncomingMessage): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const name of ['cookie', 'authorization', 'user-agent', 'x-emulator-user']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const token = readCookies(req.headers.cookie).token;
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  return new Request(url, { headers });
}

function proxyUpgrade(target: string, token: string | undefined, req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
  const base = new URL(target);
  const client = base.protocol === 'https:' ? https : http;
  const headers: http.OutgoingHttpHeaders = { ...req.headers, host: base.host };
  delete headers.cookie;
  if (token) headers.authorization = `Bearer ${token}`;
  const upstream = client.request({
    protocol: base.protocol,
    hostname: base.hostname,
    port: base.port || undefined,
    method: req.method,
    path: `${base.pathname.replace(/\/$/, '')}${req.url}`,
    headers,
    rejectUnauthorized: process.env.KS_INSECURE_SKIP_TLS_VERIFY !== 'true',
  });
  upstream.on('upgrade', (res, upstreamSocket, upstreamHead) => {
    const lines = [`HTTP/1.1 101 Switching Protocols`];
    for (let i = 0; i < res.rawHeaders.length; i += 2) lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
    socket.write(lines.join('\r\n') + '\r\n\r\n');
    if (upstreamHead.length) socket.write(upstreamHead);
    if (head.length) upstreamSocket.write(head);
    upstreamSocket.pipe(socket).pipe(upstreamSocket);
    upstreamSocket.on('error', () => socket.destroy());
  });
  upstream.on('response', (res) => {
    const lines = [`HTTP/1.1 ${res.statusCode} ${res.statusMessage ?? ''}`];
    for (let i = 0; i < res.rawHeaders.length; i += 2) lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
    socket.write(lines.join('\r\n') + '\r\n\r\n');
    res.pipe(socket);
  });
  upstream.on('error', () => socket.destroy());
  upstream.end();
}

/** Serves (or forwards) the application watch on `server`'s upgrade requests. */
export function attachWatchUpgrade(server: http.Server, options: WatchUpgradeOptions): () => void {
  const wss = new WebSocketServer({ noServer: true });
  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    if (options.proxyTarget) return proxyUpgrade(options.proxyTarget, options.proxyToken, req, socket, head);
    const emulator = options.emulator;
    if (!emulator) return void socket.destroy();
    void emulator.openWatch(toRequest(req)).then(async (opened) => {
      if (!opened.ok) return refuse(socket, opened.response);
      wss.handleUpgrade(req, socket, head, (client) => {
        const started = opened.start({
          send: (text) => client.send(text),
          close: (code, reason) => client.close(code, reason),
          // No close frame: the client sees 1006, as when a proxy or the apiserver goes away.
          abort: () => client.terminate(),
        });
        if (started instanceof Response) return client.terminate();
        client.on('close', () => started.stop());
        client.on('error', () => started.stop());
      });
    });
  };
  server.on('upgrade', onUpgrade);
  return () => {
    server.off('upgrade', onUpgrade);
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}
