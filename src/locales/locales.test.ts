import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import locales from './index';
import core from './core';
import { PAGE_LOCALE_MODULES } from './pages';

const SRC = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !full.includes(`${path.sep}locales${path.sep}`)
      ? [full]
      : [];
  });
}

describe('locales', () => {
  it('en and zh have exactly the same keys', () => {
    expect(Object.keys(locales.zh).sort()).toEqual(Object.keys(locales.en).sort());
  });

  it('no two areas define the same key', () => {
    const seen = new Map<string, number>();
    for (const module of [core, ...PAGE_LOCALE_MODULES]) {
      for (const key of Object.keys(module.en)) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  it('every key written literally in src/ exists', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/['"`](GITOPS_[A-Z0-9_]+)['"`]/g)) {
        if (!(match[1] in locales.en)) missing.push(`${path.relative(SRC, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('placeholders are the same in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(locales.en).filter(
      (key) => JSON.stringify(names(locales.en[key])) !== JSON.stringify(names(locales.zh[key] ?? '')),
    );
    expect(differing).toEqual([]);
  });
});
