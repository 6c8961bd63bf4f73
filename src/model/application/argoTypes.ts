/**
 * The Argo CD Application `.status` (reference §6) as `parseArgoStatus` returns it: the content of
 * the KubeSphere Application's `status.argoApp` string. Every field is optional, because the
 * parser drops values of the wrong type instead of failing.
 */
import type {
  ApplicationConditionType,
  ApplicationDestination,
  ApplicationSource,
  ApplicationSourceType,
  HealthStatusCode,
  HookType,
  Operation,
  OperationPhase,
  ResultCode,
  SyncPhase,
  SyncStatusCode,
} from './types';

export interface HealthStatus {
  status?: HealthStatusCode;
  message?: string;
}

export interface AppHealthStatus extends HealthStatus {
  /** Written by newer Argo CD versions when the application's health changes. */
  lastTransitionTime?: string;
}

export interface ResourceStatus {
  group?: string;
  version?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  status?: SyncStatusCode;
  /** Absent on Argo CD ≥ 3.0 unless `controller.resource.health.persist` is true. */
  health?: HealthStatus;
  hook?: boolean;
  requiresPruning?: boolean;
  syncWave?: number;
  requiresDeletionConfirmation?: boolean;
}

export interface ComparedTo {
  source?: ApplicationSource;
  sources?: ApplicationSource[];
  destination?: ApplicationDestination;
}

export interface SyncStatus {
  status?: SyncStatusCode;
  comparedTo?: ComparedTo;
  revision?: string;
  revisions?: string[];
}

export interface RevisionHistory {
  id?: number;
  revision?: string;
  revisions?: string[];
  deployedAt?: string;
  deployStartedAt?: string;
  source?: ApplicationSource;
  sources?: ApplicationSource[];
  initiatedBy?: { username?: string; automated?: boolean };
}

export interface ApplicationCondition {
  type: ApplicationConditionType;
  message?: string;
  lastTransitionTime?: string;
}

export interface ResourceResult {
  group?: string;
  version?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  status?: ResultCode;
  message?: string;
  hookType?: HookType;
  hookPhase?: OperationPhase;
  syncPhase?: SyncPhase;
}

export interface SyncOperationResult {
  resources?: ResourceResult[];
  revision?: string;
  revisions?: string[];
  source?: ApplicationSource;
  sources?: ApplicationSource[];
}

export interface OperationState {
  operation?: Operation;
  phase?: OperationPhase;
  message?: string;
  syncResult?: SyncOperationResult;
  startedAt?: string;
  finishedAt?: string;
  retryCount?: number;
}

export interface ApplicationSummary {
  externalURLs?: string[];
  images?: string[];
}

export interface ArgoStatus {
  resources?: ResourceStatus[];
  sync?: SyncStatus;
  health?: AppHealthStatus;
  history?: RevisionHistory[];
  conditions?: ApplicationCondition[];
  reconciledAt?: string;
  observedAt?: string;
  operationState?: OperationState;
  sourceType?: ApplicationSourceType;
  sourceTypes?: ApplicationSourceType[];
  summary?: ApplicationSummary;
  /** `"appTree"` on Argo CD ≥ 3.0: per-resource health then lives only in the resource tree. */
  resourceHealthSource?: string;
  controllerNamespace?: string;
}
