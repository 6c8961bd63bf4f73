/**
 * The demo seed: the guide's guestbook and one application per health and
 * sync state, a sync in progress, an app without the argocd-location label,
 * a shared-resource conflict, two apps the controller cannot finish (a name
 * over 63 characters, a deletion without the location label) and a few
 * applications on member-1. The two stuck apps are older than the tenth
 * newest, so the first page of the default list (newest first) is the same
 * as before they were added.
 */
import { bootstrapApp, type SeedApp } from './bootstrap';
import { EXAMPLE_REPO } from './context';
import type { EmulatorState } from '../sim/state';

const IN_CLUSTER = 'https://kubernetes.default.svc';
const dest = (namespace: string) => ({ server: IN_CLUSTER, namespace });
const example = (path: string, targetRevision = 'HEAD') => ({ repoURL: EXAMPLE_REPO, targetRevision, path });

export const DEMO_APPS: SeedApp[] = [
  {
    namespace: 'demo-project',
    name: 'guestbook',
    alias: 'Guestbook',
    description: 'The guestbook example from the KubeSphere DevOps guide',
    source: example('guestbook'),
    destination: dest('guestbook'),
    automated: { prune: true, selfHeal: true },
    syncOptions: ['CreateNamespace=true'],
    age: 60 * 24 * 6,
    live: 'synced',
    history: 3,
  },
  {
    namespace: 'demo-project',
    name: 'helm-guestbook',
    alias: 'Helm guestbook',
    source: { ...example('helm-guestbook'), helm: { valueFiles: ['values-production.yaml'] } },
    destination: dest('helm-guestbook'),
    syncOptions: ['CreateNamespace=true'],
    age: 60 * 24 * 5,
    live: 'synced',
    history: 2,
    creator: 'tenant',
  },
  {
    namespace: 'demo-project',
    name: 'kustomize-guestbook',
    description: 'Manual sync; a newer commit is waiting to be deployed',
    source: example('kustomize-guestbook'),
    destination: dest('kustomize-guestbook'),
    age: 60 * 24 * 4,
    live: 'stale',
    history: 4,
  },
  {
    namespace: 'demo-project',
    name: 'podinfo',
    alias: 'Podinfo (slow rollout)',
    source: { repoURL: 'https://github.com/stefanprodan/podinfo', targetRevision: 'master', path: 'kustomize/slow-rollout' },
    destination: dest('podinfo'),
    automated: { prune: false },
    age: 60 * 5,
    live: 'synced',
    creator: 'tenant',
  },
  {
    namespace: 'demo-project',
    name: 'payment-service',
    alias: 'Payment service',
    description: 'Rollout exceeded its progress deadline',
    source: example('apps/payment-degraded'),
    destination: dest('payments'),
    age: 60 * 24 * 2,
    live: 'synced',
    history: 2,
  },
  {
    namespace: 'demo-project',
    name: 'nightly-report',
    description: 'A suspended CronJob',
    source: example('jobs/report-suspended'),
    destination: dest('jobs'),
    age: 60 * 24 * 3,
    live: 'synced',
    // It ran nightly until its second revision suspended it: the live CronJob still owns its last Job.
    history: 2,
  },
  {
    namespace: 'demo-project',
    name: 'inventory',
    description: 'Created but never synced',
    source: example('apps/inventory'),
    destination: dest('inventory'),
    age: 30,
    live: 'none',
    creator: 'tenant',
  },
  {
    namespace: 'demo-project',
    name: 'legacy-portal',
    description: 'Points at a repository that does not exist',
    source: { repoURL: 'https://github.com/example-org/does-not-exist', targetRevision: 'main', path: 'deploy' },
    destination: dest('legacy'),
    age: 60 * 24,
    live: 'none',
  },
  {
    namespace: 'demo-project',
    name: 'sync-waves',
    alias: 'Sync waves (sync running)',
    source: example('sync-waves'),
    destination: dest('sync-waves'),
    age: 60 * 24 * 3,
    live: 'synced',
    history: 2,
    runningSyncBy: 'tenant',
  },
  {
    namespace: 'demo-project',
    name: 'private-guestbook',
    description: 'Created with kubectl without the gitops.kubesphere.io/argocd-location label',
    source: example('guestbook'),
    destination: dest('private-guestbook'),
    age: 60 * 2,
    live: 'none',
    noLocation: true,
  },
  {
    namespace: 'demo-project',
    name: 'guestbook-mirror',
    description: 'Deploys the same objects as guestbook into the same namespace',
    source: example('guestbook'),
    destination: dest('guestbook'),
    age: 60 * 24,
    live: 'synced',
    sharedWith: 'guestbook',
  },
  {
    namespace: 'demo-project',
    name: 'broken-config',
    alias: 'Frontend & API <beta>',
    description: 'Its ConfigMap is rejected by the API server',
    source: example('apps/broken-config'),
    destination: dest('frontend'),
    age: 60 * 12,
    live: 'synced',
  },
  {
    namespace: 'demo-project',
    // 66 characters: accepted by the API (up to 253), refused as a label value (up to 63).
    name: 'notification-dispatcher-eu-central-1-production-blue-green-rollout',
    description: 'Never reaches Argo CD: its name is too long for the application-name label',
    source: example('apps/notification-dispatcher'),
    destination: dest('notifications'),
    age: 60 * 110,
    live: 'none',
    neverMirrored: true,
  },
  {
    namespace: 'demo-project',
    name: 'retired-dashboard',
    description: 'Deleted after its argocd-location label was removed: the deletion never finishes',
    source: example('apps/retired-dashboard'),
    destination: dest('dashboards'),
    age: 60 * 115,
    live: 'synced',
    history: 2,
    deletedWithoutLocation: 25,
  },
  {
    namespace: 'demo-staging',
    name: 'guestbook-staging',
    source: example('guestbook'),
    destination: dest('guestbook-staging'),
    automated: { prune: true },
    syncOptions: ['CreateNamespace=true'],
    age: 60 * 24 * 7,
    live: 'synced',
    history: 5,
  },
  {
    namespace: 'demo-staging',
    name: 'kustomize-staging',
    source: example('kustomize-guestbook'),
    destination: dest('kustomize-staging'),
    age: 60 * 24 * 2,
    live: 'stale',
  },
  {
    cluster: 'member-1',
    namespace: 'demo-project',
    name: 'guestbook-edge',
    alias: 'Guestbook (edge)',
    source: example('guestbook'),
    destination: dest('guestbook'),
    automated: { prune: true, selfHeal: true },
    age: 60 * 24 * 3,
    live: 'synced',
    history: 2,
  },
  {
    cluster: 'member-1',
    namespace: 'demo-project',
    name: 'sock-shop',
    source: example('sock-shop'),
    destination: dest('sock-shop'),
    age: 60 * 3,
    live: 'none',
  },
  {
    namespace: 'ops-tools',
    name: 'cluster-addons',
    source: example('helm-guestbook'),
    destination: dest('addons'),
    age: 60 * 24 * 20,
    live: 'synced',
    history: 6,
  },
];

/**
 * Someone scaled payment-service's Deployment by hand (`kubectl scale --replicas=3`): the live
 * object drifts from the last-applied manifest (2 replicas), and the third pod finds no node.
 */
export const DEMO_DRIFT = { cluster: 'host', key: 'apps/Deployment/payments/payment-degraded', patch: { spec: { replicas: 3 } } };

export function seedDemoApps(state: EmulatorState): void {
  for (const app of DEMO_APPS) bootstrapApp(state, app);
  state.live.drift(DEMO_DRIFT.cluster, DEMO_DRIFT.key, DEMO_DRIFT.patch);
}
