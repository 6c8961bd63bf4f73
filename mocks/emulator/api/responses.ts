/**
 * The response formats of the real stack, byte for byte where it matters:
 * - go-restful success: `MarshalIndent(v, "", " ")`, no trailing newline;
 * - ks-devops handler errors: `http.Error` with `&<>` sanitised plus `\n`;
 * - go-restful routing errors (`404: Page Not Found`, `405: ...`): no newline;
 * - ks-apiserver filters and kube-apiserver: Kubernetes `Status` JSON for
 *   401/403/404 (compact + newline, or indented for browsers and curl), and
 *   `WriteRawJSON(StatusError)` (2-space indent) for 400/502/503.
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

/**
 * go-restful v3.12 route.go L86-111 (Route.matchesAccept): a comma list,
 * parameters dropped, `*\/*` or exactly the produced type; no header = `*\/*`
 * (jsr311.go L136-139). The 406 text lists what the routes produce
 * (jsr311.go L166; the WebService produces application/json).
 */
export function acceptsJson(accept: string | null): boolean {
  if (!accept) return true;
  return accept.split(',').some((part) => {
    const mime = part.split(';')[0].trim();
    return mime === '*/*' || mime === 'application/json';
  });
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

/**
 * apiserver v0.31 endpoints/handlers/negotiation/negotiate.go L96-114: a
 * `pretty` query parameter decides (Go ParseBool), else browsers and CLI
 * tools (User-Agent `curl…`, `Wget…`, `Mozilla/5.0…`) get indented JSON.
 */
export function prettyPrint(request?: Request): boolean {
  if (!request) return false;
  const url = new URL(request.url);
  if (url.search.includes('pretty')) {
    const pp = url.searchParams.get('pretty');
    if (pp) return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(pp);
  }
  return /^(curl|Wget|Mozilla\/5\.0)/.test(request.headers.get('user-agent') ?? '');
}

/**
 * Kubernetes `responsewriters.ErrorNegotiated` with the JSON serializer:
 * compact plus the encoder's newline, or `MarshalIndent(v, "", "  ")` without
 * one when the request asks for pretty output.
 */
export function statusJson(code: number, reason: string, message: string, details?: StatusDetails, request?: Request): Response {
  const body = statusBody(code, reason, message, details);
  const text = prettyPrint(request) ? marshalIndent(body, '  ') : marshalCompact(body) + '\n';
  return new Response(text, { status: code, headers: { 'Content-Type': JSON_CT, 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * `responsewriters.WriteRawJSON(code, StatusError)`: StatusError has no json
 * tags, so the Status sits under `ErrStatus` and has no kind/apiVersion; a
 * Status built without `Status` (filters/responder.go L24-30) has none either.
 */
export function rawStatusError(code: number, reason: string, message: string, failure = true): Response {
  const status = failure ? { metadata: {}, status: 'Failure', message, reason, code } : { metadata: {}, message, reason, code };
  return new Response(marshalIndent({ ErrStatus: status }, '  '), { status: code, headers: { 'Content-Type': JSON_CT } });
}

export const unauthorized = (message: string, request?: Request) => statusJson(401, 'Unauthorized', message, undefined, request);

/**
 * What kube-apiserver answers for a path it does not serve: its go-restful
 * ServiceError goes through serviceErrorHandler (apiserver v0.31
 * pkg/server/handler.go L177-185) as NewGenericServerResponse(404, …)
 * (apimachinery pkg/api/errors/errors.go L446-448): reason NotFound, empty details.
 */
export const kubeNotFound = (request?: Request) =>
  statusJson(404, 'NotFound', 'the server could not find the requested resource', {}, request);

/** Plain JSON for the emulator's own control API (not a KubeSphere format). */
export function controlJson(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value, null, 2), { status, headers: { 'Content-Type': JSON_CT } });
}
