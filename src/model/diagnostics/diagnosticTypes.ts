/**
 * The shape of a diagnostic and the helpers every rule shares. A diagnostic carries i18n keys
 * (`GITOPS_DIAG_*`) and plain params for `{name}` placeholders, never sentences.
 */
import type { Application } from '../application/types';

export type DiagnosticId =
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

export interface Diagnostic {
  id: DiagnosticId;
  severity: DiagnosticSeverity;
  titleKey: string;
  causeKey: string;
  fixKey: string;
  /** Values for `{name}` placeholders of the three keys. */
  params: Record<string, string | number>;
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
