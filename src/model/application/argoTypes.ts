/**
 * The Argo CD Application `.status` (reference §6) as `parseArgoStatus` returns it: the content of
 * the KubeSphere Application's `status.argoApp` string. Every field is optional, because the
 * parser drops values of the wrong type instead of failing. Derived from `description.ts`.
 */
import type * as d from './description';
import type { Infer } from '../schema/shape';

export type HealthStatus = Infer<typeof d.healthStatus>;
export type AppHealthStatus = Infer<typeof d.appHealthStatus>;
export type ResourceStatus = Infer<typeof d.resourceStatus>;
export type ComparedTo = Infer<typeof d.comparedTo>;
export type SyncStatus = Infer<typeof d.syncStatus>;
export type RevisionHistory = Infer<typeof d.revisionHistory>;
export type ApplicationCondition = Infer<typeof d.applicationCondition>;
export type ResourceResult = Infer<typeof d.resourceResult>;
export type SyncOperationResult = Infer<typeof d.syncOperationResult>;
export type OperationState = Infer<typeof d.operationState>;
export type ApplicationSummary = Infer<typeof d.applicationSummary>;
export type ArgoStatus = Infer<typeof d.argoStatus>;
