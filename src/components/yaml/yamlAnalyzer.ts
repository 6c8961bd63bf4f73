import AnalysisWorker from './analysis.worker?worker';
import { analyzer, receiver, type SentAnalysis, type YamlAnalysis } from './analysis';
import { type WorkerLike, wireWorker } from '../../host/worker';

export interface AnalysisRequest {
  id: number;
  text: string;
}

export interface AnalysisResponse {
  id: number;
  analysis: SentAnalysis;
}

export interface YamlAnalyzer {
  /**
   * Asks for `text` to be checked. One check runs at a time; of the texts asked for meanwhile,
   * only the last one is checked next, so a fast typist never queues up work.
   */
  request(text: string): void;
  dispose(): void;
}

const startWorker = (): Worker | null => (typeof Worker === 'undefined' ? null : new AnalysisWorker());

/**
 * Checks the YAML view's text in a worker, so that a manifest of thousands of lines never blocks
 * typing. Where no worker can start (or it fails to load), the checks run on the page after the
 * keystroke's own work, as they did before.
 */
export function createYamlAnalyzer(onResult: (analysis: YamlAnalysis) => void, start = startWorker): YamlAnalyzer {
  let worker: WorkerLike | null | undefined;
  let running: AnalysisRequest | undefined;
  let queued: string | undefined;
  let nextId = 1;
  let disposed = false;
  let analyzeHere: ((text: string) => SentAnalysis) | undefined;
  const receive = receiver();

  const finish = (id: number, analysis: SentAnalysis) => {
    if (disposed || running?.id !== id) return;
    const { text } = running;
    running = undefined;
    onResult(receive(text, analysis));
    if (queued !== undefined && !disposed) {
      const text = queued;
      queued = undefined;
      run(text);
    }
  };

  const inThread = (request: AnalysisRequest) => {
    analyzeHere ??= analyzer();
    const analyze = analyzeHere;
    setTimeout(() => finish(request.id, analyze(request.text)), 0);
  };

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    if (running) inThread(running);
  };

  function run(text: string) {
    running = { id: nextId++, text };
    if (worker === undefined) worker = wireWorker<AnalysisResponse>(start, (data) => finish(data.id, data.analysis), fallBack);
    if (worker) worker.postMessage(running);
    else inThread(running);
  }

  return {
    request(text) {
      if (disposed) return;
      if (running) queued = text;
      else run(text);
    },
    dispose() {
      disposed = true;
      worker?.terminate();
    },
  };
}
