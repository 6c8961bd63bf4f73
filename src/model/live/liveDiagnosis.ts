/**
 * What is wrong with the pods of a workload, and how to fix it: the live counterpart of
 * `model/diagnostics`, in the same `Diagnostic` shape (i18n keys `GITOPS_DIAG_POD_*`, texts in
 * `liveLocales.ts`). One diagnosis per rule and workload, naming up to `maxPods` pods: fifty
 * replicas in CrashLoopBackOff are one problem, not fifty.
 */
import { type Diagnostic, type DiagnosticResource, keys } from '../diagnostics/diagnosticTypes';
import { type EventRow, eventsFor } from './events';
import { type ContainerSummary, type PodSummary, comparePods } from './podSummary';

export type LiveDiagnosticId = 'pod-unschedulable' | 'pod-image-pull' | 'pod-crashloop' | 'pod-oomkilled';

export interface LivePodRef {
  namespace: string;
  name: string;
  container?: string;
}

export interface LiveWorkloadRef {
  kind: string;
  name: string;
  namespace: string;
}

export type LiveDiagnostic = Omit<Diagnostic, 'id'> & {
  id: LiveDiagnosticId;
  /** The first pod concerned, for the page to link to (its logs, its events). */
  pod: LivePodRef;
  workload: LiveWorkloadRef;
};

export interface LiveWorkloadPods {
  workload: LiveWorkloadRef;
  pods: readonly PodSummary[];
  /** The namespace's events (or the pods'); the scheduler explains itself only there. */
  events?: readonly EventRow[];
}

export interface LiveDiagnoseOptions {
  /** How many pods a diagnosis names; `params.count` has the full number. Defaults to 5. */
  maxPods?: number;
}

export const DEFAULT_MAX_LISTED_PODS = 5;

const RULE_NAMES: Record<LiveDiagnosticId, string> = {
  'pod-unschedulable': 'POD_UNSCHEDULABLE',
  'pod-image-pull': 'POD_IMAGE_PULL',
  'pod-crashloop': 'POD_CRASHLOOP',
  'pod-oomkilled': 'POD_OOMKILLED',
};

/** Every key `diagnoseLive` can hand out, for the locale tests. */
export const LIVE_DIAGNOSTIC_KEYS: readonly string[] = Object.values(RULE_NAMES).flatMap((name) => Object.values(keys(name)));

/** One pod a rule found, with the container and the detail that made it fire. */
interface Finding {
  pod: PodSummary;
  container?: ContainerSummary;
  /** What the resource list shows next to the pod. */
  message: string;
}

type Rule = (pods: readonly PodSummary[], events: readonly EventRow[]) => Finding[];

const IMAGE_PULL = new Set(['ImagePullBackOff', 'ErrImagePull', 'ErrImageNeverPull', 'InvalidImageName']);

function firstContainer(pod: PodSummary, test: (c: ContainerSummary) => boolean): ContainerSummary | undefined {
  // Regular containers before init ones: a crashing app says more than a sidecar waiting for it.
  return pod.containers.find((c) => !c.init && test(c)) ?? pod.containers.find((c) => c.init && test(c));
}

const isOom = (c: ContainerSummary) => c.lastTerminated?.reason === 'OOMKilled' || (c.state === 'terminated' && c.reason === 'OOMKilled');

const unschedulable: Rule = (pods, events) =>
  pods.flatMap((pod) => {
    if (pod.phase !== 'Pending' || pod.node) return [];
    // Events are sorted newest first, so the first FailedScheduling is the scheduler's latest word.
    const event = eventsFor(events, { kind: 'Pod', name: pod.name, namespace: pod.namespace, uid: pod.uid || undefined }).find(
      (e) => e.reason === 'FailedScheduling',
    );
    if (!event && !pod.unschedulable) return [];
    return [{ pod, message: event?.message || pod.unschedulable?.message || '' }];
  });

const imagePull: Rule = (pods) =>
  pods.flatMap((pod) => {
    const container = firstContainer(pod, (c) => c.state === 'waiting' && IMAGE_PULL.has(c.reason ?? ''));
    return container ? [{ pod, container, message: container.message ?? container.reason ?? '' }] : [];
  });

// A container killed for memory gets the OOM rule instead, whose fix is the right one.
const crashLoop: Rule = (pods) =>
  pods.flatMap((pod) => {
    const container = firstContainer(pod, (c) => c.state === 'waiting' && c.reason === 'CrashLoopBackOff' && !isOom(c));
    if (!container) return [];
    const last = container.lastTerminated;
    return [{ pod, container, message: `${last?.reason ?? 'Error'} (${last?.exitCode ?? '?'})` }];
  });

const oomKilled: Rule = (pods) =>
  pods.flatMap((pod) => {
    const container = firstContainer(pod, isOom);
    return container ? [{ pod, container, message: 'OOMKilled' }] : [];
  });

const RULES: Array<[LiveDiagnosticId, Rule]> = [
  ['pod-unschedulable', unschedulable],
  ['pod-image-pull', imagePull],
  ['pod-crashloop', crashLoop],
  ['pod-oomkilled', oomKilled],
];

function paramsOf(id: LiveDiagnosticId, first: Finding, findings: Finding[], workload: LiveWorkloadRef): Diagnostic['params'] {
  const common = { workload: workload.name, kind: workload.kind, count: findings.length };
  const c = first.container;
  switch (id) {
    case 'pod-unschedulable':
      return { ...common, message: first.message };
    case 'pod-image-pull':
      return { ...common, container: c?.name ?? '', image: c?.image ?? '', message: first.message };
    case 'pod-crashloop':
      return {
        ...common,
        container: c?.name ?? '',
        restarts: c?.restartCount ?? 0,
        exitCode: c?.lastTerminated?.exitCode ?? '?',
        lastReason: c?.lastTerminated?.reason ?? 'Error',
      };
    case 'pod-oomkilled': {
      const finishedAt = c?.lastTerminated?.finishedAt;
      const params: Diagnostic['params'] = { ...common, container: c?.name ?? '', restarts: c?.restartCount ?? 0 };
      if (finishedAt) params.finishedAt = { time: finishedAt };
      return params;
    }
  }
}

function diagnosisOf(id: LiveDiagnosticId, findings: Finding[], workload: LiveWorkloadRef, maxPods: number): LiveDiagnostic {
  const first = findings[0];
  const pod: LivePodRef = { namespace: first.pod.namespace, name: first.pod.name };
  if (first.container) pod.container = first.container.name;
  const resources: DiagnosticResource[] = findings.slice(0, maxPods).map((f) => ({
    kind: 'Pod',
    name: f.pod.name,
    namespace: f.pod.namespace,
    status: f.pod.reason,
    message: f.container ? `${f.container.name}: ${f.message}` : f.message,
  }));
  // A pod that ran out of memory once and runs again is worth a warning; one down now is an error.
  const severity = id === 'pod-oomkilled' && !findings.some((f) => f.pod.failing) ? 'warning' : 'error';
  return {
    id,
    severity,
    ...keys(RULE_NAMES[id]),
    params: { ...paramsOf(id, first, findings, workload), pods: findings.slice(0, maxPods).map((f) => f.pod.name) },
    resources,
    pod,
    workload,
  };
}

/** The diagnoses of one workload's pods, in rule order. */
export function diagnoseWorkload(group: LiveWorkloadPods, options: LiveDiagnoseOptions = {}): LiveDiagnostic[] {
  const maxPods = Math.max(1, Math.floor(options.maxPods ?? DEFAULT_MAX_LISTED_PODS));
  const pods = [...group.pods].sort(comparePods);
  const events = group.events ?? [];
  const out: LiveDiagnostic[] = [];
  for (const [id, rule] of RULES) {
    const findings = rule(pods, events);
    if (findings.length > 0) out.push(diagnosisOf(id, findings, group.workload, maxPods));
  }
  return out;
}

/** The diagnoses of several workloads, workload by workload in the order given. */
export function diagnoseLive(groups: readonly LiveWorkloadPods[], options: LiveDiagnoseOptions = {}): LiveDiagnostic[] {
  return groups.flatMap((group) => diagnoseWorkload(group, options));
}
