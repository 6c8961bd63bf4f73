/**
 * Jobs and CronJobs: a Job runs one pod to completion (labels
 * `batch.kubernetes.io/job-name`, `controller-uid`, kubernetes
 * pkg/controller/job/job_controller.go); a CronJob `0 2 * * *` creates
 * `<cronjob>-<scheduled minutes>` (pkg/controller/cronjob/utils.go
 * getJobName) and keeps its last run.
 */
import type { Loose } from '../core/util';
import type { LiveObject } from './argo-status';
import { ts } from './live-meta';
import type { LiveEnv } from './live-manifest';
import { childMeta, podsFor, type LivePod } from './live-children';
import type { LiveTree } from './live-workloads';

/** Labels, pod and status of a Job; `job` is the live Job or one a CronJob created. */
export function runJob(job: Record<string, Loose>, created: number, env: LiveEnv, done: boolean): LivePod[] {
  const { name, uid } = job.metadata;
  const labels = {
    'batch.kubernetes.io/controller-uid': uid,
    'batch.kubernetes.io/job-name': name,
    'controller-uid': uid,
    'job-name': name,
  };
  job.metadata.labels = { ...labels, ...job.metadata.labels };
  const template = job.spec.template ?? {};
  const pods = podsFor(job, [`${name}-${env.ids.suffix(name)}`], labels, template, created, env, () => (done ? 'completed' : 'creating'));
  const end = ts(created + 33_000);
  job.status = done
    ? {
        completionTime: end,
        conditions: [{ lastProbeTime: end, lastTransitionTime: end, status: 'True', type: 'Complete' }],
        ready: 0,
        startTime: ts(created),
        succeeded: 1,
        terminating: 0,
        uncountedTerminatedPods: {},
      }
    : { active: 1, ready: 0, startTime: ts(created), terminating: 0, uncountedTerminatedPods: {} };
  return pods;
}

/** The last 02:00 UTC run of `0 2 * * *` before `at`. */
const lastSchedule = (at: number) => {
  const day = 86_400_000;
  const t = Math.floor(at / day) * day + 2 * 3_600_000;
  return t <= at ? t : t - day;
};

export function cronTree(live: LiveObject, top: Record<string, Loose>, env: LiveEnv): LiveTree {
  const { name, namespace } = top.metadata;
  const scheduled = lastSchedule(top.spec.suspend ? (live.appliedAt ?? env.now) : env.now);
  const controllers: Array<Record<string, Loose>> = [];
  const pods: LivePod[] = [];
  // Suspended by its last apply: the runs before it (pkg/controller/cronjob keeps successfulJobsHistoryLimit 3; the last one here).
  if (scheduled > (live.createdAt ?? env.now) && (!top.spec.suspend || (live.rollouts ?? 1) > 1)) {
    const jobName = `${name}-${Math.floor(scheduled / 60_000)}`;
    const job: Record<string, Loose> = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: childMeta(jobName, namespace, top, scheduled, env),
      spec: { backoffLimit: 6, completions: 1, parallelism: 1, template: top.spec.jobTemplate?.spec?.template ?? {} },
    };
    controllers.push(job);
    pods.push(...runJob(job, scheduled, env, true));
    top.status = { lastScheduleTime: ts(scheduled), lastSuccessfulTime: ts(scheduled + 33_000) };
  } else {
    top.status = {};
  }
  return { top, controllers, pods };
}
