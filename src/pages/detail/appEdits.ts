import type { Application } from '../../model';

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
