/**
 * JSON merge patch (RFC 7386), what `kubectl patch --type merge` and
 * `application/merge-patch+json` do: objects merge key by key, `null`
 * deletes, anything else (arrays included) replaces.
 */
import { isRecord } from './util';

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
