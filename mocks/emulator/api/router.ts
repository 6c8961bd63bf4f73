/**
 * The ks-apiserver front door in the order its filters run (kubesphere
 * v4.1.3 pkg/apiserver/apiserver.go L236-289): RequestInfo, then the
 * emulator's injected faults, Authentication (401), Multicluster (unknown
 * cluster 400, member not ready 503), Authorization (403), then what serves
 * the path: the APIService of the DevOps extension (gitops.kubesphere.io),
 * ks-apiserver's own go-restful container (context groups, `/oauth`), or
 * kube-apiserver (`/api`, `/apis`). A path nobody serves gets what those give:
 * go-restful's `404: Page Not Found` or kube-apiserver's NotFound Status.
 * Paths that are not API paths return undefined so msw passes them on.
 */
import { authenticate, authorizeGitops, forbidden, requestAttributes, type Attributes } from './auth';
import { CONTEXT_GROUPS, handleContext } from './context-routes';
import { handleControl } from './control-routes';
import { handleGitops } from './gitops-routes';
import { handleKube } from './kube-routes';
import { handleApplicationsKube } from './watch-routes';
import { handleOAuth } from './oauth';
import { parseRequestInfo, type RequestInfo } from './requestinfo';
import { kubeNotFound, rawStatusError, restfulError, textError, unauthorized } from './responses';
import { goDurationMs } from '../core/gotime';
import { findCluster, hostCluster, isPlatformAdmin, type UserDef } from '../sim/context';
import type { EmulatorState } from '../sim/state';

const GITOPS = 'gitops.kubesphere.io/v1alpha1';

/**
 * Groups ks-apiserver hands to devops-apiserver through an APIService named
 * `<version>.<group>` (filters/apiservice.go L54-63); ks-apiserver serves the others itself.
 */
const API_SERVICE_GROUPS = [GITOPS, 'devops.kubesphere.io/v1alpha3'];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What a broken component in front of the API would answer (the emulator's faults). */
function injectedFailure(status: 500 | 502 | 503, groupVersion: string): Response {
  // A Kubernetes error devops-apiserver relays as text (ks-devops pkg/kapis/utils.go L88-112).
  if (status === 500) return textError(500, 'etcdserver: request timed out');
  // filters/responder.go L21-31: the upstream cannot be reached; the Status has no `status` field.
  if (status === 502) {
    return rawStatusError(
      502,
      'Bad Gateway',
      'Error while proxying request: dial tcp 10.233.12.7:9090: connect: connection refused',
      false,
    );
  }
  // filters/apiservice.go L58-61: the extension's APIService is not Available.
  if (API_SERVICE_GROUPS.includes(groupVersion)) {
    const [group, version] = groupVersion.split('/');
    return rawStatusError(503, 'ServiceUnavailable', `apiService ${version}.${group} is not available`);
  }
  return rawStatusError(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
}

/**
 * A path nothing serves. Authorization runs first (apiserver.go L277): the
 * emulator's users other than the platform admin hold no rule for anything
 * it does not serve, so they get the Forbidden Status (a non-resource path
 * names its path). Then `/api` and `/apis` reach kube-apiserver
 * (filters/kubeapiserver.go L57-84), which answers its NotFound Status;
 * `/kapis` reaches go-restful, whose ServiceError 404 the dynamic resource
 * handler writes as text (filters/dynamicresource.go L44-73, apiserver.go L292-303).
 */
function unknownPath(user: UserDef, info: RequestInfo, request: Request): Response {
  if (!isPlatformAdmin(user)) {
    const attrs: Attributes = info.resourceRequest
      ? requestAttributes(request.method, info.group, info.parts)
      : { verb: request.method, group: '', resource: '', path: info.path };
    return forbidden(user.name, attrs, request);
  }
  return info.kubernetes ? kubeNotFound(request) : restfulError(404, '404: Page Not Found');
}

function isOAuthPath(pathname: string): boolean {
  return pathname === '/oauth' || pathname.startsWith('/oauth/');
}

/**
 * The filters before authorization, shared with the WebSocket watch (api/watch-routes.ts):
 * injected faults, authentication (401), the cluster (400/503). Returns the caller or the answer.
 */
export async function admit(
  state: EmulatorState,
  request: Request,
  info: RequestInfo,
  cookies?: Record<string, string>,
): Promise<Response | { user: UserDef; cluster: string }> {
  const groupVersion = `${info.group}/${info.version}`;
  const faults = state.faults;
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  // The console's token expired when the fault was switched on (token/issuer.go L176-180 prints the delta).
  if (faults.sessionExpired) return unauthorized(`jwt: token is expired by ${goDurationMs(state.sessionExpiredForMs)}`, request);
  if (faults.errorRate > 0 && state.nextRandom() < faults.errorRate) return injectedFailure(faults.errorStatus, groupVersion);

  // filters/authentication.go L44-73.
  const caller = authenticate(state.context, state.tokens, request, cookies);
  if (!caller.ok) return unauthorized(caller.message, request);

  // filters/multicluster.go L55-86: the cluster is resolved before authorization.
  if (info.cluster !== undefined) {
    const def = findCluster(state.context, info.cluster);
    if (!def) return rawStatusError(400, 'BadRequest', `cluster ${info.cluster} not exists`);
    if (!def.ready) return rawStatusError(503, 'ServiceUnavailable', `cluster ${info.cluster} is not ready`);
  }
  return { user: caller.user, cluster: info.cluster ?? hostCluster(state.context) };
}

export async function route(state: EmulatorState, request: Request, cookies?: Record<string, string>): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/_emulator/')) return handleControl(state, request, url);
  if (isOAuthPath(url.pathname)) {
    // Logging in is not affected by the faults of the API: it is how a session starts again.
    const caller = authenticate(state.context, state.tokens, request, cookies);
    if (!caller.ok) return unauthorized(caller.message, request);
    return handleOAuth({ request, url, users: state.context.users, tokens: state.tokens });
  }
  const info = parseRequestInfo(url.pathname);
  if (!info) return undefined;
  const groupVersion = `${info.group}/${info.version}`;

  const admitted = await admit(state, request, info, cookies);
  if (admitted instanceof Response) return admitted;
  const { user, cluster } = admitted;

  if (info.prefix === 'kapis' && info.resourceRequest) {
    if (groupVersion === GITOPS) {
      const attrs = requestAttributes(request.method, info.group, info.parts);
      if (!authorizeGitops(state.context, user, cluster, attrs)) return forbidden(user.name, attrs, request);
      return handleGitops({ state, cluster, user, request, url, parts: info.parts });
    }
    if (CONTEXT_GROUPS.includes(groupVersion)) {
      const answer = handleContext({ state, cluster, user, url, request, method: request.method, group: groupVersion, parts: info.parts });
      if (answer) return answer;
    }
  }
  if (info.kubernetes && info.resourceRequest && groupVersion === GITOPS) {
    // The Application CRD as kube-apiserver serves it: GET, list, watch (api/watch-routes.ts).
    const answer = handleApplicationsKube({ state, cluster, user, request, url, info });
    if (answer) return answer;
  }
  if (info.kubernetes && info.resourceRequest) {
    // kube-apiserver behind ks-apiserver: the live objects of the cluster (api/kube-routes.ts).
    const answer = handleKube({ state, cluster, user, request, url, info });
    if (answer) return answer;
  }
  return unknownPath(user, info, request);
}
