/**
 * Badge logic for health, sync and operation states: which code to show, why it is Unknown,
 * how severe it is, which icon and which i18n key go with it.
 *
 * The status labels are what the list endpoint filters on and what the summary counts, so they
 * win; the parsed `status.argoApp` is only a fallback (for instance right after an upgrade, before
 * the controller has written the labels again).
 */
import { isUnreadable, type ParsedArgoStatus, parseArgoStatus } from './argoStatus';
import { DNS_LABEL_MAX_LENGTH } from '../wizard/dnsLabel';
import {
  type Application,
  type HealthStatusCode,
  isKnown,
  KNOWN_HEALTH_STATUSES,
  KNOWN_OPERATION_PHASES,
  KNOWN_RESULT_CODES,
  KNOWN_SYNC_STATUSES,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
  LABEL_HEALTH_STATUS,
  LABEL_SYNC_STATUS,
  type OperationPhase,
  type ResultCode,
  type SyncStatusCode,
} from '../application/types';

export { hookPhaseOf, isHookResult } from './syncResult';

export type Severity = 'success' | 'warning' | 'error' | 'info' | 'unknown';

export const UNKNOWN_REASONS = ['name-too-long', 'missing-location-label', 'not-reported-yet', 'unreadable-status'] as const;
/** Why a badge says Unknown although Argo CD did not say so. */
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

export interface BadgeState<C extends string> {
  code: C;
  /** Where the code came from: the status label, the parsed `status.argoApp`, or nowhere. */
  source: 'label' | 'status' | 'none';
  /** Set only when `source` is `none`. */
  reason?: UnknownReason;
}

/** Parses `status.argoApp` unless the caller already did (pass the result to avoid parsing twice). */
export function statusOf(app: Application, parsed?: ParsedArgoStatus): ParsedArgoStatus {
  return parsed ?? parseArgoStatus(app.status?.argoApp);
}

function label(app: Application, key: string): string | undefined {
  const value = app.metadata?.labels?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** True when the app carries the label without which the controller never creates the Argo CD app. */
export function hasLocationLabel(app: Application): boolean {
  return label(app, LABEL_ARGOCD_LOCATION) !== undefined;
}

/**
 * True for an Argo CD app the controller could never mirror because of its name: it labels the
 * Argo CD application with the name (ks-devops `application_controller.go` L205-209), a label value
 * stops at 63 characters, so the create fails with a `FailedWithArgoCD` event (L125-132) and the
 * app gets no `argocd-application` label and no status. An app that has either was mirrored after
 * all, so its name is not the problem.
 */
export function isNameTooLongToMirror(app: Application, parsed?: ParsedArgoStatus): boolean {
  const name = app.metadata?.name ?? '';
  if (!app.spec?.argoApp || name.length <= DNS_LABEL_MAX_LENGTH || label(app, LABEL_ARGOCD_APPLICATION)) return false;
  return !app.status?.argoApp && !statusOf(app, parsed).status;
}

function unknownReason(app: Application, parsed: ParsedArgoStatus): UnknownReason {
  // Causes that keep the status away for good come first, the one no edit can fix before the
  // label the user can add.
  if (isNameTooLongToMirror(app, parsed)) return 'name-too-long';
  if (!hasLocationLabel(app)) return 'missing-location-label';
  if (isUnreadable(parsed)) return 'unreadable-status';
  return 'not-reported-yet';
}

function badge<C extends string>(
  app: Application,
  labelKey: string,
  fromStatus: (p: ParsedArgoStatus) => C | undefined,
  parsed?: ParsedArgoStatus,
): BadgeState<C | 'Unknown'> {
  const fromLabel = label(app, labelKey);
  if (fromLabel !== undefined) return { code: fromLabel as C, source: 'label' };
  // Parse only now: most apps carry the labels, and a list page should not parse every status.
  const status = statusOf(app, parsed);
  const value = fromStatus(status);
  if (value) return { code: value, source: 'status' };
  return { code: 'Unknown', source: 'none', reason: unknownReason(app, status) };
}

/**
 * The application's health: label `gitops.kubesphere.io/health-status`, else `health.status` of
 * `status.argoApp`, else `Unknown` with a reason. Pass `parsed` if the status is already parsed.
 */
export function appHealth(app: Application, parsed?: ParsedArgoStatus): BadgeState<HealthStatusCode> {
  return badge<HealthStatusCode>(app, LABEL_HEALTH_STATUS, (p) => p.status?.health?.status, parsed);
}

/**
 * The application's sync status: label `gitops.kubesphere.io/sync-status`, else `sync.status` of
 * `status.argoApp`, else `Unknown` with a reason. Pass `parsed` if the status is already parsed.
 */
export function appSync(app: Application, parsed?: ParsedArgoStatus): BadgeState<SyncStatusCode> {
  return badge<SyncStatusCode>(app, LABEL_SYNC_STATUS, (p) => p.status?.sync?.status, parsed);
}

/**
 * True while a sync is requested or running: `spec.argoApp.operation` is set (the API then
 * refuses another sync with 400) or Argo CD reports the phase `Running`/`Terminating`.
 */
export function isOperationInProgress(app: Application, parsed?: ParsedArgoStatus): boolean {
  return syncBlocker(app, parsed) !== null;
}

/**
 * Why a sync sent now would not run, or null when it would:
 * - `requested`: the KubeSphere object holds an operation; the API refuses another with 400.
 * - `running`: Argo CD runs an operation the object does not hold (an automated sync or its
 *   retry). The API accepts a new one and hands it over, but Argo CD goes on with the running
 *   operation and clears `operation` when it completes (argo-cd controller/appcontroller.go
 *   `processRequestedAppOperation` keeps a running state, `setOperationState` patches
 *   `operation: null`), and ks-devops then removes it from the KubeSphere object
 *   (argocd-application-status-controller.go): the sync is dropped without a word.
 */
export function syncBlocker(app: Application, parsed?: ParsedArgoStatus): 'requested' | 'running' | null {
  if (app.spec?.argoApp?.operation) return 'requested';
  const phase = statusOf(app, parsed).status?.operationState?.phase;
  return phase === 'Running' || phase === 'Terminating' ? 'running' : null;
}

// ---------------------------------------------------------------------------------------------
// Severity, icons and i18n keys. Icon names are exports of @kubed/icons 0.2.31.
// ---------------------------------------------------------------------------------------------

const HEALTH_SEVERITY: Record<string, Severity> = {
  Healthy: 'success',
  Progressing: 'info',
  // Suspended waits for someone (a paused rollout, a suspended job): worth a look, not an error.
  Suspended: 'warning',
  Missing: 'warning',
  Degraded: 'error',
  Unknown: 'unknown',
};

const SYNC_SEVERITY: Record<string, Severity> = { Synced: 'success', OutOfSync: 'warning', Unknown: 'unknown' };

const PHASE_SEVERITY: Record<string, Severity> = {
  Succeeded: 'success',
  Running: 'info',
  Terminating: 'warning',
  Failed: 'error',
  Error: 'error',
};

const RESULT_SEVERITY: Record<string, Severity> = {
  Synced: 'success',
  Pruned: 'info',
  PruneSkipped: 'warning',
  SyncFailed: 'error',
};

const own = (table: Record<string, Severity>, code: string | undefined): Severity =>
  code !== undefined && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : 'unknown';

/** Severity of a health code; codes this console does not know are `unknown`. */
export const healthSeverity = (code: HealthStatusCode | undefined): Severity => own(HEALTH_SEVERITY, code);
/** Severity of a sync code; codes this console does not know are `unknown`. */
export const syncSeverity = (code: SyncStatusCode | undefined): Severity => own(SYNC_SEVERITY, code);
/** Severity of an operation phase; phases this console does not know are `unknown`. */
export const phaseSeverity = (code: OperationPhase | undefined): Severity => own(PHASE_SEVERITY, code);
/** Severity of a per-resource sync result; codes this console does not know are `unknown`. */
export const resultSeverity = (code: ResultCode | undefined): Severity => own(RESULT_SEVERITY, code);

/**
 * The shapes follow the console's CD status icons (kubesphere/console release-3.4,
 * `src/pages/devops/containers/CD/Components/StatusText` and `src/assets/cd/*.svg`): a heart for
 * Healthy, a tick disc for Synced, a minus disc for OutOfSync, a cross disc for a failure, a pause
 * disc for Suspended, a question disc for Unknown. Each state of one column has its own shape, so
 * the icons tell the states apart without their colour.
 */
export type StatusIcon =
  | 'Success'
  | 'HeartDuotone'
  | 'LoadingCircleDuotone'
  | 'CloseCircleDuotone'
  | 'PauseCircleDuotone'
  | 'SubtractCircleDuotone'
  | 'StopCircleDuotone'
  | 'Warning'
  | 'Question'
  // Also offered to other badges (an operation in progress, a deletion, a failed request).
  | 'Error'
  | 'Stop'
  | 'Refresh';

const HEALTH_ICON: Record<string, StatusIcon> = {
  Healthy: 'HeartDuotone',
  Progressing: 'LoadingCircleDuotone',
  Suspended: 'PauseCircleDuotone',
  Missing: 'Warning',
  Degraded: 'CloseCircleDuotone',
};
const SYNC_ICON: Record<string, StatusIcon> = { Synced: 'Success', OutOfSync: 'SubtractCircleDuotone' };
const PHASE_ICON: Record<string, StatusIcon> = {
  Succeeded: 'Success',
  Running: 'LoadingCircleDuotone',
  Terminating: 'StopCircleDuotone',
  Failed: 'CloseCircleDuotone',
  Error: 'CloseCircleDuotone',
};
const RESULT_ICON: Record<string, StatusIcon> = {
  Synced: 'Success',
  Pruned: 'SubtractCircleDuotone',
  PruneSkipped: 'Warning',
  SyncFailed: 'CloseCircleDuotone',
};

const icon = (table: Record<string, StatusIcon>, code: string | undefined): StatusIcon =>
  code !== undefined && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : 'Question';

/** Icon name (from @kubed/icons) for a health code; `Question` for Unknown and unknown codes. */
export const healthIcon = (code: HealthStatusCode | undefined): StatusIcon => icon(HEALTH_ICON, code);
/** Icon name (from @kubed/icons) for a sync code; `Question` for Unknown and unknown codes. */
export const syncIcon = (code: SyncStatusCode | undefined): StatusIcon => icon(SYNC_ICON, code);
/** Icon name (from @kubed/icons) for an operation phase; `Question` for unknown phases. */
export const phaseIcon = (code: OperationPhase | undefined): StatusIcon => icon(PHASE_ICON, code);
/** Icon name (from @kubed/icons) for a per-resource sync result; `Question` for unknown codes. */
export const resultIcon = (code: ResultCode | undefined): StatusIcon => icon(RESULT_ICON, code);

/** `OutOfSync` → `OUT_OF_SYNC`, `PruneSkipped` → `PRUNE_SKIPPED`. */
function upperSnake(code: string): string {
  return code.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * The i18n key of a health code (`GITOPS_STATUS_HEALTHY` …), or `null` for a code this console has
 * no word for: show the raw code then, never an empty badge.
 */
export function healthLabelKey(code: string | undefined): string | null {
  return isKnown(KNOWN_HEALTH_STATUSES, code) ? `GITOPS_STATUS_${upperSnake(code)}` : null;
}

/** The i18n key of a sync code (`GITOPS_STATUS_OUT_OF_SYNC` …), or `null` for an unknown code. */
export function syncLabelKey(code: string | undefined): string | null {
  return isKnown(KNOWN_SYNC_STATUSES, code) ? `GITOPS_STATUS_${upperSnake(code)}` : null;
}

/** The i18n key of an operation phase (`GITOPS_PHASE_RUNNING` …), or `null` for an unknown phase. */
export function phaseLabelKey(code: string | undefined): string | null {
  return isKnown(KNOWN_OPERATION_PHASES, code) ? `GITOPS_PHASE_${upperSnake(code)}` : null;
}

/** The i18n key of a per-resource sync result (`GITOPS_RESULT_SYNC_FAILED` …), or `null`. */
export function resultLabelKey(code: string | undefined): string | null {
  return isKnown(KNOWN_RESULT_CODES, code) ? `GITOPS_RESULT_${upperSnake(code)}` : null;
}

/**
 * The i18n key of a source type that is a word (`Directory`, `Plugin`), or `null` for the names of
 * tools (Helm, Kustomize, Ksonnet), which read the same in every language and are shown as they are.
 */
export function sourceTypeLabelKey(type: string | undefined | null): string | null {
  return type === 'Directory' || type === 'Plugin' ? `GITOPS_SOURCE_TYPE_${type.toUpperCase()}` : null;
}

/** The i18n key explaining an Unknown badge (`GITOPS_UNKNOWN_REASON_MISSING_LOCATION_LABEL` …). */
export function unknownReasonKey(reason: UnknownReason): string {
  return `GITOPS_UNKNOWN_REASON_${reason.replace(/-/g, '_').toUpperCase()}`;
}

/** Order of severities from best to worst, for folding many states into one. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  success: 0,
  unknown: 1,
  info: 2,
  warning: 3,
  error: 4,
};

/** The worse of two severities. */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}
