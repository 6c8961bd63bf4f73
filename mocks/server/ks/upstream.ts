/**
 * ks-apiserver's way of forwarding to an upstream: k8s.io/apimachinery's UpgradeAwareHandler around
 * net/http/httputil.ReverseProxy over an http.Transport (Go 1.23, kubesphere:go.mod:L9-11). The
 * upstream is an Express handler (`upstream(origin)`), run behind a real loopback HTTP server so it
 * sees an ordinary request and its answer goes through the same header handling as in the cluster.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import express from 'express';
import { GoHeader, badGateway, goEscapePath, respond, sniffed, type ApiResponse } from './http';
import type { KsObject } from './objects';

export type UpstreamLookup = (origin: string) => express.RequestHandler | undefined;

/** httputil's hopHeaders, removed both ways, plus any header named in Connection. */
const HOP_BY_HOP = [
  'Connection',
  'Proxy-Connection',
  'Keep-Alive',
  'Proxy-Authenticate',
  'Proxy-Authorization',
  'Te',
  'Trailer',
  'Transfer-Encoding',
  'Upgrade',
];
function removeHopByHop(h: GoHeader): void {
  for (const named of h.all('Connection').flatMap((v) => v.split(','))) if (named.trim()) h.del(named.trim());
  for (const k of HOP_BY_HOP) if (!(k === 'Te' && h.get('Te') === 'trailers')) h.del(k);
}

const servers = new WeakMap<express.RequestHandler, Promise<number>>();
function portOf(handler: express.RequestHandler): Promise<number> {
  let port = servers.get(handler);
  if (!port) {
    port = new Promise((resolve, reject) => {
      const app = express();
      app.disable('x-powered-by');
      app.use(handler);
      const server = http.createServer(app);
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.unref();
        resolve((server.address() as AddressInfo).port);
      });
    });
    servers.set(handler, port);
  }
  return port;
}

/**
 * The error http.Transport returns when nothing answers. A Service that exists but has no ready
 * pod (or no such port) refuses the connection at its ClusterIP; a name nobody resolves fails in DNS.
 * The real text names the ClusterIP (spec.clusterIP when the chart sets one, else the host here) and
 * the pod's DNS server (169.254.25.10 is KubeKey's nodelocaldns; clusters differ).
 */
function dialError(url: URL, objects: KsObject[]): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const [name, namespace, svc] = url.hostname.split('.');
  const service =
    svc === 'svc' ? objects.find((o) => o.kind === 'Service' && o.metadata.name === name && o.metadata.namespace === namespace) : undefined;
  if (/^[\d.]+$/.test(url.hostname) || service) {
    const ip = (service?.spec as { clusterIP?: string } | undefined)?.clusterIP ?? url.hostname;
    return `dial tcp ${ip}:${port}: connect: connection refused`;
  }
  return `dial tcp: lookup ${url.hostname} on 169.254.25.10:53: no such host`;
}

/**
 * url.Parse accepts what WHATWG URL rejects (e.g. "" or "svc/x"); the transport then fails with
 * `unsupported protocol scheme "<scheme>"`. Returns the URL, or the 502 for such a string.
 */
export function parseEndpoint(raw: string): URL | ApiResponse {
  const scheme = (/^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1] ?? '').toLowerCase();
  if ((scheme === 'http' || scheme === 'https') && /^[a-z]+:\/\//i.test(raw)) return new URL(raw);
  return badGateway(`unsupported protocol scheme "${scheme}"`);
}

export interface ProxyOptions {
  /** The upstream location (scheme, host, path); only scheme and host pick the server. */
  location: URL;
  /** The path and raw query sent upstream (UpgradeAwareHandler: loc.Path, loc.RawQuery = req.URL.RawQuery). */
  path: string;
  rawQuery: string;
  method: string;
  header: GoHeader;
  body: Buffer;
  remoteAddr: string;
  /** Headers the filter had set on the ResponseWriter before proxying; ReverseProxy Adds to them. */
  responseHeader?: GoHeader;
  /** The request path UpgradeAwareHandler sees, for its empty-path redirect. */
  requestPath: string;
  upstream: UpstreamLookup;
  objects: KsObject[];
}

export async function proxy(o: ProxyOptions): Promise<ApiResponse> {
  // upgradeaware.go:L231 proxyRedirectsforRootPath (L192-210): an empty upstream path on GET/HEAD
  // answers 301 to the request path plus "/".
  if (o.path === '' && (o.method === 'GET' || o.method === 'HEAD')) {
    const header = o.responseHeader?.clone() ?? new GoHeader();
    header.set('Location', `${o.requestPath}/${o.rawQuery ? `?${o.rawQuery}` : ''}`);
    return { status: 301, header, body: Buffer.alloc(0) };
  }
  const out = o.header.clone();
  removeHopByHop(out);
  // httputil.ReverseProxy: appends the peer to X-Forwarded-For; NewSingleHostReverseProxy's director
  // sets an empty User-Agent when none came, which the transport then omits.
  const prior = out.all('X-Forwarded-For');
  out.set('X-Forwarded-For', [...prior, o.remoteAddr].join(', '));
  out.set('Host', o.location.host);
  // http.Transport asks for gzip itself when the client did not (not for HEAD or Range requests)
  // and then decompresses the answer transparently.
  const transparentGzip = !out.has('Accept-Encoding') && o.method !== 'HEAD' && !out.has('Range');
  if (transparentGzip) out.set('Accept-Encoding', 'gzip');

  const handler = o.upstream(o.location.origin);
  if (!handler) return badGateway(dialError(o.location, o.objects));
  const port = await portOf(handler);
  // joinURLPath(target with empty path, req.URL) → singleJoiningSlash: a path without a leading
  // slash gets one.
  const target = `${goEscapePath(o.path.startsWith('/') ? o.path : `/${o.path}`)}${o.rawQuery ? `?${o.rawQuery}` : ''}`;
  const nodeHeaders = out.toNode();
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: o.method, path: target, headers: nodeHeaders, agent: false }, resolve);
    req.on('error', reject);
    req.end(o.body.length > 0 ? o.body : undefined);
  });
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  let body = Buffer.concat(chunks);

  const upstreamHeader = new GoHeader();
  for (let i = 0; i < res.rawHeaders.length; i += 2) upstreamHeader.add(res.rawHeaders[i], res.rawHeaders[i + 1]);
  if (transparentGzip && upstreamHeader.get('Content-Encoding') === 'gzip') {
    body = zlib.gunzipSync(body);
    upstreamHeader.del('Content-Encoding');
    upstreamHeader.del('Content-Length');
  }
  removeHopByHop(upstreamHeader);
  // copyHeader(rw.Header(), res.Header) uses Add: a header the filter set before (jsbundle.go:L59
  // sets Content-Type) is repeated, not replaced.
  const header = o.responseHeader?.clone() ?? new GoHeader();
  for (const k of upstreamHeader.keys()) for (const v of upstreamHeader.all(k)) header.add(k, v);
  return sniffed(respond(res.statusCode ?? 502, header, o.method === 'HEAD' ? Buffer.alloc(0) : body));
}
