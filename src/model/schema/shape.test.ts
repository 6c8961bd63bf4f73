import { describe, expect, it } from 'vitest';
import { arr, bool, droppedByServer, type Infer, int, num, obj, oneOf, opaque, readOnly, record, str, time } from './shape';
import { applicationSourceHelm } from '../application/description';
import type { ApplicationSourceHelm } from '../application/types';

/** `true` only when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function typeIs<T extends true>(_proof?: T): void {}

describe('leaf shapes', () => {
  it('carry their JSON Schema, with what the caller adds', () => {
    expect(str().schema).toEqual({ type: 'string' });
    expect(str({ examples: ['HEAD'] }).schema).toEqual({ type: 'string', examples: ['HEAD'] });
    expect(int({ minimum: 1 }).schema).toEqual({ type: 'integer', minimum: 1 });
    expect(num().schema).toEqual({ type: 'number' });
    expect(bool().schema).toEqual({ type: 'boolean' });
    expect(time().schema).toEqual({ type: 'string', format: 'date-time' });
    expect(oneOf(['a', 'b']).schema).toEqual({ type: 'string', examples: ['a', 'b'] });
    expect(oneOf(['a', 'b'], { examples: ['a'] }).schema).toEqual({ type: 'string', examples: ['a'] });
    expect(opaque().schema).toEqual({});
  });

  it('decode leniently: wrong types dropped and reported, unknown enum values kept and reported', () => {
    expect(str().decode('x')).toEqual({ value: 'x', problems: [] });
    expect(int().decode(1.5)).toEqual({
      value: undefined,
      problems: [{ code: 'wrong-type', path: '', expected: 'integer', found: 'number' }],
    });
    expect(time().decode('yesterday').problems).toEqual([{ code: 'invalid-time', path: '', found: 'yesterday' }]);
    expect(oneOf(['a']).decode('b')).toEqual({ value: 'b', problems: [{ code: 'unknown-value', path: '', found: 'b' }] });
    const kept = { anything: [1, 'two'] };
    expect(opaque().decode(kept).value).toBe(kept);
  });

  it('leave schema-only checks to the editor: what the server sends is not refused for them', () => {
    expect(str({ maxLength: 2, pattern: '^a$' }).decode('bbb')).toEqual({ value: 'bbb', problems: [] });
  });
});

describe('obj, arr and record', () => {
  const shape = obj(
    {
      name: str(),
      count: int(),
      tags: arr(str()),
      labels: record(str()),
      nested: obj({ on: bool() }),
      legacy: droppedByServer(bool()),
      server: readOnly(obj({ phase: str() })),
    },
    { required: ['name'], requiredOnWrite: ['count'] },
  );

  it('gives a closed object schema in field order, without dropped fields, with anything accepted where the server ignores it', () => {
    expect(shape.schema).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        count: { type: 'integer' },
        tags: { type: 'array', items: { type: 'string' } },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        nested: { type: 'object', properties: { on: { type: 'boolean' } }, additionalProperties: false },
        server: {},
      },
      additionalProperties: false,
      required: ['name', 'count'],
    });
    expect(Object.keys(shape.schema.properties ?? {})).toEqual(['name', 'count', 'tags', 'labels', 'nested', 'server']);
  });

  it('gives the type: `required` fields required, every other one optional, dropped and read-only ones included', () => {
    typeIs<
      Equal<
        Infer<typeof shape>,
        {
          name: string;
          count?: number;
          tags?: string[];
          labels?: Record<string, string>;
          nested?: { on?: boolean };
          legacy?: boolean;
          server?: { phase?: string };
        }
      >
    >();
  });

  it('decodes what it declares, drops unknown keys and nulls, and reports in field order', () => {
    const { value, problems } = shape.decode({
      name: 'n',
      count: null,
      tags: ['a', 2, null],
      labels: { a: 'b', c: 3, __proto__: { polluted: 'yes' } },
      nested: { on: 'yes' },
      legacy: false,
      server: { phase: 'Running', extra: 1 },
      unknown: true,
    });
    expect(value).toEqual({ name: 'n', tags: ['a'], labels: { a: 'b' }, nested: {}, legacy: false, server: { phase: 'Running' } });
    expect(problems).toEqual([
      { code: 'wrong-type', path: 'tags[1]', expected: 'string', found: 'number' },
      { code: 'wrong-type', path: 'tags[2]', expected: 'value', found: 'null' },
      { code: 'wrong-type', path: 'labels.c', expected: 'string', found: 'number' },
      { code: 'wrong-type', path: 'nested.on', expected: 'boolean', found: 'string' },
    ]);
  });

  it('drops an object without a `required` field, but not one without a field required only on write', () => {
    expect(shape.decode({ count: 1 })).toEqual({ value: undefined, problems: [{ code: 'missing-field', path: 'name' }] });
    expect(shape.decode({ name: 'n' })).toEqual({ value: { name: 'n' }, problems: [] });
    expect(arr(shape).decode([{ name: 'a' }, {}, { name: 'b' }]).value).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('never throws, even on getters that do', () => {
    const hostile = Object.defineProperty({}, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(shape.decode(hostile)).toEqual({ value: undefined, problems: [{ code: 'not-an-object', path: '' }] });
    expect(shape.decode('text').problems).toEqual([{ code: 'wrong-type', path: '', expected: 'object', found: 'string' }]);
  });
});

describe('a field added once', () => {
  // What adding `valuesObject: opaque()` to `applicationSourceHelm` in description.ts does.
  const extended = obj({ ...applicationSourceHelm.fields, valuesObject: opaque<Record<string, unknown>>() });

  it('appears in the schema', () => {
    expect(extended.schema.properties?.valuesObject).toEqual({});
    expect(applicationSourceHelm.schema.properties?.valuesObject).toBeUndefined();
  });

  it('is read by the decoder', () => {
    const raw = { releaseName: 'r', valuesObject: { replicas: 2 } };
    expect(extended.decode(raw).value).toEqual(raw);
    expect(applicationSourceHelm.decode(raw).value).toEqual({ releaseName: 'r' });
  });

  it('is in the type', () => {
    typeIs<Equal<Infer<typeof extended>['valuesObject'], Record<string, unknown> | undefined>>();
    typeIs<Equal<Omit<Infer<typeof extended>, 'valuesObject'>, ApplicationSourceHelm>>();
    typeIs<Equal<'valuesObject' extends keyof ApplicationSourceHelm ? true : false, false>>();
  });
});
