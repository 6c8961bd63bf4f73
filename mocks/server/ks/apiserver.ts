/**
 * The part of ks-apiserver 4.1.3's handler chain that a non-resource request (/dist, /proxy) meets,
 * in the order of kubesphere:pkg/apiserver/apiserver.go:L236-289 (outermost first):
 * RequestInfo → Authentication → Multicluster → Authorization → JSBundle → ReverseProxy →
 * APIService → KubeAPIServer → go-restful container. Authorization therefore runs before both
 * the JSBundle and the ReverseProxy filter.
 */
import { GoHeader, badRequest, parseTarget, restfulNotFound, type ApiRequest, type ApiResponse } from './http';
import { authorize, forbidden, type UserInfo, userBinding } from './rbac';
import { serveJSBundle } from './jsbundle';
import { serveReverseProxy } from './reverseProxy';
import type { KsObject } from './objects';
import type { UpstreamLookup } from './upstream';

export interface RequestInfo {
  path: string;
  verb: string;
  isResourceRequest: boolean;
  isKubernetesRequest: boolean;
}
export interface ApiContext {
  req: ApiRequest;
  info: RequestInfo;
  rawQuery: string;
  user: UserInfo;
  /** The ResponseWriter's header map, which a filter may set before passing the request on. */
  header: GoHeader;
}

/**
 * request/requestinfo.go:L116-163: Path is the decoded URL path and Verb the method as sent; a path
 * whose first segment (after /clusters/<c>) is not api|apis|kapis|kapi is a non-resource request.
 * Resource requests are not emulated here (the app's own API mocks answer those).
 */
function requestInfo(path: string, method: string): RequestInfo {
  const parts = path.split('/').filter(Boolean);
  const first = parts[0] === 'clusters' && parts.length >= 3 ? parts[2] : parts[0];
  const apiPrefix = parts.length >= 3 && ['api', 'apis', 'kapis', 'kapi'].includes(first);
  // The deferred check at L129-141: api/apis paths, and short paths starting with them, are Kubernetes requests.
  const kube = ['api', 'apis'].includes(apiPrefix ? first : parts.length < 3 ? (parts[0] ?? '') : '');
  return { path, verb: method, isResourceRequest: apiPrefix, isKubernetesRequest: kube };
}

export interface ApiServer {
  objects: KsObject[];
  upstream: UpstreamLookup;
  /** The authenticated user (null: the anonymous authenticator, anonymous.go:L22-31) and their platform role. */
  user: { username: string; globalRole: string } | null;
}

export async function serveApi(server: ApiServer, req: ApiRequest): Promise<ApiResponse> {
  // filters/requestinfo.go:L24-31: X-KubeSphere-Authorization stands in for a missing Authorization;
  // L37-39: a "dryrun" query parameter is renamed "dryRun" in the raw query.
  if (!req.header.get('Authorization') && req.header.get('X-KubeSphere-Authorization')) {
    req.header.set('Authorization', req.header.get('X-KubeSphere-Authorization')!);
    req.header.del('X-KubeSphere-Authorization');
  }
  const target = parseTarget(req.url);
  if (!target) return badRequest();
  let rawQuery = target.rawQuery;
  if (new URLSearchParams(rawQuery).has('dryrun')) rawQuery = rawQuery.replace('dryrun', 'dryRun');
  const info = requestInfo(target.path, req.method);
  if (info.isResourceRequest || info.isKubernetesRequest) {
    throw new Error(`ks emulator: resource requests (${target.path}) are not emulated by mocks/server/ks`);
  }
  const user: UserInfo = server.user
    ? { name: server.user.username, groups: ['system:authenticated'] }
    : { name: 'system:anonymous', groups: ['system:unauthenticated'] };
  const ctx: ApiContext = { req, info, rawQuery, user, header: new GoHeader() };

  // filters/authorization.go:L42-62.
  const extra = server.user?.globalRole ? [userBinding(server.user.username, server.user.globalRole)] : [];
  const decision = authorize(server.objects, user, info.verb, info.path, extra);
  if (!decision.allowed)
    return forbidden(user, info.verb, info.path, decision.reason, req.header.get('Accept'), rawQuery, req.header.get('User-Agent'));

  return (
    (await serveJSBundle(ctx, server.objects, server.upstream)) ??
    (await serveReverseProxy(ctx, server.objects, server.upstream)) ??
    // APIService (filters/apiservice.go) and KubeAPIServer (filters/kubeapiserver.go) only take
    // resource requests; the container answers the rest.
    restfulNotFound(ctx.header)
  );
}
