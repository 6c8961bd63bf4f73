import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import list from '../../locales/list';
import { localeTable } from '../../testing/i18n';

const ROOTS = ['src/pages/list', 'src/components/list'];

function sourceKeys(): string[] {
  const keys = new Set<string>();
  for (const root of ROOTS) {
    for (const file of fs.readdirSync(root)) {
      if (!/\.tsx?$/.test(file) || file.includes('.test.')) continue;
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const match of text.matchAll(/'(GITOPS_[A-Z0-9_]+)'/g)) keys.add(match[1]);
    }
  }
  return [...keys];
}

describe('list locales', () => {
  it('has the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(list.zh).sort()).toEqual(Object.keys(list.en).sort());
    const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(list.en)) {
      expect(params(list.zh[key as keyof typeof list.zh]), key).toEqual(params(list.en[key as keyof typeof list.en]));
    }
  });

  it('defines every key the list page uses, in both languages', () => {
    const keys = sourceKeys();
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of ['en', 'zh'] as const) {
      const table = localeTable(lang);
      expect(
        keys.filter((key) => !(key in table)),
        lang,
      ).toEqual([]);
    }
  });

  it('prefixes its own keys so they cannot collide with other pages', () => {
    expect(Object.keys(list.en).filter((key) => !key.startsWith('GITOPS_LIST_'))).toEqual([]);
  });
});
