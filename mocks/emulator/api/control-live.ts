/**
 * Control API for the live Kubernetes objects (not a KubeSphere API):
 *   PATCH /clusters/{c}/live/{ns}/{plural}/{name}            JSON merge patch: the object drifts
 *   PUT   /clusters/{c}/live/{ns}/{plural}/{name}/log-bytes  {bytes}: its pods' log history size
 * `_` as namespace for cluster-scoped objects. The drift changes the live
 * object only: `last-applied-configuration` keeps what Argo CD applied, as
 * after a `kubectl patch`/`kubectl edit`; the next sync of that object
 * overwrites it.
 */
import { controlJson } from './responses';
import { isRecord } from '../core/util';
import { KINDS } from '../sim/live-meta';
import type { EmulatorState } from '../sim/state';

const PATTERN = /^\/clusters\/([^/]+)\/live\/([^/]+)\/([^/]+)\/([^/]+)(\/log-bytes)?$/;

export async function handleLiveControl(state: EmulatorState, request: Request, path: string): Promise<Response | undefined> {
  const m = PATTERN.exec(path);
  if (!m) return undefined;
  const [cluster, ns, plural, name] = m.slice(1, 5).map(decodeURIComponent);
  const logBytes = m[5] !== undefined;
  if (request.method !== (logBytes ? 'PUT' : 'PATCH')) return undefined;
  if (!state.clusterExists(cluster)) return controlJson({ error: `unknown cluster "${cluster}"` }, 404);
  const kind = KINDS.find((k) => k.plural === plural);
  if (!kind) return controlJson({ error: `unknown resource "${plural}"` }, 404);
  const namespace = ns === '_' || !kind.namespaced ? '' : ns;
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return controlJson({ error: 'body must be JSON' }, 400);
  }
  if (!isRecord(body)) return controlJson({ error: 'body must be a JSON object' }, 400);
  const key = `${kind.group}/${kind.kind}/${namespace}/${name}`;
  if (!state.live.applied(cluster, key))
    return controlJson({ error: `${plural} ${ns}/${name} was not deployed by Argo CD on ${cluster}` }, 404);
  if (logBytes) {
    if (typeof body.bytes !== 'number' || body.bytes < 0) return controlJson({ error: 'bytes must be a number >= 0' }, 400);
    state.live.setLogBytes(cluster, namespace, name, body.bytes);
    return controlJson({ ok: true, bytes: body.bytes });
  }
  return controlJson(state.live.drift(cluster, key, body));
}
