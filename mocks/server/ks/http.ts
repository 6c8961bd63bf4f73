/**
 * The few Go net/http and apimachinery behaviours ks-apiserver's answers are made of, so that the
 * emulated filters can write byte-for-byte what ks-apiserver 4.1.3 writes. Source references are
 * to kubesphere/kubesphere tag v4.1.3 (`kubesphere:`), including its vendor/ directory.
 */

/** Go's http.Header: canonical keys, several values per key, Set replaces and Add appends. */
export class GoHeader {
  private readonly values = new Map<string, string[]>();
  static canonical(key: string): string {
    return key.toLowerCase().replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
  }
  static from(headers: Record<string, string | string[] | undefined>): GoHeader {
    const h = new GoHeader();
    for (const [k, v] of Object.entries(headers)) for (const one of [v ?? []].flat()) h.add(k, one);
    return h;
  }
  get(key: string): string | undefined {
    return this.values.get(GoHeader.canonical(key))?.[0];
  }
  all(key: string): string[] {
    return this.values.get(GoHeader.canonical(key)) ?? [];
  }
  has(key: string): boolean {
    return this.values.has(GoHeader.canonical(key));
  }
  set(key: string, value: string): void {
    this.values.set(GoHeader.canonical(key), [value]);
  }
  add(key: string, value: string): void {
    const k = GoHeader.canonical(key);
    this.values.set(k, [...(this.values.get(k) ?? []), value]);
  }
  del(key: string): void {
    this.values.delete(GoHeader.canonical(key));
  }
  keys(): string[] {
    return [...this.values.keys()];
  }
  clone(): GoHeader {
    const h = new GoHeader();
    for (const [k, v] of this.values) h.values.set(k, [...v]);
    return h;
  }
  /** For Node: one entry per header name, several values as an array (written as repeated lines). */
  toNode(): Record<string, string | string[]> {
    return Object.fromEntries([...this.values].map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  }
}

/** A request as ks-apiserver receives it (after ks-console), and the answer it writes. */
export interface ApiRequest {
  method: string;
  /** The request target as sent: escaped path plus `?query`. */
  url: string;
  header: GoHeader;
  body: Buffer;
  /** The TCP peer (ks-console's address); httputil.ReverseProxy appends it to X-Forwarded-For. */
  remoteAddr: string;
}
export interface ApiResponse {
  status: number;
  header: GoHeader;
  body: Buffer;
}

export function respond(status: number, header: GoHeader, body: string | Buffer): ApiResponse {
  return { status, header, body: typeof body === 'string' ? Buffer.from(body) : body };
}

/** encoding/json escapes <, >, & and U+2028/9 (HTML-safe) where JSON.stringify does not. */
export function goJSON(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** fmt's %q for the strings we meet (strconv.Quote); non-ASCII printable runes stay as they are. */
export function goQuote(s: string): string {
  const esc: Record<string, string> = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
    '\v': '\\v',
    '\x07': '\\a',
  };
  const quoteChar = (c: string) => {
    const code = c.charCodeAt(0);
    return esc[c] ?? (code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c);
  };
  return `"${Array.from(s, quoteChar).join('')}"`;
}

/**
 * metav1.Status the way apimachinery lays it out (field order of the Go struct, omitempty).
 * kubesphere:vendor/k8s.io/apimachinery/pkg/apis/meta/v1/types.go (Status, ListMeta)
 */
export function status(fields: { status?: string; message?: string; reason?: string; details?: object; code: number; typed?: boolean }) {
  return {
    ...(fields.typed ? { kind: 'Status', apiVersion: 'v1' } : {}),
    metadata: {},
    ...(fields.status ? { status: fields.status } : {}),
    ...(fields.message ? { message: fields.message } : {}),
    ...(fields.reason ? { reason: fields.reason } : {}),
    ...(fields.details ? { details: fields.details } : {}),
    code: fields.code,
  };
}

/**
 * responsewriters.WriteRawJSON: json.MarshalIndent(object, "", "  "), Content-Type application/json,
 * no trailing newline. kubesphere:vendor/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/writers.go:L334-343
 * A *errors.StatusError has no json tags, so it marshals as {"ErrStatus": {...}}; a plain Go error
 * (fmt.Errorf) has no exported fields and marshals as {}.
 */
export function writeRawJSON(code: number, object: unknown, header = new GoHeader()): ApiResponse {
  header.set('Content-Type', 'application/json');
  return respond(code, header, goJSON(object, 2));
}

/** errors.NewServiceUnavailable(reason) through WriteRawJSON, as the filters use it (jsbundle.go:L54, reverseproxy.go:L66). */
export function serviceUnavailable(reason: string, header?: GoHeader): ApiResponse {
  return writeRawJSON(503, { ErrStatus: status({ status: 'Failure', message: reason, reason: 'ServiceUnavailable', code: 503 }) }, header);
}

/** filters/responder.go:L21-31: any error while proxying becomes a 502 StatusError through WriteRawJSON. */
export function badGateway(err: string): ApiResponse {
  return writeRawJSON(502, { ErrStatus: status({ message: `Error while proxying request: ${err}`, reason: 'Bad Gateway', code: 502 }) });
}

/**
 * What falls through every filter lands in the go-restful container. The oauth WebService has root
 * path "/" (kubesphere:pkg/kapis/oauth/register.go:L34), so the CurlyRouter picks it and finds no route:
 * ServiceError 404 "404: Page Not Found" (vendor/github.com/emicklei/go-restful/v3/curly.go:L37), which
 * the DynamicResourceHandler passes to its fallback for non-resource requests (filters/dynamicresource.go:L68-72)
 * and that writes with resp.WriteErrorString (pkg/apiserver/apiserver.go:L299; go-restful response.go:L199-208):
 * no Content-Type, so net/http sniffs "text/plain; charset=utf-8".
 */
export function restfulNotFound(header = new GoHeader()): ApiResponse {
  return sniffed(respond(404, header, '404: Page Not Found'));
}

/** net/http: a body written without Content-Type gets http.DetectContentType (text or octet-stream here). */
export function sniffed(res: ApiResponse): ApiResponse {
  if (!res.header.has('Content-Type') && res.body.length > 0 && res.status !== 204 && res.status !== 304) {
    const binary = res.body.subarray(0, 512).some((b) => b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f));
    res.header.set('Content-Type', binary ? 'application/octet-stream' : 'text/plain; charset=utf-8');
  }
  return res;
}

/** url.ParseRequestURI → URL.Path (percent-decoded); net/http answers 400 to a target it cannot parse. */
export function parseTarget(url: string): { path: string; rawQuery: string } | null {
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  try {
    const path = decodeURIComponent(rawPath);
    return { path, rawQuery: q < 0 ? '' : url.slice(q + 1) };
  } catch {
    return null;
  }
}

export function badRequest(): ApiResponse {
  const header = new GoHeader();
  header.set('Content-Type', 'text/plain; charset=utf-8');
  header.set('Connection', 'close');
  return respond(400, header, '400 Bad Request');
}

/** url.URL.EscapedPath for a path without RawPath: escapes all but unreserved and $&+,/:;=@. */
export function goEscapePath(path: string): string {
  return Array.from(Buffer.from(path, 'utf8'))
    .map((b) =>
      /[A-Za-z0-9\-_.~$&+,/:;=@]/.test(String.fromCharCode(b)) && b < 0x80
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/**
 * req.URL.Query().Encode() (reverseproxy.go:L112): url.ParseQuery drops pairs it cannot decode and
 * pairs holding ';', then Encode sorts by key and query-escapes (space as '+').
 */
export function goQueryEncode(rawQuery: string): string {
  const values = new Map<string, string[]>();
  for (const pair of rawQuery.split('&')) {
    if (pair === '' || pair.includes(';')) continue;
    const eq = pair.indexOf('=');
    try {
      const unescape = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
      const k = unescape(eq < 0 ? pair : pair.slice(0, eq));
      const v = eq < 0 ? '' : unescape(pair.slice(eq + 1));
      values.set(k, [...(values.get(k) ?? []), v]);
    } catch {
      continue;
    }
  }
  const escape = (s: string) =>
    Array.from(Buffer.from(s, 'utf8'))
      .map((b) =>
        b === 0x20
          ? '+'
          : /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) && b < 0x80
            ? String.fromCharCode(b)
            : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .join('');
  return [...values.keys()]
    .sort()
    .flatMap((k) => values.get(k)!.map((v) => `${escape(k)}=${escape(v)}`))
    .join('&');
}
