/**
 * Decodes refreshed `status.argoApp` texts of large applications off the page (see
 * `argoStatusDecoder.ts`): parsing and decoding 20,000 resources is a long task; what goes back
 * is the change against the previous status, a few items instead of all.
 */
import { statusDecoding } from '../model/status/statusDecoding';
import type { DecodeRequest, DecodeResponse } from './argoStatusDecoder';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null;
  postMessage(message: DecodeResponse): void;
};

const decode = statusDecoding();

scope.onmessage = (event) => {
  const { id, uid, previousText, text } = event.data;
  scope.postMessage({ id, change: decode(uid, previousText, text) });
};
