/**
 * The ks-apiserver front door in the order its filters run: URL forms and
 * cluster prefix, injected faults, authentication (401), authorization (403),
 * cluster lookup (400/503), then the served API group. Paths of groups this
 * emulator does not serve return undefined so msw passes them on.
 */
import { forbidden, authorizeGitops, requestAttributes, resolveUsername } from './auth';
import { CONTEXT_GROUPS, handleContext } from './context-routes';
import { handleControl } from './control-routes';
import { handleGitops } from './gitops-routes';
import { rawStatusError, textError, unauthorized } from './responses';
import { findCluster, findUser, hostCluster } from '../sim/context';
import type { EmulatorState } from '../sim/state';

const GITOPS = 'gitops.kubesphere.io/v1alpha1';

export interface KapisPath {
  /** Set when the URL names a cluster (either prefix form). */
  cluster?: string;
  group: string;
  version: string;
  parts: string[];
}

function segments(path: string): string[] {
  // go-restful tokenises on "/" and ignores empty tokens, so trailing slashes still match.
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** `/kapis/...`, `/clusters/{c}/kapis/...` (4.x) and `/kapis/clusters/{c}/...` (3.x, still parsed). */
export function parseKapisPath(pathname: string): KapisPath | undefined {
  let segs = segments(pathname);
  let cluster: string | undefined;
  if (segs[0] === 'clusters' && segs[2] === 'kapis') {
    cluster = segs[1];
    segs = segs.slice(2);
  }
  if (segs[0] !== 'kapis') return undefined;
  segs = segs.slice(1);
  if (segs[0] === 'clusters' && cluster === undefined && segs.length >= 2) {
    cluster = segs[1];
    segs = segs.slice(2);
  }
  if (segs.length < 2) return undefined;
  return { cluster, group: segs[0], version: segs[1], parts: segs.slice(2) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function injectedFailure(status: 500 | 502 | 503): Response {
  if (status === 500) return textError(500, 'etcdserver: request timed out');
  if (status === 502)
    return rawStatusError(502, 'InternalError', 'error trying to reach service: dial tcp 10.233.12.7:9090: connect: connection refused');
  return rawStatusError(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
}

export async function route(state: EmulatorState, request: Request, cookies?: Record<string, string>): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/_emulator/')) return handleControl(state, request, url);
  const path = parseKapisPath(url.pathname);
  if (!path) return undefined;
  const groupVersion = `${path.group}/${path.version}`;
  if (groupVersion !== GITOPS && !CONTEXT_GROUPS.includes(groupVersion)) return undefined;

  const faults = state.faults;
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  if (faults.sessionExpired) return unauthorized('Token is expired');
  if (faults.errorRate > 0 && state.nextRandom() < faults.errorRate) return injectedFailure(faults.errorStatus);

  const username = resolveUsername(request, cookies);
  const user = findUser(state.context, username);
  if (!user) return unauthorized(`user.iam.kubesphere.io "${username}" not found`);

  const cluster = path.cluster ?? hostCluster(state.context);
  if (groupVersion === GITOPS) {
    const attrs = requestAttributes(request.method, path.group, path.parts);
    if (!authorizeGitops(state.context, user, cluster, attrs)) return forbidden(user.name, attrs);
  }
  if (path.cluster !== undefined) {
    const def = findCluster(state.context, path.cluster);
    if (!def) return rawStatusError(400, 'BadRequest', `cluster ${path.cluster} not exists`);
    if (!def.ready) return rawStatusError(503, 'ServiceUnavailable', `cluster ${path.cluster} is not ready`);
  }
  if (groupVersion === GITOPS) return handleGitops({ state, cluster, user, request, url, parts: path.parts });
  return handleContext({ state, cluster, user, url, method: request.method, group: groupVersion, parts: path.parts });
}
