/** `self.MonacoEnvironment`: how Monaco starts a worker for a label. */
export interface WorkerEnvironment {
  getWorker?(workerId: string, label: string): Worker;
  getWorkerUrl?(workerId: string, label: string): string;
}

export interface OwnWorkers {
  yaml(): Worker;
  editor(): Worker;
}

/**
 * The environment to install on a page the console shares with other extensions: the YAML worker
 * is always ours (nobody else starts one), and if another Monaco set its workers up first, it
 * keeps its editor worker and ours borrows it rather than replacing it.
 */
export function workerEnvironment(
  previous: WorkerEnvironment | undefined,
  own: OwnWorkers,
): Required<Pick<WorkerEnvironment, 'getWorker'>> {
  return {
    getWorker(workerId, label) {
      if (label === 'yaml') return own.yaml();
      if (previous?.getWorker) return previous.getWorker(workerId, label);
      if (previous?.getWorkerUrl) return new Worker(previous.getWorkerUrl(workerId, label), { name: label });
      return own.editor();
    },
  };
}
