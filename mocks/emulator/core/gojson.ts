/**
 * JSON encoding the way Go's encoding/json writes it, because clients parse
 * (and tests compare) the exact bytes the real servers send:
 * - `<`, `>`, `&`, U+2028 and U+2029 are escaped (`\u003c` ...);
 * - `marshalIndent` mirrors go-restful's `MarshalIndent(v, "", " ")`;
 * - `marshalSorted` mirrors `json.Marshal` of a Go map (keys sorted, compact),
 *   which is how the status controller stores `status.argoApp`.
 */

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f<>&\u2028\u2029\ud800-\udfff]/;

function hex4(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0');
}

const SURROGATE = /[\ud800-\udfff]/;
const HTML_ESCAPE = /[<>&\u2028\u2029]/g;
const htmlEscape = (ch: string) => hex4(ch.charCodeAt(0));

/** Quotes a string exactly as Go's encoder does with HTML escaping on. */
export function goQuote(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  // Without surrogates, JSON.stringify writes the same escapes as Go, less the HTML ones; it is
  // native, so a status.argoApp of megabytes (20,000 resources) is quoted in milliseconds.
  if (!SURROGATE.test(s)) return JSON.stringify(s).replace(HTML_ESCAPE, htmlEscape);
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) {
      out += short;
    } else if (code < 0x20 || ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029) {
      out += hex4(code);
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + s[i + 1];
        i++;
      } else {
        // A lone surrogate cannot be valid UTF-8; Go writes the replacement character.
        out += '\ufffd';
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += ch;
    }
  }
  return out + '"';
}

function number(n: number): string {
  // Go refuses to encode NaN/Inf; the emulator never produces them, so null keeps output valid.
  return Number.isFinite(n) ? JSON.stringify(n) : 'null';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Go `MarshalIndent(v, "", indent)`; object keys keep insertion order (struct field order). */
export function marshalIndent(value: unknown, indent = ' '): string {
  const parts: string[] = [];
  write(value, '');
  return parts.join('');

  function write(v: unknown, pad: string): void {
    if (v === null || v === undefined) {
      parts.push('null');
    } else if (typeof v === 'string') {
      parts.push(goQuote(v));
    } else if (typeof v === 'number') {
      parts.push(number(v));
    } else if (typeof v === 'boolean') {
      parts.push(v ? 'true' : 'false');
    } else if (Array.isArray(v)) {
      if (v.length === 0) {
        parts.push('[]');
        return;
      }
      const inner = pad + indent;
      parts.push('[\n');
      for (let i = 0; i < v.length; i++) {
        parts.push(inner);
        write(v[i], inner);
        parts.push(i < v.length - 1 ? ',\n' : '\n');
      }
      parts.push(pad + ']');
    } else if (isPlainObject(v)) {
      const keys = Object.keys(v).filter((k) => v[k] !== undefined);
      if (keys.length === 0) {
        parts.push('{}');
        return;
      }
      const inner = pad + indent;
      parts.push('{\n');
      keys.forEach((k, i) => {
        parts.push(inner, goQuote(k), ': ');
        write(v[k], inner);
        parts.push(i < keys.length - 1 ? ',\n' : '\n');
      });
      parts.push(pad + '}');
    } else {
      parts.push('null');
    }
  }
}

/** Go `json.Marshal` of a map-shaped value: compact, keys sorted at every level. */
export function marshalSorted(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number') return number(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return '[' + value.map(marshalSorted).join(',') + ']';
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort(compareBytes);
    return '{' + keys.map((k) => goQuote(k) + ':' + marshalSorted(value[k])).join(',') + '}';
  }
  return 'null';
}

/** Go compares map keys as byte strings; code-point order is the same for valid UTF-8. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/** Go `json.Marshal` of a struct: compact, insertion order (used by k8s Status bodies). */
export function marshalCompact(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number') return number(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return '[' + value.map(marshalCompact).join(',') + ']';
  if (isPlainObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined);
    return '{' + keys.map((k) => goQuote(k) + ':' + marshalCompact(value[k])).join(',') + '}';
  }
  return 'null';
}
