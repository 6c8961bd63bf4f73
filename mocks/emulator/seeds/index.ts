/**
 * Seed selection. A seed always installs the demo KubeSphere context (users,
 * workspaces, clusters, DevOps projects, repositories) and then adds
 * applications: the demo set, none, a large list, a large resource tree, or
 * caller-provided objects.
 */
import { canonical } from '../core/schema';
import { isRecord, rfc3339, type Loose } from '../core/util';
import { Application, API_VERSION } from '../api/crd';
import { demoContext } from './context';
import { seedDemoApps } from './demo';
import { largeList, largeTree } from './large';
import type { EmulatorState } from '../sim/state';

export const SEED_NAMES = ['demo', 'empty', 'large-list', 'large-tree'] as const;
export type SeedName = (typeof SEED_NAMES)[number];

export type SeedInput =
  | SeedName
  | {
      seed?: SeedName;
      /** large-list: number of applications (default 10,000). */
      count?: number;
      /** large-tree: number of resources (default 5,000). */
      resources?: number;
      /**
       * Applications to create instead of a named seed's. Each may carry a
       * `cluster` property (default host). Objects keep what they bring
       * (labels, status); missing uid/resourceVersion/creationTimestamp are filled.
       */
      objects?: unknown[];
      /** With `objects`: let the controllers reconcile them (default true). */
      reconcile?: boolean;
    };

export class SeedError extends Error {}

export function applySeed(state: EmulatorState, input: SeedInput = 'demo'): void {
  const spec = typeof input === 'string' ? { seed: input } : input;
  const seed = spec.seed ?? (spec.objects ? 'empty' : 'demo');
  if (!SEED_NAMES.includes(seed)) throw new SeedError(`unknown seed "${seed}"; known seeds: ${SEED_NAMES.join(', ')}`);
  state.clear(demoContext(state.scheduler.now()));
  switch (seed) {
    case 'demo':
      seedDemoApps(state);
      break;
    case 'large-list':
      largeList(state, spec.count ?? 10_000);
      break;
    case 'large-tree':
      largeTree(state, spec.resources ?? 5000);
      break;
    default:
      break;
  }
  if (spec.objects) loadObjects(state, spec.objects, spec.reconcile ?? true);
}

function loadObjects(state: EmulatorState, objects: unknown[], reconcile: boolean): void {
  for (const item of objects) {
    if (
      !isRecord(item) ||
      !isRecord(item.metadata) ||
      typeof item.metadata.name !== 'string' ||
      typeof item.metadata.namespace !== 'string'
    ) {
      throw new SeedError('every object needs metadata.name and metadata.namespace');
    }
    const cluster = typeof item.cluster === 'string' ? item.cluster : 'host';
    if (!state.clusterExists(cluster)) throw new SeedError(`unknown cluster "${cluster}"`);
    let obj: Record<string, Loose>;
    try {
      obj = canonical({ ...item, kind: 'Application', apiVersion: API_VERSION }, Application);
    } catch (e) {
      throw new SeedError(`object ${item.metadata.namespace}/${item.metadata.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const meta = obj.metadata;
    meta.uid ??= state.store.newUid();
    meta.resourceVersion ??= state.store.nextResourceVersion();
    meta.generation ??= 1;
    meta.creationTimestamp ??= rfc3339(state.scheduler.now());
    if (!obj.status) obj.status = { fluxApp: {} };
    state.store.load(cluster, [canonical(obj, Application)]);
    if (reconcile) state.controllers.reconcile(cluster, meta.namespace, meta.name);
  }
}
