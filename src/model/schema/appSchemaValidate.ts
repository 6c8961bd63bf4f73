/**
 * A small validator for the subset of JSON Schema that `appSchema.ts` uses (type, properties,
 * additionalProperties, required, items, enum, pattern, maxLength, minimum). A general library
 * would be several times the size of the whole wizard, and generates code at run time, which a
 * strict Content-Security-Policy forbids.
 */
import { APPLICATION_SCHEMA, type JsonSchema, type JsonType } from './appSchema';

export type SchemaPath = Array<string | number>;

export type SchemaProblem =
  | { kind: 'type'; expected: JsonType }
  | { kind: 'required'; field: string }
  | { kind: 'unknown'; field: string }
  | { kind: 'enum'; allowed: readonly string[] }
  | { kind: 'pattern' }
  | { kind: 'max-length'; max: number }
  | { kind: 'minimum'; min: number };

export interface SchemaIssue {
  /** Where the value is; for `required` and `unknown`, the object holding the field. */
  path: SchemaPath;
  problem: SchemaProblem;
  /** Unknown fields are dropped by the server: worth a warning, not a refusal. */
  severity: 'error' | 'warning';
}

function typeOf(value: unknown): JsonType | 'null' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return typeof value as JsonType;
  return 'other';
}

function matchesType(value: unknown, expected: JsonType): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function check(value: unknown, schema: JsonSchema, path: SchemaPath, out: SchemaIssue[]): void {
  // Go decodes `null` into the zero value of any field, so null is never a type error.
  if (value === null || value === undefined) return;
  if (schema.type && !matchesType(value, schema.type)) {
    out.push({ path, problem: { kind: 'type', expected: schema.type }, severity: 'error' });
    return;
  }
  if (typeof value === 'string') {
    if (schema.enum && !schema.enum.includes(value)) out.push({ path, problem: { kind: 'enum', allowed: schema.enum }, severity: 'error' });
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) out.push({ path, problem: { kind: 'pattern' }, severity: 'error' });
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      out.push({ path, problem: { kind: 'max-length', max: schema.maxLength }, severity: 'error' });
    }
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    out.push({ path, problem: { kind: 'minimum', min: schema.minimum }, severity: 'error' });
  }
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => check(item, schema.items as JsonSchema, [...path, i], out));
    return;
  }
  if (typeof value === 'object') checkObject(value as Record<string, unknown>, schema, path, out);
}

function checkObject(value: Record<string, unknown>, schema: JsonSchema, path: SchemaPath, out: SchemaIssue[]): void {
  for (const field of schema.required ?? []) {
    if (value[field] === undefined || value[field] === null) out.push({ path, problem: { kind: 'required', field }, severity: 'error' });
  }
  for (const [key, child] of Object.entries(value)) {
    const known = schema.properties?.[key];
    if (known) check(child, known, [...path, key], out);
    else if (typeof schema.additionalProperties === 'object') check(child, schema.additionalProperties, [...path, key], out);
    else if (schema.additionalProperties === false) out.push({ path, problem: { kind: 'unknown', field: key }, severity: 'warning' });
  }
}

/** Every problem of `value` against `schema` (the Application's by default), in document order. */
export function validateAgainstSchema(value: unknown, schema: JsonSchema = APPLICATION_SCHEMA): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  if (typeOf(value) !== 'object') {
    out.push({ path: [], problem: { kind: 'type', expected: 'object' }, severity: 'error' });
    return out;
  }
  check(value, schema, [], out);
  return out;
}

/** `spec.argoApp.spec.source.helm.parameters[0].name`, for messages. */
export function formatPath(path: SchemaPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/** The i18n key and parameters that describe an issue to a user. */
export function schemaIssueMessage(issue: SchemaIssue): { key: string; params: Record<string, string | number> } {
  const at = formatPath(issue.path) || '/';
  const p = issue.problem;
  switch (p.kind) {
    case 'type':
      return { key: 'GITOPS_WIZARD_SCHEMA_TYPE', params: { path: at, type: p.expected } };
    case 'required':
      return { key: 'GITOPS_WIZARD_SCHEMA_REQUIRED', params: { path: at, field: p.field } };
    case 'unknown':
      return { key: 'GITOPS_WIZARD_SCHEMA_UNKNOWN', params: { path: at, field: p.field } };
    case 'enum':
      return { key: 'GITOPS_WIZARD_SCHEMA_ENUM', params: { path: at, values: p.allowed.join(', ') } };
    case 'pattern':
      return { key: 'GITOPS_WIZARD_SCHEMA_PATTERN', params: { path: at } };
    case 'max-length':
      return { key: 'GITOPS_WIZARD_SCHEMA_MAX_LENGTH', params: { path: at, max: p.max } };
    case 'minimum':
      return { key: 'GITOPS_WIZARD_SCHEMA_MINIMUM', params: { path: at, min: p.min } };
  }
}
