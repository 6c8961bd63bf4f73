import { describe, expect, it } from 'vitest';
import { consoleResourcePath, hasConsolePage } from './consoleLinks';

const ws = { workspace: 'team', cluster: 'host', namespace: 'demo' };
const noWs = { cluster: 'host', namespace: 'demo' };

describe('consoleResourcePath', () => {
  it.each([
    [
      'apps',
      'Deployment',
      '/team/clusters/host/projects/demo/deployments/web/resource-status',
      '/clusters/host/projects/demo/deployments/web/resource-status',
    ],
    [
      'apps',
      'StatefulSet',
      '/team/clusters/host/projects/demo/statefulsets/web/resource-status',
      '/clusters/host/projects/demo/statefulsets/web/resource-status',
    ],
    [
      'apps',
      'DaemonSet',
      '/team/clusters/host/projects/demo/daemonsets/web/resource-status',
      '/clusters/host/projects/demo/daemonsets/web/resource-status',
    ],
    ['batch', 'Job', '/team/clusters/host/projects/demo/jobs/web/records', '/clusters/host/projects/demo/jobs/web/records'],
    ['batch', 'CronJob', '/team/clusters/host/projects/demo/cronjobs/web/records', '/clusters/host/projects/demo/cronjobs/web/records'],
    ['', 'Pod', '/team/clusters/host/projects/demo/pods/web/resource-status', '/clusters/host/projects/demo/pods/web/resource-status'],
    [
      '',
      'Service',
      '/team/clusters/host/projects/demo/services/web/resource-status',
      '/clusters/host/projects/demo/services/web/resource-status',
    ],
    [
      'networking.k8s.io',
      'Ingress',
      '/team/clusters/host/projects/demo/ingresses/web/resource-status',
      '/clusters/host/projects/demo/ingresses/web/resource-status',
    ],
    [
      '',
      'PersistentVolumeClaim',
      '/team/clusters/host/projects/demo/volumes/web/resource-status',
      '/clusters/host/projects/demo/volumes/web/resource-status',
    ],
    ['', 'ConfigMap', '/team/clusters/host/projects/demo/configmaps/web/detail', '/clusters/host/projects/demo/configmaps/web/detail'],
    ['', 'Secret', '/team/clusters/host/projects/demo/secrets/web/detail', '/clusters/host/projects/demo/secrets/web/detail'],
    [
      '',
      'ServiceAccount',
      '/team/clusters/host/projects/demo/serviceAccounts/web/detail',
      '/clusters/host/projects/demo/serviceaccounts/web/detail',
    ],
  ])('%s/%s', (group, kind, withWorkspace, withoutWorkspace) => {
    expect(consoleResourcePath(ws, { group, kind, name: 'web' })).toBe(withWorkspace);
    expect(consoleResourcePath(noWs, { group, kind, name: 'web' })).toBe(withoutWorkspace);
    expect(hasConsolePage({ group, kind })).toBe(true);
  });

  it('has no page for other kinds, other groups, or cluster-scoped resources', () => {
    expect(consoleResourcePath(ws, { group: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' })).toBeNull();
    expect(consoleResourcePath(ws, { group: 'extensions', kind: 'Ingress', name: 'r' })).toBeNull();
    expect(consoleResourcePath(ws, { group: 'cert-manager.io', kind: 'Certificate', name: 'c' })).toBeNull();
    expect(consoleResourcePath({ ...ws, namespace: '' }, { group: 'apps', kind: 'Deployment', name: 'web' })).toBeNull();
    expect(consoleResourcePath({ ...ws, cluster: '' }, { group: 'apps', kind: 'Deployment', name: 'web' })).toBeNull();
    expect(consoleResourcePath(ws, { group: 'apps', kind: 'Deployment', name: '' })).toBeNull();
    expect(hasConsolePage({ kind: 'constructor' })).toBe(false);
  });

  it('encodes each segment', () => {
    expect(consoleResourcePath({ workspace: 'a/b', cluster: 'c?d', namespace: 'e#f' }, { kind: 'ConfigMap', name: '../x y' })).toBe(
      '/a%2Fb/clusters/c%3Fd/projects/e%23f/configmaps/..%2Fx%20y/detail',
    );
  });
});
