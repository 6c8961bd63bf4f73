/**
 * Benchmark seeds. `largeList` writes n already-reconciled applications
 * straight into the store (running the Argo CD simulation for 10,000 apps
 * would only slow resets down); their Argo CD side is created lazily by the
 * controller the first time one of them changes. `largeTree` is one app whose
 * source renders `resources` objects, fully simulated.
 */
import { canonical } from '../core/schema';
import { marshalSorted } from '../core/gojson';
import { fakeSha, rfc3339 } from '../core/util';
import {
  Application,
  ANNOTATION_IMAGES,
  API_VERSION,
  FINALIZER_APP,
  LABEL_ARGO_APP,
  LABEL_HEALTH,
  LABEL_LOCATION,
  LABEL_SYNC,
} from '../api/crd';
import { bootstrapApp } from './bootstrap';
import { EXAMPLE_REPO } from './context';
import type { EmulatorState } from '../sim/state';

const STATES: Array<[health: string, sync: string]> = [
  ['Healthy', 'Synced'],
  ['Healthy', 'Synced'],
  ['Healthy', 'Synced'],
  ['Healthy', 'OutOfSync'],
  ['Progressing', 'Synced'],
  ['Degraded', 'Synced'],
  ['Missing', 'OutOfSync'],
  ['Suspended', 'Synced'],
  ['Unknown', 'Unknown'],
];

export function largeList(state: EmulatorState, count = 10_000, namespace = 'demo-project', cluster = 'host'): void {
  const now = state.scheduler.now();
  const objects = [];
  for (let i = 0; i < count; i++) {
    const name = `app-${String(i).padStart(5, '0')}`;
    const [health, sync] = STATES[i % STATES.length];
    // Two apps per second, so ties on creationTimestamp (broken by name) are exercised too.
    const created = rfc3339(now - (count - i) * 500);
    const source = { repoURL: EXAMPLE_REPO, path: `apps/${name}`, targetRevision: 'HEAD' };
    const destination = { server: 'https://kubernetes.default.svc', namespace: `team-${i % 20}` };
    const image = `registry.example.com/${name}:1.${i % 10}.0`;
    const revision = fakeSha(name);
    const argoStatus = {
      health: { status: health },
      reconciledAt: rfc3339(now - (i % 600) * 1000),
      resources: [
        {
          group: 'apps',
          health: { status: health === 'Unknown' ? 'Missing' : health },
          kind: 'Deployment',
          name,
          namespace: destination.namespace,
          status: sync === 'Synced' ? 'Synced' : 'OutOfSync',
          version: 'v1',
        },
        { health: { status: 'Healthy' }, kind: 'Service', name, namespace: destination.namespace, status: 'Synced', version: 'v1' },
      ],
      sourceType: 'Directory',
      summary: { images: [image] },
      sync: { comparedTo: { destination, source }, revision, status: sync },
    };
    const annotations: Record<string, string> = { [ANNOTATION_IMAGES]: image, 'kubesphere.io/creator': i % 3 === 0 ? 'tenant' : 'admin' };
    if (i % 7 === 0) annotations['kubesphere.io/alias-name'] = `Service ${i}`;
    objects.push(
      canonical(
        {
          kind: 'Application',
          apiVersion: API_VERSION,
          metadata: {
            name,
            namespace,
            uid: state.store.newUid(),
            resourceVersion: state.store.nextResourceVersion(),
            generation: 2,
            creationTimestamp: created,
            labels: { [LABEL_ARGO_APP]: name, [LABEL_LOCATION]: state.argocdNamespace, [LABEL_HEALTH]: health, [LABEL_SYNC]: sync },
            annotations,
            finalizers: [FINALIZER_APP],
          },
          spec: { kind: 'argocd', argoApp: { spec: { source, destination, project: namespace } } },
          status: { argoApp: marshalSorted(argoStatus), fluxApp: {} },
        },
        Application,
      ),
    );
  }
  state.store.load(cluster, objects);
}

export function largeTree(state: EmulatorState, resources = 5000): void {
  bootstrapApp(state, {
    namespace: 'demo-project',
    name: 'large-tree',
    alias: `Large tree (${resources} resources)`,
    source: { repoURL: EXAMPLE_REPO, targetRevision: 'HEAD', path: `generated/large-tree-${resources}` },
    destination: { server: 'https://kubernetes.default.svc', namespace: 'large-tree' },
    age: 60 * 24,
    live: 'synced',
    history: 3,
  });
  // The pods of the first Deployment carry a 10 MiB log: the log viewer's benchmark.
  state.live.setLogBytes('host', 'large-tree', 'component-00000', LARGE_LOG_BYTES);
}

export const LARGE_LOG_BYTES = 10 * 1024 * 1024;
