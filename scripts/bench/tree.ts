import os from 'node:os';
import type { Page } from '@playwright/test';
import { longestTask, resetLongTasks, timeTo, VISIBILITY_SCRIPT } from './browser';
import type { BenchDeps } from './browser';

/**
 * Figures for the resource tree at 20,000 resources (issue "Live without polling, smooth at ten
 * times the scale", point 3): first rows against 50 resources, and the longest main-thread task
 * while typing a filter, expanding and collapsing everything and scrolling. Measured, never
 * asserted; long tasks come from the page's `longtask` observer (`VISIBILITY_SCRIPT`).
 */

export type TreeBenchDeps = BenchDeps;

const TREE_ITEM = '[role="tree"] [role="treeitem"]';
/** Typed letter by letter: it first matches every resource, then fewer and fewer. */
const WORD = 'component-01234';
/** Between two key presses: a fast typist. */
const KEY_DELAY_MS = 80;

const load = () => `load ${os.loadavg()[0].toFixed(2)}`;

const firstRows = (page: Page, url: string) => timeTo(page, url, TREE_ITEM);

/** The longest main-thread task while `act` runs and the page settles after it. */
async function longestDuring(page: Page, act: () => Promise<void>): Promise<{ longest: number; took: number }> {
  await page.waitForTimeout(500);
  await resetLongTasks(page);
  const t0 = Date.now();
  await act();
  const took = Date.now() - t0;
  await page.waitForTimeout(1_000);
  return { longest: await longestTask(page), took };
}

const summary = (page: Page) => page.getByRole('region', { name: 'Resources' }).getByRole('status');
const rowCount = (page: Page) =>
  page.evaluate(() => {
    const tree = document.querySelector<HTMLElement>('[role="tree"]');
    return tree ? Math.round(parseFloat(tree.style.height) / 36) : 0;
  });

/** Types WORD into the tree's name filter and deletes it again, one key at a time. */
async function typing(page: Page, resources: number) {
  const box = page.getByRole('region', { name: 'Resources' }).getByRole('textbox', { name: 'Name' });
  await box.click();
  const typed = await longestDuring(page, async () => {
    await box.pressSequentially(WORD, { delay: KEY_DELAY_MS });
    await summary(page)
      .filter({ hasText: /^3 of / })
      .waitFor({ timeout: 30_000 });
  });
  const cleared = await longestDuring(page, async () => {
    for (let i = 0; i < WORD.length; i++) await box.press('Backspace', { delay: KEY_DELAY_MS });
    await summary(page)
      .filter({ hasText: new RegExp(`^${resources} resources`) })
      .waitFor({ timeout: 30_000 });
  });
  return { typed, cleared };
}

async function treeAt(deps: TreeBenchDeps, page: Page, resources: number, url: string, label: string, more: boolean) {
  const { control, record } = deps;
  await control('POST', 'reset', { seed: 'large-tree', resources });
  await page.goto(url);
  await summary(page)
    .filter({ hasText: `${resources} resources` })
    .waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1_000);

  const { typed, cleared } = await typing(page, resources);
  record(`tree: longest task, typing "${WORD}" (${label})`, typed.longest, ' ms', `target < 50; ${typed.took} ms; ${load()}`);
  record(`tree: longest task, deleting it key by key (${label})`, cleared.longest, ' ms', `target < 50; ${cleared.took} ms; ${load()}`);
  if (!more) return;

  const expand = await longestDuring(page, async () => {
    await page.getByRole('button', { name: 'Expand all' }).click();
    for (let i = 0; i < 600 && (await rowCount(page)) <= resources; i++) await page.waitForTimeout(20);
  });
  const expandedRows = await rowCount(page);
  record(`tree: longest task, Expand all (${label})`, expand.longest, ' ms', `target < 50; ${expandedRows} rows; ${load()}`);

  const scroll = await longestDuring(page, async () => {
    const viewport = page.locator('.gitops-tree-viewport');
    const box = (await viewport.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 1_200);
      await page.waitForTimeout(16);
    }
    // Then a jump to the end, as dragging the scrollbar does.
    await viewport.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForTimeout(100);
    await viewport.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  });
  record(`tree: longest task, scrolling 40 wheel steps and two jumps (${label})`, scroll.longest, ' ms', `target < 50; ${load()}`);

  const collapse = await longestDuring(page, async () => {
    await page.getByRole('button', { name: 'Collapse all' }).click();
    for (let i = 0; i < 600 && (await rowCount(page)) > 1; i++) await page.waitForTimeout(20);
  });
  record(`tree: longest task, Collapse all (${label})`, collapse.longest, ' ms', `target < 50; ${load()}`);
}

export async function benchTree(deps: TreeBenchDeps): Promise<void> {
  const { browser, list, control, record } = deps;
  const url = `${list}/applications/large-tree?tab=resources`;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(VISIBILITY_SCRIPT);
  try {
    const page = await context.newPage();
    await control('POST', 'reset', { seed: 'large-tree', resources: 50 });
    const small = await firstRows(page, url);
    await control('POST', 'reset', { seed: 'large-tree', resources: 20_000 });
    const large = await firstRows(page, url);
    record('tree: first rows, 50 resources', small, ' ms', load());
    record('tree: first rows, 20,000 resources', large, ' ms', load());
    record('tree: ratio 20,000 / 50', large / small, '×', 'target ≤ 2');

    await page.close();
    // A page of its own for each size: what the previous one left to collect is not counted.
    for (const [resources, label, more] of [
      [20_000, '20,000', true],
      [5_000, '5,000', false],
    ] as const) {
      const fresh = await context.newPage();
      await treeAt(deps, fresh, resources, url, label, more);
      await fresh.close();
    }
  } finally {
    await context.close();
  }
}
