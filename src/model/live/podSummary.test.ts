import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePod, terminated, waiting } from './liveFixtures';
import { comparePods, podSummary, sortPods } from './podSummary';

const reasonOf = (p: Parameters<typeof makePod>[0]) => podSummary(makePod(p)).reason;

describe('podSummary: the STATUS column of printPod', () => {
  it('shows a healthy pod as Running, 1/1, no restarts', () => {
    const s = podSummary(makePod());
    expect(s).toMatchObject({
      name: 'web-7d4b9c-abcde',
      namespace: 'demo',
      phase: 'Running',
      reason: 'Running',
      ready: '1/1',
      restarts: 0,
      node: 'node-1',
      failing: false,
    });
    expect(s.containers).toEqual([
      { name: 'app', image: 'registry.example.com/app:1.0', init: false, ready: true, restartCount: 0, state: 'running' },
    ]);
  });

  it.each([
    [
      'CrashLoopBackOff',
      {
        containers: [{ name: 'app', ready: false, restartCount: 5, state: waiting('CrashLoopBackOff'), lastState: terminated('Error', 1) }],
      },
      true,
    ],
    [
      'ImagePullBackOff',
      { phase: 'Pending', containers: [{ name: 'app', ready: false, state: waiting('ImagePullBackOff', 'Back-off pulling image') }] },
      true,
    ],
    ['ErrImagePull', { phase: 'Pending', containers: [{ name: 'app', ready: false, state: waiting('ErrImagePull') }] }, true],
    ['ContainerCreating', { phase: 'Pending', containers: [{ name: 'app', ready: false, state: waiting('ContainerCreating') }] }, false],
    ['OOMKilled', { containers: [{ name: 'app', ready: false, state: terminated('OOMKilled', 137) }] }, true],
    ['Completed', { phase: 'Succeeded', containers: [{ name: 'app', ready: false, state: terminated('Completed', 0) }] }, false],
    ['Error', { phase: 'Failed', containers: [{ name: 'app', ready: false, state: terminated('Error', 2) }] }, true],
    ['ExitCode:3', { containers: [{ name: 'app', ready: false, state: { terminated: { exitCode: 3 } } }] }, true],
    ['Signal:9', { containers: [{ name: 'app', ready: false, state: { terminated: { exitCode: 137, signal: 9 } } }] }, true],
    [
      'Evicted',
      { phase: 'Failed', reason: 'Evicted', containers: [{ name: 'app', ready: false, state: terminated('ContainerStatusUnknown', 137) }] },
      true,
    ],
    ['Terminating', { deleting: true }, false],
  ] as const)('%s', (reason, pod, failing) => {
    const s = podSummary(makePod(pod as never));
    // An evicted pod's containers report their own reason, which printPod shows instead.
    expect(s.reason).toBe(reason === 'Evicted' ? 'ContainerStatusUnknown' : reason);
    expect(s.failing).toBe(failing);
  });

  it('shows the pod reason when no container says more (Evicted with no statuses)', () => {
    expect(reasonOf({ phase: 'Failed', reason: 'Evicted', containers: [] })).toBe('Evicted');
  });

  it('shows init progress and init failures', () => {
    const init = (state: Record<string, unknown>) => ({ name: 'migrate', ready: false, state });
    expect(
      reasonOf({
        phase: 'Pending',
        initContainers: [init(running())],
        containers: [{ name: 'app', ready: false, state: waiting('PodInitializing') }],
      }),
    ).toBe('Init:0/1');
    expect(reasonOf({ phase: 'Pending', initContainers: [init(waiting('CrashLoopBackOff'))] })).toBe('Init:CrashLoopBackOff');
    expect(reasonOf({ phase: 'Pending', initContainers: [init(terminated('Error', 1))] })).toBe('Init:Error');
    expect(reasonOf({ phase: 'Pending', initContainers: [init({ terminated: { exitCode: 4 } })] })).toBe('Init:ExitCode:4');
    expect(podSummary(makePod({ phase: 'Pending', initContainers: [init(waiting('ImagePullBackOff'))] })).failing).toBe(true);
  });

  it('counts a started sidecar (restartable init container) as a container', () => {
    const s = podSummary(
      makePod({
        initContainers: [{ name: 'proxy', restartPolicy: 'Always', started: true, ready: true, restartCount: 2 }],
        containers: [{ name: 'app', restartCount: 1 }],
        conditions: [{ type: 'Initialized', status: 'True' }],
      }),
    );
    expect(s).toMatchObject({ reason: 'Running', ready: '2/2', containerCount: 2, restarts: 3 });
  });

  it('shows Running or NotReady for a completed container next to a running one', () => {
    const containers = [{ name: 'app' }, { name: 'job', ready: false, state: terminated('Completed', 0) }];
    expect(reasonOf({ containers, conditions: [{ type: 'Ready', status: 'True' }] })).toBe('Running');
    expect(reasonOf({ containers })).toBe('NotReady');
  });

  it('shows Unknown for a deleted pod on a lost node', () => {
    expect(reasonOf({ deleting: true, reason: 'NodeLost' })).toBe('Unknown');
  });

  it('shows SchedulingGated and flags an unschedulable pod', () => {
    expect(
      reasonOf({
        phase: 'Pending',
        node: '',
        containers: [],
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
      }),
    ).toBe('SchedulingGated');
    const s = podSummary(
      makePod({
        phase: 'Pending',
        node: '',
        containers: [],
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available' }],
      }),
    );
    expect(s).toMatchObject({
      reason: 'Pending',
      failing: true,
      unschedulable: { reason: 'Unschedulable', message: '0/3 nodes are available' },
    });
    expect(s).not.toHaveProperty('node');
  });

  it('sums restarts and keeps the last restart time and the last termination', () => {
    const s = podSummary(
      makePod({
        containers: [
          { name: 'a', restartCount: 2, lastState: terminated('Error', 1, '2025-06-01T10:10:00Z') },
          { name: 'b', restartCount: 1, lastState: terminated('OOMKilled', 137, '2025-06-01T10:20:00Z') },
        ],
      }),
    );
    expect(s.restarts).toBe(3);
    expect(s.lastRestartAt).toBe('2025-06-01T10:20:00Z');
    expect(s.containers[1].lastTerminated).toEqual({ reason: 'OOMKilled', exitCode: 137, finishedAt: '2025-06-01T10:20:00Z' });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const s = podSummary(value);
        expect(typeof s.reason).toBe('string');
        expect(s.ready).toMatch(/^\d+\/\d+$/);
      }),
      { seed: 29, numRuns: 300 },
    );
    const junk = {
      metadata: 3,
      spec: { containers: 'x', initContainers: [null, 1] },
      status: { containerStatuses: [null, { state: 5 }], initContainerStatuses: [{}], conditions: {} },
    };
    expect(() => podSummary(junk)).not.toThrow();
  });
});

function running() {
  return { running: { startedAt: '2025-06-01T10:00:00Z' } };
}

describe('comparePods', () => {
  it('puts failing pods first, then not-ready ones, then by name', () => {
    const ok = podSummary(makePod({ name: 'a-ok' }));
    const done = podSummary(
      makePod({ name: 'b-done', phase: 'Succeeded', containers: [{ name: 'app', ready: false, state: terminated('Completed', 0) }] }),
    );
    const starting = podSummary(makePod({ name: 'c-starting', containers: [{ name: 'app', ready: false }] }));
    const crashing = podSummary(
      makePod({ name: 'd-crash', containers: [{ name: 'app', ready: false, state: waiting('CrashLoopBackOff') }] }),
    );
    expect(sortPods([ok, done, starting, crashing]).map((p) => p.name)).toEqual(['d-crash', 'c-starting', 'a-ok', 'b-done']);
  });

  it('is a total order: antisymmetric and consistent with sorting twice', () => {
    const arb = fc.record({
      name: fc.constantFrom('a', 'b', 'c'),
      ready: fc.boolean(),
      state: fc.constantFrom(running(), waiting('CrashLoopBackOff'), waiting('ContainerCreating')),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 8 }), (specs) => {
        const pods = specs.map((s) => podSummary(makePod({ name: s.name, containers: [{ name: 'app', ready: s.ready, state: s.state }] })));
        for (const a of pods) for (const b of pods) expect(Math.sign(comparePods(a, b))).toBe(-Math.sign(comparePods(b, a)) || 0);
        expect(sortPods(sortPods(pods))).toEqual(sortPods(pods));
      }),
      { seed: 31, numRuns: 100 },
    );
  });
});
