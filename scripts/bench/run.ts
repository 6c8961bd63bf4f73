import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { getResponse } from 'msw';
import { createEmulator } from '../../mocks/emulator';
import {
  heapUsed,
  launch,
  longestTask,
  median,
  requestsInOneMinute,
  resetLongTasks,
  setHidden,
  timeTo,
  trackBundleBytes,
  VISIBILITY_SCRIPT,
} from './browser';
import { benchList } from './list';
import { benchLive } from './live';
import { benchTree } from './tree';
import { benchWatch } from './watch';
import { benchYaml } from './yaml';
import { fileSizes, sizeTable } from '../sizes';

const PORT = Number(process.env.BENCH_PORT ?? 8199);
/** `BENCH_ONLY=live`: only the live-resource figures (for iterating; `npm run bench` runs all). */
const ONLY = process.env.BENCH_ONLY;
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = path.resolve('dist/gitops-console');
const LIST = `${BASE}/workspaces/demo-workspace/gitops/host/demo-project`;
const detail = (name: string) => `${LIST}/applications/${encodeURIComponent(name)}?tab=resources`;
const ROW = 'main table tbody tr';
const TREE_ITEM = '[role="tree"] [role="treeitem"]';

type Row = { metric: string; value: string; note?: string };
const rows: Row[] = [];
const json: Record<string, unknown> = {};
const record = (metric: string, value: number | string, unit = '', note?: string) => {
  json[metric] = value;
  rows.push({ metric, value: typeof value === 'number' ? `${round(value)}${unit}` : value, note });
};
const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

async function control(method: string, url: string, body?: unknown) {
  const response = await fetch(`${BASE}/_emulator/v1/${url}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
}

const gzipOf = (file: string) => {
  const full = path.join(DIST, path.basename(file));
  return fs.existsSync(full) ? zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length : 0;
};

/** Requests to the API during one minute of page time, with the page clock fast-forwarded. */
async function requestsPerMinute(page: Page, hidden: boolean): Promise<number> {
  await setHidden(page, hidden);
  await page.waitForTimeout(300);
  const count = await requestsInOneMinute(page, /\/(kapis|clusters)\//);
  await setHidden(page, false);
  return count;
}

function emulatorListTiming() {
  const emulator = createEmulator({ timing: 'instant', seed: { seed: 'large-list', count: 10_000 } });
  const times: number[] = [];
  const run = async () => {
    for (let i = 0; i < 30; i++) {
      const request = new Request(
        `${BASE}/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications?page=${1 + (i % 50)}&limit=20`,
      );
      const t0 = performance.now();
      const response = await getResponse(emulator.handlers, request);
      await response?.text();
      if (i >= 5) times.push(performance.now() - t0);
    }
    emulator.dispose();
    return median(times);
  };
  return run();
}

async function main() {
  const sizes = fileSizes(DIST) as { name: string; raw: number; gzip: number }[];
  console.log(`\nFiles of dist/gitops-console\n${sizeTable(sizes)}\n`);
  json.files = sizes;

  if (!ONLY)
    record('emulator: list page of 20 out of 10,000 apps', await emulatorListTiming(), ' ms', 'median handler time, target < 50 ms');

  process.env.PORT = String(PORT);
  process.env.EMULATOR_TIMING = 'fast';
  process.env.KS_API_URL = '';
  const { start } = await import('../../mocks/server/start');
  const server = start({ port: PORT });
  const browser = await launch();
  try {
    if (!ONLY) await benchExisting(browser);
    // Live resources (issue "Live resources", point 9 "Budgets"): see scripts/bench/live.ts.
    if (!ONLY || ONLY === 'live')
      await benchLive({ browser, base: BASE, list: LIST, control, record, idleSeconds: Number(process.env.BENCH_IDLE_SECONDS ?? 90) });
    // The list at 50,000 applications (issue "Live without polling, smooth at ten times the scale", point 3).
    if (!ONLY || ONLY === 'list') await benchList({ browser, base: BASE, list: LIST, control, record });
    // The resource tree at 20,000 resources: see scripts/bench/tree.ts.
    if (!ONLY || ONLY === 'tree') await benchTree({ browser, base: BASE, list: LIST, control, record });
    // The application watch: badge latency, idle requests, a burst, the heap over minutes of events; see scripts/bench/watch.ts.
    if (!ONLY || ONLY === 'watch')
      await benchWatch({ browser, base: BASE, list: LIST, control, record, heapMinutes: Number(process.env.BENCH_WATCH_MINUTES ?? 10) });
    // The wizard's YAML view: first open and typing at 5,000 lines; see scripts/bench/yaml.ts.
    if (!ONLY || ONLY === 'yaml') await benchYaml({ browser, base: BASE, list: LIST, control, record });
  } finally {
    await browser.close();
    server.stop();
  }

  const width = Math.max(...rows.map((r) => r.metric.length));
  console.log(rows.map((r) => `${r.metric.padEnd(width)}  ${r.value.padStart(28)}${r.note ? `   (${r.note})` : ''}`).join('\n'));
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(ONLY ? `bench-results/bench-${ONLY}.json` : 'bench-results/bench.json', `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwritten: bench-results/${ONLY ? `bench-${ONLY}` : 'bench'}.json`);
  process.exit(0);
}

async function benchExisting(browser: Browser) {
  {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(VISIBILITY_SCRIPT);

    // JS loaded per page, from a cold cache each time.
    for (const [label, url, selector] of [
      ['list page', LIST, ROW],
      ['detail page', detail('guestbook'), TREE_ITEM],
    ] as const) {
      await control('POST', 'reset', { seed: 'demo' });
      const page = await context.newPage();
      await page.route('**/*', (route) => route.continue());
      const tracker = trackBundleBytes(page);
      await page.goto(url);
      await page.locator(selector).first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(500);
      const gz = tracker.files().reduce((sum, f) => sum + gzipOf(f), 0);
      record(
        `JS loaded: ${label}`,
        `${(tracker.bytes() / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`,
        '',
        `${tracker.files().length} files`,
      );
      await page.close();
    }
    {
      // The wizard with its YAML view open: the only path that loads the code editor.
      await control('POST', 'reset', { seed: 'demo' });
      const page = await context.newPage();
      const tracker = trackBundleBytes(page);
      await page.goto(`${LIST}/create`);
      await page.getByRole('textbox', { name: 'Name' }).waitFor({ timeout: 60_000 });
      // How fast the view opens and types is measured in scripts/bench/yaml.ts.
      await page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'YAML' }).click();
      await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
      // The schema worker starts with the model, the YAML view's own checks with the view; wait for the three workers.
      for (let i = 0; i < 100 && tracker.files().filter((f) => /worker-/.test(f)).length < 3; i++) await page.waitForTimeout(100);
      await page.waitForTimeout(500);
      const gz = tracker.files().reduce((sum, f) => sum + gzipOf(f), 0);
      record(
        'JS loaded: create wizard with the YAML editor',
        `${(tracker.bytes() / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`,
        '',
        `${tracker.files().length} files, workers included`,
      );
      await page.close();
    }

    const page = await context.newPage();

    await control('POST', 'reset', { seed: 'large-list', count: 10 });
    const list10 = await timeTo(page, LIST, ROW);
    await control('POST', 'reset', { seed: 'large-list', count: 10_000 });
    const list10k = await timeTo(page, LIST, ROW);
    record('list: first rows, 10 apps', list10, ' ms');
    record('list: first rows, 10,000 apps', list10k, ' ms');
    record('list: ratio 10,000 / 10', list10k / list10, '×', 'target ≤ 1.5');

    await control('POST', 'reset', { seed: 'large-tree', resources: 50 });
    const tree50 = await timeTo(page, detail('large-tree'), TREE_ITEM);
    await control('POST', 'reset', { seed: 'large-tree', resources: 5000 });
    await resetLongTasks(page);
    const tree5000 = await timeTo(page, detail('large-tree'), TREE_ITEM);
    const longest = await longestTask(page);
    record('detail: tree interactive, 50 resources', tree50, ' ms');
    record('detail: tree interactive, 5,000 resources', tree5000, ' ms');
    record('detail: ratio 5,000 / 50', tree5000 / tree50, '×', 'target ≤ 3');
    record('detail: longest main-thread task (5,000)', longest, ' ms', 'target ≤ 200');
    await page.close();

    // Requests per minute with a fake page clock: 60 s of timers in a few real seconds.
    await control('POST', 'reset', { seed: 'demo' });
    for (const [label, url, selector] of [
      ['list', LIST, ROW],
      ['detail', detail('guestbook'), TREE_ITEM],
    ] as const) {
      const p = await context.newPage();
      await p.clock.install();
      await p.goto(url);
      await p.locator(selector).first().waitFor({ timeout: 60_000 });
      record(`requests/min: idle ${label}, visible`, await requestsPerMinute(p, false), '', label === 'list' ? 'target ≤ 12' : undefined);
      record(`requests/min: idle ${label}, hidden`, await requestsPerMinute(p, true), '', 'target 0');
      await control('PUT', 'faults', { sessionExpired: true });
      await requestsPerMinute(p, false);
      record(`requests/min: ${label} after 401`, await requestsPerMinute(p, false), '', 'the minute after the first 401s');
      await control('PUT', 'faults', { sessionExpired: false });
      await p.close();
    }

    // Heap before and after 100 polling cycles of the detail page (5 s each).
    {
      const p = await context.newPage();
      await p.clock.install();
      await p.goto(detail('guestbook'));
      await p.locator(TREE_ITEM).first().waitFor({ timeout: 60_000 });
      const before = await heapUsed(p);
      for (let cycle = 0; cycle < 100; cycle++) {
        await p.clock.runFor(5_000);
        await p.waitForTimeout(20);
      }
      await p.waitForTimeout(500);
      const after = await heapUsed(p);
      record('detail: JS heap before 100 polls', before / 1024 / 1024, ' MiB');
      record('detail: JS heap after 100 polls', after / 1024 / 1024, ' MiB');
      record('detail: heap growth ratio', after / before, '×');
      await p.close();
    }
    await context.close();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
