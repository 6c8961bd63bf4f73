import { type Application, type ParsedArgoStatus, parseArgoStatus } from '../../model';

let last: { text: string | undefined; parsed: ParsedArgoStatus } | null = null;

/**
 * The parsed `status.argoApp`, parsed once per distinct string. Every poll returns a new object
 * with, most of the time, the same string; a status with thousands of resources is worth not
 * parsing again on every render and every polling decision.
 */
export function parsedStatusOf(app: Application | undefined): ParsedArgoStatus {
  const text = app?.status?.argoApp;
  if (last && last.text === text) return last.parsed;
  const parsed = parseArgoStatus(text);
  last = { text, parsed };
  return parsed;
}
