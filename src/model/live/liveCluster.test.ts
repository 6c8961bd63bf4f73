import { describe, expect, it } from 'vitest';
import { liveClusterOf } from './liveCluster';

const clusters = [
  { name: 'in-cluster', server: 'https://kubernetes.default.svc' },
  { name: 'host', server: 'https://172.31.0.10:6443' },
  { name: 'member-1', server: 'https://member-1.example.com:443/' },
];

describe('liveClusterOf', () => {
  it("maps in-cluster, by name or by server, to the DevOps project's cluster", () => {
    expect(liveClusterOf({ name: 'in-cluster' }, 'host', clusters)).toEqual({ cluster: 'host' });
    expect(liveClusterOf({ server: 'https://kubernetes.default.svc/' }, 'host', clusters)).toEqual({ cluster: 'host' });
    expect(liveClusterOf({ server: 'HTTPS://Kubernetes.default.svc:443' }, 'member-1', clusters)).toEqual({ cluster: 'member-1' });
    expect(liveClusterOf({ name: 'in-cluster' }, '', clusters)).toEqual({ unknown: true, reason: 'no-project-cluster' });
  });

  it('takes a name as the KubeSphere cluster name, even one the list does not have', () => {
    expect(liveClusterOf({ name: 'member-1', namespace: 'demo' }, 'host', clusters)).toEqual({ cluster: 'member-1' });
    expect(liveClusterOf({ name: 'gone' }, 'host', [])).toEqual({ cluster: 'gone' });
  });

  it('looks a server up among the named clusters', () => {
    expect(liveClusterOf({ server: 'https://member-1.example.com' }, 'host', clusters)).toEqual({ cluster: 'member-1' });
    expect(liveClusterOf({ server: 'https://172.31.0.10:6443/' }, 'member-1', clusters)).toEqual({ cluster: 'host' });
    expect(liveClusterOf({ server: 'https://elsewhere:6443' }, 'host', clusters)).toEqual({ unknown: true, reason: 'unknown-server' });
  });

  it('never answers in-cluster for a server, and knows nothing without a destination', () => {
    expect(liveClusterOf({ server: 'https://10.0.0.1' }, 'host', [{ name: 'in-cluster', server: 'https://10.0.0.1' }])).toEqual({
      unknown: true,
      reason: 'unknown-server',
    });
    expect(liveClusterOf({}, 'host', clusters)).toEqual({ unknown: true, reason: 'no-destination' });
    expect(liveClusterOf(undefined, 'host', clusters)).toEqual({ unknown: true, reason: 'no-destination' });
  });
});
