/**
 * Pods of the simulated workloads, in the shapes the kubelet reports them.
 * A pod's `mode` comes from its workload's health (live-workloads.ts); the
 * status fields follow kubelet's: the phase from getPhase (kubernetes
 * pkg/kubelet/kubelet_pods.go, a crash-looping container has a last
 * termination so the pod stays Running), CrashLoopBackOff's waiting message
 * (pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff: `back-off 5m0s
 * restarting failed container=… pod=…`), the back-off doubling from 10 s to
 * 5 min (pkg/kubelet/kubelet.go backOffPeriod/MaxContainerBackOff), the
 * scheduler's Unschedulable condition (pkg/scheduler/schedule_one.go
 * handleSchedulingFailure) and exit code 137 for OOMKilled.
 */
import type { Loose } from '../core/util';
import { hash32 } from '../core/util';
import { ts } from './live-meta';
import type { LiveEnv } from './live-manifest';

export type PodMode = 'running' | 'creating' | 'crash' | 'oom' | 'image-pull' | 'unschedulable' | 'completed';

export interface OwnerRef {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
}

/** One run of a container, for its log (live-logs.ts). */
export interface ContainerRun {
  name: string;
  image: string;
  /** Current log: `undefined` = no log yet (waiting to start; the reason for the 400). */
  current?: { start: number; end?: number; ending?: 'panic' | 'oom' | 'exit0' };
  previous?: { start: number; end: number; ending: 'panic' | 'oom' };
  /** kubelet's text when the container has no log yet. */
  waitingReason?: string;
}

export interface PodInput {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  owner: OwnerRef;
  containers: Array<Record<string, Loose>>;
  restartPolicy: string;
  mode: PodMode;
  /** When the pod was created (ms). */
  created: number;
}

export interface BuiltPod {
  pod: Record<string, Loose>;
  runs: ContainerRun[];
  node?: string;
}

/** The scheduler's message when no node fits (pkg/scheduler/framework/plugins/noderesources/fit.go, preemption). */
export const unschedulableMessage = (nodes: number) =>
  `0/${nodes} nodes are available: ${nodes} Insufficient memory. preemption: 0/${nodes} nodes are available: ${nodes} No preemption victims found for incoming pod.`;

/** Restarts so far and when the last run ended, with back-off 10 s doubling to 5 min and `run` ms per run. */
export function crashHistory(start: number, now: number, run: number): { restarts: number; lastStart: number; lastEnd: number } {
  let t = start;
  let restarts = 0;
  let delay = 10_000;
  let lastStart = start;
  let lastEnd = start + run;
  // Closed form after the back-off reaches its cap keeps this cheap for pods crashing for days.
  while (t + run <= now && delay < 300_000) {
    lastStart = t;
    lastEnd = t + run;
    t = lastEnd + delay;
    delay *= 2;
    restarts++;
  }
  if (t + run <= now) {
    const n = Math.floor((now - t - run) / (run + 300_000)) + 1;
    restarts += n;
    lastStart = t + (n - 1) * (run + 300_000);
    lastEnd = lastStart + run;
  }
  return { restarts: Math.max(1, restarts), lastStart, lastEnd };
}

const containerId = (pod: string, name: string, n: number) =>
  `containerd://${(hash32(`${pod}/${name}/${n}`).toString(16) + hash32(`${name}/${n}/${pod}`).toString(16)).padEnd(16, '0').repeat(4)}`;

export function buildPod(input: PodInput, env: LiveEnv, uid: string): BuiltPod {
  const { mode, name, created, namespace } = input;
  const scheduled = mode !== 'unschedulable';
  const h = hash32(`${namespace}/${name}`);
  const node = scheduled ? env.nodes[h % env.nodes.length] : undefined;
  const start = created + 1000;
  const statuses: Array<Record<string, Loose>> = [];
  const runs: ContainerRun[] = [];
  input.containers.forEach((c, i) => {
    const main = i === 0;
    const status: Record<string, Loose> = {
      image: c.image,
      imageID: '',
      name: c.name,
      ready: false,
      restartCount: 0,
      started: false,
      state: {},
    };
    const run: ContainerRun = { name: c.name, image: c.image };
    const failing = main && (mode === 'crash' || mode === 'oom');
    if (mode === 'running' || (!main && (mode === 'crash' || mode === 'oom' || mode === 'image-pull'))) {
      Object.assign(status, { ready: true, started: true, state: { running: { startedAt: ts(start + 2000) } } });
      run.current = { start: start + 2000 };
    } else if (failing) {
      const runMs = mode === 'oom' ? 45_000 : 4_000;
      const crash = crashHistory(start + 2000, env.now, runMs);
      const reason = mode === 'oom' ? 'OOMKilled' : 'Error';
      const exitCode = mode === 'oom' ? 137 : 1;
      Object.assign(status, {
        lastState: {
          terminated: {
            containerID: containerId(name, c.name, crash.restarts - 1),
            exitCode,
            finishedAt: ts(crash.lastEnd),
            reason,
            startedAt: ts(crash.lastStart),
          },
        },
        restartCount: crash.restarts,
        state: {
          waiting: {
            message: `back-off 5m0s restarting failed container=${c.name} pod=${name}_${namespace}(${uid})`,
            reason: 'CrashLoopBackOff',
          },
        },
      });
      const ending = mode === 'oom' ? 'oom' : 'panic';
      // kubelet shows the last terminated run as the current log while the container waits
      // (kubelet_pods.go validateContainerLogStatus: `case lastState.Terminated != nil`).
      run.current = { start: crash.lastStart, end: crash.lastEnd, ending };
      run.previous = { start: crash.lastStart, end: crash.lastEnd, ending };
    } else if (mode === 'completed') {
      const end = start + 30_000;
      Object.assign(status, {
        state: {
          terminated: {
            containerID: containerId(name, c.name, 0),
            exitCode: 0,
            finishedAt: ts(end),
            reason: 'Completed',
            startedAt: ts(start + 2000),
          },
        },
      });
      run.current = { start: start + 2000, end, ending: 'exit0' };
    } else if (mode === 'image-pull') {
      status.state = { waiting: { message: `Back-off pulling image "${c.image}"`, reason: 'ImagePullBackOff' } };
      run.waitingReason = 'trying and failing to pull image';
    } else if (mode === 'creating') {
      status.state = { waiting: { reason: 'ContainerCreating' } };
      run.waitingReason = 'ContainerCreating';
    }
    if (status.state.running || status.state.terminated) status.containerID = containerId(name, c.name, status.restartCount);
    if (status.state.running || status.state.terminated || status.lastState)
      status.imageID = `docker.io/library/${c.image}@sha256:${hash32(c.image).toString(16).padStart(8, '0').repeat(8)}`;
    statuses.push(status);
    runs.push(run);
  });

  const allReady = statuses.length > 0 && statuses.every((s) => s.ready);
  const unready = statuses.filter((s) => !s.ready).map((s) => s.name);
  const at = ts(start);
  const notReady = { message: `containers with unready status: [${unready.join(' ')}]`, reason: 'ContainersNotReady' };
  const conditions = scheduled
    ? [
        { lastProbeTime: null, lastTransitionTime: at, status: 'True', type: 'PodReadyToStartContainers' },
        { lastProbeTime: null, lastTransitionTime: at, status: 'True', type: 'Initialized' },
        {
          lastProbeTime: null,
          lastTransitionTime: at,
          status: allReady || mode === 'completed' ? 'True' : 'False',
          type: 'Ready',
          ...(allReady || mode === 'completed' ? {} : notReady),
        },
        {
          lastProbeTime: null,
          lastTransitionTime: at,
          status: allReady || mode === 'completed' ? 'True' : 'False',
          type: 'ContainersReady',
          ...(allReady || mode === 'completed' ? {} : notReady),
        },
        { lastProbeTime: null, lastTransitionTime: ts(created), status: 'True', type: 'PodScheduled' },
      ]
    : [
        {
          lastProbeTime: null,
          lastTransitionTime: ts(created),
          message: unschedulableMessage(env.nodes.length),
          reason: 'Unschedulable',
          status: 'False',
          type: 'PodScheduled',
        },
      ];
  const phase =
    mode === 'completed' ? 'Succeeded' : mode === 'creating' || mode === 'image-pull' || mode === 'unschedulable' ? 'Pending' : 'Running';
  const status: Record<string, Loose> = { conditions, phase, qosClass: 'Burstable' };
  if (scheduled && node) {
    const n = Number(node.replace(/\D/g, '')) || 1;
    Object.assign(status, {
      containerStatuses: statuses,
      hostIP: `192.168.0.${10 + n}`,
      hostIPs: [{ ip: `192.168.0.${10 + n}` }],
      startTime: ts(start),
    });
    if (mode !== 'creating') {
      const ip = `10.233.${64 + (h % 60)}.${2 + ((h >>> 8) % 250)}`;
      Object.assign(status, { podIP: ip, podIPs: [{ ip }] });
    }
  }
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      creationTimestamp: ts(created),
      labels: input.labels,
      name,
      namespace,
      ownerReferences: [{ ...input.owner, blockOwnerDeletion: true, controller: true }],
      uid,
    },
    spec: {
      containers: input.containers.map((c) => ({
        ...c,
        imagePullPolicy: 'IfNotPresent',
        terminationMessagePath: '/dev/termination-log',
        terminationMessagePolicy: 'File',
      })),
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      ...(node ? { nodeName: node } : {}),
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: input.restartPolicy,
      schedulerName: 'default-scheduler',
      securityContext: {},
      serviceAccount: 'default',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
    },
    status,
  };
  return { pod, runs, node };
}
