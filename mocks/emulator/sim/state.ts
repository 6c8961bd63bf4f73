/**
 * Everything one emulator instance holds: clock, store, informer cache,
 * controllers, Argo CD instances, KubeSphere context, issued tokens, faults.
 * Handlers and the control API share it; `reset` rebuilds it from a seed
 * without recreating the handlers.
 */
import { Scheduler, type Timing } from '../core/scheduler';
import { createRandom, rfc3339 } from '../core/util';
import { TokenIssuer } from '../api/tokens';
import { ArgoSimulator } from './argo';
import { InformerCache } from './cache';
import { emptyContext, findCluster, type ContextData } from './context';
import { Controllers } from './controller';
import { EventLog } from './events';
import { LiveView } from './live-cluster';
import { Store } from './store';
import { WatchHub } from './watch';

export interface Faults {
  /** Added to every KubeSphere API response (never to the control API). */
  latencyMs: number;
  /** Probability (0..1) that a call fails with `errorStatus` before reaching the API. */
  errorRate: number;
  errorStatus: 500 | 502 | 503;
  /** Every call gets 401, as when the console's token has expired. */
  sessionExpired: boolean;
  /**
   * Watches are refused: the upgrade is answered 503 (as by a gateway in front of the console
   * that does not pass WebSocket upgrades), so clients must fall back to polling.
   */
  watchDisabled: boolean;
}

export const defaultFaults = (): Faults => ({ latencyMs: 0, errorRate: 0, errorStatus: 503, sessionExpired: false, watchDisabled: false });

/**
 * How long devops-apiserver's informer cache trails kube-apiserver when not
 * configured: a few hundred milliseconds for people watching, none for tests.
 */
export const DEFAULT_CACHE_LAG_MS: Record<Timing, number> = { realistic: 300, fast: 0, instant: 0 };

export interface StateOptions {
  timing: Timing;
  argocdNamespace: string;
  startTime?: number;
  randomSeed?: number;
  /** Fixed informer-cache lag; default per timing (DEFAULT_CACHE_LAG_MS). */
  cacheLagMs?: number;
}

export class EmulatorState {
  readonly scheduler: Scheduler;
  readonly store: Store;
  /** What devops-apiserver reads: the store as it was `cacheLagMs` ago. */
  readonly cache: InformerCache;
  readonly tokens: TokenIssuer;
  readonly events: EventLog;
  readonly argo: ArgoSimulator;
  readonly controllers: Controllers;
  /** The Kubernetes objects of each cluster, rendered from what Argo CD deployed (sim/live-cluster.ts). */
  readonly live: LiveView;
  /** Open watches of applications and the recent changes they can resume from (sim/watch.ts). */
  readonly watch: WatchHub;
  context: ContextData = emptyContext();
  argocdNamespace: string;
  /** Set by the control API or the options; undefined = the default of the timing. */
  private cacheLagOverride: number | undefined;
  private currentFaults: Faults = defaultFaults();
  /** When the `sessionExpired` fault was switched on: the moment the console's token expired. */
  private sessionExpiredAt = 0;
  /** Non-fatal errors of simulated tasks, kept for debugging through the control API. */
  readonly taskErrors: string[] = [];
  private random: () => number;
  readonly randomSeed: number;

  constructor(options: StateOptions) {
    this.randomSeed = options.randomSeed ?? 0x5eed;
    this.random = createRandom(this.randomSeed);
    this.argocdNamespace = options.argocdNamespace;
    this.scheduler = new Scheduler(options.timing, options.startTime, (label, error) => {
      this.taskErrors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
      if (this.taskErrors.length > 100) this.taskErrors.shift();
    });
    const rand = () => this.random();
    this.store = new Store(() => this.scheduler.now(), rand);
    this.cache = new InformerCache(this.store, () => this.scheduler.now());
    this.cacheLagOverride = options.cacheLagMs;
    this.cache.setLag(this.cacheLagMs);
    this.tokens = new TokenIssuer(() => this.scheduler.now(), `emulator-jwt-secret-${this.randomSeed.toString(16)}`);
    this.events = new EventLog(() => this.timestamp());
    let controllers: Controllers | undefined;
    this.argo = new ArgoSimulator(this.scheduler, (cluster, app) => controllers?.publish(cluster, app));
    this.controllers = controllers = new Controllers(this.store, this.argo, this.scheduler, this.events, rand);
    this.watch = new WatchHub(this.store, this.scheduler);
    this.live = new LiveView({
      argo: this.argo,
      events: this.events,
      context: () => this.context,
      now: () => this.scheduler.now(),
      randomSeed: this.randomSeed,
    });
  }

  nextRandom(): number {
    return this.random();
  }

  get faults(): Faults {
    return this.currentFaults;
  }

  set faults(next: Faults) {
    if (next.sessionExpired && !this.currentFaults.sessionExpired) this.sessionExpiredAt = this.scheduler.now();
    this.currentFaults = next;
  }

  /** Milliseconds since the `sessionExpired` fault made the console's token expire. */
  get sessionExpiredForMs(): number {
    return Math.max(0, this.scheduler.now() - this.sessionExpiredAt);
  }

  get cacheLagMs(): number {
    return this.cacheLagOverride ?? DEFAULT_CACHE_LAG_MS[this.scheduler.timing];
  }

  /** A number fixes the lag; undefined goes back to the default of the timing. */
  setCacheLag(ms: number | undefined): void {
    this.cacheLagOverride = ms;
    this.cache.setLag(this.cacheLagMs);
  }

  setTiming(timing: Timing): void {
    this.scheduler.setTiming(timing);
    this.cache.setLag(this.cacheLagMs);
  }

  timestamp(offsetMs = 0): string {
    return rfc3339(this.scheduler.now() + offsetMs);
  }

  /** Empties every keyspace, clears faults and installs a new KubeSphere context (seeds call this first). */
  clear(context: ContextData): void {
    this.scheduler.clear();
    this.store.clear();
    this.cache.clear();
    this.events.clear();
    this.argo.clear();
    this.controllers.clear();
    this.live.clear();
    this.watch.reset();
    this.random = createRandom(this.randomSeed);
    this.faults = defaultFaults();
    this.context = context;
    for (const cluster of context.clusters) {
      this.argo.ensureInstance(cluster.name, this.argocdNamespace);
      this.store.addNamespace(cluster.name, this.argocdNamespace);
    }
    for (const p of context.devopsProjects) this.store.addNamespace(p.cluster, p.name);
    for (const ns of context.namespaces) this.store.addNamespace(ns.cluster, ns.name);
  }

  clusterExists(name: string): boolean {
    return findCluster(this.context, name) !== undefined;
  }
}
