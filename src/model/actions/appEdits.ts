/**
 * Changed copies of an Application that the console sends with a PUT: the location label the
 * controller needs, the refresh annotation, automated sync. Inputs are never changed; every
 * function returns a new object.
 */
import { ANNOTATION_ARGOCD_REFRESH, type Application, DEFAULT_ARGOCD_LOCATION, LABEL_ARGOCD_LOCATION } from '../application/types';

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
