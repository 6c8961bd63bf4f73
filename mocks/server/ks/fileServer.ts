/**
 * The extension image's nginx (extension/image/nginx.conf, image nginx:1.30-alpine) over a
 * directory, as an Express handler. `nginx:` cites nginx/nginx tag release-1.30.4, src/http/.
 * Not emulated: Range requests (nginx answers 206), Accept-Ranges, If-Match/If-Unmodified-Since.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type express from 'express';
import { MIME_TYPES } from '../../../scripts/package/dist';

/**
 * nginx.conf `types {}` is the packager's table (a package test holds the two equal); anything
 * else is default_type application/octet-stream.
 */
const TYPES = MIME_TYPES;
/** `charset utf-8` applies to charset_types, plus text/html, which ngx_http_types_slot puts first
 * (nginx:ngx_http.c:L2032-2066 with cmd->post = charset default types, charset_filter_module.c:L126-127). */
const CHARSET_TYPES = new Set(['text/html', 'application/javascript', 'text/css', 'application/json', 'image/svg+xml', 'text/plain']);
/** nginx.conf: the hashed-name location, matched against the normalised URI (case-sensitive ~). */
const HASHED = /-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;
/** add_header without `always` only applies to these codes (nginx:modules/ngx_http_headers_filter_module.c:L217-234). */
const ADD_HEADER_CODES = new Set([200, 201, 204, 206, 301, 302, 303, 304, 307, 308]);
const REASONS: Record<number, string> = {
  301: '301 Moved Permanently',
  400: '400 Bad Request',
  403: '403 Forbidden',
  404: '404 Not Found',
  405: '405 Not Allowed',
};

/** msie_padding on: 4xx/5xx pages for MSIE or Chrome user agents get six comment lines (nginx:ngx_http_special_response.c:L42-49, L705-716). */
const PADDING = '<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n'.repeat(6);
/** User-agent sniffing (nginx:ngx_http_request.c:L1945-1990): "MSIE ", or else "Chrome/" when not Opera and not "Gecko/". */
function msieOrChrome(ua = ''): boolean {
  if (ua.includes('Opera')) return false;
  return /MSIE .../.test(ua) || (!ua.includes('Gecko/') && ua.includes('Chrome/'));
}

const withCharset = (type: string) => (CHARSET_TYPES.has(type) ? `${type}; charset=utf-8` : type);

/** The type by the URI's extension, lower-cased as nginx does before its types lookup. */
function typeOf(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return withCharset(dot < 0 ? 'application/octet-stream' : (TYPES[last.slice(dot + 1).toLowerCase()] ?? 'application/octet-stream'));
}

/**
 * ngx_http_parse_complex_uri (nginx:ngx_http_parse.c:L1286-1620): %XX decoded, "//" merged, "." and
 * ".." resolved; ".." above the root, a bad escape or a NUL is a 400. Returns null for a 400.
 */
export function normaliseUri(raw: string): string | null {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '%') {
      bytes.push(...Buffer.from(raw[i], 'utf8'));
      continue;
    }
    const hex = raw.slice(i + 1, i + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
    bytes.push(parseInt(hex, 16));
    i += 2;
  }
  if (bytes.includes(0)) return null;
  const segments = Buffer.from(bytes).toString('utf8').split('/');
  const out: string[] = [];
  for (const s of segments.slice(1)) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(s);
  }
  const last = segments[segments.length - 1];
  const trailing = segments.length > 1 && (last === '' || last === '.' || last === '..');
  return `/${out.join('/')}${trailing && out.length > 0 ? '/' : ''}`;
}

/** ngx_http_gzip_ok for gzip_static (nginx:ngx_http_core_module.c): "gzip" in Accept-Encoding, not with q=0. */
function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [name, ...params] = part
      .trim()
      .split(';')
      .map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    return name.toLowerCase() === 'gzip' && (!q || Number(q.slice(2)) > 0);
  });
}

/** setHeader, not res.set: Express would rewrite Content-Type through mime-types. */
function setAll(res: express.Response, headers: Record<string, string>): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
}

async function stat(file: string) {
  try {
    return await fs.stat(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'ERROR';
  }
}

/** The nginx of extension/image/nginx.conf over a directory (the image's /srv/www). */
export function fileServer(wwwDir: string): express.RequestHandler {
  const root = path.resolve(wwwDir);
  return (req, res, next) => {
    void (async () => {
      const [rawPath, args = ''] = req.url.split(/\?(.*)/s);
      const uri = normaliseUri(rawPath);
      const head = req.method === 'HEAD';
      res.setHeader('Server', 'nginx'); // server_tokens off

      // nginx:ngx_http_special_response.c:L35-39 and the *_page strings: CRLF lines, "nginx" footer
      // (server_tokens off), type text/html (L718-720) plus the charset.
      const special = (code: number, headers: Record<string, string> = {}) => {
        const title = REASONS[code];
        const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n${code >= 400 && msieOrChrome(req.headers['user-agent']) ? PADDING : ''}`;
        setAll(res.status(code), {
          'Content-Type': withCharset('text/html'),
          'Content-Length': String(Buffer.byteLength(body)),
          ...headers,
        });
        res.end(head ? undefined : body);
      };
      // A request line nginx cannot parse is answered before any location: no add_header at all.
      if (uri === null) return special(400, { Connection: 'close' });

      // location = /healthz { default_type text/plain; add_header ... always; return 200 "ok\n"; }
      // (`return` answers any method.)
      if (uri === '/healthz') {
        setAll(res.status(200), { 'Content-Type': withCharset('text/plain'), 'Content-Length': '3', 'X-Content-Type-Options': 'nosniff' });
        return res.end(head ? undefined : 'ok\n');
      }

      const serve = async (uri: string): Promise<void> => {
        const cacheControl = HASHED.test(uri) ? 'public, max-age=31536000, immutable' : 'no-cache';
        const located = (code: number, headers: Record<string, string> = {}) => ({
          ...headers,
          'X-Content-Type-Options': 'nosniff', // always
          ...(ADD_HEADER_CODES.has(code) ? { 'Cache-Control': cacheControl } : {}),
        });
        const file = path.join(root, uri);
        const method = req.method;
        if (uri.endsWith('/')) {
          // nginx:modules/ngx_http_index_module.c:L116 GET/HEAD/POST try index.html (an internal
          // redirect), else the static module refuses the method (static_module.c:L63-65); a
          // directory with no index and no autoindex: 403 (ngx_http_core_module.c:L1311), none: 404.
          if (!['GET', 'HEAD', 'POST'].includes(method)) return special(405, located(405));
          const index = await stat(path.join(file, 'index.html'));
          if (typeof index !== 'string' && index.isFile()) return serve(`${uri}index.html`);
          const dir = await stat(file);
          if (typeof dir !== 'string' && dir.isDirectory()) return special(403, located(403));
          return special(404, located(404));
        }
        // nginx:modules/ngx_http_static_module.c:L63-65: only GET, HEAD and POST reach files.
        if (!['GET', 'HEAD', 'POST'].includes(method)) return special(405, located(405));
        // gzip_static on (nginx:modules/ngx_http_gzip_static_module.c:L98-104 GET/HEAD only, L191-196):
        // a .gz twin adds Vary (gzip_vary on) whether or not the client takes gzip, and is sent when it does.
        let vary: Record<string, string> = {};
        let chosen = file;
        let encoding: Record<string, string> = {};
        if (method !== 'POST') {
          const twin = await stat(`${file}.gz`);
          if (typeof twin !== 'string' && twin.isFile()) {
            vary = { Vary: 'Accept-Encoding' };
            if (acceptsGzip(req.headers['accept-encoding'])) {
              chosen = `${file}.gz`;
              encoding = { 'Content-Encoding': 'gzip' };
            }
          }
        }
        const info = await stat(chosen);
        if (info === 'EACCES') return special(403, located(403)); // static_module.c:L110-127
        if (typeof info === 'string') return special(404, located(404));
        if (info.isDirectory()) {
          // A directory without the trailing slash: 301 to it (static_module.c:L148-203), made absolute
          // with the Host header's name and the listen port 8080 (ngx_http_header_filter_module.c:L330-365).
          const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
          return special(301, located(301, { Location: `http://${host}:8080${encodeURI(uri)}/${args ? `?${args}` : ''}` }));
        }
        if (!info.isFile()) return special(404, located(404)); // static_module.c:L208-213
        if (method === 'POST') return special(405, located(405)); // static_module.c:L217-219
        const etag = `"${Math.floor(info.mtimeMs / 1000).toString(16)}-${info.size.toString(16)}"`;
        const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString();
        // nginx:modules/ngx_http_not_modified_filter_module.c:L78-106: If-Modified-Since (exact) and
        // If-None-Match (weak) must both hold when sent; a 304 loses Content-Type, -Length, -Encoding.
        // ETag is "<mtime hex>-<size hex>" (ngx_http_core_module.c ngx_http_set_etag).
        const inm = req.headers['if-none-match'];
        const ims = req.headers['if-modified-since'];
        const notModified =
          (inm !== undefined || ims !== undefined) &&
          (ims === undefined || Date.parse(ims) === Date.parse(lastModified)) && // if_modified_since exact
          (inm === undefined ||
            inm
              .split(',')
              .map((t) => t.trim().replace(/^W\//, ''))
              .some((t) => t === '*' || t === etag));
        if (notModified) {
          setAll(res.status(304), located(304, { ...vary, ETag: etag, 'Last-Modified': lastModified }));
          return void res.end();
        }
        setAll(
          res.status(200),
          located(200, {
            'Content-Type': typeOf(uri),
            'Content-Length': String(info.size),
            'Last-Modified': lastModified,
            ETag: etag,
            ...vary,
            ...encoding,
          }),
        );
        res.end(head ? undefined : await fs.readFile(chosen));
      };
      await serve(uri);
    })().catch(next);
  };
}
