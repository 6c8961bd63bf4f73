/**
 * go-restful `Request.ReadEntity` followed by Go decoding into a typed struct.
 * The entity reader is looked up by Content-Type: the exact type first, then
 * any registered type the header contains (go-restful v3.12
 * entity_accessors.go L69-83, request.go L93-101). Registered: go-restful's
 * own `application/json` and `application/xml`, and the two ks-devops adds
 * as JSON readers, `application/merge-patch+json` and
 * `application/json-patch+json` (ks-devops pkg/apiserver/runtime/runtime.go
 * L30-43, loaded by every ks-devops WebService). Anything else fails with
 * `[ServiceError:400] Unable to unmarshal content of type:<ct>`.
 */
import type { Loose } from '../core/util';
import { scanGoJson } from '../core/goscan';
import { decodeAs, type GoType } from '../core/schema';

export type EntityResult = { ok: true; value: Record<string, Loose> } | { ok: false; kind: 'content-type' | 'decode'; message: string };

type Reader = 'json' | 'xml';

const READERS: Array<[string, Reader]> = [
  ['application/json', 'json'],
  ['application/merge-patch+json', 'json'],
  ['application/json-patch+json', 'json'],
  ['application/xml', 'xml'],
];

/** accessorAt: exact match, else the first registered type the header contains (all JSON ones decode alike). */
function readerFor(contentType: string): Reader | undefined {
  const exact = READERS.find(([mime]) => mime === contentType);
  if (exact) return exact[1];
  return READERS.find(([mime]) => contentType.includes(mime))?.[1];
}

export async function readEntity(request: Request, type: GoType): Promise<EntityResult> {
  const contentType = request.headers.get('content-type') ?? '';
  const bytes = new Uint8Array(await request.arrayBuffer());
  const reader = readerFor(contentType);
  if (!reader) {
    return { ok: false, kind: 'content-type', message: `[ServiceError:400] Unable to unmarshal content of type:${contentType}` };
  }
  if (reader === 'xml') {
    // The XML reader finds no element in a JSON (or empty) body and stops at EOF.
    return { ok: false, kind: 'decode', message: 'EOF' };
  }
  const scanned = scanGoJson(bytes);
  if (!scanned.ok) return { ok: false, kind: 'decode', message: scanned.error };
  const decoded = decodeAs(scanned.value, type);
  if (!decoded.ok) return { ok: false, kind: 'decode', message: decoded.error };
  return { ok: true, value: decoded.value };
}
