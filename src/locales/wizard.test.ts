import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import wizardMain from './wizard';
import wizardSource from './wizardSource';
import wizardErrors from './wizardErrors';
import wizardYaml from './wizardYaml';
import wizardSummary from './wizardSummary';
import core from './core';
import model from './model';

// The wizard's strings, in four modules by part of the wizard.
const wizard = {
  en: { ...wizardMain.en, ...wizardSource.en, ...wizardErrors.en, ...wizardYaml.en, ...wizardSummary.en },
  zh: { ...wizardMain.zh, ...wizardSource.zh, ...wizardErrors.zh, ...wizardYaml.zh, ...wizardSummary.zh },
};

const ROOTS = ['src/pages/wizard', 'src/components/wizard', 'src/components/yaml', 'src/model/wizard', 'src/model/schema', 'src/state'];

function sourceKeys(): string[] {
  const keys = new Set<string>();
  for (const root of ROOTS) {
    for (const file of fs.readdirSync(root)) {
      if (!/\.tsx?$/.test(file) || file.includes('.test.') || file === 'testing.tsx') continue;
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const match of text.matchAll(/'(GITOPS_[A-Z0-9_]+)'/g)) keys.add(match[1]);
    }
  }
  return [...keys];
}

describe('wizard locales', () => {
  it('has the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(wizard.zh).sort()).toEqual(Object.keys(wizard.en).sort());
    const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(wizard.en) as Array<keyof typeof wizard.en>) {
      expect(params(wizard.zh[key]), key).toEqual(params(wizard.en[key]));
    }
  });

  it('defines every key the wizard uses', () => {
    const table = { ...core.en, ...model.en, ...wizard.en } as Record<string, string>;
    const keys = sourceKeys();
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((key) => !(key in table))).toEqual([]);
  });

  it('prefixes its keys so they cannot collide with other pages', () => {
    expect(Object.keys(wizard.en).filter((key) => !key.startsWith('GITOPS_WIZARD_'))).toEqual([]);
  });
});
