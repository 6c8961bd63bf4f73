import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a user reads goes through `t()`: no JSX text and no user-facing attribute
 * (aria-label, title, placeholder, alt, label) may be a bare phrase. Symbols, numbers and
 * single example values in placeholders are fine.
 */
const SRC = path.resolve(__dirname, '../src');
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
const WORDS = /\p{L}{2,}/u;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(full);
    return entry.name.endsWith('.tsx') && !/\.test\.tsx$/.test(entry.name) && entry.name !== 'testing.tsx' ? [full] : [];
  });
}

function literalsIn(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path.relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.getText())) found.push(`${where(node)} text "${node.getText().trim()}"`);
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const literal =
        init &&
        (ts.isStringLiteral(init)
          ? init
          : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
            ? init.expression
            : undefined);
      // A single token (`HEAD`, `*.yaml`, a URL) is an example value, not a sentence to translate.
      if (literal && WORDS.test(literal.text) && /\s/.test(literal.text.trim()))
        found.push(`${where(node)} ${node.name.getText()}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-visible text', () => {
  it('never bypasses the translation function', () => {
    const offenders = sourceFiles(SRC).flatMap(literalsIn);
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a bare literal', () => {
    const probe = path.join(SRC, '..', 'node_modules', '.gitops-literal-probe.tsx');
    fs.writeFileSync(probe, 'export const X = () => <button aria-label="Close dialog" placeholder="HEAD">Save now</button>;\n');
    try {
      expect(literalsIn(probe)).toHaveLength(2);
    } finally {
      fs.unlinkSync(probe);
    }
  });
});
