/**
 * Shapes of the `applications.gitops.kubesphere.io` API (ks-devops `pkg/api/gitops/v1alpha1`)
 * and of the Argo CD status that the controller copies into `status.argoApp` as a JSON string.
 *
 * Enum-like unions stay open (`| (string & {})`): Argo CD adds values between releases, and a
 * console that rejects a value it has never seen would hide exactly the state a user needs to see.
 * The `KNOWN_*` arrays list the values this console has words and colours for.
 */

/** Widens a union of literals so that any other string is accepted while editors still suggest the literals. */
export type Open<T extends string> = T | (string & {});

// ---------------------------------------------------------------------------------------------
// Keys (reference §2.2)
// ---------------------------------------------------------------------------------------------

export const LABEL_ARGOCD_LOCATION = 'gitops.kubesphere.io/argocd-location';
export const LABEL_ARGOCD_APPLICATION = 'gitops.kubesphere.io/argocd-application';
export const LABEL_HEALTH_STATUS = 'gitops.kubesphere.io/health-status';
export const LABEL_SYNC_STATUS = 'gitops.kubesphere.io/sync-status';
export const ANNOTATION_IMAGES = 'gitops.kubesphere.io/images';
export const ANNOTATION_ALIAS_NAME = 'kubesphere.io/alias-name';
export const ANNOTATION_DESCRIPTION = 'kubesphere.io/description';
export const ANNOTATION_CREATOR = 'kubesphere.io/creator';
export const ANNOTATION_ARGOCD_REFRESH = 'argocd.argoproj.io/refresh';
/** Added by the controller after the first reconcile; makes deletion remove the Argo CD application. */
export const FINALIZER_APPLICATION = 'application.gitops.kubesphere.io';
/** Added by `DELETE ?cascade=true`; Argo CD then deletes the deployed resources too. */
export const FINALIZER_ARGOCD_RESOURCES = 'resources-finalizer.argocd.argoproj.io';
/** The Argo CD namespace the DevOps chart installs into by default. */
export const DEFAULT_ARGOCD_LOCATION = 'argocd';
export const API_VERSION = 'gitops.kubesphere.io/v1alpha1';
export const IN_CLUSTER_SERVER = 'https://kubernetes.default.svc';
export const IN_CLUSTER_NAME = 'in-cluster';

// ---------------------------------------------------------------------------------------------
// Enums (reference §6)
// ---------------------------------------------------------------------------------------------

export const KNOWN_HEALTH_STATUSES = ['Healthy', 'Progressing', 'Degraded', 'Suspended', 'Missing', 'Unknown'] as const;
export type KnownHealthStatus = (typeof KNOWN_HEALTH_STATUSES)[number];
export type HealthStatusCode = Open<KnownHealthStatus>;

export const KNOWN_SYNC_STATUSES = ['Synced', 'OutOfSync', 'Unknown'] as const;
export type KnownSyncStatus = (typeof KNOWN_SYNC_STATUSES)[number];
export type SyncStatusCode = Open<KnownSyncStatus>;

export const KNOWN_OPERATION_PHASES = ['Running', 'Terminating', 'Failed', 'Error', 'Succeeded'] as const;
export type KnownOperationPhase = (typeof KNOWN_OPERATION_PHASES)[number];
export type OperationPhase = Open<KnownOperationPhase>;

export const KNOWN_RESULT_CODES = ['Synced', 'SyncFailed', 'Pruned', 'PruneSkipped'] as const;
export type KnownResultCode = (typeof KNOWN_RESULT_CODES)[number];
export type ResultCode = Open<KnownResultCode>;

export const KNOWN_HOOK_TYPES = ['PreSync', 'Sync', 'PostSync', 'Skip', 'SyncFail', 'PreDelete', 'PostDelete'] as const;
export type KnownHookType = (typeof KNOWN_HOOK_TYPES)[number];
export type HookType = Open<KnownHookType>;

export const KNOWN_SYNC_PHASES = ['PreSync', 'Sync', 'PostSync', 'SyncFail'] as const;
export type KnownSyncPhase = (typeof KNOWN_SYNC_PHASES)[number];
export type SyncPhase = Open<KnownSyncPhase>;

export const KNOWN_SOURCE_TYPES = ['Helm', 'Kustomize', 'Ksonnet', 'Directory', 'Plugin'] as const;
export type KnownSourceType = (typeof KNOWN_SOURCE_TYPES)[number];
export type ApplicationSourceType = Open<KnownSourceType>;

export const KNOWN_CONDITION_TYPES = [
  'DeletionError',
  'InvalidSpecError',
  'ComparisonError',
  'SyncError',
  'UnknownError',
  'SharedResourceWarning',
  'RepeatedResourceWarning',
  'ExcludedResourceWarning',
  'OrphanedResourceWarning',
] as const;
export type KnownConditionType = (typeof KNOWN_CONDITION_TYPES)[number];
export type ApplicationConditionType = Open<KnownConditionType>;

// ---------------------------------------------------------------------------------------------
// The KubeSphere Application (reference §2.1)
// ---------------------------------------------------------------------------------------------

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: unknown[];
  managedFields?: unknown[];
}

export interface ApplicationDestination {
  server?: string;
  namespace?: string;
  name?: string;
}

export interface HelmParameter {
  name?: string;
  value?: string;
  forceString?: boolean;
}

export interface ApplicationSourceHelm {
  valueFiles?: string[];
  parameters?: HelmParameter[];
  releaseName?: string;
  values?: string;
  fileParameters?: Array<{ name?: string; path?: string }>;
  version?: string;
  passCredentials?: boolean;
  ignoreMissingValueFiles?: boolean;
  skipCrds?: boolean;
}

export interface ApplicationSourceKustomize {
  namePrefix?: string;
  nameSuffix?: string;
  images?: string[];
  commonLabels?: Record<string, string>;
  version?: string;
  commonAnnotations?: Record<string, string>;
  forceCommonLabels?: boolean;
  forceCommonAnnotations?: boolean;
}

export interface ApplicationSourceDirectory {
  recurse?: boolean;
  jsonnet?: {
    extVars?: Array<{ name: string; value: string; code?: boolean }>;
    tlas?: Array<{ name: string; value: string; code?: boolean }>;
    libs?: string[];
  };
  exclude?: string;
  include?: string;
}

export interface ApplicationSourceKsonnet {
  environment?: string;
  parameters?: Array<{ component?: string; name: string; value: string }>;
}

export interface ApplicationSourcePlugin {
  name?: string;
  env?: Array<{ name: string; value: string }>;
}

export interface ApplicationSource {
  repoURL: string;
  path?: string;
  targetRevision?: string;
  chart?: string;
  helm?: ApplicationSourceHelm;
  kustomize?: ApplicationSourceKustomize;
  ksonnet?: ApplicationSourceKsonnet;
  directory?: ApplicationSourceDirectory;
  plugin?: ApplicationSourcePlugin;
}

export interface RetryStrategy {
  limit?: number;
  backoff?: { duration?: string; factor?: number; maxDuration?: string };
}

export interface SyncPolicy {
  automated?: { prune?: boolean; selfHeal?: boolean; allowEmpty?: boolean; enabled?: boolean };
  syncOptions?: string[];
  retry?: RetryStrategy;
}

export interface ResourceIgnoreDifferences {
  group?: string;
  kind: string;
  name?: string;
  namespace?: string;
  jsonPointers?: string[];
  jqPathExpressions?: string[];
  managedFieldsManagers?: string[];
}

export interface ArgoApplicationSpec {
  source: ApplicationSource;
  destination: ApplicationDestination;
  project: string;
  syncPolicy?: SyncPolicy;
  ignoreDifferences?: ResourceIgnoreDifferences[];
  info?: Array<{ name: string; value: string }>;
  revisionHistoryLimit?: number;
}

export interface SyncStrategy {
  apply?: { force?: boolean };
  hook?: { force?: boolean };
}

export interface SyncOperationResource {
  group?: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface SyncOperation {
  revision?: string;
  prune?: boolean;
  dryRun?: boolean;
  syncStrategy?: SyncStrategy;
  resources?: SyncOperationResource[];
  source?: ApplicationSource;
  manifests?: string[];
  syncOptions?: string[];
}

export interface Operation {
  sync?: SyncOperation;
  initiatedBy?: { username?: string; automated?: boolean };
  info?: Array<{ name: string; value: string }>;
  retry?: RetryStrategy;
}

export interface ArgoApplication {
  spec: ArgoApplicationSpec;
  operation?: Operation;
}

export type ApplicationEngine = Open<'argocd' | 'fluxcd'>;

export interface ApplicationSpec {
  kind?: ApplicationEngine;
  argoApp?: ArgoApplication;
  /** Flux applications are outside this console's scope; kept opaque so edits round-trip them. */
  fluxApp?: Record<string, unknown>;
}

export interface ApplicationStatus {
  kind?: string;
  /** Compact JSON of the whole Argo CD `.status`; parse with `parseArgoStatus`. */
  argoApp?: string;
  fluxApp?: Record<string, unknown>;
}

export interface Application {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: ApplicationSpec;
  status?: ApplicationStatus;
}

/** `GET …/applications` (never `null` items). */
export interface ApplicationList {
  items: Application[];
  totalItems: number;
}

/** `GET …/application-summary`: counts of the status label values, keyed by whatever codes appear. */
export interface ApplicationsSummary {
  total: number;
  healthStatus: Record<string, number>;
  syncStatus: Record<string, number>;
}

/** Body of `POST …/applications/{name}/sync`. The server reads `strategy`, never `syncStrategy`. */
export interface ApplicationSyncRequest {
  revision?: string;
  dryRun?: boolean;
  prune?: boolean;
  strategy?: SyncStrategy;
  resources?: SyncOperationResource[];
  manifests?: string[];
  infos?: Array<{ name: string; value: string }>;
  retryStrategy?: RetryStrategy;
  syncOptions?: string[];
}

// The Argo CD status types live in their own module; re-exported so one import serves both.
export * from './argoTypes';

/** Which of the known values a string is, for `isKnown(KNOWN_HEALTH_STATUSES, value)`. */
export function isKnown<T extends string>(known: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (known as readonly string[]).includes(value);
}
