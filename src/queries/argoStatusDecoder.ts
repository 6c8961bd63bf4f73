import DecoderWorker from './argoStatus.worker?worker';
import type { StatusChange } from '../model/status/statusPatch';
import { type WorkerLike, wireWorker } from '../host/worker';

export interface DecodeRequest {
  id: number;
  uid: string;
  /** Null: the text the worker decoded last for this application (not copied over again: megabytes). */
  previousText: string | null;
  text: string;
}

/** Without `change`: the worker no longer has the text it was told to use (it keeps a few). */
export interface DecodeResponse {
  id: number;
  change?: StatusChange;
}

/** Told the change of one application's status: from the status of `previousText` to that of `text`. */
export type OnDecoded = (uid: string, previousText: string, text: string, change: StatusChange) => void;

export interface StatusDecoder {
  /**
   * Asks for `text` to be decoded against `previousText`. One request per application runs at
   * a time; of the texts asked for meanwhile only the last is decoded next. False when no
   * worker can do it: the caller decodes on the page.
   */
  request(uid: string, previousText: string, text: string): boolean;
}

/** Starts the worker; null where there is none (tests, old browsers). */
export type WorkerStart = () => WorkerLike | null;

const startWorker: WorkerStart = () => (typeof Worker === 'undefined' ? null : new DecoderWorker());

/**
 * Decodes refreshed statuses of large applications in a worker (`argoStatus.worker.ts`). Where
 * none starts, or it fails, `request` says so and the page decodes as before.
 */
export function createStatusDecoder(
  onDecoded: OnDecoded,
  onFailed: (uid: string) => void,
  start: WorkerStart = startWorker,
): StatusDecoder {
  let worker: ReturnType<WorkerStart> | undefined;
  let nextId = 1;
  /** By request id: the request, with the previous text in full. */
  const running = new Map<number, DecodeRequest & { previousText: string }>();
  const busy = new Set<string>();
  const queued = new Map<string, DecodeRequest & { previousText: string }>();
  /** The text the worker decoded last, per application. */
  const workerHas = new Map<string, string>();

  const send = (request: DecodeRequest & { previousText: string }, copyPrevious = workerHas.get(request.uid) !== request.previousText) => {
    busy.add(request.uid);
    running.set(request.id, request);
    workerHas.set(request.uid, request.text);
    worker!.postMessage(copyPrevious ? request : { ...request, previousText: null });
  };

  const finish = (id: number, change: StatusChange | undefined) => {
    const request = running.get(id);
    if (!request) return;
    if (!change) {
      send(request, true);
      return;
    }
    running.delete(id);
    busy.delete(request.uid);
    onDecoded(request.uid, request.previousText, request.text, change);
    const next = queued.get(request.uid);
    if (next) {
      queued.delete(request.uid);
      // Told against the text just decoded, which the worker keeps.
      send({ ...next, previousText: request.text });
    }
  };

  const fail = () => {
    worker?.terminate();
    worker = null;
    const uids = new Set([...busy, ...queued.keys()]);
    running.clear();
    busy.clear();
    queued.clear();
    for (const uid of uids) onFailed(uid);
  };

  return {
    request(uid, previousText, text) {
      if (worker === undefined) worker = wireWorker<DecodeResponse>(start, (data) => finish(data.id, data.change), fail);
      if (!worker) return false;
      // Every render reads the status: a text already on its way is not asked for again.
      const inFlight = [...running.values()].some((r) => r.uid === uid && r.text === text);
      if (inFlight || queued.get(uid)?.text === text) return true;
      const request = { id: nextId++, uid, previousText, text };
      if (busy.has(uid)) queued.set(uid, request);
      else send(request);
      return true;
    },
  };
}
