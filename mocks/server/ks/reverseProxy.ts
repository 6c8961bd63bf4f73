/**
 * ks-apiserver's ReverseProxy filter, kubesphere:pkg/apiserver/filters/reverseproxy.go at v4.1.3.
 */
import { GoHeader, goQueryEncode, serviceUnavailable, writeRawJSON, type ApiResponse } from './http';
import { REVERSE_PROXY_TARGET, RejectedObject, bytesField, spec, stateOf, type KsObject } from './objects';
import { parseEndpoint, proxy, type UpstreamLookup } from './upstream';
import { rawURL } from './jsbundle';
import type { ApiContext } from './apiserver';

interface Directives {
  method?: string;
  stripPathPrefix?: string;
  stripPathSuffix?: string;
  headerUp?: string[];
  headerDown?: string[];
  authProxy?: boolean;
  rewrite?: string[];
  replace?: string[];
  pathRegexp?: string[];
}
interface ReverseProxySpec {
  matcher: { path: string; method: string };
  upstream: {
    url?: string;
    service?: { namespace: string; name: string; path?: string; port?: number };
    caBundle?: string;
    insecureSkipVerify?: boolean;
  };
  directives?: Directives;
}

/** L86-98: method equal or "*"; path equal, or the matcher ends in "*" and (trimmed of its "*"s) is a prefix. */
function matches(m: ReverseProxySpec['matcher'], method: string, path: string): boolean {
  if (m.method !== method && m.method !== '*') return false;
  return m.path === path || (m.path.endsWith('*') && path.startsWith(m.path.replace(/\*+$/, '')));
}

/**
 * headerUp/headerDown (L128-138, L229-257, L265-282): "-Key" deletes (with a trailing "*", every key
 * that ENDS with the rest: the code uses HasSuffix), "+Key value" adds, "Key value" sets; a value in
 * double quotes loses them; an entry without a space is ignored.
 */
function applyHeaderDirectives(h: GoHeader, directives: string[]): void {
  for (const d of directives) {
    if (d.startsWith('-')) {
      const key = d.slice(1);
      if (key.endsWith('*'))
        for (const k of h.keys()) {
          if (k.endsWith(key.slice(0, -1))) h.del(k);
        }
      else h.del(key);
      continue;
    }
    const add = d.startsWith('+');
    const [key, ...rest] = (add ? d.slice(1) : d).split(' ');
    if (rest.length === 0) continue;
    let value = rest.join(' ');
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (add) h.add(key, value);
    else h.set(key, value);
  }
}

export async function serveReverseProxy(ctx: ApiContext, objects: KsObject[], upstream: UpstreamLookup): Promise<ApiResponse | undefined> {
  // L46-58: only non-resource requests under "/proxy" (a plain string prefix).
  if (ctx.info.isKubernetesRequest || ctx.info.isResourceRequest || !ctx.info.path.startsWith('/proxy')) return undefined;
  // L61-63: objects labelled kubesphere.io/reverse-proxy-target=ks-console are left out.
  const candidates = objects.filter((o) => o.kind === 'ReverseProxy' && o.metadata.labels?.[REVERSE_PROXY_TARGET] !== 'ks-console');
  // L70-82: the first match wins; only then is its state checked.
  const rp = candidates.find((o) => matches(spec<ReverseProxySpec>(o).matcher, ctx.req.method, ctx.info.path));
  if (!rp) return undefined;
  // L74-77: WriteRawJSON of a fmt.Errorf value, which has no exported field: the body is "{}".
  if (stateOf(rp) !== 'Available') return writeRawJSON(503, {});
  const { upstream: up, directives: d = {} } = spec<ReverseProxySpec>(rp);

  let endpoint: URL | ApiResponse;
  try {
    endpoint = parseEndpoint(rawURL(up));
  } catch {
    return serviceUnavailable('endpoint <nil> is not available'); // L101-107: %s of a nil *url.URL
  }
  // L108-117: only scheme and host of the upstream are kept; the path is the request's own (the
  // upstream URL's path is dropped) and the query is re-encoded (sorted, canonical escaping).
  let path = ctx.info.path;
  const rawQuery = goQueryEncode(ctx.rawQuery);
  const header = ctx.req.header.clone();
  const method = d.method || ctx.req.method; // L119-121
  if (d.stripPathPrefix && path.startsWith(d.stripPathPrefix)) path = path.slice(d.stripPathPrefix.length); // L122-124
  if (d.stripPathSuffix && path.endsWith(d.stripPathSuffix)) path = path.slice(0, path.length - d.stripPathSuffix.length); // L125-127
  applyHeaderDirectives(header, d.headerUp ?? []);
  if (d.rewrite?.length || d.replace?.length || d.pathRegexp?.length) {
    throw new RejectedObject(
      `ReverseProxy ${rp.metadata.name}: directives rewrite/replace/pathRegexp (L140-159, pkg/utils/directives) are not emulated`,
    );
  }
  // L163-176: the CA bundle is []byte and base64-decoded again; a bad one is a 503.
  if (!up.insecureSkipVerify && up.caBundle) {
    try {
      const once = bytesField(up.caBundle).toString('latin1');
      bytesField(once);
    } catch {
      return serviceUnavailable(`failed to decode CA bundle from upstream ${rp.metadata.name}`);
    }
  }
  // L208-211: transport.NewAuthProxyRoundTripper → SetAuthProxyHeaders (client-go transport/round_trippers.go).
  if (d.authProxy) {
    header.del('X-Remote-User');
    header.del('X-Remote-Group');
    for (const k of header.keys()) if (k.toLowerCase().startsWith('x-remote-extra-')) header.del(k);
    header.set('X-Remote-User', ctx.user.name);
    for (const g of ctx.user.groups) header.add('X-Remote-Group', g);
  }
  if (!(endpoint instanceof URL)) return endpoint;
  // L213-226: UpgradeAwareHandler (its empty-path redirect sees the new URL, so Location is "/").
  // rejectForwardingRedirects is in the type but never wired to the handler in 4.1.3.
  const res = await proxy({
    location: endpoint,
    path,
    rawQuery,
    method,
    header,
    body: ctx.req.body,
    remoteAddr: ctx.req.remoteAddr,
    requestPath: path,
    upstream,
    objects,
  });
  applyHeaderDirectives(res.header, d.headerDown ?? []);
  return res;
}
