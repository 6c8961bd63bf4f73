/**
 * What the status worker does with each request (`queries/argoStatus.worker.ts`): decodes the new
 * text and tells it as a change against the previous one, which it keeps per application.
 */
import type { ArgoStatus } from '../application/types';
import { parseArgoStatus } from './argoStatus';
import { type StatusChange, statusChange } from './statusPatch';

/** The last text decoded for each of the few applications kept. */
const KEPT = 4;

/**
 * `previousText` null means the text decoded last for `uid`; undefined comes back when that is no
 * longer kept (the page then sends it).
 */
export function statusDecoding(): (uid: string, previousText: string | null, text: string) => StatusChange | undefined {
  const last = new Map<string, { text: string; status: ArgoStatus | null }>();
  return (uid, previousText, text) => {
    let before = last.get(uid);
    if (previousText === null) {
      if (!before) return undefined;
    } else if (!before || before.text !== previousText) {
      // The first refresh after the page decoded the application itself: the previous text is decoded here too.
      before = { text: previousText, status: parseArgoStatus(previousText).status };
    }
    const parsed = parseArgoStatus(text);
    const change = statusChange(before.status, parsed.status, parsed.problems);
    last.delete(uid);
    last.set(uid, { text, status: parsed.status });
    if (last.size > KEPT) last.delete(last.keys().next().value as string);
    return change;
  };
}
