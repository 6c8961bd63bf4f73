/**
 * Redeploying a revision from the history: which entries may be redeployed, what revision the
 * sync names, whether the entry came from another source than the app has now, and the edit
 * that turns automated sync off first. Inputs are never changed.
 *
 * There is no rollback endpoint in the kapis group (reference §1.1): a redeploy is the ordinary
 * `POST …/sync` with the entry's `revision`. Argo CD syncs the app's CURRENT source at that
 * revision, so an entry deployed from another repository or path does not come back as it was.
 */
import type { RevisionHistory } from '../application/argoTypes';
import type { Application, ApplicationSource } from '../application/types';
import { isTerminating } from '../diagnostics/lifecycleRules';
import type { ParsedArgoStatus } from '../status/argoStatus';
import { isNameTooLongToMirror } from '../status/status';

/**
 * Whether automated sync is on: an `automated` block that is not switched off. While it is on,
 * Argo CD syncs a redeployed old revision back to the target revision at its next reconcile
 * (its own rollback API refuses such apps for that reason).
 */
export function isAutoSyncOn(app: Application): boolean {
  const automated = app.spec?.argoApp?.spec?.syncPolicy?.automated;
  return !!automated && automated.enabled !== false;
}

/**
 * A copy of `app` without `spec.argoApp.spec.syncPolicy.automated`, every other field kept (also
 * fields this console does not know); `null` when there is none, so `useEditApplication` sends
 * nothing. The mirror image of `withAutoSync`. A switched-off block (`enabled: false`) goes too:
 * ks-devops drops `enabled`, so the server would read it as on.
 */
export function withoutAutoSync(app: Application): Application | null {
  const argoApp = app.spec?.argoApp;
  const policy = argoApp?.spec?.syncPolicy;
  if (!argoApp || !policy || !('automated' in policy)) return null;
  const { automated: _dropped, ...rest } = policy;
  return { ...app, spec: { ...app.spec, argoApp: { ...argoApp, spec: { ...argoApp.spec, syncPolicy: rest } } } };
}

/** The revision to sync to: `revision`, or the first of `revisions` for a multi-source entry. */
export function historyRevision(entry: RevisionHistory): string | undefined {
  const revision = entry.revision?.trim() || entry.revisions?.[0]?.trim();
  return revision || undefined;
}

/** The source the entry was deployed from (the first one of a multi-source entry); undefined when not recorded. */
export function historySource(entry: RevisionHistory): ApplicationSource | undefined {
  return entry.source ?? entry.sources?.[0];
}

/** A repository URL compared as Argo CD treats it: no trailing slash or `.git`, case-insensitive. */
const normalRepo = (url: string | undefined) =>
  (url ?? '')
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .toLowerCase();
/** `''`, `.` and `./` all mean the repository's root. */
const normalPath = (path: string | undefined) =>
  (path ?? '')
    .trim()
    .replace(/^\.\/?$/, '')
    .replace(/\/+$/, '');

/**
 * Whether the entry was deployed from another repository, path or chart than the app's source
 * now; false when the entry does not record its source (nothing to tell).
 */
export function historySourceDiffers(entry: RevisionHistory, app: Application): boolean {
  const then = historySource(entry);
  if (!then) return false;
  const now = app.spec?.argoApp?.spec?.source;
  return (
    normalRepo(then.repoURL) !== normalRepo(now?.repoURL) ||
    normalPath(then.path) !== normalPath(now?.path) ||
    (then.chart ?? '') !== (now?.chart ?? '')
  );
}

/**
 * Whether a redeploy may be offered at all, rights aside, by the same rules as the header's Sync:
 * not while the app is being deleted (the sync would go with it), not for an app the controller
 * could never mirror (the sync would never run and then block every later one).
 */
export function mayRedeploy(app: Application, parsed?: ParsedArgoStatus): boolean {
  return !isTerminating(app) && !isNameTooLongToMirror(app, parsed);
}
