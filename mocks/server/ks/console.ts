/**
 * ks-console 4.1.3's Koa server in front of ks-apiserver, for the two routes an extension's files
 * take. Sources: kubesphere/console tag v4.1.3 (`console:`), koa-router-proxy 0.0.3, http-proxy
 * 1.18.1 and compression 1.7.4 (the versions console:yarn.lock resolves).
 */
import zlib from 'node:zlib';
import { GoHeader, type ApiResponse } from './http';

export interface ConsoleRoute {
  /** pstatic: anonymous; proxy: the user's token; dist: straight to ks-apiserver. */
  kind: 'pstatic' | 'proxy' | 'dist';
  /** The request target ks-apiserver receives. */
  url: string;
  header: GoHeader;
}

/**
 * console:server/routes.js:L96-105 `.get('/pstatic/(.*)', RouterProxy(... rewrite: path =>
 * path.replace('/pstatic', '')))`: koa-router's get also answers HEAD and matches case-insensitively
 * (path-to-regexp 6, sensitive: false); koa-router-proxy rewrites ctx.url, so the query is kept, and
 * String.replace removes the first, case-sensitive, "/pstatic". Its proxyReq handler drops
 * X-Forwarded-For (koa-router-proxy lib/proxy.js:L32-34); http-proxy (changeOrigin) sends the rest,
 * cookie included, with no Authorization added.
 *
 * console:server/routes.js:L66 `.use(proxy('/proxy/(.*)', k8sResourceProxy))` for every method
 * (path-to-regexp 2, case-insensitive): server/middlewares/proxy.js:L20 takes the `token` cookie and
 * server/proxy.js:L14-27 sets `Authorization: Bearer <token>` and removes cookie and referer; the
 * URL is forwarded unchanged.
 */
export function consoleRoute(
  method: string,
  url: string,
  headers: Record<string, string | string[] | undefined>,
  token: string | undefined,
): ConsoleRoute | null {
  const path = url.split('?')[0];
  const header = GoHeader.from(headers);
  header.set('Host', 'ks-apiserver'); // console:server/configs/config.yaml:L34 apiServer.url http://ks-apiserver
  if (/^\/pstatic\//i.test(path) && (method === 'GET' || method === 'HEAD')) {
    header.del('X-Forwarded-For');
    return { kind: 'pstatic', url: url.replace('/pstatic', ''), header };
  }
  if (/^\/proxy\//i.test(path)) {
    header.del('Cookie');
    header.del('Referer');
    if (token) header.set('Authorization', `Bearer ${token}`);
    else header.del('Authorization');
    return { kind: 'proxy', url, header };
  }
  // Not a console route: on a real console /dist is the console's own static directory (koa-static,
  // console:server/configs/config.yaml:L14,L18 `/dist: dist`); here it stands for ks-apiserver's /dist.
  if (path.startsWith('/dist/')) return { kind: 'dist', url, header: GoHeader.from(headers) };
  return null;
}

/** Accept-Encoding negotiation as accepts/negotiator do it: q, then the client's order, then ours. */
function negotiate(acceptEncoding: string, offered: string[]): string | undefined {
  const specs = acceptEncoding
    .split(',')
    .map((part, order) => {
      const [name, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { name: name.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((s) => s.name);
  if (!specs.some((s) => s.name === 'identity'))
    specs.push({ name: 'identity', q: Math.min(1, ...specs.map((s) => s.q || 1)), order: specs.length });
  const ranked = offered
    .map((enc, i) => {
      const spec = specs
        .filter((s) => s.name === enc || s.name === '*')
        .sort((a, b) => (a.name === '*' ? 1 : 0) - (b.name === '*' ? 1 : 0))[0];
      return spec && spec.q > 0 ? { enc, q: spec.q, order: spec.order, i } : undefined;
    })
    .filter((r): r is { enc: string; q: number; order: number; i: number } => !!r)
    .sort((a, b) => b.q - a.q || a.order - b.order || a.i - b.i);
  return ranked[0]?.enc;
}

/** compression's encoding for an Accept-Encoding: gzip, deflate only if gzip is refused, else none. */
export function negotiateEncoding(acceptEncoding: string | undefined): 'gzip' | 'deflate' | undefined {
  let encoding = negotiate(acceptEncoding ?? '', ['gzip', 'deflate', 'identity']);
  // "we really don't prefer deflate"
  if (encoding === 'deflate' && negotiate(acceptEncoding ?? '', ['gzip'])) encoding = negotiate(acceptEncoding ?? '', ['gzip', 'identity']);
  return encoding === 'gzip' || encoding === 'deflate' ? encoding : undefined;
}

/**
 * console:server/components/boot.js:L20-27, L42: `compression({ filter: shouldCompress })` wraps every
 * response http-proxy writes. Its filter ignores the content type, so anything of 1 kB or more is
 * compressed when the browser accepts it, and `Vary: Accept-Encoding` is added to every answer that
 * is not Cache-Control: no-transform (compression 1.7.4 index.js:L142-186).
 */
export function compress(res: ApiResponse, method: string, acceptEncoding: string | undefined, url: string): ApiResponse {
  const follow = new URLSearchParams(url.split('?')[1] ?? '').get('follow') === 'true' && res.header.get('Content-Type') === 'text/plain';
  if (follow || /(?:^|,)\s*?no-transform\s*?(?:,|$)/.test(res.header.get('Cache-Control') ?? '')) return res;
  const vary = res.header.all('Vary').join(', ');
  const varyList = vary.split(',').map((v) => v.trim().toLowerCase());
  if (!varyList.includes('*') && !varyList.includes('accept-encoding'))
    res.header.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  if (res.body.length < 1024 || (res.header.get('Content-Encoding') ?? 'identity') !== 'identity' || method === 'HEAD') return res;
  const encoding = negotiateEncoding(acceptEncoding);
  if (!encoding) return res;
  res.header.set('Content-Encoding', encoding);
  res.header.del('Content-Length');
  return { ...res, body: encoding === 'gzip' ? zlib.gzipSync(res.body) : zlib.deflateSync(res.body) };
}
