/**
 * From what an application shows to causes and fixes, the way the troubleshooting tables of the
 * KubeSphere DevOps Argo CD guide read. Rules return i18n keys and plain params, never sentences,
 * so the page translates them and a test can assert on them.
 */
import { type ParsedArgoStatus } from '../status/argoStatus';
import { syncPolicySummary } from '../application/appInfo';
import { otherConditions, repositoryAccess, sharedResources } from './conditionRules';
import { isTerminating, LIFECYCLE_KEYS, nameTooLong, stuckTerminating } from './lifecycleRules';
import {
  DEFAULT_PROGRESSING_THRESHOLD_MS,
  type Diagnostic,
  type DiagnoseOptions,
  type DiagnosticResource,
  type DiagnosticSeverity,
  keys,
  listed,
} from './diagnosticTypes';
import { appHealth, appSync, hasLocationLabel, isOperationInProgress, statusOf } from '../status/status';
import {
  type Application,
  type ApplicationCondition,
  type ArgoStatus,
  DEFAULT_ARGOCD_LOCATION,
  LABEL_ARGOCD_LOCATION,
} from '../application/types';

export { DEFAULT_PROGRESSING_THRESHOLD_MS, MAX_LISTED_RESOURCES } from './diagnosticTypes';
export { type DeletionState, deletionState, type FinalizerRole, isStuckTerminating, isTerminating, mayHaveArgoApp } from './lifecycleRules';
export { isActionAllowed, requiredPermission } from './actionRights';
export type {
  Diagnostic,
  DiagnosticAction,
  DiagnosticId,
  DiagnosticParam,
  DiagnosticResource,
  DiagnosticSeverity,
  DiagnoseOptions,
} from './diagnosticTypes';

function toMillis(value: Date | number | string | undefined): number {
  if (value === undefined) return NaN;
  if (value instanceof Date) return value.getTime();
  return typeof value === 'number' ? value : Date.parse(value);
}

// --- missing argocd-location label -----------------------------------------------------------

/** The location the other apps of the project use (the installation may not use `argocd`). */
function usualLocation(otherApps: readonly Application[] | undefined): string {
  const counts = new Map<string, number>();
  for (const other of otherApps ?? []) {
    const value = other.metadata?.labels?.[LABEL_ARGOCD_LOCATION];
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best = DEFAULT_ARGOCD_LOCATION;
  let bestCount = 0;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

function missingLocationLabel(app: Application, location: string): Diagnostic | null {
  // Flux applications are reconciled without it.
  if (app.spec?.kind === 'fluxcd' || hasLocationLabel(app)) return null;
  return {
    id: 'missing-location-label',
    severity: 'error',
    ...keys('MISSING_LOCATION_LABEL'),
    params: { label: LABEL_ARGOCD_LOCATION, location },
    action: { type: 'add-location-label', location },
  };
}

// --- sync failed -----------------------------------------------------------------------------

function syncFailed(status: ArgoStatus | null): Diagnostic | null {
  const op = status?.operationState;
  if (op?.phase !== 'Failed' && op?.phase !== 'Error') return null;
  const failed: DiagnosticResource[] = [];
  for (const r of op.syncResult?.resources ?? []) {
    const hookFailed = r.hookPhase === 'Failed' || r.hookPhase === 'Error';
    if (r.status !== 'SyncFailed' && !hookFailed) continue;
    const entry: DiagnosticResource = { kind: r.kind ?? '', name: r.name ?? '', namespace: r.namespace ?? '' };
    if (r.message) entry.message = r.message;
    entry.status = hookFailed && r.status !== 'SyncFailed' ? (r.hookPhase ?? '') : 'SyncFailed';
    failed.push(entry);
  }
  return {
    id: 'sync-failed',
    severity: 'error',
    ...keys('SYNC_FAILED'),
    params: { phase: op.phase, message: op.message ?? '', count: failed.length, finishedAt: op.finishedAt ?? '' },
    action: { type: 'sync' },
    resources: listed(failed),
  };
}

// --- stuck in Progressing --------------------------------------------------------------------

/**
 * Since when the app has been Progressing: the health's own transition time when Argo CD writes
 * one, else the end (or, while it runs, the start) of the last sync, else the last deployment.
 * `reconciledAt` is not used: it moves on every reconcile, so it says when Argo CD last looked,
 * not since when the app has been progressing.
 */
function progressingSince(status: ArgoStatus | null): string | undefined {
  if (status?.health?.lastTransitionTime) return status.health.lastTransitionTime;
  const op = status?.operationState;
  if (op?.finishedAt ?? op?.startedAt) return op.finishedAt ?? op.startedAt;
  let latest: string | undefined;
  for (const h of status?.history ?? []) {
    if (h.deployedAt && (!latest || Date.parse(h.deployedAt) > Date.parse(latest))) latest = h.deployedAt;
  }
  return latest;
}

function resourcesWithHealth(status: ArgoStatus | null, health: string): DiagnosticResource[] {
  const out: DiagnosticResource[] = [];
  for (const r of status?.resources ?? []) {
    if (r.health?.status !== health) continue;
    const entry: DiagnosticResource = {
      kind: r.kind ?? '',
      name: r.name ?? '',
      namespace: r.namespace ?? '',
      status: health,
    };
    if (r.health.message) entry.message = r.health.message;
    out.push(entry);
  }
  return out;
}

function stuckProgressing(app: Application, parsed: ParsedArgoStatus, options: DiagnoseOptions): Diagnostic | null {
  if (appHealth(app, parsed).code !== 'Progressing') return null;
  const since = progressingSince(parsed.status);
  const elapsed = toMillis(options.now) - toMillis(since);
  const threshold = options.progressingThresholdMs ?? DEFAULT_PROGRESSING_THRESHOLD_MS;
  if (!since || !(elapsed >= threshold)) return null;
  const resources = resourcesWithHealth(parsed.status, 'Progressing');
  return {
    id: 'stuck-progressing',
    severity: 'warning',
    ...keys('STUCK_PROGRESSING'),
    params: { minutes: Math.floor(elapsed / 60000), since, count: resources.length },
    resources: listed(resources),
  };
}

function degraded(app: Application, parsed: ParsedArgoStatus): Diagnostic | null {
  if (appHealth(app, parsed).code !== 'Degraded') return null;
  const resources = resourcesWithHealth(parsed.status, 'Degraded');
  return {
    id: 'degraded',
    severity: 'error',
    ...keys('DEGRADED'),
    params: { count: resources.length, message: parsed.status?.health?.message ?? '' },
    resources: listed(resources),
  };
}

// --- OutOfSync with a manual policy, operation running ---------------------------------------

function outOfSyncManual(app: Application, parsed: ParsedArgoStatus): Diagnostic | null {
  if (appSync(app, parsed).code !== 'OutOfSync' || syncPolicySummary(app).mode !== 'manual') return null;
  if (isOperationInProgress(app, parsed)) return null;
  const count = (parsed.status?.resources ?? []).filter((r) => r.status === 'OutOfSync').length;
  return {
    id: 'out-of-sync-manual',
    severity: 'warning',
    ...keys('OUT_OF_SYNC_MANUAL'),
    params: { count },
    action: { type: 'sync' },
    alternatives: [{ type: 'enable-auto-sync' }],
  };
}

function operationInProgress(app: Application, parsed: ParsedArgoStatus): Diagnostic | null {
  if (!isOperationInProgress(app, parsed)) return null;
  const op = parsed.status?.operationState;
  const running = op?.phase === 'Running' || op?.phase === 'Terminating';
  return {
    id: 'operation-in-progress',
    severity: 'info',
    ...keys('OPERATION_IN_PROGRESS'),
    params: {
      phase: running ? op.phase! : 'Running',
      startedAt: running ? (op.startedAt ?? '') : '',
      username: app.spec?.argoApp?.operation?.initiatedBy?.username ?? op?.operation?.initiatedBy?.username ?? '',
    },
  };
}

const SEVERITY_ORDER: Record<DiagnosticSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * What is wrong with an application and how to fix it, worst first. Pure: the same app, status
 * and options always give the same list. `parsed` defaults to parsing `status.argoApp`;
 * `options.progressingThresholdMs` defaults to 10 minutes.
 */
export function diagnose(app: Application, parsed: ParsedArgoStatus | undefined, options: DiagnoseOptions): Diagnostic[] {
  const status = statusOf(app, parsed);
  const location = usualLocation(options.otherApps);
  // Being deleted, only the deletion matters: a sync or an edit would be undone with the app.
  if (isTerminating(app)) return [stuckTerminating(app, location)].filter((d): d is Diagnostic => d !== null);
  // Too long a name is the one cause: the label's fix would end in the same failure.
  const tooLong = nameTooLong(app, status);
  if (tooLong) return [tooLong];
  const conditions = status.status?.conditions ?? [];
  const used = new Set<ApplicationCondition>();
  const found: Array<Diagnostic | null> = [
    missingLocationLabel(app, location),
    repositoryAccess(app, conditions, used),
    syncFailed(status.status),
    ...sharedResources(app, conditions, options, used),
    degraded(app, status),
    stuckProgressing(app, status, options),
    outOfSyncManual(app, status),
    operationInProgress(app, status),
    ...otherConditions(conditions, used),
  ];
  const list = found.filter((d): d is Diagnostic => d !== null);
  // Array.prototype.sort is stable, so rules of equal severity keep the order above.
  return list.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Every i18n key `diagnose` can return, for the locale completeness test. */
export const DIAGNOSTIC_KEYS: readonly string[] = [
  ...LIFECYCLE_KEYS,
  ...Object.values(keys('MISSING_LOCATION_LABEL')),
  ...Object.values(keys('SHARED_RESOURCE')),
  'GITOPS_DIAG_SHARED_RESOURCE_FIX_KUBESPHERE_APP',
  ...Object.values(keys('REPOSITORY_ACCESS')),
  ...Object.values(keys('SYNC_FAILED')),
  ...Object.values(keys('STUCK_PROGRESSING')),
  ...Object.values(keys('DEGRADED')),
  ...Object.values(keys('OUT_OF_SYNC_MANUAL')),
  ...Object.values(keys('OPERATION_IN_PROGRESS')),
  ...Object.values(keys('CONDITION')),
];
