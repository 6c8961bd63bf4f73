/**
 * The KubeSphere world every seed starts from: two clusters, two workspaces,
 * DevOps projects, git repositories, the KubeSphere projects the apps deploy
 * into, and five users covering the permission cases the UI must handle
 * (platform admin, project operator that only views another project,
 * workspace viewer, a DevOps viewer who cannot read the deploy targets, and a
 * user who sees nothing).
 */
import { rfc3339 } from '../core/util';
import type { ContextData } from '../sim/context';

const DAY = 86_400_000;

/** Where the demo applications of demo-workspace deploy to (host): KubeSphere projects of that workspace. */
export const DEMO_WORKSPACE_PROJECTS = [
  'guestbook',
  'helm-guestbook',
  'kustomize-guestbook',
  'podinfo',
  'payments',
  'jobs',
  'inventory',
  'legacy',
  'sync-waves',
  'private-guestbook',
  'frontend',
  'notifications',
  'dashboards',
  'guestbook-staging',
  'kustomize-staging',
  'large-tree',
];
export const EXAMPLE_REPO = 'https://github.com/stoneshi-yunify/argocd-example-apps';

export function demoContext(now: number): ContextData {
  const ago = (days: number) => rfc3339(now - days * DAY);
  return {
    users: [
      {
        name: 'admin',
        email: 'admin@kubesphere.io',
        globalRole: 'platform-admin',
        workspaces: {},
        devops: {},
        createdAt: ago(120),
        lang: 'en',
      },
      {
        name: 'tenant',
        email: 'tenant@example.com',
        globalRole: 'platform-regular',
        workspaces: { 'demo-workspace': 'workspace-regular' },
        devops: { 'demo-project': 'operator', 'demo-staging': 'viewer' },
        projects: Object.fromEntries([...DEMO_WORKSPACE_PROJECTS, 'sock-shop'].map((ns) => [ns, 'operator' as const])),
        createdAt: ago(60),
      },
      {
        name: 'viewer',
        email: 'viewer@example.com',
        globalRole: 'platform-regular',
        workspaces: { 'demo-workspace': 'workspace-viewer' },
        devops: {},
        createdAt: ago(45),
      },
      {
        // Sees the applications of demo-project but none of the namespaces they deploy into.
        name: 'devops-only',
        email: 'devops-only@example.com',
        globalRole: 'platform-regular',
        workspaces: { 'demo-workspace': 'workspace-regular' },
        devops: { 'demo-project': 'viewer' },
        createdAt: ago(15),
      },
      {
        // Views demo-project's applications through a Role written by hand that grants get and list, not watch.
        name: 'no-watch',
        email: 'no-watch@example.com',
        globalRole: 'platform-regular',
        workspaces: { 'demo-workspace': 'workspace-regular' },
        devops: { 'demo-project': 'viewer' },
        deniedVerbs: ['watch'],
        createdAt: ago(12),
      },
      { name: 'outsider', email: 'outsider@example.com', globalRole: 'platform-regular', workspaces: {}, devops: {}, createdAt: ago(10) },
    ],
    workspaces: [
      {
        name: 'demo-workspace',
        aliasName: 'Demo Workspace',
        description: 'Workspace of the GitOps demo',
        manager: 'admin',
        clusters: ['host', 'member-1'],
        createdAt: ago(90),
      },
      {
        name: 'platform-ops',
        aliasName: 'Platform Operations',
        description: 'Only platform administrators are members',
        manager: 'admin',
        clusters: ['host'],
        createdAt: ago(100),
      },
    ],
    clusters: [
      {
        name: 'host',
        role: 'host',
        // What a real host's Cluster carries: ks-controller-manager builds the host's kubeconfig from
        // its in-cluster config (kubesphere pkg/controller/cluster/cluster_controller.go, resyncClusters
        // and buildKubeConfigFromRestConfig) and fills an empty kubernetesAPIEndpoint with its Host
        // (Reconcile, `if len(cluster.Spec.Connection.KubernetesAPIEndpoint) == 0`), which client-go's
        // rest.InClusterConfig sets to https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT, the
        // `kubernetes` Service (10.233.0.1:443 in KubeKey's default service range 10.233.0.0/18).
        // ks-devops' MultiClusterReconciler copies it into the host's Argo CD cluster Secret
        // (controllers/argocd/multi-cluster-controller.go L117-138), so GET /clusters lists the host
        // twice: `in-cluster` (https://kubernetes.default.svc) and `host` with this URL.
        kubernetesAPIEndpoint: 'https://10.233.0.1:443',
        kubernetesVersion: 'v1.28.8',
        kubeSphereVersion: 'v4.1.3',
        nodeCount: 3,
        ready: true,
        provider: 'kubesphere',
        description: 'Host cluster',
        createdAt: ago(120),
      },
      {
        name: 'member-1',
        role: 'member',
        kubernetesAPIEndpoint: 'https://192.168.20.10:6443',
        kubernetesVersion: 'v1.27.12',
        kubeSphereVersion: 'v4.1.3',
        nodeCount: 2,
        ready: true,
        provider: 'kubesphere',
        description: 'Edge cluster',
        createdAt: ago(80),
      },
    ],
    devopsProjects: [
      {
        name: 'demo-project',
        cluster: 'host',
        workspace: 'demo-workspace',
        aliasName: 'Demo Project',
        description: 'GitOps applications of the demo',
        creator: 'admin',
        createdAt: ago(30),
      },
      {
        name: 'demo-staging',
        cluster: 'host',
        workspace: 'demo-workspace',
        aliasName: 'Demo Staging',
        description: 'Staging environment',
        creator: 'admin',
        createdAt: ago(28),
      },
      {
        name: 'demo-project',
        cluster: 'member-1',
        workspace: 'demo-workspace',
        aliasName: 'Demo Project (edge)',
        creator: 'admin',
        createdAt: ago(25),
      },
      { name: 'ops-tools', cluster: 'host', workspace: 'platform-ops', aliasName: 'Ops Tools', creator: 'admin', createdAt: ago(70) },
    ],
    gitRepositories: [
      {
        name: 'argocd-example-apps',
        cluster: 'host',
        namespace: 'demo-project',
        url: EXAMPLE_REPO,
        provider: 'github',
        owner: 'stoneshi-yunify',
        repo: 'argocd-example-apps',
        creator: 'admin',
        createdAt: ago(29),
      },
      {
        name: 'podinfo',
        cluster: 'host',
        namespace: 'demo-project',
        url: 'https://github.com/stefanprodan/podinfo',
        provider: 'github',
        owner: 'stefanprodan',
        repo: 'podinfo',
        creator: 'tenant',
        createdAt: ago(20),
      },
      {
        name: 'internal-charts',
        cluster: 'host',
        namespace: 'demo-project',
        url: 'https://gitlab.example.com/platform/charts.git',
        provider: 'gitlab',
        server: 'https://gitlab.example.com',
        owner: 'platform',
        repo: 'charts',
        secret: 'gitlab-token',
        creator: 'tenant',
        createdAt: ago(12),
      },
      {
        name: 'argocd-example-apps',
        cluster: 'host',
        namespace: 'demo-staging',
        url: EXAMPLE_REPO,
        provider: 'github',
        owner: 'stoneshi-yunify',
        repo: 'argocd-example-apps',
        creator: 'admin',
        createdAt: ago(27),
      },
      {
        name: 'argocd-example-apps',
        cluster: 'member-1',
        namespace: 'demo-project',
        url: EXAMPLE_REPO,
        provider: 'github',
        owner: 'stoneshi-yunify',
        repo: 'argocd-example-apps',
        creator: 'admin',
        createdAt: ago(24),
      },
    ],
    projects: [
      ...DEMO_WORKSPACE_PROJECTS.map((name) => ({ cluster: 'host', name, workspace: 'demo-workspace' })),
      ...['guestbook', 'sock-shop'].map((name) => ({ cluster: 'member-1', name, workspace: 'demo-workspace' })),
      { cluster: 'host', name: 'addons', workspace: 'platform-ops' },
    ],
    namespaces: [
      { cluster: 'host', name: 'default' },
      { cluster: 'host', name: 'guestbook' },
      { cluster: 'member-1', name: 'default' },
    ],
  };
}
