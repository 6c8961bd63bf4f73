import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLocalizeCalls, messageIndexes, readMessagesTable } from '../build/monacoNls';

const monaco = path.dirname(createRequire(import.meta.url).resolve('monaco-editor/package.json'));

describe("Monaco's interface strings in Chinese", () => {
  it('turns keyed calls into the AMD build index of the same English message, keeping the English as fallback', () => {
    const indexes = messageIndexes(`a=localize(12, "Find");b=nls.localize2(40, 'It\\'s {0}');c=localize(12, "Find")`);
    expect([...indexes]).toEqual([
      ['Find', 12],
      ["It's {0}", 40],
    ]);
    const esm = `x=nls.localize('label.find', "Find");y=localize2({ key: 'its', comment: ['a'] }, 'It\\'s {0}', n);z=localize('other', "Unknown")`;
    expect(indexLocalizeCalls(esm, indexes)).toBe(
      `x=nls.localize(12, "Find");y=localize2(40, 'It\\'s {0}', n);z=localize('other', "Unknown")`,
    );
  });

  it("maps the find box's strings of this Monaco to their Chinese translations", () => {
    const indexes = messageIndexes(fs.readFileSync(path.join(monaco, 'dev/vs/editor/editor.main.js'), 'utf8'));
    const zh = readMessagesTable(path.join(monaco, 'min/vs/nls.messages.zh-cn.js'));
    const findWidget = fs.readFileSync(path.join(monaco, 'esm/vs/editor/contrib/find/browser/findWidget.js'), 'utf8');
    const indexed = indexLocalizeCalls(findWidget, indexes);
    const index = Number(/localize\((\d+), "Find"\)/.exec(indexed)?.[1]);
    expect(zh[index]).toBe('查找');
    expect(zh[indexes.get('No suggestions.')!]).toBe('无建议。');
  });
});
