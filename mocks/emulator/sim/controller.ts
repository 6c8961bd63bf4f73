/**
 * The two ks-devops controllers behind `applications.gitops.kubesphere.io`
 * (controllers/argocd): the ApplicationReconciler that mirrors a KubeSphere
 * Application into an Argo CD Application, and the status controller that
 * copies Argo CD's status back as labels, the images annotation and the
 * compact `status.argoApp` string. Their quirks are kept on purpose, because
 * the UI has to cope with them (missing location label = silently ignored,
 * dropped argocd-application label = duplicate Argo CD app, ...).
 */
import type { Scheduler } from '../core/scheduler';
import { marshalSorted } from '../core/gojson';
import { deepClone, randomSuffix, stringMap, type Loose } from '../core/util';
import {
  ANNOTATION_IMAGES,
  API_VERSION,
  FINALIZER_APP,
  FINALIZER_CASCADE,
  LABEL_ARGO_APP,
  LABEL_HEALTH,
  LABEL_LOCATION,
  LABEL_SYNC,
} from '../api/crd';
import type { ArgoApp, ArgoSimulator } from './argo';
import type { EventLog } from './events';
import type { AppObject, Change, Store } from './store';

const CONTROL_LABELS = {
  controlBy: 'gitops.kubesphere.io/argocd-application-control-by',
  namespace: 'gitops.kubesphere.io/application-namespace',
  name: 'gitops.kubesphere.io/application-name',
};

const argoProjKeys = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).filter(([k]) => k.includes('argoproj.io')));

/** Only these changes wake the ApplicationReconciler (its event predicates). */
function triggers(change: Change): boolean {
  if (change.raw || change.kind === 'deleted') return false;
  if (change.kind === 'added' || !change.before || !change.after) return true;
  const b = change.before.metadata ?? {};
  const a = change.after.metadata ?? {};
  return (
    b.generation !== a.generation ||
    JSON.stringify(b.finalizers ?? []) !== JSON.stringify(a.finalizers ?? []) ||
    JSON.stringify(argoProjKeys(stringMap(b.labels))) !== JSON.stringify(argoProjKeys(stringMap(a.labels))) ||
    JSON.stringify(argoProjKeys(stringMap(b.annotations))) !== JSON.stringify(argoProjKeys(stringMap(a.annotations)))
  );
}

export class Controllers {
  private readonly queued = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly argo: ArgoSimulator,
    private readonly scheduler: Scheduler,
    private readonly events: EventLog,
    private readonly random: () => number,
  ) {
    store.onChange((change) => {
      if (triggers(change)) this.queue(change.cluster, change.namespace, change.name);
    });
  }

  clear(): void {
    this.queued.clear();
  }

  private queue(cluster: string, namespace: string, name: string): void {
    const key = `${cluster}/${namespace}/${name}`;
    if (this.queued.has(key)) return;
    this.queued.add(key);
    // The real reconciler reacts within milliseconds: a zero-step task runs before any Argo CD step.
    this.scheduler.schedule(0, `reconcile ${key}`, () => {
      this.queued.delete(key);
      this.reconcile(cluster, namespace, name);
    });
  }

  private warn(cluster: string, app: AppObject, reason: string, message: string): void {
    this.events.record(
      cluster,
      { kind: 'Application', apiVersion: API_VERSION, namespace: app.metadata.namespace, name: app.metadata.name },
      'Warning',
      reason,
      message,
    );
  }

  reconcile(cluster: string, namespace: string, name: string): void {
    const app = this.store.get(cluster, namespace, name);
    if (!app?.spec?.argoApp) return;
    const labels = stringMap(app.metadata.labels);
    const location = labels[LABEL_LOCATION];
    if (!location) {
      this.warn(cluster, app, 'Invalid', `Cannot find the namespace of the Argo CD instance from key: ${LABEL_LOCATION}`);
      return;
    }
    const argoName = labels[LABEL_ARGO_APP] || name;
    const finalizers: string[] = app.metadata.finalizers ?? [];
    if (app.metadata.deletionTimestamp) {
      const existing = this.argo.get(cluster, argoName);
      if (existing) {
        existing.finalizers = finalizers.filter((f) => f.endsWith('argocd.argoproj.io'));
        this.argo.delete(cluster, argoName);
      }
      this.store.mutate(cluster, namespace, name, (draft) => {
        draft.metadata.finalizers = finalizers.filter((f) => f !== FINALIZER_APP && f !== FINALIZER_CASCADE);
      });
      return;
    }
    if (location !== this.argo.namespaceOf(cluster)) {
      this.warn(cluster, app, 'FailedWithArgoCD', `failed to create application to ArgoCD, error is: namespaces "${location}" not found`);
      return;
    }
    const desired = this.desiredArgoApp(app, location);
    const existing = this.argo.get(cluster, argoName);
    let created: string | undefined;
    if (!existing) {
      created = this.argo.create(cluster, { ...desired, name: argoName }).name;
    } else if (!labels[LABEL_ARGO_APP]) {
      // Name taken by another Argo CD app: the controller falls back to generateName (no separator).
      let generated: string;
      do generated = name + randomSuffix(this.random);
      while (this.argo.get(cluster, generated));
      created = this.argo.create(cluster, { ...desired, name: generated }).name;
    } else {
      this.argo.update(cluster, argoName, desired);
    }
    const needsProject = app.spec.argoApp.spec.project !== namespace || !finalizers.includes(FINALIZER_APP);
    if (created || needsProject) {
      this.store.mutate(cluster, namespace, name, (draft) => {
        if (created) draft.metadata.labels = { ...draft.metadata.labels, [LABEL_ARGO_APP]: created };
        draft.spec.argoApp.spec.project = namespace;
        if (!draft.metadata.finalizers?.includes(FINALIZER_APP))
          draft.metadata.finalizers = [...(draft.metadata.finalizers ?? []), FINALIZER_APP];
      });
    }
  }

  private desiredArgoApp(app: AppObject, location: string): Omit<ArgoApp, 'status' | 'creationTimestamp' | 'name'> {
    const spec = deepClone(app.spec.argoApp.spec);
    spec.project = app.metadata.namespace;
    if (spec.destination?.name && spec.destination?.server) delete spec.destination.server;
    const labels = stringMap(app.metadata.labels);
    return {
      namespace: location,
      labels: {
        ...argoProjKeys(labels),
        [CONTROL_LABELS.controlBy]: 'ks-devops',
        [CONTROL_LABELS.namespace]: app.metadata.namespace,
        [CONTROL_LABELS.name]: app.metadata.name,
      },
      annotations: argoProjKeys(stringMap(app.metadata.annotations)),
      finalizers: (app.metadata.finalizers ?? []).filter((f: string) => f.endsWith('argocd.argoproj.io')),
      spec,
      operation: app.spec.argoApp.operation ? deepClone(app.spec.argoApp.operation) : undefined,
      owner: { namespace: app.metadata.namespace, name: app.metadata.name },
    };
  }

  /** The status controller: what it does when an Argo CD app's status changes. */
  publish(cluster: string, argoApp: ArgoApp): void {
    this.applyStatus(cluster, argoApp.owner.namespace, argoApp.owner.name, argoApp.status, argoApp.operation !== undefined);
  }

  applyStatus(cluster: string, namespace: string, name: string, status: Record<string, Loose>, operationRunning: boolean): boolean {
    const app = this.store.get(cluster, namespace, name);
    if (!app) return false;
    const data = marshalSorted(status);
    if (app.status?.argoApp === data) return false;
    const labels = { ...stringMap(app.metadata.labels) };
    if (status.sync?.status) labels[LABEL_SYNC] = status.sync.status;
    if (status.health?.status) labels[LABEL_HEALTH] = status.health.status;
    const annotations = { ...stringMap(app.metadata.annotations), [ANNOTATION_IMAGES]: (status.summary?.images ?? []).join(',') };
    const clearOperation = !operationRunning && app.spec?.argoApp?.operation !== undefined;
    const unchanged =
      JSON.stringify(labels) === JSON.stringify(stringMap(app.metadata.labels)) &&
      JSON.stringify(annotations) === JSON.stringify(stringMap(app.metadata.annotations)) &&
      !clearOperation;
    if (!unchanged) {
      this.store.mutate(cluster, namespace, name, (draft) => {
        draft.metadata.labels = labels;
        draft.metadata.annotations = annotations;
        if (clearOperation) delete draft.spec.argoApp.operation;
      });
    }
    this.store.mutate(
      cluster,
      namespace,
      name,
      (draft) => {
        draft.status = { ...draft.status, argoApp: data };
      },
      'status',
    );
    return true;
  }
}
