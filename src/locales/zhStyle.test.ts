import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import locales from './index';

/**
 * Chinese that reads as written in Chinese: full-width punctuation after Chinese words, one
 * Chinese term for each core English term, and words rather than English labels.
 */
const en: Record<string, string> = locales.en;
const zh: Record<string, string> = locales.zh;
const SRC = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Chinese strings that may keep an ASCII colon next to a Chinese character, and why. None so far. */
const COLON_EXCEPTIONS: Record<string, string> = {};

describe('Chinese punctuation', () => {
  it('uses the full-width colon after Chinese words, never an ASCII one', () => {
    const ascii = Object.entries(zh)
      .filter(([key, text]) => !(key in COLON_EXCEPTIONS) && /[\u4e00-\u9fff]\s*:|:[\u4e00-\u9fff]/.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(ascii).toEqual([]);
  });

  it('is not glued to a translated label with an ASCII colon in code (labelled() picks the colon)', () => {
    const glued: string[] = [];
    for (const file of sourceFiles(SRC)) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\bt\(/.test(line) && /\)\}:\s|\)\s*\+\s*['"`]:/.test(line))
            glued.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(glued).toEqual([]);
  });
});

/**
 * Core terms and the one Chinese word each is given. A Kubernetes kind written as a name
 * ("an Application object") stays in Latin letters and counts as the same term.
 */
const TERMS: Record<string, string> = {
  revision: '修订版本',
  sync: '同步',
  health: '健康',
  // "Destination cluster" is 部署集群, the cluster and namespace together 部署位置.
  destination: '部署',
  repository: '仓库',
  path: '路径',
  namespace: '命名空间',
  cluster: '集群',
  application: '应用',
};

describe('Chinese terms', () => {
  it.each(Object.entries(TERMS))('translates "%s" as %s wherever the English uses it', (term, word) => {
    const word_ = new RegExp(`\\b${term}s?\\b`, 'i');
    const kindName = new RegExp(`\\b${term[0].toUpperCase()}${term.slice(1)}\\b`);
    const differing = Object.keys(en)
      .filter((key) => word_.test(en[key].replace(/\{\w+\}/g, '')))
      .filter((key) => !zh[key].includes(word) && !(kindName.test(en[key]) && kindName.test(zh[key])))
      .map((key) => `${key}: ${en[key]} => ${zh[key]}`);
    expect(differing).toEqual([]);
  });

  it('gives the same Chinese to the same short English label everywhere', () => {
    const byLabel = new Map<string, Set<string>>();
    for (const [key, text] of Object.entries(en)) {
      if (text.split(/\s+/).length > 3 || /\{\w+\}/.test(text)) continue;
      const label = text.toLowerCase();
      byLabel.set(label, (byLabel.get(label) ?? new Set()).add(zh[key]));
    }
    // Pages and wizard steps are different things in Chinese; "Namespace" in the wizard also names the KubeSphere project.
    const allowed = new Set(['previous', 'next', 'clear selection', 'namespace', '1 resource']);
    const differing = [...byLabel]
      .filter(([label, words]) => words.size > 1 && !allowed.has(label))
      .map(([label, words]) => `${label}: ${[...words].join(' / ')}`);
    expect(differing).toEqual([]);
  });

  it('translates source types that are words, and keeps tool names', () => {
    const expected: Record<string, string> = { Directory: '目录', Plugin: '插件', Helm: 'Helm', Kustomize: 'Kustomize' };
    const wrong = Object.keys(en)
      .filter((key) => en[key] in expected && zh[key] !== expected[en[key]])
      .map((key) => `${key}: ${zh[key]}`);
    expect(wrong).toEqual([]);
    expect(Object.values(en).filter((text) => text === 'Directory').length).toBeGreaterThan(1);
  });
});
