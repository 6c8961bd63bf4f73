import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import before from './appSchema.before.txt?raw';
import { APPLICATION_SCHEMA, DNS_LABEL_PATTERN, schemaAt, type JsonSchema } from './appSchema';
import { validateAgainstSchema } from './appSchemaValidate';
import { DNS_LABEL_MAX_LENGTH, isValidDnsLabel } from '../wizard/dnsLabel';
import { newApplication } from '../wizard/wizardSubmit';

/** One line per schema node: path, type, required fields, closed or not, examples, constraints. */
function facts(schema: JsonSchema, path = '', out: string[] = []): string[] {
  const parts: string[] = [schema.type ?? 'any'];
  if (schema.required?.length) parts.push(`required=${[...schema.required].sort().join(',')}`);
  if (schema.additionalProperties === false) parts.push('closed');
  if (schema.enum) parts.push(`enum=${schema.enum.join('|')}`);
  if (schema.examples) parts.push(`examples=${schema.examples.join('|')}`);
  if (schema.pattern) parts.push(`pattern=${schema.pattern}`);
  if (schema.maxLength !== undefined) parts.push(`maxLength=${schema.maxLength}`);
  if (schema.minimum !== undefined) parts.push(`minimum=${schema.minimum}`);
  if (schema.description !== undefined) parts.push(`description=${JSON.stringify(schema.description)}`);
  out.push(`${path || '/'} ${parts.join(' ')}`);
  for (const [key, child] of Object.entries(schema.properties ?? {})) facts(child, path ? `${path}.${key}` : key, out);
  if (typeof schema.additionalProperties === 'object') facts(schema.additionalProperties, `${path}.*`, out);
  if (schema.items) facts(schema.items, `${path}[]`, out);
  return out;
}

const BEFORE = before.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

/** What was changed on purpose, from the facts before to the facts now. */
const CHANGED: Record<string, string> = {
  // The controller labels the Argo CD application with the name: label values stop at 63.
  'metadata.name string maxLength=253': `metadata.name string pattern=${DNS_LABEL_PATTERN} maxLength=63`,
};

describe('the generated Application schema', () => {
  const now = facts(APPLICATION_SCHEMA);

  // Fields added to the description later are new lines, which this allows; a changed type,
  // required list, closed object, example or constraint of an existing path is not.
  it('keeps every fact of the hand-written schema it replaced, but the name rule', () => {
    expect(BEFORE.length).toBeGreaterThan(200);
    const lost = BEFORE.filter((fact) => !now.includes(CHANGED[fact] ?? fact));
    expect(lost).toEqual([]);
  });

  it('is plain JSON (monaco-yaml receives it as it is)', () => {
    expect(JSON.parse(JSON.stringify(APPLICATION_SCHEMA))).toEqual(APPLICATION_SCHEMA);
  });
});

describe('the name rule', () => {
  const name = schemaAt(['metadata', 'name']);

  it('uses the wizard constant for the length', () => {
    expect(name?.maxLength).toBe(DNS_LABEL_MAX_LENGTH);
    expect(DNS_LABEL_MAX_LENGTH).toBe(63);
    expect(name?.pattern).toBe(DNS_LABEL_PATTERN);
  });

  it('accepts exactly the names isValidDnsLabel accepts (and an empty one, which the wizard reports itself)', () => {
    const pattern = new RegExp(DNS_LABEL_PATTERN);
    const nameChars = fc.constantFrom(...'abz09-.A_ é'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: nameChars, maxLength: 70 }),
          fc.string({ unit: fc.constantFrom('a', '-'), minLength: 60, maxLength: 66 }),
        ),
        (text) => {
          const bySchema = pattern.test(text) && text.length <= (name?.maxLength ?? Infinity);
          expect(bySchema).toBe(text === '' || isValidDnsLabel(text).valid);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('is what the validator reports', () => {
    const withName = (value: string) => {
      const app = newApplication('p');
      app.metadata.name = value;
      return validateAgainstSchema(app).map((issue) => issue.problem.kind);
    };
    expect(withName('')).toEqual([]);
    expect(withName('a'.repeat(63))).toEqual([]);
    expect(withName('a'.repeat(64))).toEqual(['max-length']);
    expect(withName('My_App')).toEqual(['pattern']);
    expect(withName('my.app')).toEqual(['pattern']);
  });
});
