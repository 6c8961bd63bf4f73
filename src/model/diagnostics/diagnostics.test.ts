import { describe, expect, it } from 'vitest';
import { parseArgoStatus } from '../status/argoStatus';
import { type Diagnostic, diagnose, MAX_LISTED_RESOURCES } from './diagnostics';
import { ARGO_STATUS, COMPARISON_ERROR_STATUS, FAILED_SYNC_STATUS, makeApp, type AppOptions } from '../testFixtures';
import { LABEL_ARGOCD_LOCATION, LABEL_HEALTH_STATUS, LABEL_SYNC_STATUS } from '../application/types';

const NOW = '2024-01-02T04:00:00Z';

function run(options: AppOptions, extra: Partial<Parameters<typeof diagnose>[2]> = {}): Diagnostic[] {
  const app = makeApp(options);
  return diagnose(app, undefined, { now: NOW, ...extra });
}

const only = (list: Diagnostic[], id: Diagnostic['id']) => list.filter((d) => d.id === id);

const statusLabels = (health: string, sync: string) => ({ [LABEL_HEALTH_STATUS]: health, [LABEL_SYNC_STATUS]: sync });

function condition(type: string, message: string): string {
  return JSON.stringify({ conditions: [{ type, message }], health: { status: 'Healthy' }, sync: { status: 'Synced' } });
}

describe('diagnose', () => {
  it('finds nothing wrong with a healthy, synced application', () => {
    expect(run({ argoApp: ARGO_STATUS })).toEqual([]);
  });

  it('missing argocd-location label: status stays Unknown; offers to add the label', () => {
    const list = run({ labels: { [LABEL_ARGOCD_LOCATION]: undefined, ...statusLabels('', '') } });
    expect(list[0]).toEqual({
      id: 'missing-location-label',
      severity: 'error',
      titleKey: 'GITOPS_DIAG_MISSING_LOCATION_LABEL_TITLE',
      causeKey: 'GITOPS_DIAG_MISSING_LOCATION_LABEL_CAUSE',
      fixKey: 'GITOPS_DIAG_MISSING_LOCATION_LABEL_FIX',
      params: { label: 'gitops.kubesphere.io/argocd-location', location: 'argocd' },
      action: { type: 'add-location-label', location: 'argocd' },
    });
    // Where Argo CD lives elsewhere, the other apps of the project say so.
    const others = [makeApp({ name: 'a', labels: { [LABEL_ARGOCD_LOCATION]: 'gitops-system' } })];
    const [d] = run({ labels: { [LABEL_ARGOCD_LOCATION]: undefined } }, { otherApps: others });
    expect(d.params.location).toBe('gitops-system');
    expect(d.action).toEqual({ type: 'add-location-label', location: 'gitops-system' });
    // Flux applications do not use the label.
    const flux = makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined } });
    flux.spec = { kind: 'fluxcd' };
    expect(only(diagnose(flux, undefined, { now: NOW }), 'missing-location-label')).toEqual([]);
  });

  it('SharedResourceWarning: names the other application and the shared resources', () => {
    const argoApp = JSON.stringify({
      conditions: [
        {
          type: 'SharedResourceWarning',
          message: 'Deployment/guestbook-ui is part of applications argocd/private-guestbook and stone-devops-private-guestbook',
        },
        {
          type: 'SharedResourceWarning',
          message: 'Service/guestbook-ui is part of applications argocd/private-guestbook and stone-devops-private-guestbook',
        },
      ],
      sync: { status: 'OutOfSync' },
    });
    const list = run({ name: 'private-guestbook', argoApp, automated: true });
    const [d] = only(list, 'shared-resource');
    expect(d).toMatchObject({
      severity: 'warning',
      titleKey: 'GITOPS_DIAG_SHARED_RESOURCE_TITLE',
      fixKey: 'GITOPS_DIAG_SHARED_RESOURCE_FIX',
      params: {
        otherApp: 'stone-devops-private-guestbook',
        count: 2,
        resources: ['Deployment/guestbook-ui', 'Service/guestbook-ui'],
      },
    });
    expect(d.resources).toEqual([
      { kind: 'Deployment', name: 'guestbook-ui', namespace: '' },
      { kind: 'Service', name: 'guestbook-ui', namespace: '' },
    ]);
    // The conditions are explained, not repeated raw.
    expect(only(list, 'condition')).toEqual([]);
  });

  it('SharedResourceWarning: when the other side is an app of this project, says to change one of them', () => {
    const argoApp = condition('SharedResourceWarning', 'ConfigMap/settings is part of applications shop and shop-canary');
    const other = makeApp({ name: 'canary', labels: { 'gitops.kubesphere.io/argocd-application': 'shop-canary' } });
    const [d] = only(run({ name: 'shop', argoApp }, { otherApps: [other] }), 'shared-resource');
    expect(d.fixKey).toBe('GITOPS_DIAG_SHARED_RESOURCE_FIX_KUBESPHERE_APP');
    expect(d.params.otherApp).toBe('canary');
    // The older message form is understood too, whichever order the names come in.
    const legacy = condition('SharedResourceWarning', 'Secret/db is part of a different application: billing');
    expect(only(run({ argoApp: legacy }), 'shared-resource')[0].params).toMatchObject({
      otherApp: 'billing',
      resources: ['Secret/db'],
    });
    const reversed = condition('SharedResourceWarning', 'Secret/db is part of applications billing and demo');
    expect(only(run({ argoApp: reversed }), 'shared-resource')[0].params.otherApp).toBe('billing');
  });

  it('ComparisonError about the repository: check the git repository credentials', () => {
    const list = run({ argoApp: COMPARISON_ERROR_STATUS, repoURL: 'https://github.com/example/private-repo' });
    const [d] = only(list, 'repository-access');
    expect(d).toMatchObject({
      severity: 'error',
      causeKey: 'GITOPS_DIAG_REPOSITORY_ACCESS_CAUSE',
      fixKey: 'GITOPS_DIAG_REPOSITORY_ACCESS_FIX',
      params: { repoURL: 'https://github.com/example/private-repo' },
      action: { type: 'open-git-repositories', repoURL: 'https://github.com/example/private-repo' },
    });
    expect(d.params.message).toContain('authentication required');
    expect(only(list, 'condition')).toEqual([]);
    for (const message of [
      'rpc error: code = Unknown desc = repository not found',
      'failed to list refs: repository not accessible: authentication required: Repository not found.',
      'rpc error: code = Unknown desc = error creating SSH agent: "SSH agent requested but SSH_AUTH_SOCK not-specified"',
      'ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain',
    ]) {
      expect(only(run({ argoApp: condition('ComparisonError', message) }), 'repository-access')).toHaveLength(1);
    }
    // A comparison error about something else is not blamed on credentials.
    const path = run({
      argoApp: condition('ComparisonError', 'rpc error: code = Unknown desc = manifests: app path does not exist'),
    });
    expect(only(path, 'repository-access')).toEqual([]);
    expect(only(path, 'condition')).toHaveLength(1);
  });

  it('sync failed: lists the resources that failed with their messages', () => {
    const list = run({ argoApp: FAILED_SYNC_STATUS, labels: statusLabels('Degraded', 'OutOfSync'), automated: true });
    const [d] = only(list, 'sync-failed');
    expect(d).toMatchObject({
      severity: 'error',
      params: { phase: 'Failed', count: 2, finishedAt: '2024-01-02T03:05:00Z' },
      action: { type: 'sync' },
    });
    expect(d.params.message).toContain('forbidden');
    expect(d.resources).toEqual([
      {
        kind: 'Service',
        name: 'api',
        namespace: 'demo',
        status: 'SyncFailed',
        message: expect.stringContaining('cannot patch'),
      },
      {
        kind: 'Job',
        name: 'db-migrate',
        namespace: 'demo',
        status: 'Failed',
        message: 'Job has reached the specified backoff limit',
      },
    ]);
    expect(only(run({ argoApp: '{"operationState":{"phase":"Error","message":"timeout"}}' }), 'sync-failed')[0].params).toMatchObject({
      phase: 'Error',
      message: 'timeout',
      count: 0,
    });
  });

  it('stuck in Progressing for more than 10 minutes: lists what is still progressing', () => {
    const argoApp = JSON.stringify({
      health: { status: 'Progressing', lastTransitionTime: '2024-01-02T03:40:00Z' },
      resources: [
        {
          group: 'apps',
          kind: 'Deployment',
          namespace: 'demo',
          name: 'web',
          health: {
            status: 'Progressing',
            message: 'Waiting for rollout to finish: 0 of 2 updated replicas are available...',
          },
        },
        { kind: 'Service', namespace: 'demo', name: 'web', health: { status: 'Healthy' } },
      ],
    });
    const app = { argoApp, labels: statusLabels('Progressing', 'Synced') };
    const [d] = only(run(app), 'stuck-progressing');
    expect(d).toMatchObject({
      severity: 'warning',
      titleKey: 'GITOPS_DIAG_STUCK_PROGRESSING_TITLE',
      params: { minutes: 20, since: '2024-01-02T03:40:00Z', count: 1 },
    });
    expect(d.resources).toEqual([
      {
        kind: 'Deployment',
        name: 'web',
        namespace: 'demo',
        status: 'Progressing',
        message: expect.stringContaining('rollout'),
      },
    ]);
    // Nine minutes in, it is still normal; a lower threshold reports it.
    expect(only(run(app, { now: '2024-01-02T03:49:00Z' }), 'stuck-progressing')).toEqual([]);
    expect(only(run(app, { now: new Date('2024-01-02T03:49:00Z'), progressingThresholdMs: 5 * 60_000 }), 'stuck-progressing')).toHaveLength(
      1,
    );
    // Without lastTransitionTime, the end of the last sync is the start.
    const older = JSON.stringify({
      health: { status: 'Progressing' },
      operationState: { phase: 'Succeeded', startedAt: '2024-01-02T03:00:00Z', finishedAt: '2024-01-02T03:01:00Z' },
    });
    expect(only(run({ argoApp: older, labels: statusLabels('Progressing', 'Synced') }), 'stuck-progressing')[0].params.minutes).toBe(59);
    // Else the latest deployment in the history.
    const deployed = JSON.stringify({
      health: { status: 'Progressing' },
      history: [
        { id: 1, deployedAt: '2024-01-02T03:00:00Z' },
        { id: 2, deployedAt: '2024-01-02T03:30:00Z' },
      ],
    });
    expect(only(run({ argoApp: deployed, labels: statusLabels('Progressing', 'Synced') }), 'stuck-progressing')[0].params.minutes).toBe(30);
    // While a sync runs, the clock starts with it, not with an old deployment.
    const syncing = JSON.stringify({
      health: { status: 'Progressing' },
      operationState: { phase: 'Running', startedAt: '2024-01-02T03:55:00Z' },
      history: [{ id: 1, deployedAt: '2023-12-01T00:00:00Z' }],
    });
    expect(only(run({ argoApp: syncing, labels: statusLabels('Progressing', 'Synced') }), 'stuck-progressing')).toEqual([]);
    // With nothing to tell since when, it says nothing rather than guess.
    expect(
      only(
        run({
          argoApp: '{"health":{"status":"Progressing"},"reconciledAt":"2024-01-01T00:00:00Z"}',
          labels: statusLabels('Progressing', 'Synced'),
        }),
        'stuck-progressing',
      ),
    ).toEqual([]);
  });

  it('degraded: lists the degraded resources', () => {
    const [d] = only(run({ argoApp: FAILED_SYNC_STATUS, labels: statusLabels('Degraded', 'Synced'), automated: true }), 'degraded');
    expect(d).toMatchObject({ severity: 'error', params: { count: 1 } });
    expect(d.resources).toEqual([
      {
        kind: 'Deployment',
        name: 'web',
        namespace: 'demo',
        status: 'Degraded',
        message: 'Deployment "web" exceeded its progress deadline',
      },
    ]);
  });

  it('OutOfSync with a manual policy: offers to sync or to enable auto-sync', () => {
    const argoApp = JSON.stringify({
      sync: { status: 'OutOfSync' },
      resources: [
        { kind: 'Service', name: 'a', status: 'OutOfSync' },
        { kind: 'Service', name: 'b', status: 'Synced' },
      ],
    });
    const [d] = only(run({ argoApp, labels: statusLabels('Healthy', 'OutOfSync') }), 'out-of-sync-manual');
    expect(d).toEqual({
      id: 'out-of-sync-manual',
      severity: 'warning',
      titleKey: 'GITOPS_DIAG_OUT_OF_SYNC_MANUAL_TITLE',
      causeKey: 'GITOPS_DIAG_OUT_OF_SYNC_MANUAL_CAUSE',
      fixKey: 'GITOPS_DIAG_OUT_OF_SYNC_MANUAL_FIX',
      params: { count: 1 },
      action: { type: 'sync' },
      alternatives: [{ type: 'enable-auto-sync' }],
    });
    // Automated apps sync by themselves, and a running sync is already the fix.
    expect(only(run({ argoApp, labels: statusLabels('Healthy', 'OutOfSync'), automated: true }), 'out-of-sync-manual')).toEqual([]);
    expect(only(run({ argoApp, labels: statusLabels('Healthy', 'OutOfSync'), operation: true }), 'out-of-sync-manual')).toEqual([]);
  });

  it('an operation already running: explains why another sync is refused', () => {
    const [d] = only(run({ operation: true }), 'operation-in-progress');
    expect(d).toMatchObject({ severity: 'info', params: { phase: 'Running', startedAt: '', username: 'admin' } });
    expect(d.action).toBeUndefined();
    const running =
      '{"operationState":{"phase":"Terminating","startedAt":"2024-01-02T03:59:00Z","operation":{"initiatedBy":{"username":"bob"}}}}';
    expect(only(run({ argoApp: running }), 'operation-in-progress')[0].params).toEqual({
      phase: 'Terminating',
      startedAt: '2024-01-02T03:59:00Z',
      username: 'bob',
    });
  });

  it('any other condition is shown as it is', () => {
    const argoApp = JSON.stringify({
      conditions: [
        { type: 'OrphanedResourceWarning', message: 'Application has 3 orphaned resources' },
        { type: 'InvalidSpecError', message: 'Namespace "x" for Service "y" is not managed' },
        { type: 'BrandNewCondition', message: 'from a newer Argo CD' },
        { type: 'BrandNewCondition', message: 'from a newer Argo CD' },
      ],
    });
    const list = only(run({ argoApp }), 'condition');
    expect(list.map((d) => [d.severity, d.params.type, d.params.message])).toEqual([
      ['error', 'InvalidSpecError', 'Namespace "x" for Service "y" is not managed'],
      ['warning', 'OrphanedResourceWarning', 'Application has 3 orphaned resources'],
      ['info', 'BrandNewCondition', 'from a newer Argo CD'],
    ]);
    expect(list[0]).toMatchObject({
      titleKey: 'GITOPS_DIAG_CONDITION_TITLE',
      causeKey: 'GITOPS_DIAG_CONDITION_CAUSE',
      fixKey: 'GITOPS_DIAG_CONDITION_FIX',
    });
  });

  it('orders the findings worst first', () => {
    const list = run({ argoApp: FAILED_SYNC_STATUS, labels: statusLabels('Degraded', 'OutOfSync') });
    expect(list.map((d) => [d.id, d.severity])).toEqual([
      ['sync-failed', 'error'],
      ['degraded', 'error'],
      ['out-of-sync-manual', 'warning'],
    ]);
  });

  it('lists at most MAX_LISTED_RESOURCES resources but counts them all', () => {
    const resources = Array.from({ length: 50 }, (_, i) => ({
      kind: 'Pod',
      name: `p${i}`,
      health: { status: 'Degraded' },
    }));
    const [d] = only(run({ argoApp: JSON.stringify({ resources }), labels: statusLabels('Degraded', 'Synced') }), 'degraded');
    expect(d.params.count).toBe(50);
    expect(d.resources).toHaveLength(MAX_LISTED_RESOURCES);
  });

  it('is pure: reads a frozen app and status and gives the same answer twice', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(deepFreeze);
        Object.freeze(o);
      }
      return o;
    };
    const app = deepFreeze(makeApp({ argoApp: FAILED_SYNC_STATUS, labels: statusLabels('Degraded', 'OutOfSync') }));
    const parsed = deepFreeze(parseArgoStatus(FAILED_SYNC_STATUS));
    const first = diagnose(app, parsed, { now: NOW });
    expect(diagnose(app, parsed, { now: NOW })).toEqual(first);
  });
});
