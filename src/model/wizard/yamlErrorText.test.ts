import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
// The one place this model code looks outside its folder: to check its keys against the table.
// eslint-disable-next-line no-restricted-imports
import locales from '../../locales/wizardYaml';
// eslint-disable-next-line no-restricted-imports
import wizard from '../../locales/wizard';
import { yamlDiagnostics } from './wizardYaml';
import { YAML_ERROR_KEYS, YAML_SYNTAX_KEY, yamlErrorCode, yamlErrorText } from './yamlErrorText';

const en: Record<string, string> = { ...wizard.en, ...locales.en };
const zh: Record<string, string> = { ...wizard.zh, ...locales.zh };

const interpolate = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** The first syntax problem of `text`, as the wizard shows it in `lang`. */
function shown(text: string, lang: 'en' | 'zh'): string {
  const [d] = yamlDiagnostics(text);
  const sentence = interpolate((lang === 'en' ? en : zh)[d.key], d.params);
  return d.detail ? `${sentence} ${d.detail}` : sentence;
}

describe('YAML parser errors in the user’s language', () => {
  it('has an English and a Chinese sentence with the line and column for every code of the parser', () => {
    for (const key of Object.values(YAML_ERROR_KEYS)) {
      for (const table of [en, zh]) {
        expect(table[key], key).toBeTruthy();
        expect(table[key], key).toContain('{line}');
        expect(table[key], key).toContain('{column}');
      }
    }
  });

  it.each([
    ['a: 1\na: 2\n', 'DUPLICATE_KEY', 2, 1],
    ['a:\n\tb: 1\n', 'TAB_AS_INDENT', 2, 1],
    ['a: "x\n', 'MISSING_CHAR', 2, 1],
    ['metadata:\n  name: a: b\n', 'BLOCK_AS_IMPLICIT_KEY', 2, 9],
    ['a: 1\n---\nb: 2\n', 'MULTIPLE_DOCS', 2, 1],
  ])('words %j in Chinese, with its place and without the parser’s English', (text, code, line, column) => {
    expect(parseDocument(text, { uniqueKeys: true }).errors[0].code).toBe(code);
    const [d] = yamlDiagnostics(text);
    expect(d).toMatchObject({ key: YAML_ERROR_KEYS[code as keyof typeof YAML_ERROR_KEYS], params: { line, column }, syntax: true });
    const message = shown(text, 'zh');
    expect(message).toContain(`第 ${line} 行第 ${column} 列`);
    // Latin letters only in names that stay as they are (YAML), never the parser's English.
    expect(message.replace(/YAML/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(shown(text, 'en')).toContain(`The YAML is not valid at line ${line}, column ${column}:`);
  });

  it('recognises the alias problems found only when the document becomes data', () => {
    expect(yamlErrorCode(undefined, 'Unresolved alias (the anchor must be set before the alias): x')).toBe('BAD_ALIAS');
    expect(yamlErrorCode(undefined, 'Excessive alias count indicates a resource exhaustion attack')).toBe('RESOURCE_EXHAUSTION');
    expect(shown('a: *x\n', 'zh')).toBe(interpolate(zh.GITOPS_WIZARD_YAML_ERR_BAD_ALIAS, { line: 1, column: 1 }));
  });

  it('falls back to the general sentence and the parser’s words for a code it does not know', () => {
    expect(yamlErrorText({ code: 'SOMETHING_NEW', detail: 'Something new', line: 3, column: 4 })).toEqual({
      key: YAML_SYNTAX_KEY,
      params: { line: 3, column: 4 },
      detail: 'Something new',
    });
  });
});
