import { describe, expect, it } from 'vitest';
import { buildResourceTree, flattenVisible, parseArgoStatus, type VisibleRow } from '../../model';
import { largeStatus } from '../../model/testFixtures';
import { PAGE_ROWS, parentIndex, treeKeyCommand } from './treeKeyboard';
import { rowWindow, scrollToReveal } from './virtualWindow';

describe('rowWindow', () => {
  it('renders the rows on screen plus the overscan', () => {
    expect(rowWindow({ scrollTop: 0, viewportHeight: 360, rowHeight: 36, count: 5000, overscan: 5 })).toEqual({ start: 0, end: 16 });
    expect(rowWindow({ scrollTop: 3600, viewportHeight: 360, rowHeight: 36, count: 5000, overscan: 5 })).toEqual({ start: 95, end: 116 });
  });

  it('stays inside the list at its end and when empty', () => {
    expect(rowWindow({ scrollTop: 1e9, viewportHeight: 360, rowHeight: 36, count: 50, overscan: 5 })).toEqual({ start: 44, end: 50 });
    expect(rowWindow({ scrollTop: 0, viewportHeight: 360, rowHeight: 36, count: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('reads a negative or broken scroll position as the top', () => {
    expect(rowWindow({ scrollTop: -50, viewportHeight: 72, rowHeight: 36, count: 10, overscan: 0 })).toEqual({ start: 0, end: 3 });
    expect(rowWindow({ scrollTop: NaN, viewportHeight: 72, rowHeight: 36, count: 10, overscan: 0 }).start).toBe(0);
  });
});

describe('scrollToReveal', () => {
  it('moves as little as needed, and not at all for a visible row', () => {
    expect(scrollToReveal(0, 100, 360, 36)).toBe(0);
    expect(scrollToReveal(20, 0, 360, 36)).toBe(21 * 36 - 360);
    expect(scrollToReveal(3, 0, 360, 36)).toBe(0);
  });
});

function rows(expandAll = true): VisibleRow[] {
  const tree = buildResourceTree(parseArgoStatus(largeStatus(8)).status, { appName: 'demo' });
  const keys: string[] = [];
  const walk = (n: typeof tree.root) => {
    if (n.children.length) keys.push(n.key);
    n.children.forEach(walk);
  };
  if (expandAll) walk(tree.root);
  return flattenVisible(tree, keys);
}

describe('treeKeyCommand', () => {
  const all = rows();

  it('moves with the arrows, Home, End and the page keys, staying inside the list', () => {
    expect(treeKeyCommand(all, 0, 'ArrowDown')).toEqual({ type: 'focus', index: 1 });
    expect(treeKeyCommand(all, 0, 'ArrowUp')).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyCommand(all, 3, 'Home')).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyCommand(all, 0, 'End')).toEqual({ type: 'focus', index: all.length - 1 });
    expect(treeKeyCommand(all, all.length - 1, 'ArrowDown')).toEqual({ type: 'focus', index: all.length - 1 });
    expect(treeKeyCommand(all, 0, 'PageDown')).toEqual({ type: 'focus', index: Math.min(all.length - 1, PAGE_ROWS) });
  });

  it('Right opens a closed node and steps into an open one; does nothing on a leaf', () => {
    const closed = rows(false);
    expect(treeKeyCommand(closed, 0, 'ArrowRight')).toEqual({ type: 'expand', key: closed[0].key });
    expect(treeKeyCommand(all, 0, 'ArrowRight')).toEqual({ type: 'focus', index: 1 });
    const leaf = all.findIndex((r) => !r.hasChildren);
    expect(treeKeyCommand(all, leaf, 'ArrowRight')).toBeNull();
  });

  it('Left closes an open node, else goes to the parent; nothing on a closed root', () => {
    expect(treeKeyCommand(all, 0, 'ArrowLeft')).toEqual({ type: 'collapse', key: all[0].key, index: 0 });
    const leaf = all.findIndex((r) => !r.hasChildren);
    expect(treeKeyCommand(all, leaf, 'ArrowLeft')).toEqual({ type: 'focus', index: parentIndex(all, leaf) });
    expect(all[parentIndex(all, leaf)].key).toBe(all[leaf].parentKey);
    expect(treeKeyCommand(rows(false), 0, 'ArrowLeft')).toBeNull();
  });

  it('Enter and Space toggle a node, and leave other keys to the browser', () => {
    expect(treeKeyCommand(all, 0, 'Enter')).toEqual({ type: 'toggle', key: all[0].key });
    expect(treeKeyCommand(all, 0, ' ')).toEqual({ type: 'toggle', key: all[0].key });
    expect(treeKeyCommand(all, 0, 'Tab')).toBeNull();
    expect(treeKeyCommand([], 0, 'ArrowDown')).toBeNull();
  });
});
