/**
 * The two ks-devops controllers behind `applications.gitops.kubesphere.io`
 * (controllers/argocd): the ApplicationReconciler that mirrors a KubeSphere
 * Application into an Argo CD Application, and the status controller that
 * copies Argo CD's status back as labels, the images annotation and the
 * compact `status.argoApp` string. Their quirks are kept on purpose, because
 * the UI has to cope with them (missing location label = silently ignored,
 * dropped argocd-application label = duplicate Argo CD app, names over 63
 * characters = never mirrored, ...). Line numbers below are those of
 * controllers/argocd/application_controller.go unless another file is named.
 */
import type { Scheduler } from '../core/scheduler';
import { marshalSorted } from '../core/gojson';
import { deepClone, randomSuffix, rfc3339, stringMap, type Loose } from '../core/util';
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
import { attemptsSince, RetryQueue } from './backoff';
import type { EventLog } from './events';
import { reconcilerWakesOn } from './predicates';
import type { AppObject, Store } from './store';

const CONTROL_LABELS = {
  controlBy: 'gitops.kubesphere.io/argocd-application-control-by',
  namespace: 'gitops.kubesphere.io/application-namespace',
  name: 'gitops.kubesphere.io/application-name',
};

/** The recorder's source: mgr.GetEventRecorderFor(r.GetName()) with GetName() "ApplicationController" (L383-385, L445). */
const COMPONENT = 'ApplicationController';

/** copyArgoAnnotationsAndLabels (L239-261) copies the keys that contain "argoproj.io". */
const argoProjKeys = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).filter(([k]) => k.includes('argoproj.io')));

/** Finalizers that go to the Argo CD app: suffix "argocd.argoproj.io" (L216-225, L352-360). */
const argoFinalizers = (finalizers: string[]) => finalizers.filter((f) => f.endsWith('argocd.argoproj.io'));

const keyOf = (cluster: string, namespace: string, name: string) => `${cluster}/${namespace}/${name}`;

export class Controllers {
  private readonly queued = new Set<string>();
  private readonly retries: RetryQueue;

  constructor(
    private readonly store: Store,
    private readonly argo: ArgoSimulator,
    private readonly scheduler: Scheduler,
    private readonly events: EventLog,
    private readonly random: () => number,
  ) {
    this.retries = new RetryQueue(scheduler, (key) => {
      const [cluster, namespace, name] = key.split('/');
      this.reconcile(cluster, namespace, name);
    });
    store.onChange((change) => {
      if (reconcilerWakesOn(change)) this.queue(change.cluster, change.namespace, change.name);
    });
  }

  clear(): void {
    this.queued.clear();
    this.retries.clear();
  }

  private queue(cluster: string, namespace: string, name: string): void {
    const key = keyOf(cluster, namespace, name);
    if (this.queued.has(key)) return;
    this.queued.add(key);
    // The real reconciler reacts within milliseconds: a zero-step task runs before any Argo CD step.
    this.scheduler.schedule(0, `reconcile ${key}`, () => {
      this.queued.delete(key);
      this.reconcile(cluster, namespace, name);
    });
  }

  private warn(cluster: string, app: AppObject, reason: string, message: string): void {
    const { namespace, name, uid } = app.metadata;
    this.events.record(
      cluster,
      { kind: 'Application', apiVersion: API_VERSION, namespace, name, uid },
      'Warning',
      reason,
      message,
      COMPONENT,
    );
  }

  /**
   * One pass of the reconciler, then controller-runtime's requeue policy: an
   * error is retried with exponential backoff, a success forgets the failures.
   */
  reconcile(cluster: string, namespace: string, name: string): void {
    const key = keyOf(cluster, namespace, name);
    if (this.reconcileArgoApplication(cluster, namespace, name) === undefined) this.retries.forget(key);
    else this.retries.addRateLimited(key);
  }

  /**
   * Seeds: an application whose reconcile has failed on every retry since
   * `since`: the event's count and timestamps, and the backoff position, are
   * those the retries would have reached by now.
   */
  failingSince(cluster: string, namespace: string, name: string, since: number): void {
    if (this.reconcileArgoApplication(cluster, namespace, name) === undefined) return;
    const attempts = attemptsSince(since, this.scheduler.now());
    this.events.backdate({ cluster, namespace, name, reason: 'FailedWithArgoCD' }, attempts.count, rfc3339(since), rfc3339(attempts.last));
    this.retries.resume(keyOf(cluster, namespace, name), attempts.count, attempts.next);
  }

  /** reconcileArgoApplication (L72-186); returns the error Reconcile would return. */
  private reconcileArgoApplication(cluster: string, namespace: string, name: string): string | undefined {
    const app = this.store.get(cluster, namespace, name);
    // Get -> NotFound is ignored (L60-64); only Argo CD applications are handled (L66-68).
    if (!app?.spec?.argoApp) return undefined;
    const labels = stringMap(app.metadata.labels);
    const location = labels[LABEL_LOCATION];
    if (!location) {
      // L76-81: an event and no error, so no retry; on deletion too, as this comes first.
      this.warn(cluster, app, 'Invalid', `Cannot find the namespace of the Argo CD instance from key: ${LABEL_LOCATION}`);
      return undefined;
    }
    const hasArgoName = LABEL_ARGO_APP in labels;
    const argoName = labels[LABEL_ARGO_APP] || name;
    // r.Get in <location>: nothing is found in a namespace this cluster's Argo CD does not use.
    const existing = location === this.argo.namespaceOf(cluster) ? this.argo.get(cluster, argoName) : undefined;
    const finalizers: string[] = app.metadata.finalizers ?? [];

    if (app.metadata.deletionTimestamp) {
      // L87-105: DeleteArgoApp (L348-380) does not wait for Argo CD, then RemoveAppFinalizer (L329-346).
      if (existing) {
        const cascade = argoFinalizers(finalizers);
        if (cascade.length > 0) existing.finalizers = cascade;
        this.argo.delete(cluster, argoName);
      }
      this.store.mutate(cluster, namespace, name, (draft) => {
        draft.metadata.finalizers = (draft.metadata.finalizers ?? []).filter((f: string) => f !== FINALIZER_APP && f !== FINALIZER_CASCADE);
      });
      return undefined;
    }

    const desired = this.desiredArgoApp(app, location);
    let created: string | undefined;
    if (!existing || !hasArgoName) {
      // L119-132: created under the KubeSphere name, whatever the label said; or, when that name is
      // taken by another Argo CD app and the label is missing, with generateName (L133-150, no separator).
      let target = name;
      while (existing && (target === name || this.argo.get(cluster, target))) target = name + randomSuffix(this.random);
      try {
        created = this.argo.create(cluster, { ...desired, name: target }).name;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.warn(cluster, app, 'FailedWithArgoCD', `failed to create application to ArgoCD, error is: ${message}`);
        return message;
      }
    } else {
      // L151-177: spec and operation replaced, argoproj.io labels and annotations merged, finalizers replaced.
      this.argo.update(cluster, argoName, {
        spec: desired.spec,
        operation: desired.operation,
        labels: { ...existing.labels, ...argoProjKeys(desired.labels) },
        annotations: { ...existing.annotations, ...argoProjKeys(desired.annotations) },
        finalizers: desired.finalizers,
      });
    }
    // addArgoAppNameIntoLabels (L263-281), then setArgoProject (L283-327), only when nothing failed (L180-184).
    const needsProject = app.spec.argoApp.spec.project !== namespace || !finalizers.includes(FINALIZER_APP);
    if (created || needsProject) {
      this.store.mutate(cluster, namespace, name, (draft) => {
        if (created) draft.metadata.labels = { ...draft.metadata.labels, [LABEL_ARGO_APP]: created };
        draft.spec.argoApp.spec.project = namespace;
        if (!draft.metadata.finalizers?.includes(FINALIZER_APP))
          draft.metadata.finalizers = [...(draft.metadata.finalizers ?? []), FINALIZER_APP];
      });
    }
    return undefined;
  }

  /** createUnstructuredApplication (L188-237), with the project forced to the namespace first (L107-109). */
  private desiredArgoApp(app: AppObject, location: string): Omit<ArgoApp, 'status' | 'creationTimestamp' | 'name'> {
    const spec = deepClone(app.spec.argoApp.spec);
    spec.project = app.metadata.namespace;
    if (spec.destination?.name && spec.destination?.server) delete spec.destination.server;
    return {
      namespace: location,
      labels: {
        [CONTROL_LABELS.controlBy]: 'ks-devops',
        [CONTROL_LABELS.namespace]: app.metadata.namespace,
        [CONTROL_LABELS.name]: app.metadata.name,
        ...argoProjKeys(stringMap(app.metadata.labels)),
      },
      annotations: argoProjKeys(stringMap(app.metadata.annotations)),
      finalizers: argoFinalizers(app.metadata.finalizers ?? []),
      spec,
      operation: app.spec.argoApp.operation ? deepClone(app.spec.argoApp.operation) : undefined,
      owner: { namespace: app.metadata.namespace, name: app.metadata.name },
    };
  }

  /** The status controller: what it does when an Argo CD app's status changes. */
  publish(cluster: string, argoApp: ArgoApp): void {
    this.applyStatus(cluster, argoApp.owner.namespace, argoApp.owner.name, argoApp.status, argoApp.operation !== undefined);
  }

  /** ApplicationStatusReconciler (argocd-application-status-controller.go L74-113). */
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
