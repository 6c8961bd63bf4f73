import { describe, expect, it } from 'vitest';
import { parseArgoStatus } from './argoStatus';
import { hookPhaseOf, isHookResult } from './status';
import type { ResourceResult } from '../application/types';

/** A finished, successful sync as Argo CD writes it: every ordinary resource still says `hookPhase: Running`. */
const SUCCEEDED_SYNC: ResourceResult[] = [
  {
    kind: 'Service',
    namespace: 'demo',
    name: 'web',
    status: 'Synced',
    message: 'service/web configured',
    hookPhase: 'Running',
    syncPhase: 'Sync',
  },
  { kind: 'ConfigMap', namespace: 'demo', name: 'old', status: 'Pruned', message: 'pruned', hookPhase: 'Succeeded', syncPhase: 'Sync' },
  { group: 'batch', kind: 'Job', namespace: 'demo', name: 'smoke', hookType: 'PostSync', hookPhase: 'Succeeded', syncPhase: 'PostSync' },
];

describe('a resource of the sync result', () => {
  it('is a hook only when it has a hook type', () => {
    expect(SUCCEEDED_SYNC.map(isHookResult)).toEqual([false, false, true]);
    expect(isHookResult({ hookType: '', hookPhase: 'Running' })).toBe(false);
  });

  it('has a hook phase only when it is a hook: an ordinary one is not still running', () => {
    expect(SUCCEEDED_SYNC.map(hookPhaseOf)).toEqual([undefined, undefined, 'Succeeded']);
  });

  it('keeps the raw hookPhase of ordinary resources when decoding, as Argo CD wrote it', () => {
    const parsed = parseArgoStatus({ operationState: { phase: 'Succeeded', syncResult: { resources: SUCCEEDED_SYNC } } });
    expect(parsed.status?.operationState?.syncResult?.resources?.[0].hookPhase).toBe('Running');
  });
});
