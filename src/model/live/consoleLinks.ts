/**
 * The KubeSphere console's own page of a resource, for "open in console" links. Routes as the
 * kubesphere/console sources (master, the 4.1 line; commit 3f30647) define them:
 *
 * - In a project of a workspace, `/:workspace/clusters/:cluster/projects/:namespace`
 *   (packages/console/src/pages/projects/routes/index.tsx:49), then the detail routes of
 *   packages/console/src/pages/projects/routes/detail.tsx: deployments/:name (L62),
 *   statefulsets/:name (L67), daemonsets/:name (L72), jobs/:name (L77), cronjobs/:name (L82),
 *   pods/:podName (L92), services/:name (L97), ingresses/:name (L102), volumes/:name (L107, the
 *   PVC page), secrets/:name (L117), configmaps/:name (L122), serviceAccounts/:name (L127).
 * - Without a workspace, the cluster's pages `/clusters/:cluster/projects/:namespace/…`:
 *   deployments, statefulsets, daemonsets, jobs, cronjobs (pages/projects/containers/
 *   ApplicationWorkloads/{Workloads,Jobs}/…/Detail/routes.tsx, mounted by
 *   pages/clusters/containers/ApplicationWorkloads/routes.tsx:73-80), services and ingresses
 *   (pages/clusters/containers/ApplicationWorkloads/{Services,Routes}/Detail/routes.tsx:14),
 *   pods (pages/clusters/containers/Workload/Pods/Detail/routes.tsx:21), secrets, configmaps,
 *   serviceaccounts (pages/clusters/containers/Configuration/routes.tsx:43,54,65) and volumes
 *   (pages/clusters/containers/Storage/routes.tsx:104).
 *
 * Links name the tab: the StatefulSet page of a project redirects its bare path to the misspelt
 * `resouce-status` (pages/projects/containers/StatefulSets/Detail/routes.tsx:12), which shows
 * nothing, and the tabs differ by kind (Jobs and CronJobs open on `records`, ConfigMaps, Secrets
 * and ServiceAccounts on `detail`).
 */

export interface ConsoleLocation {
  cluster: string;
  namespace: string;
  /** The project's workspace; without it the cluster's pages are used. */
  workspace?: string;
}

export interface ConsoleResource {
  group?: string;
  kind: string;
  name: string;
}

interface Page {
  /** The path segment in a workspace's project, and in the cluster's pages. */
  project: string;
  cluster: string;
  tab: string;
}

const PAGES: Record<string, Page> = {
  'apps/Deployment': { project: 'deployments', cluster: 'deployments', tab: 'resource-status' },
  'apps/StatefulSet': { project: 'statefulsets', cluster: 'statefulsets', tab: 'resource-status' },
  'apps/DaemonSet': { project: 'daemonsets', cluster: 'daemonsets', tab: 'resource-status' },
  'batch/Job': { project: 'jobs', cluster: 'jobs', tab: 'records' },
  'batch/CronJob': { project: 'cronjobs', cluster: 'cronjobs', tab: 'records' },
  '/Pod': { project: 'pods', cluster: 'pods', tab: 'resource-status' },
  '/Service': { project: 'services', cluster: 'services', tab: 'resource-status' },
  'networking.k8s.io/Ingress': { project: 'ingresses', cluster: 'ingresses', tab: 'resource-status' },
  '/PersistentVolumeClaim': { project: 'volumes', cluster: 'volumes', tab: 'resource-status' },
  '/Secret': { project: 'secrets', cluster: 'secrets', tab: 'detail' },
  '/ConfigMap': { project: 'configmaps', cluster: 'configmaps', tab: 'detail' },
  // The project route is spelt in camel case (detail.tsx:127), the cluster's in lower case.
  '/ServiceAccount': { project: 'serviceAccounts', cluster: 'serviceaccounts', tab: 'detail' },
};

/** Whether the console has a page for this kind. */
export function hasConsolePage(resource: { group?: string; kind: string }): boolean {
  return `${resource.group ?? ''}/${resource.kind}` in PAGES;
}

const segment = (value: string) => encodeURIComponent(value);

/**
 * The console path of a namespaced resource's page (`/ws/clusters/host/projects/demo/deployments/web/resource-status`),
 * or `null` when the console has no page for the kind or a part of the address is missing.
 */
export function consoleResourcePath(location: ConsoleLocation, resource: ConsoleResource): string | null {
  const page = PAGES[`${resource.group ?? ''}/${resource.kind}`];
  const { cluster, namespace, workspace } = location;
  if (!page || !cluster || !namespace || !resource.name) return null;
  const project = `clusters/${segment(cluster)}/projects/${segment(namespace)}`;
  return workspace
    ? `/${segment(workspace)}/${project}/${page.project}/${segment(resource.name)}/${page.tab}`
    : `/${project}/${page.cluster}/${segment(resource.name)}/${page.tab}`;
}
