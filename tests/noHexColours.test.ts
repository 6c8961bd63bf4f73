import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { colors, type ColorToken } from '../src/components/theme';

/**
 * Colours come from one place, `src/components/theme.ts`, so that a dark or high-contrast theme
 * is one change. No other source file may spell a colour: no hex literal and no rgb()/hsl() in
 * a string, a template (styled-components CSS) or a JSX attribute. Test files are exempt.
 */
const SRC = path.resolve(__dirname, '../src');
const THEME = path.join(SRC, 'components/theme.ts');

/**
 * The only exception. The entry's error screen and loading text (src/lazyPage.ts) must not import
 * the theme: the entry may not share a module with the page chunks (Rollup would split the entry
 * into a facade plus a shared chunk, one more request on every console page), and it must stay
 * tiny. So it keeps a few literal colours, and this test holds them to values the theme defines.
 */
const MAY_SPELL_THEME_COLOURS = new Set([path.join(SRC, 'lazyPage.ts')]);

const COLOUR = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])|\b(?:rgba?|hsla?)\(/gi;

interface Found {
  where: string;
  colour: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && full !== THEME ? [full] : [];
  });
}

/**
 * Colours spelled in the code of one file: strings (JSX attributes and inline styles included) and
 * templates (styled-components CSS). Comments and JSX text (what the user reads, such as an issue
 * number "#497") cannot colour anything and are not read.
 */
function coloursIn(fileName: string, text: string): Found[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      for (const m of node.getText(source).matchAll(COLOUR)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source) + (m.index ?? 0)).line + 1;
        found.push({ where: `${path.relative(SRC, fileName)}:${line}`, colour: m[0] });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function fallbacks(tree: unknown, out = new Set<string>()): Set<string> {
  if (typeof tree === 'function' && 'fallback' in tree) out.add(normalise((tree as ColorToken).fallback));
  else if (tree && typeof tree === 'object') for (const value of Object.values(tree)) fallbacks(value, out);
  return out;
}

function normalise(hex: string): string {
  const h = hex.toLowerCase();
  return /^#[0-9a-f]{3}$/.test(h) ? `#${[...h.slice(1)].map((c) => c + c).join('')}` : h;
}

describe('colours', () => {
  it('are spelled only in src/components/theme.ts', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !MAY_SPELL_THEME_COLOURS.has(file))
      .flatMap((file) => coloursIn(file, fs.readFileSync(file, 'utf8')))
      .map((f) => `${f.where} ${f.colour}`);
    expect(offenders, 'use a token from src/components/theme.ts').toEqual([]);
  });

  it('the entry keeps only colours the theme defines, as hex', () => {
    const themeValues = fallbacks(colors);
    for (const file of MAY_SPELL_THEME_COLOURS) {
      const spelled = coloursIn(file, fs.readFileSync(file, 'utf8'));
      expect(spelled.length, `${file} no longer spells a colour: drop it from the list`).toBeGreaterThan(0);
      for (const { where, colour } of spelled) expect(themeValues.has(normalise(colour)), `${where} ${colour}`).toBe(true);
    }
  });

  it('the check finds colours in strings, CSS templates and inline styles, and ignores comments and text', () => {
    const probe = [
      '// #ffffff in a comment, as in ks-devops PR #497',
      "const a = '#FFF';",
      'const b = styled.div`color: #242e42; border: 1px solid ${x}; background: rgba(0, 0, 0, 0.1);`;',
      "const c = <p style={{ color: '#5f708a80' }}>See issue #497</p>;",
      "const d = { href: '#/list', note: 'PR #12' };",
    ].join('\n');
    expect(coloursIn('probe.tsx', probe).map((f) => f.colour)).toEqual(['#FFF', '#242e42', 'rgba(', '#5f708a80']);
  });
});
