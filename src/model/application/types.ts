/**
 * Shapes of the `applications.gitops.kubesphere.io` API (ks-devops `pkg/api/gitops/v1alpha1`)
 * and of the Argo CD status that the controller copies into `status.argoApp` as a JSON string.
 *
 * Enum-like unions stay open (`| (string & {})`): Argo CD adds values between releases, and a
 * console that rejects a value it has never seen would hide exactly the state a user needs to see.
 * The `KNOWN_*` arrays list the values this console has words and colours for.
 *
 * The object types are derived from the one description in `description.ts` (which also gives
 * the JSON Schema and the decoders): a field is added there, not here.
 */
import type * as d from './description';
import type { Infer } from '../schema/shape';

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
// The KubeSphere Application (reference §2.1), as `description.ts` describes it
// ---------------------------------------------------------------------------------------------

export type ObjectMeta = Infer<typeof d.objectMeta>;
export type ApplicationDestination = Infer<typeof d.applicationDestination>;
export type HelmParameter = Infer<typeof d.helmParameter>;
export type ApplicationSourceHelm = Infer<typeof d.applicationSourceHelm>;
export type ApplicationSourceKustomize = Infer<typeof d.applicationSourceKustomize>;
export type ApplicationSourceDirectory = Infer<typeof d.applicationSourceDirectory>;
export type ApplicationSourceKsonnet = Infer<typeof d.applicationSourceKsonnet>;
export type ApplicationSourcePlugin = Infer<typeof d.applicationSourcePlugin>;
export type ApplicationSource = Infer<typeof d.applicationSource>;
export type RetryStrategy = Infer<typeof d.retryStrategy>;
export type SyncPolicy = Infer<typeof d.syncPolicy>;
export type ResourceIgnoreDifferences = Infer<typeof d.resourceIgnoreDifferences>;
export type ArgoApplicationSpec = Infer<typeof d.argoApplicationSpec>;
export type SyncStrategy = Infer<typeof d.syncStrategy>;
export type SyncOperationResource = Infer<typeof d.syncOperationResource>;
export type SyncOperation = Infer<typeof d.syncOperation>;
export type Operation = Infer<typeof d.operation>;
export type ArgoApplication = Infer<typeof d.argoApplication>;
export type ApplicationSpec = Infer<typeof d.applicationSpec>;
export type ApplicationEngine = NonNullable<ApplicationSpec['kind']>;
export type ApplicationStatus = Infer<typeof d.applicationStatus>;
export type Application = Infer<typeof d.application>;
/** `GET …/applications` (never `null` items). */
export type ApplicationList = Infer<typeof d.applicationList>;
/** `GET …/application-summary`: counts of the status label values, keyed by whatever codes appear. */
export type ApplicationsSummary = Infer<typeof d.applicationsSummary>;
/** Body of `POST …/applications/{name}/sync`. The server reads `strategy`, never `syncStrategy`. */
export type ApplicationSyncRequest = Infer<typeof d.applicationSyncRequest>;

// The Argo CD status types live in their own module; re-exported so one import serves both.
export * from './argoTypes';

/** Which of the known values a string is, for `isKnown(KNOWN_HEALTH_STATUSES, value)`. */
export function isKnown<T extends string>(known: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (known as readonly string[]).includes(value);
}
