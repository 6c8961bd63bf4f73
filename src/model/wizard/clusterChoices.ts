/**
 * The destination picker's choices, from the GitOps `clusters` endpoint. ks-devops lists
 * `in-cluster` (https://kubernetes.default.svc) first, then one entry per Argo CD cluster Secret,
 * which its MultiClusterReconciler writes for every KubeSphere cluster, the host included
 * (reference §1.9). So the cluster Argo CD runs in can appear twice: under the same server (one
 * choice with both names, "host (in-cluster)"), or under its own KubeSphere name with the URL
 * KubeSphere reaches it by. `in-cluster` is always the cluster that answered, the one of the
 * DevOps project, so an entry named after that cluster is folded into the same choice.
 */
import { type ApplicationDestination, IN_CLUSTER_NAME, IN_CLUSTER_SERVER } from '../application/types';

export type ClusterBy = 'name' | 'server';

export interface ClusterChoice {
  /** What the choice writes into `destination.server` or `destination.name`. */
  value: string;
  /** The names Argo CD knows the cluster by: KubeSphere names first, `in-cluster` last. */
  names: string[];
  /** Its API server URLs, the one `in-cluster` stands for first. */
  servers: string[];
  /** Names and URL, in no language: "host (in-cluster) — https://kubernetes.default.svc". */
  label: string;
}

/** One spelling per server: scheme and host lower-cased, default port and trailing slashes dropped. */
export function normalizeServer(server: string): string {
  const text = server.trim().replace(/\/+$/, '');
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/]+)(.*)$/i.exec(text);
  if (!match) return text;
  const scheme = match[1].toLowerCase();
  let host = match[2].toLowerCase();
  if ((scheme === 'https' && host.endsWith(':443')) || (scheme === 'http' && host.endsWith(':80'))) host = host.replace(/:\d+$/, '');
  return `${scheme}://${host}${match[3]}`;
}

interface Group {
  names: string[];
  servers: string[];
}

function addUnique(list: string[], value: string | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

/** The clusters, one group per cluster. */
function groupClusters(clusters: readonly ApplicationDestination[], ownCluster?: string): Group[] {
  const groups: Group[] = [];
  const inCluster = normalizeServer(IN_CLUSTER_SERVER);
  for (const c of clusters) {
    const name = c.name?.trim();
    const server = c.server?.trim();
    if (!name && !server) continue;
    const key = server ? normalizeServer(server) : undefined;
    const same = (g: Group) =>
      (key !== undefined && g.servers.some((s) => normalizeServer(s) === key)) ||
      (!!name && g.names.includes(name)) ||
      // The project's own cluster, under the URL KubeSphere uses for it: the same cluster as in-cluster.
      (!!ownCluster && name === ownCluster && g.servers.some((s) => normalizeServer(s) === inCluster));
    let group = groups.find(same);
    if (!group) groups.push((group = { names: [], servers: [] }));
    addUnique(group.names, name);
    if (server && !group.servers.some((s) => normalizeServer(s) === key)) group.servers.push(server);
  }
  for (const g of groups) {
    // KubeSphere's names first: while a Secret names the local cluster, Argo CD resolves it by that
    // name only, not by `in-cluster` (argo-cd util/db/cluster.go `GetClusterServersByName`).
    g.names.sort((a, b) => Number(a === IN_CLUSTER_NAME) - Number(b === IN_CLUSTER_NAME));
    g.servers.sort((a, b) => Number(normalizeServer(b) === inCluster) - Number(normalizeServer(a) === inCluster));
  }
  return groups;
}

function namesText(names: readonly string[]): string {
  return names.length > 1 ? `${names[0]} (${names.slice(1).join(', ')})` : (names[0] ?? '');
}

function labelOf(names: readonly string[], server: string | undefined): string {
  const text = namesText(names);
  if (!server) return text;
  return text ? `${text} — ${server}` : server;
}

function groupHolds(g: Group, by: ClusterBy, value: string): boolean {
  if (!value) return false;
  return by === 'name' ? g.names.includes(value) : g.servers.some((s) => normalizeServer(s) === normalizeServer(value));
}

/**
 * One choice per cluster, in the endpoint's order. The value chosen now (`current`) stays as
 * written when it is one of a cluster's spellings, and is a choice of its own when no cluster
 * has it (typed in YAML, or a cluster that is gone).
 */
export function clusterChoices(
  clusters: readonly ApplicationDestination[],
  by: ClusterBy,
  current: string,
  ownCluster?: string,
): ClusterChoice[] {
  const choices: ClusterChoice[] = [];
  let found = false;
  for (const g of groupClusters(clusters, ownCluster)) {
    const holds = groupHolds(g, by, current);
    found ||= holds;
    const value = holds ? current : by === 'name' ? g.names[0] : g.servers[0];
    if (!value) continue;
    // By name, a URL is shown only when the name stands for one server.
    const server = by === 'server' ? value : g.servers.length === 1 ? g.servers[0] : undefined;
    choices.push({ value, names: g.names, servers: g.servers, label: labelOf(g.names, server) });
  }
  if (current && !found) choices.push({ value: current, names: [], servers: [], label: current });
  return choices;
}

/** The same cluster spelled the other way, when switching between name and URL; '' when unknown. */
export function respellCluster(
  clusters: readonly ApplicationDestination[],
  from: ClusterBy,
  to: ClusterBy,
  current: string,
  ownCluster?: string,
): string {
  if (from === to) return current;
  const group = groupClusters(clusters, ownCluster).find((g) => groupHolds(g, from, current));
  if (!group) return '';
  return (to === 'name' ? group.names[0] : group.servers[0]) ?? '';
}
