/**
 * The Kubernetes objects of one cluster as its kube-apiserver would serve
 * them: everything Argo CD instances deployed into it (an app's destination
 * `https://kubernetes.default.svc`/`in-cluster` = the cluster of that Argo CD;
 * a destination naming a KubeSphere cluster, or its API endpoint, = that
 * cluster, as ks-devops registers clusters in Argo CD:
 * controllers/argocd/multi-cluster-controller.go L117-138), with the objects
 * their controllers created. Rendered lazily, per live object, when asked,
 * and cached until the object changes, so seeds stay as fast as before.
 */
import type { Loose } from '../core/util';
import type { LiveObject, World } from './argo-status';
import { findCluster, type ContextData } from './context';
import type { EventLog } from './events';
import type { ArgoSimulator } from './argo';
import { LiveIds, type KindInfo } from './live-meta';
import type { LiveEnv } from './live-manifest';
import { recordedEvent, treeEvents } from './live-events';
import { renderLive, type LivePod, type LiveTree } from './live-workloads';

type Obj = Record<string, Loose>;

interface Cached {
  stamp: string;
  tree: LiveTree;
  events: Obj[];
}

export interface LiveHost {
  argo: ArgoSimulator;
  events: EventLog;
  context(): ContextData;
  now(): number;
  randomSeed: number;
}

const WORKLOADS = ['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/CronJob', 'batch/Job'];

export class LiveView {
  private cache = new WeakMap<LiveObject, Cached>();
  private logBytes = new Map<string, number>();

  constructor(private readonly host: LiveHost) {}

  clear(): void {
    this.cache = new WeakMap();
    this.logBytes.clear();
  }

  env(cluster: string): LiveEnv {
    const count = findCluster(this.host.context(), cluster)?.nodeCount ?? 3;
    return {
      ids: new LiveIds(this.host.randomSeed),
      now: this.host.now(),
      nodes: Array.from({ length: Math.max(1, count) }, (_, i) => `node-${i + 1}`),
    };
  }

  /** The worlds whose objects live in `cluster`. */
  worlds(cluster: string): World[] {
    const endpoint = findCluster(this.host.context(), cluster)?.kubernetesAPIEndpoint;
    const out: World[] = [];
    for (const w of this.host.argo.allWorlds()) {
      if (
        (w.destination === 'in-cluster' && w.cluster === cluster) ||
        w.destination === cluster ||
        (endpoint && w.destination === endpoint)
      )
        out.push(w.world);
    }
    return out;
  }

  /** The live object Argo CD applied, by its key (`group/Kind/ns/name`). */
  applied(cluster: string, key: string): LiveObject | undefined {
    for (const world of this.worlds(cluster)) {
      const live = world.get(key);
      if (live) return live;
    }
    return undefined;
  }

  private rendered(live: LiveObject, env: LiveEnv): Cached {
    // Failing pods restart and their events repeat as time goes by: re-rendered every minute.
    const moving = live.health === 'Degraded' || live.kind === 'CronJob' ? Math.floor(env.now / 60_000) : '';
    const stamp = `${live.revision}|${live.health}|${live.drifts?.length ?? 0}|${live.appliedAt}|${moving}`;
    const hit = this.cache.get(live);
    if (hit && hit.stamp === stamp) return hit;
    const tree = renderLive(live, env);
    const out = { stamp, tree, events: treeEvents(tree, env) };
    this.cache.set(live, out);
    return out;
  }

  /** Every rendered tree of the cluster in a namespace (all namespaces when undefined). */
  private *trees(cluster: string, namespace?: string): Iterable<Cached> {
    const env = this.env(cluster);
    const seen = new Set<string>();
    for (const world of this.worlds(cluster)) {
      for (const [key, live] of world) {
        if (seen.has(key) || (namespace !== undefined && live.namespace !== namespace && live.kind !== 'Namespace')) continue;
        seen.add(key);
        yield this.rendered(live, env);
      }
    }
  }

  /** Objects of a kind, sorted as etcd returns them (by namespace, then name). */
  list(cluster: string, kind: KindInfo, namespace?: string): Obj[] {
    const out: Obj[] = [];
    for (const { tree, events } of this.trees(cluster, namespace)) {
      const all = kind.kind === 'Event' ? events : kind.kind === 'Pod' ? tree.pods.map((p) => p.pod) : [tree.top, ...tree.controllers];
      for (const o of all) {
        if (o.kind !== kind.kind || !sameGroup(o.apiVersion, kind.group)) continue;
        if (namespace !== undefined && kind.namespaced && o.metadata.namespace !== namespace) continue;
        out.push(o);
      }
    }
    if (kind.kind === 'Event') out.push(...this.recorded(cluster, namespace));
    return out.sort(
      (a, b) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || a.metadata.name.localeCompare(b.metadata.name),
    );
  }

  private recorded(cluster: string, namespace?: string): Obj[] {
    const env = this.env(cluster);
    return this.host.events.list({ cluster, namespace }).map((e) => recordedEvent(e, env));
  }

  /**
   * One object by name: a top-level object by its key, a child through its
   * owner, found by dropping the generated suffixes of its name (`<rs>-<5>`,
   * `<deploy>-<hash>`, `<set>-<n>`, `<cronjob>-<minutes>`).
   */
  get(cluster: string, kind: KindInfo, namespace: string, name: string): Obj | undefined {
    if (kind.kind === 'Event') return this.list(cluster, kind, namespace).find((e) => e.metadata.name === name);
    const env = this.env(cluster);
    const direct = this.applied(cluster, `${kind.group}/${kind.kind}/${kind.namespaced ? namespace : ''}/${name}`);
    if (direct) return this.rendered(direct, env).tree.top;
    const pod = kind.kind === 'Pod' ? this.pod(cluster, namespace, name) : undefined;
    if (pod) return pod.pod;
    for (const tree of this.ownersOf(cluster, namespace, name)) {
      const found = tree.controllers.find((c) => c.kind === kind.kind && c.metadata.name === name && sameGroup(c.apiVersion, kind.group));
      if (found) return found;
    }
    return undefined;
  }

  pod(cluster: string, namespace: string, name: string): (LivePod & { logBytes?: number; workload: string }) | undefined {
    for (const tree of this.ownersOf(cluster, namespace, name)) {
      const found = tree.pods.find((p) => p.pod.metadata.name === name);
      if (found)
        return {
          ...found,
          workload: tree.top.metadata.name,
          logBytes: this.logBytes.get(`${cluster}/${namespace}/${tree.top.metadata.name}`),
        };
    }
    return undefined;
  }

  private *ownersOf(cluster: string, namespace: string, name: string): Iterable<LiveTree> {
    const env = this.env(cluster);
    const parts = name.split('-');
    for (let drop = 1; drop <= 3 && drop < parts.length; drop++) {
      const owner = parts.slice(0, parts.length - drop).join('-');
      for (const w of WORKLOADS) {
        const live = this.applied(cluster, `${w.split('/')[0]}/${w.split('/')[1]}/${namespace}/${owner}`);
        if (live) yield this.rendered(live, env).tree;
      }
    }
  }

  /** Control API: a merge patch applied to the live object only (it drifts from what Argo CD applied). */
  drift(cluster: string, key: string, patch: Record<string, unknown>): Obj | undefined {
    const live = this.applied(cluster, key);
    if (!live) return undefined;
    live.drifts = [...(live.drifts ?? []), patch];
    return this.rendered(live, this.env(cluster)).tree.top;
  }

  /** Control API and seeds: the pods of a workload write `bytes` of log history (benchmarks). */
  setLogBytes(cluster: string, namespace: string, workload: string, bytes: number): void {
    this.logBytes.set(`${cluster}/${namespace}/${workload}`, bytes);
  }
}

const sameGroup = (apiVersion: string, group: string) => (group ? apiVersion.startsWith(`${group}/`) : !apiVersion.includes('/'));
