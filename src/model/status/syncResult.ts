/**
 * Reading one entry of `operationState.syncResult.resources`.
 *
 * gitops-engine writes its sync task's state into `hookPhase` for every resource, hook or not
 * (pkg/sync/sync_context.go, setResourceResult), and an ordinary resource that applied cleanly
 * gets `Running` there (the `operationPhases` table maps `Synced` to `Running`). In a sync of one
 * wave nothing waits on that resource afterwards, so the value is never updated: it still says
 * `Running` after the operation has Succeeded. Only a hook gets a `hookType` (sync_task.go,
 * hookType()), so the phase means something only next to one. Argo CD's own UI reads it the same
 * way: the phase for hooks, the result code for everything else (ResourceResultIcon).
 */
import type { OperationPhase, ResourceResult } from '../application/types';

type HookFields = Pick<ResourceResult, 'hookType' | 'hookPhase'>;

/** True for the result of a hook (PreSync, Sync, PostSync, SyncFail …), false for an ordinary resource. */
export function isHookResult(r: HookFields): boolean {
  return typeof r.hookType === 'string' && r.hookType !== '';
}

/** The phase of a hook; `undefined` for an ordinary resource, whose `hookPhase` is stale bookkeeping. */
export function hookPhaseOf(r: HookFields): OperationPhase | undefined {
  return isHookResult(r) ? r.hookPhase : undefined;
}
