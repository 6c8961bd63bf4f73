import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import detailMain from '../../locales/detail';
import tree from '../../locales/tree';
import actions from '../../locales/actions';
import { localeTable } from '../../testing/i18n';

// The detail page's strings, in three modules: the page, its resource tree, the actions.
const detail = {
  en: { ...detailMain.en, ...tree.en, ...actions.en },
  zh: { ...detailMain.zh, ...tree.zh, ...actions.zh },
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OWN = ['components/detail', 'components/tree', 'components/actions', 'pages/detail'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('detail locales', () => {
  it('have the same keys in English and Chinese, all prefixed GITOPS_ and none empty', () => {
    expect(Object.keys(detail.zh).sort()).toEqual(Object.keys(detail.en).sort());
    for (const [key, text] of Object.entries(detail.en)) {
      expect(key).toMatch(/^GITOPS_[A-Z0-9_]+$/);
      expect(text.trim(), key).not.toBe('');
      expect((detail.zh as Record<string, string>)[key].trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(detail.en)) {
      expect(placeholders((detail.zh as Record<string, string>)[key]), key).toEqual(placeholders(text));
    }
  });

  it('have every key the detail page, the tree and the actions name literally', () => {
    const table = localeTable('en');
    const zh = localeTable('zh');
    const missing: string[] = [];
    for (const dir of OWN) {
      for (const file of sources(path.join(SRC, dir))) {
        for (const [, key] of readFileSync(file, 'utf8').matchAll(/['"`](GITOPS_[A-Z0-9_]+)['"`]/g)) {
          if (!(key in table) || !(key in zh)) missing.push(`${path.relative(SRC, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
