/**
 * A small model of Go structs with json tags. Decoding a body through it gives
 * what the Go server would hold after `json.Decode` + `json.Marshal`: unknown
 * fields dropped, keys matched case-insensitively, `omitempty` zero values
 * removed, non-omitempty fields always present, struct field order kept, map
 * keys sorted, and the first type mismatch reported with Go's wording.
 */
import { JNum, JObj, type JVal, toPlain } from './goscan';
import { compareBytes } from './gojson';
import type { Loose } from './util';

export type GoType =
  | { k: 'string' }
  | { k: 'bool' }
  | { k: 'int'; go: string }
  | { k: 'time' }
  | { k: 'any' }
  | { k: 'slice'; of: GoType; go: string }
  | { k: 'map'; of: GoType; go: string }
  | { k: 'struct'; name: string; pkg: string; fields: () => Field[] };

export interface Field {
  json: string;
  type: GoType;
  /** `,omitempty` in the tag; ignored by Go for non-pointer structs. */
  omitempty?: boolean;
  /** Pointer field: omitted only when nil, so `false`/`{}` survive. */
  ptr?: boolean;
}

export const str: GoType = { k: 'string' };
export const bool: GoType = { k: 'bool' };
export const int64: GoType = { k: 'int', go: 'int64' };
export const int: GoType = { k: 'int', go: 'int' };
export const time: GoType = { k: 'time' };
export const any: GoType = { k: 'any' };
export const sliceOf = (of: GoType, go: string): GoType => ({ k: 'slice', of, go });
export const mapOf = (of: GoType, go: string): GoType => ({ k: 'map', of, go });
export const struct = (pkg: string, name: string, fields: () => Field[]): GoType => ({ k: 'struct', pkg, name, fields });

/** Field helpers: `f` = always emitted, `o` = omitempty, `p` = pointer + omitempty. */
export const f = (json: string, type: GoType): Field => ({ json, type });
export const o = (json: string, type: GoType): Field => ({ json, type, omitempty: true });
export const p = (json: string, type: GoType): Field => ({ json, type, omitempty: true, ptr: true });

/** A decode error that Go returns immediately (syntax-like), as opposed to a saved type error. */
export class GoDecodeError extends Error {}

interface Ctx {
  struct: string;
  stack: string[];
  firstError?: string;
}

type Input = JVal | unknown;

function kindOf(v: Input): 'null' | 'string' | 'number' | 'bool' | 'object' | 'array' {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || v instanceof JNum) return 'number';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function entriesOf(v: Input): Array<[string, Input]> {
  if (v instanceof JObj) return v.entries;
  return Object.entries(v as Record<string, unknown>);
}

function typeName(t: GoType): string {
  switch (t.k) {
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'int':
    case 'slice':
    case 'map':
      return t.go;
    case 'time':
      return 'v1.Time';
    case 'struct':
      return `${t.pkg}.${t.name}`;
    default:
      return 'interface {}';
  }
}

function typeError(ctx: Ctx, value: string, t: GoType): void {
  if (ctx.firstError) return;
  ctx.firstError =
    ctx.stack.length === 0
      ? `json: cannot unmarshal ${value} into Go value of type ${typeName(t)}`
      : `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${ctx.stack.join('.')} of type ${typeName(t)}`;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** metav1.Time: RFC 3339 in, whole seconds in UTC out. */
export function normalizeTime(s: string): string | undefined {
  if (!RFC3339.test(s)) return undefined;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return undefined;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Returns the decoded value, or `undefined` for Go's zero value / nil. */
function decode(v: Input, t: GoType, ctx: Ctx): unknown {
  const kind = kindOf(v);
  if (kind === 'null') return undefined;
  switch (t.k) {
    case 'any':
      return toPlain(v as JVal);
    case 'string':
      if (kind !== 'string') return typeError(ctx, kind, t);
      return v;
    case 'bool':
      if (kind !== 'bool') return typeError(ctx, kind, t);
      return v;
    case 'int': {
      if (kind !== 'number') return typeError(ctx, kind, t);
      const raw = v instanceof JNum ? v.raw : String(v);
      const n = Number(raw);
      if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(n)) return typeError(ctx, `number ${raw}`, t);
      return n;
    }
    case 'time': {
      if (kind !== 'string') throw new GoDecodeError(`json: cannot unmarshal ${kind} into Go value of type string`);
      const norm = normalizeTime(v as string);
      if (norm === undefined) {
        throw new GoDecodeError(
          `parsing time ${JSON.stringify(v)} as "2006-01-02T15:04:05Z07:00": cannot parse ${JSON.stringify(v)} as "2006"`,
        );
      }
      return norm;
    }
    case 'slice': {
      if (kind !== 'array') return typeError(ctx, kind, t);
      return (v as Input[]).map((item) => {
        const d = decode(item, t.of, ctx);
        return d === undefined ? zero(t.of) : d;
      });
    }
    case 'map': {
      if (kind !== 'object') return typeError(ctx, kind, t);
      const out: Record<string, unknown> = {};
      const keys: string[] = [];
      for (const [key, val] of entriesOf(v)) {
        const d = decode(val, t.of, ctx);
        if (!(key in out)) keys.push(key);
        out[key] = d === undefined ? zero(t.of) : d;
      }
      const sorted: Record<string, unknown> = {};
      for (const key of keys.sort(compareBytes)) sorted[key] = out[key];
      return sorted;
    }
    case 'struct':
      if (kind !== 'object') return typeError(ctx, kind, t);
      return decodeStruct(entriesOf(v), t, ctx);
  }
}

function decodeStruct(entries: Array<[string, Input]>, t: Extract<GoType, { k: 'struct' }>, ctx: Ctx): Record<string, unknown> {
  const fields = t.fields();
  const values = new Map<Field, unknown>();
  for (const [key, val] of entries) {
    const field = fields.find((fl) => fl.json === key) ?? fields.find((fl) => fl.json.toLowerCase() === key.toLowerCase());
    if (!field) continue;
    const saved = { struct: ctx.struct, stack: ctx.stack };
    ctx.struct = t.name;
    ctx.stack = [...ctx.stack, field.json];
    const d = decode(val, field.type, ctx);
    ctx.struct = saved.struct;
    ctx.stack = saved.stack;
    if (d === undefined && kindOf(val) === 'null') continue;
    values.set(field, d);
  }
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const d = values.get(field);
    const emitted = emit(field, d);
    if (emitted !== undefined) out[field.json] = emitted;
  }
  return out;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false || v === 0) return true;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Applies Go's encoding rules for one field; `undefined` means the key is left out. */
function emit(field: Field, d: unknown): unknown {
  const t = field.type;
  if (field.ptr) return d;
  if (t.k === 'struct') return d ?? zero(t);
  if (t.k === 'time') return d ?? null;
  if (t.k === 'map') {
    if (field.omitempty && (d === undefined || Object.keys(d as object).length === 0)) return undefined;
    return d ?? null;
  }
  if (field.omitempty && isEmpty(d)) return undefined;
  return d ?? zero(t);
}

function zero(t: GoType): unknown {
  switch (t.k) {
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'int':
      return 0;
    case 'struct':
      return decodeStruct([], t, { struct: t.name, stack: [] });
    default:
      return null;
  }
}

export type DecodeResult = { ok: true; value: Record<string, Loose> } | { ok: false; error: string };

/** Decodes wire (or plain JS) data into the canonical shape of a Go struct. */
export function decodeAs(v: Input, t: GoType): DecodeResult {
  const ctx: Ctx = { struct: '', stack: [] };
  try {
    const d = decode(v, t, ctx);
    if (ctx.firstError) return { ok: false, error: ctx.firstError };
    return { ok: true, value: (d as Record<string, Loose>) ?? (zero(t) as Record<string, Loose>) };
  } catch (e) {
    if (e instanceof GoDecodeError) return { ok: false, error: e.message };
    throw e;
  }
}

/** Canonicalises an internal object; internal data is trusted, so a mismatch is a bug. */
export function canonical(v: unknown, t: GoType): Record<string, Loose> {
  const r = decodeAs(v, t);
  if (!r.ok) throw new Error(`emulator produced a malformed object: ${r.error}`);
  return r.value;
}
