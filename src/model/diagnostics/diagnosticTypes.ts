/**
 * The shape of a diagnostic and the helpers every rule shares. A diagnostic carries i18n keys
 * (`GITOPS_DIAG_*`) and plain params for `{name}` placeholders, never sentences: lists and times
 * stay data, for the page to write in the reader's language.
 */
import type { Application } from '../application/types';

export type DiagnosticId =
  | 'stuck-terminating'
  | 'name-too-long'
  | 'missing-location-label'
  | 'shared-resource'
  | 'repository-access'
  | 'sync-failed'
  | 'stuck-progressing'
  | 'degraded'
  | 'out-of-sync-manual'
  | 'operation-in-progress'
  | 'condition';

export type DiagnosticAction =
  | { type: 'add-location-label'; location: string }
  /** The same edit on a terminating app: the controller then finishes the deletion. */
  | { type: 'finish-deletion'; location: string }
  /** A terminating app that never had an Argo CD application: its controller finalizers go, nothing else. */
  | { type: 'remove-finalizers' }
  /** Create the application again under a shorter name (the old one cannot be renamed). */
  | { type: 'recreate' }
  | { type: 'sync' }
  | { type: 'enable-auto-sync' }
  | { type: 'open-git-repositories'; repoURL?: string };

export interface DiagnosticResource {
  kind: string;
  name: string;
  namespace: string;
  /** The sync result, or the health message, that explains this resource's part. */
  message?: string;
  status?: string;
}

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/**
 * The value of a `{name}` placeholder: text or a number as it is, a list to join as the reader's
 * language does ("a, b", "a、b"), or a time (RFC 3339) to show as a date in that language.
 */
export type DiagnosticParam = string | number | readonly string[] | { time: string };

export interface Diagnostic {
  id: DiagnosticId;
  severity: DiagnosticSeverity;
  titleKey: string;
  causeKey: string;
  fixKey: string;
  /** Values for `{name}` placeholders of the three keys. */
  params: Record<string, DiagnosticParam>;
  /** The one-click fix the page can offer. */
  action?: DiagnosticAction;
  /** Other actions that fix it as well (e.g. enable auto-sync next to sync). */
  alternatives?: DiagnosticAction[];
  /** The resources concerned, at most `MAX_LISTED_RESOURCES`; `params.count` has the full number. */
  resources?: DiagnosticResource[];
}

export interface DiagnoseOptions {
  /** The current time; passed in so the result depends on nothing but the arguments. */
  now: Date | number | string;
  /** The other applications of the same DevOps project, to name the other side of a conflict. */
  otherApps?: readonly Application[];
  /** How long `Progressing` may last before it is reported. Defaults to 10 minutes. */
  progressingThresholdMs?: number;
}

export const DEFAULT_PROGRESSING_THRESHOLD_MS = 10 * 60 * 1000;
export const MAX_LISTED_RESOURCES = 20;

/** The three i18n keys of a rule: `GITOPS_DIAG_<NAME>_TITLE`, `_CAUSE` and `_FIX`. */
export const keys = (name: string) => ({
  titleKey: `GITOPS_DIAG_${name}_TITLE`,
  causeKey: `GITOPS_DIAG_${name}_CAUSE`,
  fixKey: `GITOPS_DIAG_${name}_FIX`,
});

/** The first `MAX_LISTED_RESOURCES` resources: a diagnostic explains, the tree lists. */
export function listed(resources: DiagnosticResource[]): DiagnosticResource[] {
  return resources.slice(0, MAX_LISTED_RESOURCES);
}
