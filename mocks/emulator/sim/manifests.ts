/**
 * What the simulated repo server "renders" for an application source. Known
 * example paths of argoproj/argocd-example-apps give their real resources;
 * keywords in the repo URL or path select realistic failure modes, so a
 * tester can produce any state by naming things, without a control call:
 *
 *   repo URL `does-not-exist`        -> ComparisonError "authentication required"
 *   repo URL `notfound`/`not-found`  -> ComparisonError "repository not found"
 *   repo URL `unreachable`/`.invalid` -> ComparisonError "no such host"
 *   path `broken`      -> one resource fails to apply (SyncFailed), app Degraded
 *   path `degraded`    -> sync succeeds, the Deployment never becomes available (pods crash
 *                         loop; its ConfigMap is applied with ServerSideApply=true)
 *   path `progressing`/`slow` -> the Deployment stays Progressing
 *   path `suspend`     -> a suspended CronJob (health Suspended)
 *   path `large-tree-N` -> N resources (benchmarks)
 */

export type HealthModel = 'workload' | 'service' | 'job' | 'cronjob' | 'none';
export type Scenario = 'normal' | 'progressing' | 'degraded' | 'suspended' | 'fail-apply';

export interface DesiredResource {
  group: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
  health: HealthModel;
  scenario: Scenario;
  hook?: 'PreSync' | 'PostSync';
  images?: string[];
  /** `spec.replicas` of a workload (default 1). */
  replicas?: number;
  /** Annotated `argocd.argoproj.io/sync-options: ServerSideApply=true`: applied with server-side apply. */
  serverSideApply?: boolean;
  /** The pods carry a `log-shipper` sidecar next to `app` (multi-container pods). */
  sidecar?: boolean;
  /** How the pods of a `degraded` workload fail (default `crash`: CrashLoopBackOff). */
  podFailure?: 'crash' | 'image-pull';
}

export type RenderResult =
  | { ok: true; sourceType: string; resources: DesiredResource[]; slow: boolean }
  | { ok: false; conditionType: 'ComparisonError' | 'InvalidSpecError'; message: string };

export interface SourceLike {
  repoURL?: string;
  path?: string;
  targetRevision?: string;
  chart?: string;
  helm?: { releaseName?: string };
  kustomize?: { namePrefix?: string; nameSuffix?: string; images?: string[] };
}

const GUESTBOOK_IMAGE = 'gcr.io/heptio-images/ks-guestbook-demo:0.2';

function dnsLabel(input: string, fallback: string): string {
  const cleaned = input
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 52);
  return cleaned || fallback;
}

function repoError(repoURL: string): string | undefined {
  const url = repoURL.toLowerCase();
  if (url.includes('does-not-exist')) return 'rpc error: code = Unknown desc = authentication required';
  if (url.includes('notfound') || url.includes('not-found')) return 'rpc error: code = Unknown desc = repository not found';
  let host = '';
  try {
    host = new URL(repoURL).hostname;
  } catch {
    host = repoURL.split(/[/:@]/).find((part) => part.includes('.')) ?? repoURL;
  }
  if (url.includes('unreachable') || host.endsWith('.invalid')) {
    const base = repoURL.replace(/\/+$/, '');
    return `rpc error: code = Unknown desc = Get "${base}/info/refs?service=git-upload-pack": dial tcp: lookup ${host}: no such host`;
  }
  return undefined;
}

function scenarioOf(path: string): Scenario {
  const p = path.toLowerCase();
  if (p.includes('broken')) return 'fail-apply';
  if (p.includes('degraded')) return 'degraded';
  if (p.includes('progressing') || p.includes('slow')) return 'progressing';
  if (p.includes('suspend')) return 'suspended';
  return 'normal';
}

const res = (kind: string, name: string, namespace: string, extra: Partial<DesiredResource> = {}): DesiredResource => {
  const group = kind === 'Deployment' || kind === 'StatefulSet' ? 'apps' : kind === 'CronJob' || kind === 'Job' ? 'batch' : '';
  const health: HealthModel =
    kind === 'Deployment' || kind === 'StatefulSet'
      ? 'workload'
      : kind === 'Service'
        ? 'service'
        : kind === 'Job'
          ? 'job'
          : kind === 'CronJob'
            ? 'cronjob'
            : 'none';
  return { group, version: 'v1', kind, namespace, name, health, scenario: 'normal', ...extra };
};

/** A Deployment + Service pair, the shape of every guestbook variant. */
function webApp(
  name: string,
  namespace: string,
  image: string,
  scenario: Scenario,
  extra: Partial<DesiredResource> = {},
): DesiredResource[] {
  return [res('Deployment', name, namespace, { images: [image], scenario, ...extra }), res('Service', name, namespace)];
}

const SOCK_SHOP = ['carts', 'catalogue', 'front-end', 'orders', 'payment', 'queue-master', 'shipping', 'user'];

export function render(source: SourceLike, destinationNamespace: string, appName: string): RenderResult {
  const repoURL = source.repoURL ?? '';
  const path = source.path ?? '';
  if (!repoURL || (!path && !source.chart)) {
    return {
      ok: false,
      conditionType: 'InvalidSpecError',
      message: 'spec.source.repoURL and spec.source.path either spec.source.chart are required',
    };
  }
  const error = repoError(repoURL);
  if (error) return { ok: false, conditionType: 'ComparisonError', message: error };

  const ns = destinationNamespace || 'default';
  const scenario = scenarioOf(path);
  const segment =
    path
      .split('/')
      .filter((s) => s && s !== '.')
      .pop() ?? '';
  const last = segment.toLowerCase();
  const large = /large-tree(?:-(\d+))?/.exec(path.toLowerCase());

  if (large) {
    const count = Math.max(1, Number(large[1] ?? 5000));
    const kinds = ['Deployment', 'Service', 'ConfigMap'];
    const resources = Array.from({ length: count }, (_, i) => {
      const kind = kinds[i % kinds.length];
      const name = `component-${String(Math.floor(i / kinds.length)).padStart(5, '0')}`;
      // 1-3 replicas per Deployment, so the tree has pods of every count.
      const replicas = 1 + (Math.floor(i / kinds.length) % 3);
      return res(kind, name, ns, kind === 'Deployment' ? { images: [`registry.example.com/component:${1 + (i % 7)}.0`], replicas } : {});
    });
    return { ok: true, sourceType: 'Directory', resources, slow: false };
  }

  if (source.chart || last === 'helm-guestbook') {
    const release = source.helm?.releaseName || appName;
    const chart = source.chart || 'helm-guestbook';
    const name = `${release}-${chart}`.slice(0, 63).replace(/-+$/, '');
    return {
      ok: true,
      sourceType: 'Helm',
      resources: webApp(name, ns, 'gcr.io/heptio-images/ks-guestbook-demo:0.1', scenario),
      slow: false,
    };
  }

  if (last === 'kustomize-guestbook') {
    const prefix = source.kustomize?.namePrefix ?? 'kustomize-';
    const suffix = source.kustomize?.nameSuffix ?? '';
    const image = source.kustomize?.images?.[0]?.replace(/^[^=]+=/, '') ?? 'gcr.io/heptio-images/ks-guestbook-demo:0.1';
    return { ok: true, sourceType: 'Kustomize', resources: webApp(`${prefix}guestbook-ui${suffix}`, ns, image, scenario), slow: false };
  }

  if (last === 'guestbook' || last === 'jsonnet-guestbook' || last === 'ksonnet-guestbook') {
    return { ok: true, sourceType: 'Directory', resources: webApp('guestbook-ui', ns, GUESTBOOK_IMAGE, scenario), slow: false };
  }

  if (last === 'sock-shop') {
    const resources = SOCK_SHOP.flatMap((svc) => webApp(svc, ns, `weaveworksdemos/${svc}:0.4.8`, scenario));
    resources.push(res('Namespace', ns, ''));
    return { ok: true, sourceType: 'Directory', resources, slow: false };
  }

  if (last === 'pre-post-sync') {
    return {
      ok: true,
      sourceType: 'Kustomize',
      resources: [
        res('Job', 'before', ns, { hook: 'PreSync', images: ['alpine:latest'] }),
        ...webApp('guestbook-ui', ns, GUESTBOOK_IMAGE, scenario),
        res('Job', 'after', ns, { hook: 'PostSync', images: ['alpine:latest'] }),
      ],
      slow: false,
    };
  }

  const base = dnsLabel(segment, dnsLabel(appName, 'app'));
  const resources: DesiredResource[] = [];
  if (scenario === 'suspended') {
    resources.push(res('CronJob', base, ns, { images: ['busybox:1.36'], scenario }));
  } else {
    // A broken app: its image cannot be pulled and its ConfigMap is rejected by the API server.
    const failing = scenario === 'fail-apply';
    resources.push(
      ...webApp(base, ns, 'nginx:1.25.3', failing ? 'degraded' : scenario, {
        replicas: 2,
        sidecar: true,
        ...(failing ? { podFailure: 'image-pull' as const } : {}),
      }),
    );
  }
  // A degraded app's ConfigMap is applied with server-side apply: the UI cannot diff it from last-applied.
  resources.push(
    res(
      'ConfigMap',
      `${base}-config`,
      ns,
      scenario === 'fail-apply' ? { scenario } : scenario === 'degraded' ? { serverSideApply: true } : {},
    ),
  );
  // Sync waves keep an operation visibly running for a while.
  return { ok: true, sourceType: 'Directory', resources, slow: last.includes('sync-waves') || last.includes('waves') };
}

/** `apps/Deployment/ns/name`: identity of a live object in a destination cluster. */
export function resourceKey(r: { group: string; kind: string; namespace: string; name: string }): string {
  return `${r.group}/${r.kind}/${r.namespace}/${r.name}`;
}
