/**
 * Rules about an application's life rather than its Argo CD status: a deletion that is under way
 * or can never finish, and a name too long for the controller to mirror into Argo CD. Sources:
 * ks-devops `controllers/argocd/application_controller.go` (line numbers of its HEAD).
 */
import { DNS_LABEL_MAX_LENGTH } from '../wizard/dnsLabel';
import { type ParsedArgoStatus } from '../status/argoStatus';
import { hasLocationLabel, isNameTooLongToMirror } from '../status/status';
import { type Diagnostic, keys } from './diagnosticTypes';
import {
  type Application,
  FINALIZER_APPLICATION,
  FINALIZER_ARGOCD_RESOURCES,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
} from '../application/types';

/** The fix of a deletion stuck without the location label, by what the app had (see `stuckTerminating`). */
const FIX_NO_ARGO_APP = 'GITOPS_DIAG_STUCK_TERMINATING_FIX_NO_ARGO_APP';
const FIX_UNNAMED_ARGO_APP = 'GITOPS_DIAG_STUCK_TERMINATING_FIX_UNNAMED_ARGO_APP';

/** What a finalizer of a terminating application waits for. */
export type FinalizerRole =
  /** `application.gitops.kubesphere.io`: the KubeSphere controller deleting the Argo CD application. */
  | 'argocd-application'
  /** `resources-finalizer.argocd.argoproj.io`: Argo CD deleting the deployed resources (cascade). */
  | 'deployed-resources'
  /** Put there by someone else; only they remove it. */
  | 'other';

export interface DeletionState {
  /** The `deletionTimestamp`. */
  since: string;
  /** One entry per finalizer, in the object's order. */
  waitingFor: Array<{ finalizer: string; role: FinalizerRole }>;
  /** The Argo CD application the controller deletes: the label's value, else the app's own name (L82-85). */
  argoApp: string;
  /** The controller will never act on it, so the deletion never finishes (see `isStuckTerminating`). */
  stuck: boolean;
}

function roleOf(finalizer: string): FinalizerRole {
  if (finalizer === FINALIZER_APPLICATION) return 'argocd-application';
  if (finalizer === FINALIZER_ARGOCD_RESOURCES) return 'deployed-resources';
  return 'other';
}

/** True once `metadata.deletionTimestamp` is set: the object waits for its finalizers. */
export function isTerminating(app: Application): boolean {
  return !!app.metadata?.deletionTimestamp;
}

/**
 * A terminating Argo CD app whose finalizers only the KubeSphere controller removes, without the
 * location label: the controller returns before its deletion branch when the label is missing
 * (L76-81), so it stays terminating for good. Someone else's finalizer is not claimed.
 */
export function isStuckTerminating(app: Application): boolean {
  if (!isTerminating(app) || !app.spec?.argoApp || hasLocationLabel(app)) return false;
  return (app.metadata.finalizers ?? []).some((f) => roleOf(f) !== 'other');
}

/** What a terminating application waits for; `null` while it is not being deleted. */
export function deletionState(app: Application): DeletionState | null {
  if (!isTerminating(app)) return null;
  const name = app.metadata.name ?? '';
  return {
    since: app.metadata.deletionTimestamp ?? '',
    waitingFor: (app.metadata.finalizers ?? []).map((finalizer) => ({ finalizer, role: roleOf(finalizer) })),
    argoApp: app.metadata.labels?.[LABEL_ARGOCD_APPLICATION] || name,
    stuck: isStuckTerminating(app),
  };
}

/**
 * Whether the app may have an Argo CD application for the controller to delete. The controller
 * names the one it created in the `argocd-application` label (`addArgoAppNameIntoLabels`, called
 * right after each create, L126 and L144), and only an Argo CD application labelled with this app
 * writes `status.argoApp` (`argocd-application-status-controller.go` L58-61, L77-110). With
 * neither, it never had one: nothing was deployed for it. Any status counts, even one that does
 * not read as a string: this decides whether a fix may skip the controller.
 */
export function mayHaveArgoApp(app: Application): boolean {
  if (app.metadata?.labels?.[LABEL_ARGOCD_APPLICATION]) return true;
  const status: unknown = app.status?.argoApp;
  return typeof status === 'string' ? status.trim() !== '' : status !== undefined && status !== null;
}

/**
 * The deletion that never finishes, with its fix, chosen by what the controller would do once woken
 * (`locationFix` applies it). Woken up, it deletes the Argo CD application the label names, or
 * else the one named like the app (L82-85, L87-98), without checking whom that one belongs to: it
 * may be a same-named app's of another project, deleted with cascade (`DeleteArgoApp`, L349-380).
 * - The label names its own: restore the location label and wake the controller.
 * - It never had one (`mayHaveArgoApp`): remove the controller's finalizers instead, as the
 *   controller itself would (`RemoveAppFinalizer`, L330-345), so no Argo CD application is touched.
 * - No label, but a status: it had one, of an unknown name; the label path, with the warning.
 */
export function stuckTerminating(app: Application, location: string): Diagnostic | null {
  const state = deletionState(app);
  if (!state?.stuck) return null;
  const k = keys('STUCK_TERMINATING');
  const ownArgoApp = !!app.metadata.labels?.[LABEL_ARGOCD_APPLICATION];
  const neverHad = !mayHaveArgoApp(app);
  return {
    id: 'stuck-terminating',
    severity: 'error',
    ...k,
    fixKey: ownArgoApp ? k.fixKey : neverHad ? FIX_NO_ARGO_APP : FIX_UNNAMED_ARGO_APP,
    params: {
      label: LABEL_ARGOCD_LOCATION,
      location,
      since: { time: state.since },
      finalizers: state.waitingFor.map((w) => w.finalizer),
      argoApp: state.argoApp,
      name: app.metadata.name ?? '',
    },
    action: neverHad ? { type: 'remove-finalizers' } : { type: 'finish-deletion', location },
  };
}

/**
 * A name too long for the controller to mirror (`isNameTooLongToMirror`), with the fix: create it
 * again under a shorter name (a name cannot change). A terminating app needs nothing any more.
 */
export function nameTooLong(app: Application, parsed: ParsedArgoStatus): Diagnostic | null {
  if (isTerminating(app) || !isNameTooLongToMirror(app, parsed)) return null;
  const name = app.metadata.name ?? '';
  return {
    id: 'name-too-long',
    severity: 'error',
    ...keys('NAME_TOO_LONG'),
    params: { name, length: name.length, max: DNS_LABEL_MAX_LENGTH },
    action: { type: 'recreate' },
  };
}

/** The i18n keys these rules return. */
export const LIFECYCLE_KEYS: readonly string[] = [
  ...Object.values(keys('STUCK_TERMINATING')),
  FIX_NO_ARGO_APP,
  FIX_UNNAMED_ARGO_APP,
  ...Object.values(keys('NAME_TOO_LONG')),
];
