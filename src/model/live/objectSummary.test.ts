import { describe, expect, it } from 'vitest';
import { conditionRows, objectFacts } from './objectSummary';

const facts = (kind: string, object: unknown) =>
  Object.fromEntries(objectFacts(kind, object).map((f) => [f.labelKey.replace('GITOPS_LIVE_FACT_', ''), f.value]));

describe('objectFacts', () => {
  it('counts ready of desired replicas as kubectl does, 1 desired when unset', () => {
    expect(facts('Deployment', { spec: { replicas: 3 }, status: { readyReplicas: 1, updatedReplicas: 3, availableReplicas: 1 } })).toEqual({
      READY: '1/3',
      UPDATED: 3,
      AVAILABLE: 1,
    });
    expect(facts('StatefulSet', { spec: {}, status: {} }).READY).toBe('0/1');
  });

  it('gives a Job its completions, a CronJob its schedule, a Service its ports', () => {
    expect(facts('Job', { spec: { completions: 2 }, status: { succeeded: 1, failed: 4 } })).toMatchObject({
      COMPLETIONS: '1/2',
      FAILED: 4,
    });
    expect(facts('CronJob', { spec: { schedule: '*/5 * * * *', suspend: true }, status: { active: [{}] } })).toMatchObject({
      SCHEDULE: '*/5 * * * *',
      SUSPENDED: 'true',
      ACTIVE: 1,
    });
    expect(
      facts('Service', { spec: { type: 'NodePort', clusterIP: '10.0.0.1', ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] } }),
    ).toEqual({
      SERVICE_TYPE: 'NodePort',
      CLUSTER_IP: '10.0.0.1',
      PORTS: '80:30080→8080/TCP',
    });
  });

  it('never throws on malformed objects and shows the creation time for any kind', () => {
    for (const bad of [null, 42, 'x', [], { spec: 'no', status: [] }]) expect(() => objectFacts('Deployment', bad)).not.toThrow();
    expect(facts('ConfigMap', { metadata: { creationTimestamp: '2026-01-01T00:00:00Z' } })).toEqual({ CREATED: '2026-01-01T00:00:00Z' });
  });
});

describe('conditionRows', () => {
  it('marks False of a positive condition and True of a negative one as bad', () => {
    const rows = conditionRows({
      status: {
        conditions: [
          {
            type: 'Available',
            status: 'False',
            reason: 'MinimumReplicasUnavailable',
            message: 'Deployment does not have minimum availability.',
          },
          { type: 'ReplicaFailure', status: 'True' },
          { type: 'Progressing', status: 'True' },
          { status: 'True' },
        ],
      },
    });
    expect(rows.map((r) => [r.type, r.bad])).toEqual([
      ['Available', true],
      ['ReplicaFailure', true],
      ['Progressing', false],
    ]);
    expect(rows[0].reason).toBe('MinimumReplicasUnavailable');
  });
});
