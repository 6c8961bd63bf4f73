/** A pod as the Kubernetes API answers it, as far as the tests read it. Never imported by shipped code. */
export interface ContainerStatusJson {
  name: string;
  ready: boolean;
  restartCount: number;
  state?: { waiting?: { reason?: string }; running?: object; terminated?: { reason?: string } };
  lastState?: { terminated?: { reason?: string; exitCode?: number } };
}

export interface PodJson {
  metadata: { name: string; namespace?: string; uid?: string; creationTimestamp?: string };
  spec: { nodeName?: string; containers: Array<{ name: string; image: string }> };
  status: { phase?: string; containerStatuses?: ContainerStatusJson[] };
}
