/**
 * ks-apiserver's JSBundle filter, kubesphere:pkg/apiserver/filters/jsbundle.go at v4.1.3.
 * One JSBundle serves exactly one URL, its status.link.
 */
import { GoHeader, respond, serviceUnavailable, type ApiResponse } from './http';
import { bytesField, find, spec, stateOf, type KsObject } from './objects';
import { parseEndpoint, proxy, type UpstreamLookup } from './upstream';
import type { ApiContext } from './apiserver';

interface KeyRef {
  name?: string;
  key: string;
  namespace: string;
}
interface Endpoint {
  url?: string;
  service?: { namespace: string; name: string; path?: string; port?: number };
}
interface JSBundleSpec {
  raw?: string;
  rawFrom?: Endpoint & { configMapKeyRef?: KeyRef; secretKeyRef?: KeyRef };
}

/** Endpoint.RawURL: url as written, else https://<name>.<ns>.svc:<port, default 443><path>
 * (kubesphere:staging/src/kubesphere.io/api/extensions/v1alpha1/upstream.go:L42-61). */
export function rawURL(e: Endpoint): string {
  if (e.url !== undefined) return e.url;
  if (e.service) return `https://${e.service.name}.${e.service.namespace}.svc:${e.service.port ?? 443}${e.service.path ?? ''}`;
  return '';
}

/** url.Parse(...).Path: unlike WHATWG URL, Go leaves it empty for "http://host". */
function goURLPath(raw: string): string {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(raw)?.[1] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Serves the request if an Available JSBundle's status.link equals the path, else returns undefined
 * (the filter calls next). `ctx.header` is the ResponseWriter's header map: the Content-Type set at
 * L59 stays on it even when the matching bundle has no source and the request falls through.
 */
export async function serveJSBundle(ctx: ApiContext, objects: KsObject[], upstream: UpstreamLookup): Promise<ApiResponse | undefined> {
  // L42-49: resource and Kubernetes requests pass; so does any path not starting with "/dist" (a
  // plain string prefix: "/distx" is examined too).
  if (ctx.info.isResourceRequest || ctx.info.isKubernetesRequest || !ctx.info.path.startsWith('/dist')) return undefined;
  // L57-58: the request path (the query is not part of it) must equal status.link exactly.
  for (const bundle of objects.filter((o) => o.kind === 'JSBundle')) {
    if (stateOf(bundle) !== 'Available' || (bundle.status as { link?: string }).link !== ctx.info.path) continue;
    ctx.header.set('Content-Type', 'application/javascript; charset=utf-8'); // L59
    const s = spec<JSBundleSpec>(bundle);
    const from = s.rawFrom ?? {};
    if (s.raw !== undefined && s.raw !== null) return rawContent(ctx.header, bytesField(s.raw)); // L60-63
    if (from.configMapKeyRef) return fromConfigMap(ctx.header, objects, from.configMapKeyRef); // L64-67
    if (from.secretKeyRef) return fromSecret(ctx.header, objects, from.secretKeyRef); // L68-71
    if (from.url !== undefined || from.service) {
      // L72-75, rawFromRemote L81-107: proxied to the fixed URL; the request path is not appended,
      // but UpgradeAwareHandler copies the request's raw query (upgradeaware.go:L222-223) and adds a
      // trailing "/" when the request path ends with one (L227-229).
      const raw = rawURL(from);
      let location: URL | ApiResponse;
      try {
        location = parseEndpoint(raw);
      } catch {
        return serviceUnavailable('failed to fetch content', ctx.header); // L82-88
      }
      if (!(location instanceof URL)) return location;
      let path = goURLPath(raw);
      if (!path.endsWith('/') && ctx.info.path.endsWith('/')) path += '/';
      return proxy({
        location,
        path,
        rawQuery: ctx.rawQuery,
        method: ctx.req.method,
        header: ctx.req.header,
        body: ctx.req.body,
        remoteAddr: ctx.req.remoteAddr,
        responseHeader: ctx.header,
        requestPath: ctx.info.path,
        upstream,
        objects,
      });
    }
    // No source: the loop goes on to the next bundle.
  }
  return undefined;
}

/**
 * L109-116: spec.raw is []byte, so the manifest's base64 was already decoded once when the object
 * was read; the filter base64-decodes it again while streaming. Bytes decoded before the first bad
 * quantum are written (status 200); then the error is written with WriteRawJSON, whose header and
 * status come too late and only its body is appended. Nothing decoded: a clean 503.
 */
function rawContent(header: GoHeader, raw: Buffer): ApiResponse {
  const text = raw.toString('latin1').replace(/[\r\n]/g, '');
  const good = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?/.exec(text)![0];
  const decoded = Buffer.from(good, 'base64');
  if (good.length === text.length) return respond(200, header, decoded);
  if (decoded.length === 0) return serviceUnavailable('failed to decode raw content', header);
  return respond(200, header, Buffer.concat([decoded, serviceUnavailable('failed to decode raw content').body]));
}

/** L118-135: `data` wins when the ConfigMap has any (an empty map reads back as nil), else binaryData. */
function fromConfigMap(header: GoHeader, objects: KsObject[], ref: KeyRef): ApiResponse {
  const cm = find(objects, 'ConfigMap', ref.name ?? '', ref.namespace);
  if (!cm) return serviceUnavailable('failed to fetch content from configMap', header);
  const data = cm.data as Record<string, string> | undefined;
  const binary = cm.binaryData as Record<string, string> | undefined;
  if (data && Object.keys(data).length > 0) return respond(200, header, Buffer.from(data[ref.key] ?? '', 'utf8'));
  if (binary && Object.keys(binary).length > 0)
    return respond(200, header, binary[ref.key] ? bytesField(binary[ref.key]) : Buffer.alloc(0));
  return respond(200, header, Buffer.alloc(0));
}

/** L137-150: Secret data (stringData is merged into data by the API server). A missing key is an empty body. */
function fromSecret(header: GoHeader, objects: KsObject[], ref: KeyRef): ApiResponse {
  const secret = find(objects, 'Secret', ref.name ?? '', ref.namespace);
  if (!secret) return serviceUnavailable('failed to fetch content from secret', header);
  const stringData = (secret.stringData ?? {}) as Record<string, string>;
  const data = (secret.data ?? {}) as Record<string, string>;
  if (ref.key in stringData) return respond(200, header, Buffer.from(stringData[ref.key], 'utf8'));
  return respond(200, header, data[ref.key] ? bytesField(data[ref.key]) : Buffer.alloc(0));
}
