import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childListRequests, jobPodRequests, labelSelectorString, ownedTree } from './ownership';

const owned = (kind: string, name: string, uid: string, ownerUid?: string, extra: Record<string, unknown> = {}) => ({
  kind,
  metadata: {
    name,
    namespace: 'demo',
    uid,
    ...(ownerUid ? { ownerReferences: [{ kind: 'X', name: 'owner', uid: ownerUid }] } : {}),
    ...((extra.metadata as object) ?? {}),
  },
  spec: extra.spec ?? {},
});

const deployment = {
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'demo', uid: 'd1' },
  spec: { selector: { matchLabels: { app: 'web' } } },
};

describe('labelSelectorString', () => {
  it('writes matchLabels and matchExpressions as the API reads them, sorted by key', () => {
    expect(
      labelSelectorString({
        matchLabels: { tier: 'front', app: 'web' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['prod', 'dev'] },
          { key: 'canary', operator: 'DoesNotExist' },
          { key: 'zone', operator: 'NotIn', values: ['b'] },
          { key: 'app.kubernetes.io/name', operator: 'Exists', values: [] },
        ],
      }),
    ).toBe('app=web,app.kubernetes.io/name,!canary,env in (dev,prod),tier=front,zone notin (b)');
  });

  it('is empty for the empty selector and null for none', () => {
    expect(labelSelectorString({})).toBe('');
    expect(labelSelectorString(undefined)).toBeNull();
    expect(labelSelectorString('app=web')).toBeNull();
  });

  it.each([
    [{ matchLabels: { app: 'web,env=x' } }],
    [{ matchLabels: { 'a b': 'x' } }],
    [{ matchLabels: { app: 3 } }],
    [{ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }],
    [{ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }],
    [{ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] }],
    [{ matchExpressions: [{ key: 'a', operator: 'In', values: ['x)'] }] }],
    [{ matchExpressions: 'a' }],
  ])('refuses the malformed %j', (selector) => {
    expect(labelSelectorString(selector)).toBeNull();
  });

  it('never lets a value add a requirement of its own', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (matchLabels) => {
        const s = labelSelectorString({ matchLabels });
        if (s === null || s === '') return;
        expect(s.split(',')).toHaveLength(Object.keys(matchLabels).length);
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});

describe('childListRequests', () => {
  it('lists ReplicaSets and Pods of a Deployment by its selector', () => {
    expect(childListRequests('Deployment', deployment)).toEqual([
      { kind: 'ReplicaSet', group: 'apps', version: 'v1', plural: 'replicasets', namespace: 'demo', labelSelector: 'app=web' },
      { kind: 'Pod', group: '', version: 'v1', plural: 'pods', namespace: 'demo', labelSelector: 'app=web' },
    ]);
  });

  it('lists only Pods for StatefulSets, DaemonSets and Jobs', () => {
    for (const kind of ['StatefulSet', 'DaemonSet', 'Job']) {
      expect(childListRequests(kind, { ...deployment, kind }).map((r) => r.kind)).toEqual(['Pod']);
    }
  });

  it("lists a CronJob's namespace's Jobs without a selector", () => {
    expect(childListRequests('CronJob', { metadata: { name: 'c', namespace: 'demo', uid: 'c1' } })).toEqual([
      { kind: 'Job', group: 'batch', version: 'v1', plural: 'jobs', namespace: 'demo' },
    ]);
  });

  it('asks nothing for other kinds, or without a selector or a namespace', () => {
    expect(childListRequests('Service', deployment)).toEqual([]);
    expect(childListRequests('Deployment', { metadata: { namespace: 'demo' }, spec: {} })).toEqual([]);
    expect(childListRequests('Deployment', { ...deployment, spec: { selector: {} } })).toEqual([]);
    expect(childListRequests('Deployment', { spec: deployment.spec })).toEqual([]);
  });
});

describe('jobPodRequests', () => {
  const cron = { metadata: { name: 'nightly', namespace: 'demo', uid: 'c1' } };

  it("lists each owned job's pods by its selector, else by controller-uid", () => {
    const jobs = [
      owned('Job', 'nightly-1', 'j1', 'c1', { spec: { selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'j1' } } } }),
      owned('Job', 'nightly-2', 'j2', 'c1'),
      owned('Job', 'other', 'j3', 'zz'),
    ];
    expect(jobPodRequests(cron, jobs).map((r) => r.labelSelector)).toEqual(['batch.kubernetes.io/controller-uid=j1', 'controller-uid=j2']);
  });
});

describe('ownedTree', () => {
  it('builds Deployment → ReplicaSets → Pods by owner uid, old empty ReplicaSets last and marked', () => {
    const sets = [
      owned('ReplicaSet', 'web-old', 'rs1', 'd1', {
        metadata: { annotations: { 'deployment.kubernetes.io/revision': '1' } },
        spec: { replicas: 0 },
      }),
      owned('ReplicaSet', 'web-new', 'rs2', 'd1', {
        metadata: { annotations: { 'deployment.kubernetes.io/revision': '2' } },
        spec: { replicas: 2 },
      }),
      owned('ReplicaSet', 'api-x', 'rs3', 'd2'),
    ];
    const pods = [
      owned('Pod', 'web-new-b', 'p2', 'rs2'),
      owned('Pod', 'web-new-a', 'p1', 'rs2'),
      owned('Pod', 'stray', 'p3', 'rs9'),
      owned('Pod', 'web-new-a', 'p1', 'rs2'),
    ];
    const tree = ownedTree('Deployment', deployment, { replicaSets: sets, pods });
    expect(tree.map((n) => [n.name, n.revision, n.replicas, n.inactive])).toEqual([
      ['web-new', '2', 2, false],
      ['web-old', '1', 0, true],
    ]);
    expect(tree[0].children.map((p) => p.name)).toEqual(['web-new-a', 'web-new-b']);
    expect(tree[1].children).toEqual([]);
  });

  it('builds CronJob → Jobs (newest first) → Pods', () => {
    const cron = { metadata: { name: 'nightly', namespace: 'demo', uid: 'c1' } };
    const jobs = [
      owned('Job', 'nightly-1', 'j1', 'c1', { metadata: { creationTimestamp: '2025-06-01T00:00:00Z' } }),
      owned('Job', 'nightly-2', 'j2', 'c1', { metadata: { creationTimestamp: '2025-06-02T00:00:00Z' } }),
    ];
    const tree = ownedTree('CronJob', cron, { jobs, pods: [owned('Pod', 'nightly-1-x', 'p1', 'j1')] });
    expect(tree.map((n) => n.name)).toEqual(['nightly-2', 'nightly-1']);
    expect(tree[1].children.map((n) => n.name)).toEqual(['nightly-1-x']);
  });

  it('gives the pods of a StatefulSet directly', () => {
    const sts = { metadata: { name: 'db', namespace: 'demo', uid: 's1' } };
    const tree = ownedTree('StatefulSet', sts, {
      pods: [owned('Pod', 'db-1', 'p2', 's1'), owned('Pod', 'db-0', 'p1', 's1'), owned('Pod', 'x', 'p3')],
    });
    expect(tree.map((n) => [n.kind, n.name])).toEqual([
      ['Pod', 'db-0'],
      ['Pod', 'db-1'],
    ]);
  });

  it('never throws on malformed lists', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything()), fc.array(fc.anything()), (workload, a, b) => {
        for (const kind of ['Deployment', 'CronJob', 'Job']) ownedTree(kind, workload, { replicaSets: a, jobs: a, pods: b });
        ownedTree('Deployment', deployment, { replicaSets: a, pods: b });
        childListRequests('Deployment', workload);
        jobPodRequests(workload, a);
      }),
      { seed: 23, numRuns: 200 },
    );
  });
});
