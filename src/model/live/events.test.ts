import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventObjectKey, eventRow, eventRows, eventsFor, groupEventsByObject } from './events';

const coreEvent = (over: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: 'web-abc.17a', namespace: 'demo', uid: 'e1', creationTimestamp: '2025-06-01T10:00:00Z' },
  involvedObject: { kind: 'Pod', name: 'web-abc', namespace: 'demo', uid: 'p1', fieldPath: 'spec.containers{app}' },
  type: 'Warning',
  reason: 'BackOff',
  message: 'Back-off restarting failed container',
  source: { component: 'kubelet', host: 'node-1' },
  count: 12,
  firstTimestamp: '2025-06-01T10:00:00Z',
  lastTimestamp: '2025-06-01T10:30:00Z',
  ...over,
});

describe('eventRow', () => {
  it('reads a core/v1 event', () => {
    expect(eventRow(coreEvent())).toEqual({
      key: 'e1',
      type: 'Warning',
      reason: 'BackOff',
      message: 'Back-off restarting failed container',
      count: 12,
      firstSeen: '2025-06-01T10:00:00Z',
      lastSeen: '2025-06-01T10:30:00Z',
      source: 'kubelet, node-1',
      object: { kind: 'Pod', name: 'web-abc', namespace: 'demo', uid: 'p1', fieldPath: 'spec.containers{app}' },
    });
  });

  it('takes eventTime and series when lastTimestamp is null (events written through events.k8s.io)', () => {
    const row = eventRow(
      coreEvent({
        count: undefined,
        firstTimestamp: null,
        lastTimestamp: null,
        eventTime: '2025-06-01T09:00:00.000000Z',
        series: { count: 4, lastObservedTime: '2025-06-01T09:40:00.000000Z' },
        source: {},
        reportingComponent: 'default-scheduler',
        reportingInstance: 'default-scheduler-master-1',
      }),
    );
    expect(row).toMatchObject({
      count: 4,
      firstSeen: '2025-06-01T09:00:00.000000Z',
      lastSeen: '2025-06-01T09:40:00.000000Z',
      source: 'default-scheduler',
    });
  });

  it('reads the events.k8s.io/v1 shape', () => {
    const row = eventRow({
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { name: 'x', namespace: 'demo', uid: 'e2' },
      regarding: { kind: 'Pod', name: 'web-abc', namespace: 'demo' },
      note: '0/3 nodes are available',
      reason: 'FailedScheduling',
      type: 'Warning',
      reportingController: 'default-scheduler',
      deprecatedCount: 3,
      deprecatedFirstTimestamp: '2025-06-01T08:00:00Z',
      deprecatedLastTimestamp: '2025-06-01T08:05:00Z',
    });
    expect(row).toMatchObject({
      message: '0/3 nodes are available',
      count: 3,
      firstSeen: '2025-06-01T08:00:00Z',
      lastSeen: '2025-06-01T08:05:00Z',
      source: 'default-scheduler',
      object: { kind: 'Pod', name: 'web-abc', namespace: 'demo' },
    });
  });

  it('never throws and counts at least once', () => {
    expect(eventRow(null)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const row = eventRow(value);
        if (row) expect(row.count).toBeGreaterThanOrEqual(1);
      }),
      { seed: 37, numRuns: 300 },
    );
  });
});

describe('eventRows', () => {
  it('puts warnings first, then the newest, then rows without a time', () => {
    const rows = eventRows({
      items: [
        coreEvent({ metadata: { uid: 'n-old' }, type: 'Normal', lastTimestamp: '2025-06-01T08:00:00Z' }),
        coreEvent({ metadata: { uid: 'w-old' }, lastTimestamp: '2025-06-01T08:00:00Z' }),
        coreEvent({ metadata: { uid: 'n-new' }, type: 'Normal', lastTimestamp: '2025-06-01T12:00:00Z' }),
        coreEvent({ metadata: { uid: 'w-none' }, firstTimestamp: null, lastTimestamp: null }),
        coreEvent({ metadata: { uid: 'w-new' }, lastTimestamp: '2025-06-01T12:00:00Z' }),
        'junk',
      ],
    });
    expect(rows.map((r) => r.key)).toEqual(['w-new', 'w-old', 'w-none', 'n-new', 'n-old']);
  });

  it('accepts a bare array and ignores anything else', () => {
    expect(eventRows([coreEvent()])).toHaveLength(1);
    expect(eventRows('nope')).toEqual([]);
  });
});

describe('grouping', () => {
  const rows = eventRows([
    coreEvent({ metadata: { uid: 'a' } }),
    coreEvent({ metadata: { uid: 'b' }, involvedObject: { kind: 'Pod', name: 'web-abc', namespace: 'demo' } }),
    coreEvent({ metadata: { uid: 'c' }, involvedObject: { kind: 'Pod', name: 'web-abc', namespace: 'demo', uid: 'p0' } }),
    coreEvent({ metadata: { uid: 'd' }, involvedObject: { kind: 'Deployment', name: 'web', namespace: 'demo' } }),
  ]);

  it('groups by uid, else by kind/namespace/name', () => {
    const groups = groupEventsByObject(rows);
    expect([...groups.keys()].sort()).toEqual(['Deployment/demo/web', 'Pod/demo/web-abc', 'uid:p0', 'uid:p1']);
    expect(groups.get(eventObjectKey({ uid: 'p1' }))?.map((r) => r.key)).toEqual(['a']);
  });

  it("finds an object's events by uid or by name, not those of a predecessor of the same name", () => {
    expect(
      eventsFor(rows, { kind: 'Pod', name: 'web-abc', namespace: 'demo', uid: 'p1' })
        .map((r) => r.key)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(eventsFor(rows, { kind: 'Deployment', name: 'web', namespace: 'demo' }).map((r) => r.key)).toEqual(['d']);
  });
});
