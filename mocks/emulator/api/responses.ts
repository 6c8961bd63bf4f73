/**
 * The response formats of the real stack, byte for byte where it matters:
 * - go-restful success: `MarshalIndent(v, "", " ")`, no trailing newline;
 * - ks-devops handler errors: `http.Error` with `&<>` sanitised plus `\n`;
 * - go-restful routing errors (`404: Page Not Found`, `405: ...`): no newline;
 * - ks-apiserver filters: Kubernetes `Status` JSON (compact, newline) for
 *   401/403, and `WriteRawJSON(StatusError)` (2-space indent) for 400/503.
 */
import { marshalCompact, marshalIndent } from '../core/gojson';

const TEXT = 'text/plain; charset=utf-8';
const JSON_CT = 'application/json';

export function json(value: unknown, status = 200): Response {
  return new Response(marshalIndent(value, ' '), { status, headers: { 'Content-Type': JSON_CT } });
}

/** ks-devops `kapis.HandleError`: sanitised message, as `http.Error` writes it. */
export function textError(status: number, message: string): Response {
  const body = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') + '\n';
  return new Response(body, { status, headers: { 'Content-Type': TEXT, 'X-Content-Type-Options': 'nosniff' } });
}

/** go-restful's own routing errors: plain string, no newline, content type sniffed by net/http. */
export function restfulError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { 'Content-Type': TEXT, ...headers } });
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
}

export function statusBody(code: number, reason: string, message: string, details?: StatusDetails): Record<string, unknown> {
  const body: Record<string, unknown> = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason };
  if (details) {
    const d: Record<string, string> = {};
    if (details.name) d.name = details.name;
    if (details.group) d.group = details.group;
    if (details.kind) d.kind = details.kind;
    body.details = d;
  }
  body.code = code;
  return body;
}

/** Kubernetes `responsewriters.ErrorNegotiated`: compact JSON plus the encoder's newline. */
export function statusJson(code: number, reason: string, message: string, details?: StatusDetails): Response {
  return new Response(marshalCompact(statusBody(code, reason, message, details)) + '\n', {
    status: code,
    headers: { 'Content-Type': JSON_CT, 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * `responsewriters.WriteRawJSON(code, StatusError)`: StatusError has no json
 * tags, so the Status sits under `ErrStatus` and has no kind/apiVersion.
 */
export function rawStatusError(code: number, reason: string, message: string): Response {
  const body = { ErrStatus: { metadata: {}, status: 'Failure', message, reason, code } };
  return new Response(marshalIndent(body, '  '), { status: code, headers: { 'Content-Type': JSON_CT } });
}

export const unauthorized = (message: string) => statusJson(401, 'Unauthorized', message);

/** Plain JSON for the emulator's own control API (not a KubeSphere format). */
export function controlJson(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value, null, 2), { status, headers: { 'Content-Type': JSON_CT } });
}
