/**
 * core/v1 Events of a live tree, with the reasons and messages of the
 * controllers that record them: deployment-controller `ScalingReplicaSet`
 * (kubernetes pkg/controller/deployment/sync.go scaleReplicaSet: "Scaled up
 * replica set %s to %d"), replicaset/job/daemonset-controller
 * `SuccessfulCreate` "Created pod: %v" (pkg/controller/controller_utils.go
 * CreatePods), statefulset-controller "create Pod %s in StatefulSet %s
 * successful" (stateful_pod_control.go recordPodEvent), cronjob-controller
 * "Created job %v" / "Saw completed job: %s, status: %v"
 * (pkg/controller/cronjob/cronjob_controllerv2.go), default-scheduler
 * `Scheduled` "Successfully assigned %v/%v to %v" and `FailedScheduling`
 * (pkg/scheduler/schedule_one.go), and the kubelet's container events
 * (pkg/kubelet/events/event.go reasons; pkg/kubelet/images/image_manager.go
 * "Pulling image %q", "Successfully pulled image %q in %v (%v including
 * waiting)", "Container image %q already present on machine", "Failed to
 * pull image %q: %v", "Back-off pulling image %q"; kuberuntime_container.go
 * "Created container %s", "Started container %s", "Error: %v";
 * kuberuntime_manager.go "Back-off restarting failed container %s in pod %s").
 * Fields as client-go's recorder fills them (tools/record/event.go makeEvent).
 */
import type { Loose } from '../core/util';
import { hash32 } from '../core/util';
import type { EmulatorEvent } from './events';
import { ts } from './live-meta';
import type { LiveEnv } from './live-manifest';
import { crashHistory, unschedulableMessage } from './live-pods';
import type { LivePod, LiveTree } from './live-workloads';

type Obj = Record<string, Loose>;

interface Spec {
  on: Obj;
  fieldPath?: string;
  type?: 'Normal' | 'Warning';
  reason: string;
  message: string;
  component: string;
  host?: string;
  first: number;
  last?: number;
  count?: number;
}

function event(s: Spec, env: LiveEnv): Obj {
  const m = s.on.metadata;
  const first = ts(s.first);
  const name = `${m.name}.${(hash32(`${m.uid}/${s.reason}/${s.message}`).toString(16) + hash32(s.message).toString(16)).padStart(16, '0').slice(0, 16)}`;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    count: s.count ?? 1,
    eventTime: null,
    firstTimestamp: first,
    involvedObject: {
      apiVersion: s.on.apiVersion,
      ...(s.fieldPath ? { fieldPath: s.fieldPath } : {}),
      kind: s.on.kind,
      name: m.name,
      namespace: m.namespace,
      resourceVersion: m.resourceVersion,
      uid: m.uid,
    },
    lastTimestamp: ts(s.last ?? s.first),
    message: s.message,
    metadata: {
      creationTimestamp: first,
      name,
      namespace: m.namespace,
      resourceVersion: env.ids.resourceVersion(name, String(s.count ?? 1)),
      uid: env.ids.uid(name),
    },
    reason: s.reason,
    reportingComponent: s.component,
    reportingInstance: s.host ?? '',
    source: { component: s.component, ...(s.host ? { host: s.host } : {}) },
    type: s.type ?? 'Normal',
  };
}

const PULL_ERROR = (image: string) =>
  `failed to pull and unpack image "docker.io/library/${image}": failed to resolve reference "docker.io/library/${image}": unexpected status from HEAD request to https://registry-1.docker.io/v2/library/${image.replace(':', '/manifests/')}: 429 Too Many Requests`;

function podEvents(p: LivePod, env: LiveEnv): Spec[] {
  const pod = p.pod;
  const { name, namespace, uid } = pod.metadata;
  const created = Date.parse(pod.metadata.creationTimestamp);
  if (p.mode === 'unschedulable') {
    const count = Math.max(1, Math.min(60, Math.floor((env.now - created) / 300_000) + 1));
    return [
      {
        on: pod,
        type: 'Warning',
        reason: 'FailedScheduling',
        message: unschedulableMessage(env.nodes.length),
        component: 'default-scheduler',
        first: created,
        last: env.now - 12_000,
        count,
      },
    ];
  }
  const host = p.node;
  const out: Spec[] = [
    {
      on: pod,
      reason: 'Scheduled',
      message: `Successfully assigned ${namespace}/${name} to ${host}`,
      component: 'default-scheduler',
      first: created,
    },
  ];
  const k = (reason: string, message: string, c: Obj, first: number, extra: Partial<Spec> = {}): Spec => ({
    on: pod,
    fieldPath: `spec.containers{${c.name}}`,
    reason,
    message,
    component: 'kubelet',
    host,
    first,
    ...extra,
  });
  pod.spec.containers.forEach((c: Obj, i: number) => {
    const start = created + 1000;
    if (p.mode === 'creating') {
      out.push(k('Pulling', `Pulling image "${c.image}"`, c, start));
      return;
    }
    if (p.mode === 'image-pull' && i === 0) {
      const n = Math.max(2, Math.min(40, Math.floor((env.now - start) / 300_000) + 2));
      const last = env.now - 20_000;
      out.push(k('Pulling', `Pulling image "${c.image}"`, c, start, { count: n, last }));
      out.push(
        k('Failed', `Failed to pull image "${c.image}": ${PULL_ERROR(c.image)}`, c, start + 1500, { type: 'Warning', count: n, last }),
      );
      out.push(k('Failed', 'Error: ErrImagePull', c, start + 1500, { type: 'Warning', count: n, last }));
      out.push(k('BackOff', `Back-off pulling image "${c.image}"`, c, start + 2000, { count: n * 9, last: env.now - 5000 }));
      out.push(k('Failed', 'Error: ImagePullBackOff', c, start + 2000, { type: 'Warning', count: n * 9, last: env.now - 5000 }));
      return;
    }
    out.push(k('Pulling', `Pulling image "${c.image}"`, c, start));
    out.push(k('Pulled', `Successfully pulled image "${c.image}" in 2.315s (2.315s including waiting)`, c, start + 2300));
    const crashing = i === 0 && (p.mode === 'crash' || p.mode === 'oom');
    if (!crashing) {
      out.push(k('Created', `Created container ${c.name}`, c, start + 2400));
      out.push(k('Started', `Started container ${c.name}`, c, start + 2500));
      return;
    }
    const history = crashHistory(start + 2000, env.now, p.mode === 'oom' ? 45_000 : 4_000);
    const runs = history.restarts + 1;
    out.push(
      k('Pulled', `Container image "${c.image}" already present on machine`, c, start + 12_000, {
        count: runs - 1,
        last: history.lastStart - 500,
      }),
    );
    out.push(k('Created', `Created container ${c.name}`, c, start + 2400, { count: runs, last: history.lastStart - 300 }));
    out.push(k('Started', `Started container ${c.name}`, c, start + 2500, { count: runs, last: history.lastStart }));
    out.push(
      k('BackOff', `Back-off restarting failed container ${c.name} in pod ${name}_${namespace}(${uid})`, c, start + 6000, {
        type: 'Warning',
        count: Math.max(1, history.restarts * 4),
        last: Math.max(history.lastEnd + 1000, env.now - 15_000),
      }),
    );
  });
  return out;
}

export function treeEvents(tree: LiveTree, env: LiveEnv): Obj[] {
  const specs: Spec[] = [];
  const { top } = tree;
  for (const c of tree.controllers) {
    const created = Date.parse(c.metadata.creationTimestamp);
    if (c.kind === 'ReplicaSet') {
      const n = c.spec.replicas;
      const message =
        n > 0
          ? `Scaled up replica set ${c.metadata.name} to ${n}`
          : `Scaled down replica set ${c.metadata.name} to 0 from ${top.spec.replicas}`;
      const at = n > 0 ? created : Date.parse(tree.controllers[0].metadata.creationTimestamp) + 30_000;
      specs.push({ on: top, reason: 'ScalingReplicaSet', message, component: 'deployment-controller', first: at });
    } else if (c.kind === 'Job' && top.kind === 'CronJob') {
      specs.push({
        on: top,
        reason: 'SuccessfulCreate',
        message: `Created job ${c.metadata.name}`,
        component: 'cronjob-controller',
        first: created,
      });
      if (c.status?.succeeded)
        specs.push({
          on: top,
          reason: 'SawCompletedJob',
          message: `Saw completed job: ${c.metadata.name}, status: Complete`,
          component: 'cronjob-controller',
          first: created + 35_000,
        });
    }
  }
  for (const p of tree.pods) {
    const owner = [top, ...tree.controllers].find((o) => o.metadata.uid === p.pod.metadata.ownerReferences[0].uid) ?? top;
    const created = Date.parse(p.pod.metadata.creationTimestamp);
    const { name } = p.pod.metadata;
    const component = `${owner.kind.toLowerCase()}-controller`;
    const message =
      owner.kind === 'StatefulSet' ? `create Pod ${name} in StatefulSet ${owner.metadata.name} successful` : `Created pod: ${name}`;
    specs.push({ on: owner, reason: 'SuccessfulCreate', message, component, first: created });
    if (owner.kind === 'Job' && owner.status?.succeeded)
      specs.push({ on: owner, reason: 'Completed', message: 'Job completed', component: 'job-controller', first: created + 33_000 });
    specs.push(...podEvents(p, env));
  }
  return specs.map((s) => event(s, env));
}

/** The simulated controllers' own events (sim/events.ts) as core/v1 Events. */
export function recordedEvent(e: EmulatorEvent, env: LiveEnv): Obj {
  const on = {
    apiVersion: e.involvedObject.apiVersion,
    kind: e.involvedObject.kind,
    metadata: { name: e.involvedObject.name, namespace: e.involvedObject.namespace, uid: e.involvedObject.uid ?? '' },
  };
  const out = event(
    {
      on,
      type: e.type,
      reason: e.reason,
      message: e.message,
      component: e.source.component,
      first: Date.parse(e.firstTimestamp),
      last: Date.parse(e.lastTimestamp),
      count: e.count,
    },
    env,
  );
  delete out.involvedObject.resourceVersion;
  return out;
}
