/**
 * What every controller does the same way: ownerReferences to its owner
 * (controller: true, blockOwnerDeletion: true, as metav1.NewControllerRef
 * sets them) and pods from a template (pkg/controller/controller_utils.go
 * CreatePods, getPodsPrefix: `generateName: <owner>-`).
 */
import type { Loose } from '../core/util';
import { ts } from './live-meta';
import type { LiveEnv } from './live-manifest';
import { buildPod, type BuiltPod, type OwnerRef, type PodMode } from './live-pods';

export interface LivePod extends BuiltPod {
  mode: PodMode;
}

export const ownerOf = (obj: Record<string, Loose>): OwnerRef => ({
  apiVersion: obj.apiVersion,
  kind: obj.kind,
  name: obj.metadata.name,
  uid: obj.metadata.uid,
});

export function childMeta(
  name: string,
  namespace: string,
  owner: Record<string, Loose>,
  created: number,
  env: LiveEnv,
  extra: Record<string, Loose> = {},
) {
  return {
    ...extra,
    creationTimestamp: ts(created),
    generation: 1,
    name,
    namespace,
    ownerReferences: [{ ...ownerOf(owner), blockOwnerDeletion: true, controller: true }],
    resourceVersion: env.ids.resourceVersion(`${namespace}/${name}`, String(created)),
    uid: env.ids.uid(`${namespace}/${name}#${created}`),
  };
}

export function podsFor(
  owner: Record<string, Loose>,
  names: string[],
  labels: Record<string, string>,
  template: Record<string, Loose>,
  created: number,
  env: LiveEnv,
  mode: (i: number) => PodMode,
): LivePod[] {
  return names.map((name, i) => {
    const m = mode(i);
    const uid = env.ids.uid(`${owner.metadata.namespace}/${name}`);
    const spec = template.spec ?? {};
    const input = {
      namespace: owner.metadata.namespace,
      name,
      labels,
      owner: ownerOf(owner),
      containers: spec.containers ?? [],
      restartPolicy: spec.restartPolicy ?? 'Always',
      mode: m,
      created: created + i * 1000,
    };
    const built = buildPod(input, env, uid);
    const restarts = built.pod.status.containerStatuses?.[0]?.restartCount ?? 0;
    built.pod.metadata.resourceVersion = env.ids.resourceVersion(`${input.namespace}/${name}`, `${m}|${restarts}`);
    // Pods of ReplicaSets, DaemonSets and Jobs are named by generateName (pkg/controller/controller_utils.go getPodsPrefix).
    if (owner.kind !== 'StatefulSet') built.pod.metadata.generateName = `${owner.metadata.name}-`;
    return { ...built, mode: m };
  });
}
