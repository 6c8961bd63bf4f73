/**
 * Changed copies of an Application that the console sends with a PUT: the location label the
 * controller needs, the refresh annotation, automated sync. Inputs are never changed; every
 * function returns a new object.
 */
import {
  ANNOTATION_ARGOCD_REFRESH,
  ANNOTATION_CREATOR,
  ANNOTATION_IMAGES,
  type Application,
  DEFAULT_ARGOCD_LOCATION,
  FINALIZER_APPLICATION,
  FINALIZER_ARGOCD_RESOURCES,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
  LABEL_HEALTH_STATUS,
  LABEL_SYNC_STATUS,
} from '../application/types';
import { mayHaveArgoApp } from '../diagnostics/lifecycleRules';

function withMetadataMap(app: Application, field: 'labels' | 'annotations', update: (map: Record<string, string>) => void): Application {
  const map = { ...(app.metadata?.[field] ?? {}) };
  update(map);
  return { ...app, metadata: { ...app.metadata, [field]: map } };
}

/**
 * A copy of `app` that carries `gitops.kubesphere.io/argocd-location` (without it the controller
 * never creates the Argo CD application and the status stays Unknown). An existing non-empty
 * value is kept. `location` defaults to `argocd`, the DevOps chart's default.
 */
export function ensureLocationLabel(app: Application, location: string = DEFAULT_ARGOCD_LOCATION): Application {
  return withMetadataMap(app, 'labels', (labels) => {
    if (!labels[LABEL_ARGOCD_LOCATION]?.trim()) labels[LABEL_ARGOCD_LOCATION] = location;
  });
}

/**
 * The one-click fix for an application without the location label, computed from its latest
 * copy: the label, plus a change the controller wakes up for; `null` when the label is there.
 *
 * The label alone wakes nothing. The controller's event filter (ks-devops
 * `controllers/argocd/application_controller.go` L441-452) passes an update only when the
 * generation changed, when the finalizers changed (L392-411), or when the annotations (else the
 * labels) changed and some key of them contains `argoproj.io` (L413-439); the location label's key
 * does not. So the label goes with:
 * - a terminating app: the annotation `argocd.argoproj.io/refresh` (removed instead if it is
 *   there already: that changes the annotations too). A terminating object cannot get a new
 *   finalizer (the API answers 422). Woken up, the controller deletes the Argo CD application and
 *   removes its finalizers (L87-105), so the object and the annotation are gone right after.
 * - a live app without the controller's finalizer (it never got its Argo CD application): the
 *   finalizer `application.gitops.kubesphere.io`, which `setArgoProject` adds anyway (L305).
 * - a live app that has it (the label was removed later): the refresh annotation, as above; the
 *   controller copies it to the Argo CD application, which merely refreshes.
 * A terminating app that never had an Argo CD application must not be woken: see `locationFix`.
 */
export function restoreLocationLabel(latest: Application, location: string = DEFAULT_ARGOCD_LOCATION): Application | null {
  if (latest.metadata?.labels?.[LABEL_ARGOCD_LOCATION]?.trim()) return null;
  const labelled = ensureLocationLabel(latest, location);
  const finalizers = latest.metadata?.finalizers ?? [];
  if (!latest.metadata?.deletionTimestamp && !finalizers.includes(FINALIZER_APPLICATION)) {
    return { ...labelled, metadata: { ...labelled.metadata, finalizers: [...finalizers, FINALIZER_APPLICATION] } };
  }
  return latest.metadata?.annotations?.[ANNOTATION_ARGOCD_REFRESH] !== undefined
    ? withoutRefreshAnnotation(labelled)
    : withRefreshAnnotation(labelled);
}

/** What the fix of an application without the location label does (`locationFix`). */
export type LocationFixKind = 'add-location-label' | 'finish-deletion' | 'remove-finalizers';

/**
 * The fix of an application without the location label, chosen on its latest copy (someone may
 * have changed it since the page showed it); `null` when there is nothing to change.
 *
 * A terminating app that never had an Argo CD application (no `argocd-application` label, no
 * `status.argoApp`: `mayHaveArgoApp`) is not given the label: woken up, the controller would look
 * for the Argo CD application named like the app (application_controller.go L82-85) and delete it
 * with cascade (L87-98, `DeleteArgoApp` L349-380) without checking that it belongs to this app,
 * and a same-named app of another DevOps project has one under that name. Nothing was deployed,
 * so the controller's two finalizers are removed here instead, as its `RemoveAppFinalizer` would
 * (L330-345); removing finalizers from a terminating object is allowed (only adding one is not).
 * Every other app gets `restoreLocationLabel`.
 */
export function locationFix(latest: Application, location?: string): { kind: LocationFixKind; app: Application } | null {
  const terminating = !!latest.metadata?.deletionTimestamp;
  if (terminating && !latest.metadata.labels?.[LABEL_ARGOCD_LOCATION]?.trim() && !mayHaveArgoApp(latest)) {
    const app = withoutControllerFinalizers(latest);
    return app && { kind: 'remove-finalizers', app };
  }
  const app = restoreLocationLabel(latest, location);
  return app && { kind: terminating ? 'finish-deletion' : 'add-location-label', app };
}

const CONTROLLER_FINALIZERS: readonly string[] = [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES];

/** A copy without the KubeSphere controller's two finalizers (someone else's stay); `null` when it has neither. */
export function withoutControllerFinalizers(app: Application): Application | null {
  const finalizers = app.metadata?.finalizers ?? [];
  const kept = finalizers.filter((f) => !CONTROLLER_FINALIZERS.includes(f));
  return kept.length === finalizers.length ? null : { ...app, metadata: { ...app.metadata, finalizers: kept } };
}

/** What only the server and the controllers write: left out of a manifest to create from. */
const NOT_COPIED_METADATA = [
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'finalizers',
  'ownerReferences',
];
const NOT_COPIED_LABELS = [LABEL_ARGOCD_APPLICATION, LABEL_SYNC_STATUS, LABEL_HEALTH_STATUS];
const NOT_COPIED_ANNOTATIONS = [ANNOTATION_IMAGES, ANNOTATION_CREATOR, ANNOTATION_ARGOCD_REFRESH];

/**
 * A manifest to create `app` again from (under another name): its spec, labels and annotations,
 * without status, a requested sync, and what the server and the controllers write. The name is
 * kept for the user to change; the alias too.
 */
export function manifestToRecreate(app: Application): Application {
  const copy = JSON.parse(JSON.stringify(app)) as Application;
  delete copy.status;
  const meta = copy.metadata as Record<string, unknown>;
  for (const field of NOT_COPIED_METADATA) delete meta[field];
  for (const key of NOT_COPIED_LABELS) delete copy.metadata.labels?.[key];
  for (const key of NOT_COPIED_ANNOTATIONS) delete copy.metadata.annotations?.[key];
  if (copy.spec?.argoApp) delete copy.spec.argoApp.operation;
  return copy;
}

export type RefreshMode = 'normal' | 'hard';

/**
 * A copy of `app` with `argocd.argoproj.io/refresh` set. The controller copies annotations that
 * contain `argoproj.io` to the Argo CD application, which then refreshes (`hard` also regenerates
 * the manifests, bypassing the cache) and removes the annotation there. The controller only acts
 * on a change: when the app still carries the same value from an earlier refresh, send
 * `withoutRefreshAnnotation` first. `mode` defaults to `normal`.
 */
export function withRefreshAnnotation(app: Application, mode: RefreshMode = 'normal'): Application {
  return withMetadataMap(app, 'annotations', (annotations) => {
    annotations[ANNOTATION_ARGOCD_REFRESH] = mode;
  });
}

/** A copy of `app` without the refresh annotation, so a later PUT does not request one again. */
export function withoutRefreshAnnotation(app: Application): Application {
  return withMetadataMap(app, 'annotations', (annotations) => {
    delete annotations[ANNOTATION_ARGOCD_REFRESH];
  });
}

/**
 * A copy of `app` whose sync policy is automated (`syncPolicy.automated: {}`), everything else
 * kept; an existing automated block is kept as it is, but switched on if it was switched off.
 */
export function withAutoSync(app: Application): Application {
  const argoApp = app.spec.argoApp;
  if (!argoApp) return app;
  const policy = argoApp.spec.syncPolicy ?? {};
  const automated = policy.automated ? { ...policy.automated } : {};
  if (automated.enabled === false) delete automated.enabled;
  return {
    ...app,
    spec: { ...app.spec, argoApp: { ...argoApp, spec: { ...argoApp.spec, syncPolicy: { ...policy, automated } } } },
  };
}
