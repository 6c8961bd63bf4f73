/**
 * Shapes: small decoder combinators that also carry their JSON Schema, so that one description
 * of a resource gives its TypeScript type (`Infer<typeof shape>`), its JSON Schema (draft-07, for
 * the YAML editor and the wizard's checks) and its tolerant decoder (for what the server sends),
 * and the three cannot drift apart.
 *
 *   const retry = obj({ limit: int(), backoff: obj({ duration: str({ examples: ['5s'] }) }) });
 *   type Retry = Infer<typeof retry>;      // { limit?: number; backoff?: { duration?: string } }
 *   retry.schema;                          // { type: 'object', properties: …, additionalProperties: false }
 *   retry.decode(JSON.parse(text));        // { value, problems }, never throws
 *
 * Decoding is as lenient as `../status/decode` (which does the work): a value of the wrong type
 * is dropped and reported, an unknown field is ignored, `null` counts as absent, an unknown enum
 * value is kept and reported, an entry without a `required` field is dropped. Schema-only checks
 * (`pattern`, `maxLength`, `minimum`) are what the editor asks of what a user writes; the decoder
 * does not apply them to what the server sends.
 */
import {
  anything,
  arrayOf,
  bool as boolDecoder,
  type Decoder,
  int as intDecoder,
  mapOf,
  num as numDecoder,
  object,
  oneOf as oneOfDecoder,
  type ParseProblem,
  ProblemLog,
  str as strDecoder,
  time as timeDecoder,
} from '../status/decode';

export type JsonType = 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';

/** The part of JSON Schema (draft-07) that shapes produce and `appSchemaValidate` checks. */
export interface JsonSchema {
  type?: JsonType;
  description?: string;
  properties?: Record<string, JsonSchema>;
  /** `false`: other keys are dropped by the server (a warning). A schema: the type of every value. */
  additionalProperties?: boolean | JsonSchema;
  required?: readonly string[];
  items?: JsonSchema;
  enum?: readonly string[];
  /** Offered by completion; not enforced. */
  examples?: readonly string[];
  /** Informative (`date-time`); not enforced. */
  format?: string;
  pattern?: string;
  maxLength?: number;
  minimum?: number;
}

/** What a caller may add to a shape's schema. */
export type Meta = Pick<JsonSchema, 'description' | 'examples' | 'pattern' | 'maxLength' | 'minimum'>;

/** How a shape is built, for tests and tools that walk a description. */
export type ShapeNode =
  | { kind: 'leaf' }
  | { kind: 'opaque' }
  | { kind: 'array'; item: Shape<unknown> }
  | { kind: 'record'; value: Shape<unknown> }
  | { kind: 'object'; fields: Readonly<Record<string, Shape<unknown>>>; required: readonly string[]; requiredOnWrite: readonly string[] }
  /** Decoded and typed as `inner`, absent from the enclosing object's schema (the server drops it). */
  | { kind: 'dropped'; inner: Shape<unknown> }
  /** Decoded and typed as `inner`; its schema accepts anything (the server ignores what is sent). */
  | { kind: 'readOnly'; inner: Shape<unknown> };

export interface Decoded<T> {
  /** `undefined` when nothing usable was found; `problems` says why. */
  value: T | undefined;
  problems: ParseProblem[];
}

export interface Shape<T> {
  /** JSON Schema of the value. */
  readonly schema: JsonSchema;
  /** The decoder, in the protocol of `../status/decode` (to nest in other decoders). */
  readonly decoder: Decoder<T>;
  readonly node: ShapeNode;
  /** Decodes a whole value; never throws. */
  decode(raw: unknown): Decoded<T>;
}

/** The TypeScript type a shape describes. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

function shape<T>(schema: JsonSchema, decoder: Decoder<T>, node: ShapeNode = { kind: 'leaf' }): Shape<T> {
  return {
    schema,
    decoder,
    node,
    decode(raw) {
      const log = new ProblemLog();
      try {
        return { value: decoder(raw, null, '', log), problems: log.finish() };
      } catch {
        // Nothing in the decoders throws; a getter-laden object passed in by a caller could.
        return { value: undefined, problems: [{ code: 'not-an-object', path: '' }] };
      }
    },
  };
}

export const str = (meta: Meta = {}): Shape<string> => shape({ type: 'string', ...meta }, strDecoder);
export const int = (meta: Meta = {}): Shape<number> => shape({ type: 'integer', ...meta }, intDecoder);
export const num = (meta: Meta = {}): Shape<number> => shape({ type: 'number', ...meta }, numDecoder);
export const bool = (meta: Meta = {}): Shape<boolean> => shape({ type: 'boolean', ...meta }, boolDecoder);
/** An RFC 3339 time as Go writes it; one `Date` cannot read is dropped when decoding. */
export const time = (meta: Meta = {}): Shape<string> => shape({ type: 'string', format: 'date-time', ...meta }, timeDecoder);

/**
 * A string from an open set: the known values are offered by completion (`examples`, which
 * `meta` may narrow), any other string is accepted, and kept (and reported) when decoding.
 */
export function oneOf<K extends string>(known: readonly K[], meta: Meta = {}): Shape<K | (string & {})> {
  return shape({ type: 'string', examples: known, ...meta }, oneOfDecoder(known));
}

/** Any value, kept as it is and not checked; `T` is what the code that reads it assumes. */
export function opaque<T = unknown>(meta: Meta = {}): Shape<T> {
  return shape({ ...meta }, anything as Decoder<T>, { kind: 'opaque' });
}

export function arr<T>(item: Shape<T>, meta: Meta = {}): Shape<T[]> {
  return shape({ type: 'array', items: item.schema, ...meta }, arrayOf(item.decoder), { kind: 'array', item });
}

/** A map with any keys (labels, annotations): every value has the shape `value`. */
export function record<T>(value: Shape<T>, meta: Meta = {}): Shape<Record<string, T>> {
  return shape({ type: 'object', additionalProperties: value.schema, ...meta }, mapOf(value.decoder), { kind: 'record', value });
}

type Fields = Record<string, Shape<unknown>>;

/** The type of `obj(fields, { required })`: the required fields, then the optional ones, in field order. */
export type ObjectOf<F extends Fields, R extends keyof F> = Simplify<
  { [K in keyof F as K extends R ? K : never]: Infer<F[K]> } & { [K in keyof F as K extends R ? never : K]?: Infer<F[K]> }
>;

export interface ObjOptions<R extends string, W extends string> extends Meta {
  /** Fields without which the value means nothing: required by the schema and the type; an entry lacking one is dropped when decoding. */
  required?: readonly R[];
  /**
   * Fields the schema requires of what a user writes, while values read from the server may lack
   * them (so the type keeps them optional and decoding does not drop the entry).
   */
  requiredOnWrite?: readonly W[];
}

/** An object shape keeps its field table, so a description can build on another (`obj({ ...a.fields, b })`). */
export interface ObjShape<F extends Fields, R extends keyof F> extends Shape<ObjectOf<F, R>> {
  readonly fields: F;
}

/**
 * An object with declared fields, in the order given (the order of the schema's properties and of
 * the problems a decode reports). Any other key is dropped by the server, so the schema says
 * `additionalProperties: false` (the validator warns) and decoding ignores it.
 */
export function obj<F extends Fields, R extends keyof F & string = never, W extends keyof F & string = never>(
  fields: F,
  options: ObjOptions<R, W> = {},
): ObjShape<F, R> {
  const { required = [], requiredOnWrite = [], ...meta } = options;
  const properties: Record<string, JsonSchema> = {};
  const decoders: Record<string, Decoder<unknown>> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.node.kind !== 'dropped') properties[name] = field.schema;
    decoders[name] = field.decoder;
  }
  const schemaRequired = [...required, ...requiredOnWrite];
  const schema: JsonSchema = {
    type: 'object',
    properties,
    additionalProperties: false,
    ...(schemaRequired.length ? { required: schemaRequired } : {}),
    ...meta,
  };
  // `object` checks its field table against a type; here the table is built from `fields`, which the return type is derived from.
  const decoder = object(decoders as never, required as never) as unknown as Decoder<ObjectOf<F, R>>;
  return { ...shape(schema, decoder, { kind: 'object', fields, required, requiredOnWrite }), fields };
}

/**
 * A field the server's Go type lacks, so the server drops it: it stays out of the schema (the
 * editor warns that it will be dropped), but the type and the decoder know it, because manifests
 * written for newer Argo CD versions carry it and the console handles it.
 */
export function droppedByServer<T>(inner: Shape<T>): Shape<T> {
  return { ...inner, node: { kind: 'dropped', inner } };
}

/**
 * A field only the server writes (a status subresource): what a client sends there is ignored,
 * so the schema accepts anything, while the type and the decoder describe what the server writes.
 */
export function readOnly<T>(inner: Shape<T>, meta: Meta = {}): Shape<T> {
  return { ...inner, schema: { ...meta }, node: { kind: 'readOnly', inner } };
}
