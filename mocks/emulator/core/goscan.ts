/**
 * Reads a request body the way go-restful does (`json.NewDecoder(body).Decode`),
 * so malformed bodies fail with Go's own messages
 * (`invalid character 'k' looking for beginning of value`, `unexpected EOF`, `EOF`)
 * and anything after the first complete value is ignored, as the Decoder does.
 *
 * The scanner works on UTF-8 bytes because Go's does: a stray non-ASCII byte is
 * reported as the Latin-1 character of that byte, exactly like Go's quoteChar.
 */

/** Number literal kept verbatim so typed decoding can report `number 1.5` as Go does. */
export class JNum {
  constructor(readonly raw: string) {}
  get value(): number {
    return Number(this.raw);
  }
}

/** Object with its keys in wire order (JS objects would reorder integer-like keys). */
export class JObj {
  constructor(readonly entries: Array<[string, JVal]>) {}
}

export type JVal = string | boolean | null | JNum | JObj | JVal[];

export type ScanResult = { ok: true; value: JVal } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8');

function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return "'\"'";
  if (c === 0x7f) return "'\\x7f'";
  // strconv.Quote: non-printable Latin-1 runes as \u00XX, ASCII controls as \xXX or short escapes.
  if ((c >= 0x80 && c <= 0x9f) || c === 0xad) return "'\\u00" + c.toString(16) + "'";
  const ch = String.fromCharCode(c);
  const quoted = JSON.stringify(ch).slice(1, -1);
  return "'" + quoted.replace(/\\u00([0-9a-f]{2})/g, '\\x$1') + "'";
}

class SyntaxError_ extends Error {}
class Eof extends Error {}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

export function scanGoJson(input: Uint8Array | string): ScanResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let pos = 0;

  const fail = (c: number, context: string): never => {
    throw new SyntaxError_(`invalid character ${quoteChar(c)} ${context}`);
  };
  const peek = (): number => {
    if (pos >= bytes.length) throw new Eof();
    return bytes[pos];
  };
  const skipSpace = (): void => {
    while (pos < bytes.length && isSpace(bytes[pos])) pos++;
  };

  function value(): JVal {
    skipSpace();
    const c = peek();
    if (c === 0x7b) return object();
    if (c === 0x5b) return array();
    if (c === 0x22) return string();
    if (c === 0x2d || isDigit(c)) return num();
    if (c === 0x74) return literal('true', true);
    if (c === 0x66) return literal('false', false);
    if (c === 0x6e) return literal('null', null);
    return fail(c, 'looking for beginning of value');
  }

  function literal(word: string, result: JVal): JVal {
    pos++;
    for (let i = 1; i < word.length; i++) {
      const c = peek();
      if (c !== word.charCodeAt(i)) fail(c, `in literal ${word} (expecting ${quoteChar(word.charCodeAt(i))})`);
      pos++;
    }
    return result;
  }

  function num(): JNum {
    const start = pos;
    // A number can only be known complete once a following byte (or EOF) is seen.
    const at = (): number => (pos < bytes.length ? bytes[pos] : -1);
    if (at() === 0x2d) {
      pos++;
      const c = peek();
      if (!isDigit(c)) fail(c, 'in numeric literal');
    }
    if (at() === 0x30) pos++;
    else while (isDigit(at())) pos++;
    if (at() === 0x2e) {
      pos++;
      const c = peek();
      if (!isDigit(c)) fail(c, 'after decimal point in numeric literal');
      while (isDigit(at())) pos++;
    }
    if (at() === 0x65 || at() === 0x45) {
      pos++;
      let c = peek();
      if (c === 0x2b || c === 0x2d) {
        pos++;
        c = peek();
      }
      if (!isDigit(c)) fail(c, 'in exponent of numeric literal');
      while (isDigit(at())) pos++;
    }
    return new JNum(decoder.decode(bytes.subarray(start, pos)));
  }

  function string(): string {
    pos++; // opening quote
    let out = '';
    let chunkStart = pos;
    for (;;) {
      const c = peek();
      if (c === 0x22) {
        out += decoder.decode(bytes.subarray(chunkStart, pos));
        pos++;
        return out;
      }
      if (c < 0x20) fail(c, 'in string literal');
      if (c !== 0x5c) {
        pos++;
        continue;
      }
      out += decoder.decode(bytes.subarray(chunkStart, pos));
      pos++;
      const e = peek();
      const simple: Record<number, string> = {
        0x62: '\b',
        0x66: '\f',
        0x6e: '\n',
        0x72: '\r',
        0x74: '\t',
        0x5c: '\\',
        0x2f: '/',
        0x22: '"',
      };
      if (simple[e] !== undefined) {
        out += simple[e];
        pos++;
      } else if (e === 0x75) {
        pos++;
        let hex = '';
        for (let i = 0; i < 4; i++) {
          const h = peek();
          if (!isHex(h)) fail(h, 'in \\u hexadecimal character escape');
          hex += String.fromCharCode(h);
          pos++;
        }
        out += String.fromCharCode(parseInt(hex, 16));
      } else {
        fail(e, 'in string escape code');
      }
      chunkStart = pos;
    }
  }

  function object(): JObj {
    pos++;
    const entries: Array<[string, JVal]> = [];
    skipSpace();
    if (peek() === 0x7d) {
      pos++;
      return new JObj(entries);
    }
    for (;;) {
      skipSpace();
      const c = peek();
      if (c !== 0x22) fail(c, 'looking for beginning of object key string');
      const key = string();
      skipSpace();
      const colon = peek();
      if (colon !== 0x3a) fail(colon, 'after object key');
      pos++;
      entries.push([key, value()]);
      skipSpace();
      const next = peek();
      if (next === 0x2c) {
        pos++;
        continue;
      }
      if (next === 0x7d) {
        pos++;
        return new JObj(entries);
      }
      fail(next, 'after object key:value pair');
    }
  }

  function array(): JVal[] {
    pos++;
    const items: JVal[] = [];
    skipSpace();
    if (peek() === 0x5d) {
      pos++;
      return items;
    }
    for (;;) {
      items.push(value());
      skipSpace();
      const next = peek();
      if (next === 0x2c) {
        pos++;
        continue;
      }
      if (next === 0x5d) {
        pos++;
        return items;
      }
      fail(next, 'after array element');
    }
  }

  skipSpace();
  if (pos >= bytes.length) return { ok: false, error: 'EOF' };
  try {
    return { ok: true, value: value() };
  } catch (e) {
    if (e instanceof Eof) return { ok: false, error: 'unexpected EOF' };
    if (e instanceof SyntaxError_) return { ok: false, error: e.message };
    throw e;
  }
}

/** Converts a scanned value into plain JS (numbers become JS numbers). */
export function toPlain(v: JVal): unknown {
  if (v instanceof JNum) return v.value;
  if (v instanceof JObj) {
    const out: Record<string, unknown> = {};
    // defineProperty, not assignment: a key "__proto__" is data (as in JSON.parse), not the prototype.
    for (const [k, val] of v.entries)
      Object.defineProperty(out, k, { value: toPlain(val), enumerable: true, writable: true, configurable: true });
    return out;
  }
  if (Array.isArray(v)) return v.map(toPlain);
  return v;
}
