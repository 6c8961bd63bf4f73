import { describe, expect, it } from 'vitest';
import { eventRows } from './events';
import { makePod, terminated, waiting } from './liveFixtures';
import { LIVE_DIAGNOSTIC_KEYS, diagnoseLive, diagnoseWorkload } from './liveDiagnosis';
import liveLocales from './liveLocales';
import { podSummary } from './podSummary';

const workload = { kind: 'Deployment', name: 'web', namespace: 'demo' };
const crashing = (name: string) =>
  podSummary(
    makePod({
      name,
      containers: [{ name: 'app', ready: false, restartCount: 7, state: waiting('CrashLoopBackOff'), lastState: terminated('Error', 1) }],
    }),
  );

describe('diagnoseWorkload', () => {
  it('gives one CrashLoopBackOff diagnosis for the workload, naming up to maxPods pods', () => {
    const pods = ['web-c', 'web-a', 'web-b'].map(crashing);
    const [d, ...rest] = diagnoseWorkload({ workload, pods: [...pods, podSummary(makePod({ name: 'web-ok' }))] }, { maxPods: 2 });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      id: 'pod-crashloop',
      severity: 'error',
      titleKey: 'GITOPS_DIAG_POD_CRASHLOOP_TITLE',
      causeKey: 'GITOPS_DIAG_POD_CRASHLOOP_CAUSE',
      fixKey: 'GITOPS_DIAG_POD_CRASHLOOP_FIX',
      params: {
        workload: 'web',
        kind: 'Deployment',
        count: 3,
        container: 'app',
        restarts: 7,
        exitCode: 1,
        lastReason: 'Error',
        pods: ['web-a', 'web-b'],
      },
      pod: { namespace: 'demo', name: 'web-a', container: 'app' },
      workload,
    });
    expect(d.resources).toEqual([
      { kind: 'Pod', name: 'web-a', namespace: 'demo', status: 'CrashLoopBackOff', message: 'app: Error (1)' },
      { kind: 'Pod', name: 'web-b', namespace: 'demo', status: 'CrashLoopBackOff', message: 'app: Error (1)' },
    ]);
  });

  it('reports an image that cannot be pulled with the kubelet message', () => {
    const pod = podSummary(
      makePod({
        phase: 'Pending',
        containers: [
          { name: 'app', image: 'nginx:nope', ready: false, state: waiting('ImagePullBackOff', 'Back-off pulling image "nginx:nope"') },
        ],
      }),
    );
    expect(diagnoseWorkload({ workload, pods: [pod] })[0]).toMatchObject({
      id: 'pod-image-pull',
      params: { container: 'app', image: 'nginx:nope', message: 'Back-off pulling image "nginx:nope"', count: 1 },
    });
  });

  it('explains a pending pod with the newest FailedScheduling event, else the condition', () => {
    const pending = podSummary(makePod({ name: 'web-p', uid: 'p1', phase: 'Pending', node: '', containers: [] }));
    const events = eventRows([
      {
        metadata: { uid: 'e1' },
        type: 'Warning',
        reason: 'FailedScheduling',
        message: 'old',
        lastTimestamp: '2025-06-01T10:00:00Z',
        involvedObject: { kind: 'Pod', name: 'web-p', namespace: 'demo', uid: 'p1' },
      },
      {
        metadata: { uid: 'e2' },
        type: 'Warning',
        reason: 'FailedScheduling',
        message: '0/3 nodes are available: 3 Insufficient memory.',
        lastTimestamp: '2025-06-01T11:00:00Z',
        involvedObject: { kind: 'Pod', name: 'web-p', namespace: 'demo', uid: 'p1' },
      },
    ]);
    expect(diagnoseWorkload({ workload, pods: [pending], events })[0]).toMatchObject({
      id: 'pod-unschedulable',
      params: { message: '0/3 nodes are available: 3 Insufficient memory.' },
    });
    expect(diagnoseWorkload({ workload, pods: [pending] })).toEqual([]);
    const withCondition = podSummary(
      makePod({
        phase: 'Pending',
        node: '',
        containers: [],
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: 'taint' }],
      }),
    );
    expect(diagnoseWorkload({ workload, pods: [withCondition] })[0]).toMatchObject({
      id: 'pod-unschedulable',
      params: { message: 'taint' },
    });
  });

  it('reports OOMKilled instead of a crash loop, as a warning once the container runs again', () => {
    const looping = podSummary(
      makePod({
        containers: [
          { name: 'app', ready: false, restartCount: 3, state: waiting('CrashLoopBackOff'), lastState: terminated('OOMKilled', 137) },
        ],
      }),
    );
    const recovered = podSummary(
      makePod({
        name: 'web-r',
        containers: [{ name: 'app', restartCount: 1, lastState: terminated('OOMKilled', 137, '2025-06-01T09:00:00Z') }],
      }),
    );
    expect(diagnoseWorkload({ workload, pods: [looping] }).map((d) => [d.id, d.severity])).toEqual([['pod-oomkilled', 'error']]);
    expect(diagnoseWorkload({ workload, pods: [recovered] })[0]).toMatchObject({
      id: 'pod-oomkilled',
      severity: 'warning',
      params: { container: 'app', restarts: 1, finishedAt: { time: '2025-06-01T09:00:00Z' } },
    });
  });

  it('says nothing about healthy or merely starting pods', () => {
    const starting = podSummary(
      makePod({ phase: 'Pending', containers: [{ name: 'app', ready: false, state: waiting('ContainerCreating') }] }),
    );
    expect(diagnoseWorkload({ workload, pods: [podSummary(makePod()), starting] })).toEqual([]);
  });
});

describe('diagnoseLive', () => {
  it('keeps the workloads apart', () => {
    const other = { kind: 'StatefulSet', name: 'db', namespace: 'demo' };
    const ds = diagnoseLive([
      { workload, pods: [crashing('web-a')] },
      { workload: other, pods: [crashing('db-0')] },
    ]);
    expect(ds.map((d) => [d.id, d.workload.name, d.pod.name])).toEqual([
      ['pod-crashloop', 'web', 'web-a'],
      ['pod-crashloop', 'db', 'db-0'],
    ]);
  });
});

describe('liveLocales', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has exactly the keys the rules emit, in English and Chinese', () => {
    expect(Object.keys(liveLocales.en).sort()).toEqual([...LIVE_DIAGNOSTIC_KEYS].sort());
    expect(Object.keys(liveLocales.zh).sort()).toEqual([...LIVE_DIAGNOSTIC_KEYS].sort());
  });

  it('uses the same placeholders in both languages, all of them params the rules give', () => {
    const pods = [
      crashing('a'),
      podSummary(makePod({ name: 'b', containers: [{ name: 'app', ready: false, state: waiting('ErrImagePull', 'x') }] })),
      podSummary(
        makePod({
          name: 'c',
          phase: 'Pending',
          node: '',
          containers: [],
          conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }],
        }),
      ),
      podSummary(makePod({ name: 'd', containers: [{ name: 'app', lastState: terminated('OOMKilled', 137) }] })),
    ];
    const ds = diagnoseWorkload({ workload, pods });
    expect(ds).toHaveLength(4);
    for (const d of ds) {
      for (const key of [d.titleKey, d.causeKey, d.fixKey]) {
        expect(placeholders(liveLocales.zh[key]), key).toEqual(placeholders(liveLocales.en[key]));
        for (const name of placeholders(liveLocales.en[key])) expect(d.params, `${key} {${name}}`).toHaveProperty(name);
      }
    }
  });

  it('writes Chinese with full-width punctuation', () => {
    for (const [key, text] of Object.entries(liveLocales.zh)) {
      expect(text, key).not.toMatch(/[\u4e00-\u9fff]\s*[:,;!?]|[:,;!?]\s*[\u4e00-\u9fff]/);
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
