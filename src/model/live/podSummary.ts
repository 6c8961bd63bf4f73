/**
 * One pod as a row: kubectl's READY, STATUS and RESTARTS columns plus its containers. The STATUS
 * text follows `printPod` in kubernetes pkg/printers/internalversion/printers.go (the function
 * behind `kubectl get pods`), including restartable (sidecar) init containers, so the page says
 * what a user's terminal says. Never throws: every field is read defensively.
 */
import { at, field, isObject, list, num, str, text, timeMs } from './json';

export type ContainerState = 'running' | 'waiting' | 'terminated' | 'unknown';

export interface LastTermination {
  reason?: string;
  exitCode?: number;
  finishedAt?: string;
}

export interface ContainerSummary {
  name: string;
  image: string;
  /** An init container (restartable sidecars included). */
  init: boolean;
  ready: boolean;
  restartCount: number;
  state: ContainerState;
  /** The waiting or terminated reason of the current state. */
  reason?: string;
  message?: string;
  exitCode?: number;
  lastTerminated?: LastTermination;
}

export interface PodSummary {
  name: string;
  namespace: string;
  uid: string;
  phase: string;
  /** kubectl's STATUS column. */
  reason: string;
  /** kubectl's READY column, "1/2". */
  ready: string;
  readyCount: number;
  containerCount: number;
  restarts: number;
  /** The newest `lastState.terminated.finishedAt` among the counted containers. */
  lastRestartAt?: string;
  node?: string;
  /** `metadata.creationTimestamp`, for the AGE column. */
  createdAt?: string;
  /** The `PodScheduled=False` condition's message while the scheduler cannot place the pod. */
  unschedulable?: { reason: string; message: string };
  containers: ContainerSummary[];
  /** Something is wrong that will not fix itself by waiting (see `FAILING_REASON`). */
  failing: boolean;
}

function conditionOf(pod: unknown, type: string): unknown {
  return list(at(pod, 'status', 'conditions')).find((c) => field(c, 'type') === type);
}

// `NodeLost`: node.NodeUnreachablePodReason (kubernetes pkg/util/node), the reason the node
// lifecycle controller sets on the pods of a node it lost.
const NODE_UNREACHABLE = 'NodeLost';

function terminated(status: unknown): unknown {
  return at(status, 'state', 'terminated');
}

function lastTerminationOf(status: unknown): LastTermination | undefined {
  const t = at(status, 'lastState', 'terminated');
  if (!isObject(t)) return undefined;
  const out: LastTermination = {};
  const reason = text(t.reason);
  const exitCode = num(t.exitCode);
  const finishedAt = text(t.finishedAt);
  if (reason !== undefined) out.reason = reason;
  if (exitCode !== undefined) out.exitCode = exitCode;
  if (finishedAt !== undefined) out.finishedAt = finishedAt;
  return out;
}

function containerOf(spec: unknown, status: unknown, init: boolean): ContainerSummary {
  const name = str(field(spec, 'name')) ?? str(field(status, 'name')) ?? '';
  const out: ContainerSummary = {
    name,
    // The image as written in the manifest; the status may hold the resolved `docker.io/…` form.
    image: text(field(spec, 'image')) ?? str(field(status, 'image')) ?? '',
    init,
    ready: field(status, 'ready') === true,
    restartCount: num(field(status, 'restartCount')) ?? 0,
    state: 'unknown',
  };
  const state = field(status, 'state');
  const waiting = field(state, 'waiting');
  const ended = field(state, 'terminated');
  if (isObject(field(state, 'running'))) out.state = 'running';
  else if (isObject(waiting)) {
    out.state = 'waiting';
    if (text(waiting.reason)) out.reason = text(waiting.reason);
    if (text(waiting.message)) out.message = text(waiting.message);
  } else if (isObject(ended)) {
    out.state = 'terminated';
    if (text(ended.reason)) out.reason = text(ended.reason);
    if (text(ended.message)) out.message = text(ended.message);
    if (num(ended.exitCode) !== undefined) out.exitCode = num(ended.exitCode);
  }
  const last = lastTerminationOf(status);
  if (last) out.lastTerminated = last;
  return out;
}

/** Spec containers joined with their statuses by name; statuses without a spec entry are kept. */
function containersOf(specs: unknown[], statuses: unknown[], init: boolean): ContainerSummary[] {
  const byName = new Map<string, unknown>();
  for (const s of statuses) {
    const name = str(field(s, 'name'));
    if (name !== undefined && !byName.has(name)) byName.set(name, s);
  }
  const out = specs.filter(isObject).map((spec) => containerOf(spec, byName.get(str(spec.name) ?? ''), init));
  const named = new Set(out.map((c) => c.name));
  for (const [name, s] of byName) if (!named.has(name)) out.push(containerOf(undefined, s, init));
  return out;
}

/** Reasons of a pod that needs someone to act (a crash, a pull, an eviction), not just time. */
const FAILING_REASON =
  /^(Init:)?(CrashLoopBackOff|ImagePullBackOff|ErrImagePull|ErrImageNeverPull|InvalidImageName|CreateContainerConfigError|CreateContainerError|RunContainerError|PreStartHookError|PostStartHookError|OOMKilled|Error|ContainerStatusUnknown|ContainerCannotRun|DeadlineExceeded|Evicted|Unknown|NodeLost|NodeAffinity|OutOfcpu|OutOfmemory|UnexpectedAdmissionError|ExitCode:[1-9]\d*|Signal:\d+|ExitCode:-\d+)$/;

interface Counted {
  reason: string;
  readyCount: number;
  restarts: number;
  lastRestartMs?: number;
  lastRestartAt?: string;
}

function laterRestart(c: Counted, status: unknown): void {
  const finishedAt = text(at(status, 'lastState', 'terminated', 'finishedAt'));
  const ms = timeMs(finishedAt);
  if (ms !== undefined && (c.lastRestartMs === undefined || ms > c.lastRestartMs)) {
    c.lastRestartMs = ms;
    c.lastRestartAt = finishedAt;
  }
}

function terminatedReason(t: unknown, prefix: string): string {
  const reason = text(field(t, 'reason'));
  if (reason) return prefix + reason;
  const signal = num(field(t, 'signal')) ?? 0;
  return signal !== 0 ? `${prefix}Signal:${signal}` : `${prefix}ExitCode:${num(field(t, 'exitCode')) ?? 0}`;
}

/** The STATUS, READY count and RESTARTS of `printPod`, step by step. */
function printPodColumns(pod: unknown, restartableInit: Set<string>, initCount: number): Counted {
  const status = field(pod, 'status');
  const phase = str(field(status, 'phase')) ?? '';
  const c: Counted = { reason: text(field(status, 'reason')) ?? phase, readyCount: 0, restarts: 0 };
  const scheduled = conditionOf(pod, 'PodScheduled');
  if (field(scheduled, 'reason') === 'SchedulingGated') c.reason = 'SchedulingGated';

  const sidecars: Counted = { reason: '', readyCount: 0, restarts: 0 };
  let initializing = false;
  const initStatuses = list(field(status, 'initContainerStatuses'));
  for (let i = 0; i < initStatuses.length; i++) {
    const s = initStatuses[i];
    const restartable = restartableInit.has(str(field(s, 'name')) ?? '');
    c.restarts += num(field(s, 'restartCount')) ?? 0;
    laterRestart(c, s);
    if (restartable) {
      sidecars.restarts += num(field(s, 'restartCount')) ?? 0;
      laterRestart(sidecars, s);
    }
    const t = terminated(s);
    const waitingReason = text(at(s, 'state', 'waiting', 'reason'));
    if (isObject(t) && (num(t.exitCode) ?? 0) === 0) continue;
    if (restartable && field(s, 'started') === true) {
      if (field(s, 'ready') === true) c.readyCount++;
      continue;
    }
    if (isObject(t)) c.reason = terminatedReason(t, 'Init:');
    else if (waitingReason && waitingReason !== 'PodInitializing') c.reason = `Init:${waitingReason}`;
    else c.reason = `Init:${i}/${initCount}`;
    initializing = true;
    break;
  }

  if (!initializing || field(conditionOf(pod, 'Initialized'), 'status') === 'True') {
    c.restarts = sidecars.restarts;
    c.lastRestartMs = sidecars.lastRestartMs;
    c.lastRestartAt = sidecars.lastRestartAt;
    let hasRunning = false;
    const statuses = list(field(status, 'containerStatuses'));
    // Backwards, as printPod does: the first container's state is the one the column shows.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const s = statuses[i];
      c.restarts += num(field(s, 'restartCount')) ?? 0;
      laterRestart(c, s);
      const waitingReason = text(at(s, 'state', 'waiting', 'reason'));
      const t = terminated(s);
      if (waitingReason) c.reason = waitingReason;
      else if (isObject(t)) c.reason = terminatedReason(t, '');
      else if (field(s, 'ready') === true && isObject(at(s, 'state', 'running'))) {
        hasRunning = true;
        c.readyCount++;
      }
    }
    if (c.reason === 'Completed' && hasRunning) {
      c.reason = field(conditionOf(pod, 'Ready'), 'status') === 'True' ? 'Running' : 'NotReady';
    }
  }

  const deleting = text(at(pod, 'metadata', 'deletionTimestamp')) !== undefined;
  if (deleting && field(status, 'reason') === NODE_UNREACHABLE) c.reason = 'Unknown';
  else if (deleting && phase !== 'Succeeded' && phase !== 'Failed') c.reason = 'Terminating';
  return c;
}

/** The row of one pod; a value that is not an object gives an empty, non-failing row. */
export function podSummary(pod: unknown): PodSummary {
  const meta = field(pod, 'metadata');
  const spec = field(pod, 'spec');
  const status = field(pod, 'status');
  const initSpecs = list(field(spec, 'initContainers'));
  // `restartPolicy: Always` on an init container makes it a sidecar: it counts as a container.
  const restartableInit = new Set(initSpecs.filter((c) => field(c, 'restartPolicy') === 'Always').map((c) => str(field(c, 'name')) ?? ''));
  const c = printPodColumns(pod, restartableInit, initSpecs.length);
  const containerCount = list(field(spec, 'containers')).length + restartableInit.size;
  const containers = [
    ...containersOf(initSpecs, list(field(status, 'initContainerStatuses')), true),
    ...containersOf(list(field(spec, 'containers')), list(field(status, 'containerStatuses')), false),
  ];
  const phase = str(field(status, 'phase')) ?? '';
  const summary: PodSummary = {
    name: str(field(meta, 'name')) ?? '',
    namespace: str(field(meta, 'namespace')) ?? '',
    uid: str(field(meta, 'uid')) ?? '',
    phase,
    reason: c.reason,
    ready: `${c.readyCount}/${containerCount}`,
    readyCount: c.readyCount,
    containerCount,
    restarts: c.restarts,
    containers,
    failing: false,
  };
  if (c.restarts > 0 && c.lastRestartAt) summary.lastRestartAt = c.lastRestartAt;
  const node = text(field(spec, 'nodeName'));
  if (node) summary.node = node;
  const createdAt = text(field(meta, 'creationTimestamp'));
  if (createdAt) summary.createdAt = createdAt;
  const scheduled = conditionOf(pod, 'PodScheduled');
  if (field(scheduled, 'status') === 'False' && field(scheduled, 'reason') === 'Unschedulable') {
    summary.unschedulable = { reason: 'Unschedulable', message: str(field(scheduled, 'message')) ?? '' };
  }
  summary.failing = phase === 'Failed' || FAILING_REASON.test(c.reason) || summary.unschedulable !== undefined;
  return summary;
}

/** Not ready while it should be: a running pod short of ready containers (finished pods are fine). */
export function isNotReady(pod: PodSummary): boolean {
  return pod.phase !== 'Succeeded' && pod.reason !== 'Completed' && pod.readyCount < pod.containerCount;
}

/** Failing pods first, then not-ready ones, then by name: what needs a look comes first. */
export function comparePods(a: PodSummary, b: PodSummary): number {
  return (
    Number(b.failing) - Number(a.failing) ||
    Number(isNotReady(b)) - Number(isNotReady(a)) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0)
  );
}

export function sortPods(pods: readonly PodSummary[]): PodSummary[] {
  return [...pods].sort(comparePods);
}
