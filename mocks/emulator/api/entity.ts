/**
 * go-restful `Request.ReadEntity` followed by Go decoding into a typed struct.
 * The entity reader is chosen by Content-Type substring (`application/json`,
 * `application/xml`); there is no default, so a missing or other type fails
 * with `[ServiceError:400] Unable to unmarshal content of type:<ct>`.
 */
import type { Loose } from '../core/util';
import { scanGoJson } from '../core/goscan';
import { decodeAs, type GoType } from '../core/schema';

export type EntityResult = { ok: true; value: Record<string, Loose> } | { ok: false; kind: 'content-type' | 'decode'; message: string };

export async function readEntity(request: Request, type: GoType): Promise<EntityResult> {
  const contentType = request.headers.get('content-type') ?? '';
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (!contentType.includes('application/json')) {
    if (contentType.includes('application/xml')) {
      // The XML reader finds no element in a JSON (or empty) body and stops at EOF.
      return { ok: false, kind: 'decode', message: 'EOF' };
    }
    return { ok: false, kind: 'content-type', message: `[ServiceError:400] Unable to unmarshal content of type:${contentType}` };
  }
  const scanned = scanGoJson(bytes);
  if (!scanned.ok) return { ok: false, kind: 'decode', message: scanned.error };
  const decoded = decodeAs(scanned.value, type);
  if (!decoded.ok) return { ok: false, kind: 'decode', message: decoded.error };
  return { ok: true, value: decoded.value };
}
