/**
 * Which KubeSphere cluster holds an application's live objects, to ask its API through the
 * console's `/clusters/{cluster}/…` proxy. Argo CD names the destination by server URL or by the
 * name of its cluster Secret; ks-devops names those Secrets after the KubeSphere clusters (its
 * MultiClusterReconciler, see `model/wizard/clusterChoices.ts`), and `in-cluster`
 * (https://kubernetes.default.svc) is the cluster Argo CD runs in: the DevOps project's cluster.
 */
import { type ApplicationDestination, IN_CLUSTER_NAME, IN_CLUSTER_SERVER } from '../application/types';
import { normalizeServer } from '../wizard/clusterChoices';

export type LiveClusterUnknownReason =
  /** Neither a name nor a server in the destination. */
  | 'no-destination'
  /** `in-cluster`, but the DevOps project's cluster is not known. */
  | 'no-project-cluster'
  /** A server URL no KubeSphere cluster of the `/clusters` list has. */
  | 'unknown-server';

export type LiveCluster = { cluster: string } | { unknown: true; reason: LiveClusterUnknownReason };

export interface LiveDestination {
  server?: string;
  name?: string;
  namespace?: string;
}

/**
 * The KubeSphere cluster of `destination`. A name is taken as it is (Argo CD prefers it over the
 * server too); a server is looked up among the `/clusters` entries other than `in-cluster`.
 */
export function liveClusterOf(
  destination: LiveDestination | null | undefined,
  projectCluster: string | null | undefined,
  clusters: readonly ApplicationDestination[],
): LiveCluster {
  const name = destination?.name?.trim() ?? '';
  const server = destination?.server?.trim() ?? '';
  const inCluster =
    name === IN_CLUSTER_NAME || (name === '' && server !== '' && normalizeServer(server) === normalizeServer(IN_CLUSTER_SERVER));
  if (inCluster) return projectCluster ? { cluster: projectCluster } : { unknown: true, reason: 'no-project-cluster' };
  if (name) return { cluster: name };
  if (!server) return { unknown: true, reason: 'no-destination' };
  const key = normalizeServer(server);
  const match = clusters.find((c) => {
    const n = c.name?.trim();
    return !!n && n !== IN_CLUSTER_NAME && !!c.server && normalizeServer(c.server) === key;
  });
  return match?.name ? { cluster: match.name.trim() } : { unknown: true, reason: 'unknown-server' };
}
