/**
 * `status.argoApp` payloads as KubeSphere stores them (compact JSON strings), for tests and demo
 * data. The first three are upstream fixtures quoted verbatim or converted from YAML; the others
 * are built from the field lists of the API reference (§5, §6).
 */
import {
  type Application,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
  LABEL_HEALTH_STATUS,
  LABEL_SYNC_STATUS,
} from './application/types';

/** ks-devops `controllers/argocd/data/argo-status.json`, compacted as `json.Marshal` stores it. */
export const ARGO_STATUS =
  '{"health":{"status":"Healthy"},"reconciledAt":"2022-06-30T06:48:05Z","sourceType":"Kustomize","summary":{"images":["ghcr.io/linuxsuren-bot/open-podcasts-ui:v1.0.2","ghcr.io/linuxsuren-bot/open-podcasts:v1.0.0","ghcr.io/opensource-f2f/kube-rbac-proxy:v0.8.0","ghcr.io/opensource-f2f/open-podcasts-apiserver:dev"]},"sync":{"comparedTo":{"destination":{"name":"in-cluster","namespace":"argocd"},"source":{"kustomize":{"images":["ghcr.io/linuxsuren-bot/open-podcasts-ui:v1.0.2"]},"path":"config/default","repoURL":"https://github.com/linuxsuren-bot/open-podcasts/","targetRevision":"HEAD"}},"revision":"1d4fcf1f56f5dbe2ae65abb001ffc304f1d58070","status":"Synced"}}';

/** ks-devops `controllers/argocd/data/argo-status-without-summary.json`. */
export const ARGO_STATUS_WITHOUT_SUMMARY = '{"health":{"status":"Healthy"},"reconciledAt":"2022-06-30T06:48:05Z","sourceType":"Kustomize"}';

/** The `operationState` of Argo CD v2.3.3 `controller/appcontroller_test.go` `fakeApp`, as JSON. */
export const OPERATION_STATE_STATUS = JSON.stringify({
  operationState: {
    finishedAt: '2018-09-21T23:50:29Z',
    message: 'successfully synced',
    operation: { sync: { revision: 'HEAD' } },
    phase: 'Succeeded',
    startedAt: '2018-09-21T23:50:25Z',
    syncResult: {
      resources: [
        {
          kind: 'RoleBinding',
          message:
            'rolebinding.rbac.authorization.k8s.io/always-outofsync reconciled\nrolebinding.rbac.authorization.k8s.io/always-outofsync configured',
          name: 'always-outofsync',
          namespace: 'default',
          status: 'Synced',
        },
      ],
      revision: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      source: { path: 'some/path', repoURL: 'https://github.com/argoproj/argocd-example-apps.git' },
    },
  },
});

/** A status whose comparison failed because the repository needs credentials (conditions first, as in ks-devops PR #497). */
export const COMPARISON_ERROR_STATUS = JSON.stringify({
  conditions: [
    {
      lastTransitionTime: '2022-03-10T08:21:02Z',
      message:
        'rpc error: code = Unknown desc = Get "https://github.com/example/private-repo/info/refs?service=git-upload-pack": authentication required',
      type: 'ComparisonError',
    },
  ],
  health: { status: 'Healthy' },
  reconciledAt: '2022-03-10T08:21:02Z',
  sync: {
    comparedTo: {
      destination: { namespace: 'demo', server: 'https://kubernetes.default.svc' },
      source: { path: 'manifests', repoURL: 'https://github.com/example/private-repo', targetRevision: 'HEAD' },
    },
    status: 'Unknown',
  },
});

/** Argo CD 3.x defaults: no per-resource health in the CR, `resourceHealthSource: "appTree"`. */
export const ARGO3_STATUS = JSON.stringify({
  controllerNamespace: 'argocd',
  health: { lastTransitionTime: '2025-05-06T07:08:09Z', status: 'Healthy' },
  history: [
    {
      deployStartedAt: '2025-05-06T07:07:50Z',
      deployedAt: '2025-05-06T07:07:58Z',
      id: 0,
      initiatedBy: { automated: true },
      revision: '5b4f6a1c0e2d3b4a5f6e7d8c9b0a1f2e3d4c5b6a',
      source: { path: 'guestbook', repoURL: 'https://github.com/argoproj/argocd-example-apps', targetRevision: 'HEAD' },
    },
  ],
  reconciledAt: '2025-05-06T07:10:00Z',
  resourceHealthSource: 'appTree',
  resources: [
    { kind: 'Service', name: 'guestbook-ui', namespace: 'demo', status: 'Synced', version: 'v1' },
    { group: 'apps', kind: 'Deployment', name: 'guestbook-ui', namespace: 'demo', status: 'Synced', version: 'v1' },
  ],
  sourceHydrator: {},
  sourceType: 'Directory',
  summary: { images: ['gcr.io/heptio-images/ks-guestbook-demo:0.2'] },
  sync: {
    comparedTo: {
      destination: { namespace: 'demo', server: 'https://kubernetes.default.svc' },
      source: { path: 'guestbook', repoURL: 'https://github.com/argoproj/argocd-example-apps', targetRevision: 'HEAD' },
    },
    revision: '5b4f6a1c0e2d3b4a5f6e7d8c9b0a1f2e3d4c5b6a',
    status: 'Synced',
  },
});

/** Argo CD 2.x with resource health, a failed sync of one resource and a failed hook. */
export const FAILED_SYNC_STATUS = JSON.stringify({
  health: { status: 'Degraded', message: 'Deployment "web" exceeded its progress deadline' },
  operationState: {
    finishedAt: '2024-01-02T03:05:00Z',
    message: 'one or more objects failed to apply, reason: services "api" is forbidden',
    operation: { initiatedBy: { username: 'admin' }, sync: { revision: 'main' } },
    phase: 'Failed',
    startedAt: '2024-01-02T03:04:00Z',
    syncResult: {
      resources: [
        {
          group: 'apps',
          version: 'v1',
          kind: 'Deployment',
          namespace: 'demo',
          name: 'web',
          status: 'Synced',
          message: 'deployment.apps/web configured',
          syncPhase: 'Sync',
        },
        {
          group: '',
          version: 'v1',
          kind: 'Service',
          namespace: 'demo',
          name: 'api',
          status: 'SyncFailed',
          message:
            'services "api" is forbidden: User "system:serviceaccount:argocd:argocd-application-controller" cannot patch resource "services"',
          syncPhase: 'Sync',
        },
        {
          group: 'batch',
          version: 'v1',
          kind: 'Job',
          namespace: 'demo',
          name: 'db-migrate',
          hookType: 'PreSync',
          hookPhase: 'Failed',
          message: 'Job has reached the specified backoff limit',
          syncPhase: 'PreSync',
        },
        {
          group: '',
          version: 'v1',
          kind: 'ConfigMap',
          namespace: 'demo',
          name: 'old-config',
          status: 'Pruned',
          message: 'pruned',
          syncPhase: 'Sync',
        },
      ],
      revision: '0123456789abcdef0123456789abcdef01234567',
    },
  },
  reconciledAt: '2024-01-02T03:06:00Z',
  resources: [
    {
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
      namespace: 'demo',
      name: 'web',
      status: 'Synced',
      health: { status: 'Degraded', message: 'Deployment "web" exceeded its progress deadline' },
    },
    {
      version: 'v1',
      kind: 'Service',
      namespace: 'demo',
      name: 'api',
      status: 'OutOfSync',
      health: { status: 'Healthy' },
    },
    { version: 'v1', kind: 'Namespace', name: 'demo', status: 'Synced' },
  ],
  sync: { revision: '0123456789abcdef0123456789abcdef01234567', status: 'OutOfSync' },
});

/** Every fixture above, named, for tests that run over all of them. */
export const ALL_STATUS_FIXTURES: Readonly<Record<string, string>> = {
  ARGO_STATUS,
  ARGO_STATUS_WITHOUT_SUMMARY,
  OPERATION_STATE_STATUS,
  COMPARISON_ERROR_STATUS,
  ARGO3_STATUS,
  FAILED_SYNC_STATUS,
};

export interface AppOptions {
  name?: string;
  namespace?: string;
  labels?: Record<string, string | undefined>;
  annotations?: Record<string, string>;
  argoApp?: string;
  automated?: boolean;
  operation?: boolean;
  repoURL?: string;
}

/**
 * A reconciled Argo CD application as the list endpoint returns it; `labels` are merged over the
 * controller's labels (pass `undefined` values to drop one).
 */
export function makeApp(options: AppOptions = {}): Application {
  const name = options.name ?? 'demo';
  const labels: Record<string, string> = {
    [LABEL_ARGOCD_LOCATION]: 'argocd',
    [LABEL_ARGOCD_APPLICATION]: name,
    [LABEL_SYNC_STATUS]: 'Synced',
    [LABEL_HEALTH_STATUS]: 'Healthy',
  };
  for (const [k, v] of Object.entries(options.labels ?? {})) {
    if (v === undefined) delete labels[k];
    else labels[k] = v;
  }
  const app: Application = {
    apiVersion: 'gitops.kubesphere.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name,
      namespace: options.namespace ?? 'devops-abc12',
      labels,
      annotations: { 'kubesphere.io/creator': 'admin', ...(options.annotations ?? {}) },
      finalizers: ['application.gitops.kubesphere.io'],
    },
    spec: {
      kind: 'argocd',
      argoApp: {
        spec: {
          project: options.namespace ?? 'devops-abc12',
          source: {
            repoURL: options.repoURL ?? 'https://github.com/example/apps.git',
            path: 'manifests',
            targetRevision: 'HEAD',
          },
          destination: { server: 'https://kubernetes.default.svc', namespace: 'demo' },
          syncPolicy: options.automated ? { automated: { prune: true, selfHeal: true } } : { syncOptions: ['CreateNamespace=true'] },
        },
      },
    },
    status: { fluxApp: {} },
  };
  if (options.operation) app.spec.argoApp!.operation = { initiatedBy: { username: 'admin' }, sync: {} };
  if (options.argoApp !== undefined) app.status = { argoApp: options.argoApp, fluxApp: {} };
  return app;
}

/** A status with `count` resources spread over a few namespaces and kinds, for size tests. */
export function largeStatus(count: number): string {
  const kinds = [
    { group: 'apps', kind: 'Deployment' },
    { group: '', kind: 'Service' },
    { group: '', kind: 'ConfigMap' },
    { group: 'networking.k8s.io', kind: 'Ingress' },
  ];
  const health = ['Healthy', 'Progressing', 'Degraded', 'Missing', 'Suspended'];
  const resources = [];
  for (let i = 0; i < count; i++) {
    const k = kinds[i % kinds.length];
    resources.push({
      group: k.group,
      version: 'v1',
      kind: k.kind,
      namespace: `ns-${i % 7}`,
      name: `res-${i}`,
      status: i % 11 === 0 ? 'OutOfSync' : 'Synced',
      health: { status: health[i % health.length] },
    });
  }
  return JSON.stringify({ health: { status: 'Degraded' }, sync: { status: 'OutOfSync' }, resources });
}
