/**
 * A small set of tolerant decoders: each one either returns a value of the declared type or
 * returns `undefined` and records a problem. None of them throws, and each looks at every input
 * value at most once, so decoding is linear in the size of the input.
 *
 * Paths are built lazily (a parent pointer plus a key) because almost every field decodes
 * cleanly; only a problem pays for turning the path into text.
 *
 * Descriptions of a resource do not use these directly: the shapes of `../schema/shape.ts` wrap
 * them together with a JSON Schema, so that one description gives type, schema and decoder.
 */

export type ParseProblemCode =
  /** `status.argoApp` is absent: Argo CD has not reported yet. */
  | 'missing'
  /** `status.argoApp` is an empty or blank string. */
  | 'empty'
  /** `status.argoApp` is neither a string nor an object. */
  | 'not-a-string'
  /** `status.argoApp` is not valid JSON. */
  | 'invalid-json'
  /** The JSON is valid but is not an object (an array, a number, `null` …). */
  | 'not-an-object'
  /** A field holds a value of another type; the value was dropped. */
  | 'wrong-type'
  /** An entry lacks a field it cannot be shown without; the entry was dropped. */
  | 'missing-field'
  /** A value this console does not know (a newer Argo CD?); the value was kept. */
  | 'unknown-value'
  /** A timestamp that is not a date; the value was dropped. */
  | 'invalid-time'
  /** More problems than are worth listing; `found` holds how many were left out. */
  | 'too-many-problems';

/** Every problem code, for exhaustive checks (locale tables, tests). */
export const PARSE_PROBLEM_CODES: readonly ParseProblemCode[] = [
  'missing',
  'empty',
  'not-a-string',
  'invalid-json',
  'not-an-object',
  'wrong-type',
  'missing-field',
  'unknown-value',
  'invalid-time',
  'too-many-problems',
];

export interface ParseProblem {
  code: ParseProblemCode;
  /** Where, as `resources[3].health.status`; empty for the whole value. */
  path: string;
  /** The type that was expected (`string`, `number`, `integer`, `boolean`, `object`, `array`). */
  expected?: string;
  /** What was found: a type name, or an unknown value cut to 80 characters. */
  found?: string;
}

/** Listing more than this many problems helps nobody and would make a broken payload cost memory. */
export const MAX_PROBLEMS = 100;
const MAX_FOUND_LENGTH = 80;

export interface PathNode {
  parent: PathNode | null;
  key: string | number;
}

/** `resources[3].health.status` from a parent chain and the last key; the root key `''` is left out. */
export function pathToString(parent: PathNode | null, key: string | number): string {
  const parts: Array<string | number> = [key];
  for (let node = parent; node; node = node.parent) parts.push(node.key);
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (typeof part === 'number') out += `[${part}]`;
    else if (part !== '') out += out ? `.${part}` : part;
  }
  return out;
}

/** Collects problems, keeping the first `MAX_PROBLEMS` and counting the rest. */
export class ProblemLog {
  readonly problems: ParseProblem[] = [];
  private overflow = 0;

  report(code: ParseProblemCode, parent: PathNode | null, key: string | number, expected?: string, found?: string): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.overflow++;
      return;
    }
    const problem: ParseProblem = { code, path: pathToString(parent, key) };
    if (expected !== undefined) problem.expected = expected;
    if (found !== undefined) problem.found = found;
    this.problems.push(problem);
  }

  finish(): ParseProblem[] {
    if (this.overflow > 0) {
      this.problems.push({ code: 'too-many-problems', path: '', found: String(this.overflow) });
      this.overflow = 0;
    }
    return this.problems;
  }
}

/** Returns the decoded value, or `undefined` after logging why the value was dropped. */
export type Decoder<T> = (value: unknown, parent: PathNode | null, key: string | number, log: ProblemLog) => T | undefined;

/** `null`, `array`, or the `typeof` of a value, to report what was found. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A JSON object: not `null`, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string): string {
  return text.length > MAX_FOUND_LENGTH ? `${text.slice(0, MAX_FOUND_LENGTH)}…` : text;
}

/** A string, else dropped. */
export const str: Decoder<string> = (value, parent, key, log) => {
  if (typeof value === 'string') return value;
  log.report('wrong-type', parent, key, 'string', typeName(value));
  return undefined;
};

/** A finite number, else dropped. */
export const num: Decoder<number> = (value, parent, key, log) => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  log.report('wrong-type', parent, key, 'number', typeName(value));
  return undefined;
};

/** An integer, else dropped. */
export const int: Decoder<number> = (value, parent, key, log) => {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  log.report('wrong-type', parent, key, 'integer', typeName(value));
  return undefined;
};

/** A boolean, else dropped (no `"true"` strings: Go never writes them). */
export const bool: Decoder<boolean> = (value, parent, key, log) => {
  if (typeof value === 'boolean') return value;
  log.report('wrong-type', parent, key, 'boolean', typeName(value));
  return undefined;
};

/** An RFC 3339 time as Go writes it; anything `Date` cannot read is dropped. */
export const time: Decoder<string> = (value, parent, key, log) => {
  if (typeof value !== 'string') {
    log.report('wrong-type', parent, key, 'string', typeName(value));
    return undefined;
  }
  if (Number.isNaN(Date.parse(value))) {
    log.report('invalid-time', parent, key, undefined, clip(value));
    return undefined;
  }
  return value;
};

/** A string from a known set; an unknown one is kept (and reported) so the user still sees it. */
export function oneOf<T extends string>(known: readonly T[]): Decoder<T | (string & {})> {
  const set = new Set<string>(known);
  return (value, parent, key, log) => {
    if (typeof value !== 'string') {
      log.report('wrong-type', parent, key, 'string', typeName(value));
      return undefined;
    }
    if (!set.has(value)) log.report('unknown-value', parent, key, undefined, clip(value));
    return value;
  };
}

/** An array whose entries are decoded one by one; bad entries are dropped, the rest kept in order. */
export function arrayOf<T>(item: Decoder<T>): Decoder<T[]> {
  return (value, parent, key, log) => {
    if (!Array.isArray(value)) {
      log.report('wrong-type', parent, key, 'array', typeName(value));
      return undefined;
    }
    const here: PathNode = { parent, key };
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const entry = value[i];
      if (entry === undefined || entry === null) {
        log.report('wrong-type', here, i, 'value', typeName(entry));
        continue;
      }
      const decoded = item(entry, here, i, log);
      if (decoded !== undefined) out.push(decoded);
    }
    return out;
  };
}

/** `{[k]: T}` maps; values that do not decode are dropped one by one. */
export function mapOf<T>(item: Decoder<T>): Decoder<Record<string, T>> {
  return (value, parent, key, log) => {
    if (!isPlainObject(value)) {
      log.report('wrong-type', parent, key, 'object', typeName(value));
      return undefined;
    }
    const here: PathNode = { parent, key };
    const entries: Array<[string, T]> = [];
    for (const k of Object.keys(value)) {
      const v = item(value[k], here, k, log);
      if (v !== undefined) entries.push([k, v]);
    }
    // fromEntries defines own properties, so a "__proto__" key cannot reach the prototype.
    return Object.fromEntries(entries);
  };
}

/** `{[k]: string}` maps such as labels; other values are dropped one by one. */
export const stringMap: Decoder<Record<string, string>> = mapOf(str);

/** Any value, kept as it is: for parts this console does not read but must not lose (`fluxApp`). */
export const anything: Decoder<unknown> = (value) => value;

type Fields<T> = { [K in keyof T]-?: Decoder<NonNullable<T[K]>> };

/**
 * An object with declared fields. Fields that are absent or `null` are left out silently (Go
 * writes `null` for empty slices); unknown fields are ignored; a field of the wrong type is
 * dropped on its own. When a `required` field is missing the whole object is dropped.
 */
export function object<T extends object>(fields: Fields<T>, required: ReadonlyArray<keyof T> = []): Decoder<T> {
  const names = Object.keys(fields) as Array<keyof T & string>;
  return (value, parent, key, log) => {
    if (!isPlainObject(value)) {
      log.report('wrong-type', parent, key, 'object', typeName(value));
      return undefined;
    }
    const here: PathNode = { parent, key };
    const out: Partial<T> = {};
    for (const name of names) {
      const raw = Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
      if (raw === undefined || raw === null) continue;
      const decoded = fields[name](raw, here, name, log);
      if (decoded !== undefined) out[name] = decoded as T[typeof name];
    }
    for (const name of required) {
      if (out[name] === undefined) {
        log.report('missing-field', here, name as string);
        return undefined;
      }
    }
    return out as T;
  };
}
