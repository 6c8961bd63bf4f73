/**
 * Go encoding/json details the emulator reproduces: scanner messages, typed
 * decoding (omitempty, pointers, case-insensitive keys) and escaping.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goQuote, marshalIndent, marshalSorted } from '../core/gojson';
import { scanGoJson } from '../core/goscan';
import { decodeAs } from '../core/schema';
import { Application, ApplicationSyncRequest } from '../api/crd';

const err = (text: string) => {
  const r = scanGoJson(text);
  return r.ok ? 'ok' : r.error;
};

describe('scanner messages', () => {
  it('quotes the offending byte like Go', () => {
    expect(err("'x'")).toBe("invalid character '\\'' looking for beginning of value");
    expect(err('{"a":"b\nc"}')).toBe("invalid character '\\n' in string literal");
    expect(err('{"a":"\\q"}')).toBe("invalid character 'q' in string escape code");
    expect(err('{"a":"\\u12x4"}')).toBe("invalid character 'x' in \\u hexadecimal character escape");
    expect(err('é')).toBe("invalid character 'Ã' looking for beginning of value");
    expect(err('[1 2]')).toBe("invalid character '2' after array element");
    expect(err('[1,]')).toBe("invalid character ']' looking for beginning of value");
    expect(err('-x')).toBe("invalid character 'x' in numeric literal");
    expect(err('1.x')).toBe("invalid character 'x' after decimal point in numeric literal");
    expect(err('1ex')).toBe("invalid character 'x' in exponent of numeric literal");
    expect(err('nul')).toBe('unexpected EOF');
    expect(err('   ')).toBe('EOF');
    expect(err('{"a":1} trailing')).toBe('ok');
  });
});

describe('typed decoding', () => {
  it('drops unknown fields and omitempty zero values, keeps pointers and always-fields', () => {
    const r = decodeAs(
      JSON.parse(
        JSON.stringify({
          Metadata: { Name: 'x', labels: { b: '2', a: '1' } },
          spec: { argoApp: { spec: { syncPolicy: { automated: { prune: false } }, source: { path: '' } } }, extra: true },
        }),
      ),
      Application,
    );
    expect(r.ok && r.value).toEqual({
      metadata: { name: 'x', creationTimestamp: null, labels: { a: '1', b: '2' } },
      spec: {
        argoApp: {
          spec: { source: { repoURL: '' }, destination: {}, project: '', syncPolicy: { automated: {} } },
        },
      },
      status: { fluxApp: {} },
    });
    if (r.ok) expect(Object.keys(r.value.metadata.labels)).toEqual(['a', 'b']);
  });

  it('reports the first type error with the Go struct path', () => {
    const r = decodeAs(scanValue('{"metadata":{"labels":{"a":1}},"spec":{"argoApp":{"spec":{"project":true}}}}'), Application);
    expect(r).toEqual({ ok: false, error: 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string' });
    const n = decodeAs(scanValue('{"metadata":{"generation":1.5}}'), Application);
    expect(n.ok ? '' : n.error).toBe('json: cannot unmarshal number 1.5 into Go struct field ObjectMeta.metadata.generation of type int64');
    const s = decodeAs(scanValue('{"syncOptions":"CreateNamespace=true"}'), ApplicationSyncRequest);
    expect(s.ok ? '' : s.error).toBe(
      'json: cannot unmarshal string into Go struct field ApplicationSyncRequest.syncOptions of type []string',
    );
  });

  it('normalises metav1.Time and rejects malformed times', () => {
    const ok = decodeAs(scanValue('{"metadata":{"creationTimestamp":"2025-03-01T10:00:00.123+02:00"}}'), Application);
    expect(ok.ok && ok.value.metadata.creationTimestamp).toBe('2025-03-01T08:00:00Z');
    const bad = decodeAs(scanValue('{"metadata":{"creationTimestamp":"yesterday"}}'), Application);
    expect(bad.ok ? '' : bad.error).toMatch(/^parsing time "yesterday"/);
  });
});

describe('encoding', () => {
  it('escapes like Go', () => {
    expect(goQuote('<a href="x">&\u2028\u0001\n')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u2028\\u0001\\n"');
    expect(goQuote('\ud800')).toBe('"\ufffd"');
    expect(marshalIndent({ a: [1, { b: null }], c: {} })).toBe('{\n "a": [\n  1,\n  {\n   "b": null\n  }\n ],\n "c": {}\n}');
    expect(marshalSorted({ b: 1, a: { d: [], c: 'x' } })).toBe('{"a":{"c":"x","d":[]},"b":1}');
  });

  it('quotes strings without surrogates (the native path) as it quotes them character by character', () => {
    // A surrogate pair at the end sends the same text down the character-by-character path.
    const pair = '\ud83d\ude00';
    const text = fc.string({
      unit: fc.constantFrom('a', '"', '\\', '<', '>', '&', '\u2028', '\u2029', '\u0000', '\u001f', '\b', '\f', '\n', '\u007f', 'é'),
    });
    fc.assert(fc.property(text, (s) => goQuote(s + pair) === goQuote(s).slice(0, -1) + pair + '"'));
  });
});

function scanValue(text: string) {
  const r = scanGoJson(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
