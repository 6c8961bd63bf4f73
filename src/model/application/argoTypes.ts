/**
 * The Argo CD Application `.status` (reference §6) as `parseArgoStatus` returns it: the content of
 * the KubeSphere Application's `status.argoApp` string. Every field is optional, because the
 * parser drops values of the wrong type instead of failing. Derived from `description.ts`.
 */
import type * as s from './argoStatusDescription';
import type { Infer } from '../schema/shape';

export type HealthStatus = Infer<typeof s.healthStatus>;
export type AppHealthStatus = Infer<typeof s.appHealthStatus>;
export type ResourceStatus = Infer<typeof s.resourceStatus>;
export type ComparedTo = Infer<typeof s.comparedTo>;
export type SyncStatus = Infer<typeof s.syncStatus>;
export type RevisionHistory = Infer<typeof s.revisionHistory>;
export type ApplicationCondition = Infer<typeof s.applicationCondition>;
export type ResourceResult = Infer<typeof s.resourceResult>;
export type SyncOperationResult = Infer<typeof s.syncOperationResult>;
export type OperationState = Infer<typeof s.operationState>;
export type ApplicationSummary = Infer<typeof s.applicationSummary>;
export type ArgoStatus = Infer<typeof s.argoStatus>;
