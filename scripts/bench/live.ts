import type { BrowserContext, Page, Request } from '@playwright/test';
import { longestTask, resetLongTasks, setHidden, VISIBILITY_SCRIPT, type BenchDeps } from './browser';

export type { RecordFn } from './browser';

/**
 * Figures for the live resources (issue "Live resources", point 9 "Budgets"): what the detail
 * page reads from the destination cluster (`/api/v1`, `/apis/...`, also under `/clusters/{c}/`),
 * when, and what the log panel costs the main thread. Counted in the page itself (a wrapped
 * `fetch`), or from Playwright's request events, never asserted.
 */

export interface LiveBenchDeps extends BenchDeps {
  /** Seconds of real time for the idle panels (visible; hidden gets two thirds of it). */
  idleSeconds?: number;
}

const TREE_ITEM = '[role="tree"] [role="treeitem"]';
/** The Overview's diagnostics from Argo CD's status: what a Degraded app shows first. */
const OVERVIEW_ITEM = '.gitops-diagnostics .gitops-diagnostic';

/**
 * A live (Kubernetes) path: `/api/...`, `/apis/...`, with or without `/clusters/{c}`; never `/kapis`,
 * nor the applications themselves (`/apis/gitops.kubesphere.io/...`: the watch's list of one).
 */
const LIVE_PATH = /^(\/clusters\/[^/]+)?\/apis?\/(?!gitops\.kubesphere\.io\/)/;
export const isLive = (url: string | URL) => LIVE_PATH.test(new URL(String(url)).pathname);

/**
 * Every live `fetch` the page makes, with whether the tree and the Overview were already in the
 * DOM at that moment: a request made before is one the first render could have waited for.
 */
const LIVE_FETCH_SCRIPT = `
  (() => {
    const LIVE = ${LIVE_PATH.toString()};
    const original = window.fetch;
    window.__benchLive = [];
    window.fetch = function (input, init) {
      try {
        const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, location.href);
        if (LIVE.test(url.pathname)) {
          window.__benchLive.push({
            path: url.pathname + url.search,
            at: performance.now(),
            tree: !!document.querySelector(${JSON.stringify(TREE_ITEM)}),
            overview: !!document.querySelector(${JSON.stringify(OVERVIEW_ITEM)}),
          });
          if (window.__benchHoldLive) {
            const signal = init && init.signal;
            return new Promise((_, reject) => signal && signal.addEventListener('abort', () => reject(new DOMException('held', 'AbortError'))));
          }
        }
      } catch {}
      return original.apply(this, arguments);
    };
  })();
`;

type LiveFetch = { path: string; at: number; tree: boolean; overview: boolean };
const liveFetches = (page: Page) => page.evaluate(() => (window as unknown as { __benchLive: LiveFetch[] }).__benchLive ?? []);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Counts the live requests a page makes from now on (Playwright's view: every request sent), and how long each took. */
function countLive(page: Page) {
  const paths: string[] = [];
  const durations: number[] = [];
  const on = (r: Request) => {
    if (isLive(r.url())) paths.push(new URL(r.url()).pathname);
  };
  const done = (r: Request) => {
    if (isLive(r.url())) durations.push(r.timing().responseEnd);
  };
  page.on('request', on);
  page.on('requestfinished', done);
  return {
    get count() {
      return paths.length;
    },
    paths,
    /** The slowest answered live request, in ms from sending to its last byte. */
    slowest: () => Math.round(Math.max(0, ...durations)),
    reset() {
      paths.length = 0;
      durations.length = 0;
    },
    stop() {
      page.off('request', on);
      page.off('requestfinished', done);
    },
  };
}

/**
 * Holds every live request unanswered (in the page: the wrapped `fetch` never settles until
 * aborted), so the page has no live data at all. In the page rather than with `page.route`,
 * which would intercept every request of the page and slow the whole load down.
 */
const HOLD_LIVE_SCRIPT = 'window.__benchHoldLive = true;';

/**
 * (a) First render of a Degraded app, Overview and Resources tab, with the cluster answering and
 * with every live request held: time from navigation to the first diagnostic / tree row (median
 * of 3 after a warm-up) and how many live requests were sent before that render was in the DOM.
 */
async function firstRender(deps: LiveBenchDeps, pages: { answered: Page; held: Page }) {
  const { list, record } = deps;
  const app = `${list}/applications/payment-service`;
  const cases = [
    ['Overview', app, OVERVIEW_ITEM, 'overview'],
    ['Resources tab', `${app}?tab=resources`, TREE_ITEM, 'tree'],
  ] as const;
  for (const [label, url, selector, flag] of cases) {
    for (const stalled of [false, true]) {
      const times: number[] = [];
      let before = 0;
      let after = 0;
      const page = stalled ? pages.held : pages.answered;
      for (let i = 0; i <= 3; i++) {
        await page.goto('about:blank');
        const t0 = Date.now();
        await page.goto(url);
        await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 });
        const elapsed = Date.now() - t0;
        await page.waitForTimeout(1_000);
        const fetches = await liveFetches(page);
        if (i > 0) {
          times.push(elapsed);
          before = Math.max(before, fetches.filter((f) => !f[flag]).length);
          after = Math.max(after, fetches.length);
        }
      }
      const mode = stalled ? 'live requests held' : 'live answered';
      record(
        `live (a): Degraded app, ${label} first render, ${mode}`,
        median(times),
        ' ms',
        stalled ? 'must match the answered run' : undefined,
      );
      record(`live (a): … live requests before that render (${mode})`, before, '', `target 0; ${after} in its first second`);
    }
  }
  // When the live diagnosis (the pod's CrashLoopBackOff) joins the Overview, for reference.
  {
    const page = pages.answered;
    const times: number[] = [];
    for (let i = 0; i <= 2; i++) {
      await page.goto('about:blank');
      const t0 = Date.now();
      await page.goto(app);
      await page.locator(OVERVIEW_ITEM).first().waitFor({ timeout: 60_000 });
      const first = Date.now() - t0;
      await page
        .getByRole('link', { name: /^(Read the logs|See the events) of / })
        .first()
        .waitFor({ timeout: 60_000 });
      if (i > 0) times.push(Date.now() - t0 - first);
    }
    record('live (a): Overview, live diagnosis shown after first render', median(times), ' ms', 'pods read after the render, not before');
  }
}

const kindGroup = (page: Page, kind: string) =>
  page.locator('[role="treeitem"][aria-level="3"]').filter({ has: page.locator(`span[title="${kind}"]`) });
const resourceRow = (page: Page, name: string) =>
  page.locator('[role="treeitem"][aria-level="4"]').filter({ has: page.locator(`span[title="${name}"]`) });
/** A pod row under `workload`: `<workload>-<rs hash>-<suffix>`. */
const podRows = (page: Page, workload: string) =>
  page.locator('[role="treeitem"] span[title]').filter({ hasText: new RegExp(`^${workload}-[a-z0-9]+-[a-z0-9]+$`) });

async function openLargeTree(page: Page, deps: LiveBenchDeps) {
  await page.goto(`${deps.list}/applications/large-tree?tab=resources`);
  await page.locator(TREE_ITEM).first().waitFor({ timeout: 120_000 });
}

async function expandDeployment(page: Page, name: string) {
  await kindGroup(page, 'Deployment').click();
  await resourceRow(page, name).waitFor({ timeout: 30_000 });
  await resourceRow(page, name).locator('[data-tree-toggle]').click();
  await podRows(page, name).first().waitFor({ timeout: 30_000 });
}

/**
 * (b) The 5,000-resource tree: no live request while nothing is open (5 s), none for opening a
 * kind group, then one Deployment opened: requests and time until its pods show.
 */
async function largeTree(deps: LiveBenchDeps, page: Page) {
  const { record } = deps;
  const live = countLive(page);
  await openLargeTree(page, deps);
  await page.waitForTimeout(5_000);
  record('live (b): 5,000-resource tree, live requests in 5 s, nothing open', live.count, '', 'target 0');
  live.reset();
  await kindGroup(page, 'Deployment').click();
  await resourceRow(page, 'component-00000').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2_000);
  record('live (b): … after opening the Deployment kind group (2 s)', live.count, '', 'target 0: no workload open');
  live.reset();
  // The emulator renders the live objects of an app on the first live read (seconds for 5,000
  // resources): done here, from outside the page, so the figure below is the page's own.
  const w0 = Date.now();
  // The first namespace-wide list (ReplicaSets) is the slow one: a GET renders only its object.
  for (const path of ['apis/apps/v1/namespaces/large-tree/replicasets', 'api/v1/namespaces/large-tree/pods'])
    await fetch(`${deps.base}/${path}?labelSelector=${encodeURIComponent('app=component-00001')}`);
  record('emulator: first live read of the 5,000-resource app', Date.now() - w0, ' ms', 'renders its live objects; outside the page');
  await resetLongTasks(page);
  const t0 = Date.now();
  await resourceRow(page, 'component-00000').locator('[data-tree-toggle]').click();
  await podRows(page, 'component-00000').first().waitFor({ timeout: 30_000 });
  const shown = Date.now() - t0;
  const untilShown = live.count;
  await page.waitForTimeout(5_000);
  record('live (b): expand one Deployment, time until its pods show', shown, ' ms');
  record(
    'live (b): … live requests until the pods show',
    untilShown,
    '',
    `${live.count} within 5 s: ${summarise(live.paths)}; slowest answer ${live.slowest()} ms`,
  );
  record('live (b): … longest main-thread task while expanding', await longestTask(page), ' ms', 'target < 200');
  live.stop();
}

/** `deployments, replicasets, pods` from request paths, for the notes. */
function summarise(paths: string[]): string {
  const counts = new Map<string, number>();
  for (const p of paths) {
    const parts = p.split('/').filter(Boolean);
    const i = parts.indexOf('namespaces');
    const plural = i >= 0 ? (parts[i + 3] === undefined ? parts[i + 2] : `${parts[i + 2]}/${parts[i + 4] ?? 'get'}`) : parts.at(-1);
    const key = (plural ?? p).replace(/\/get$/, ' (get)');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
}

/**
 * (c) Idle live panels in real time: a Deployment open in the tree and its pod's panel on the
 * Status tab, another page on the Events tab, measured side by side. Visible, then hidden
 * (headless Chromium never hides a tab itself: the bench overrides `document.visibilityState`
 * and sends `visibilitychange`, what the query client and the log stream listen to).
 */
async function idlePanels(deps: LiveBenchDeps, pages: { status: Page; events: Page }) {
  const { record } = deps;
  const seconds = deps.idleSeconds ?? 90;
  const setUp = async (page: Page, tab: 'Status' | 'Events') => {
    await openLargeTree(page, deps);
    await expandDeployment(page, 'component-00000');
    await podRows(page, 'component-00000').first().click();
    await page.locator('.gitops-live-panel').waitFor({ timeout: 30_000 });
    if (tab === 'Events') await page.locator('.gitops-live-panel').getByRole('tab', { name: 'Events' }).click();
    await page.locator('.gitops-live-panel [role="tabpanel"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3_000);
  };
  await Promise.all([setUp(pages.status, 'Status'), setUp(pages.events, 'Events')]);

  const measure = async (page: Page) => {
    const visible = countLive(page);
    await page.waitForTimeout(seconds * 1_000);
    visible.stop();
    const hidden = countLive(page);
    await setHidden(page, true);
    const state = await page.evaluate(() => document.visibilityState);
    await page.waitForTimeout(Math.round((seconds * 2) / 3) * 1_000);
    hidden.stop();
    const shownAgain = countLive(page);
    await setHidden(page, false);
    await page.waitForTimeout(3_000);
    shownAgain.stop();
    return { visible, hidden, state, shownAgain };
  };
  const [status, events] = await Promise.all([measure(pages.status), measure(pages.events)]);
  const hiddenMinutes = Math.round((seconds * 2) / 3) / 60;
  for (const [label, r] of [
    ['Status', status],
    ['Events', events],
  ] as const) {
    record(
      `live (c): idle, Deployment open + pod panel on ${label}, requests/min visible`,
      r.visible.count / (seconds / 60),
      '',
      `target ≤ 6; ${r.visible.count} in ${seconds} s real time: ${summarise(r.visible.paths)}`,
    );
    record(
      `live (c): … requests/min hidden`,
      r.hidden.count / hiddenMinutes,
      '',
      `target 0; ${r.hidden.count} in ${hiddenMinutes * 60} s, page saw visibilityState=${r.state}`,
    );
    record(`live (c): … requests in the 3 s after showing it again`, r.shownAgain.count, '', summarise(r.shownAgain.paths) || 'none');
  }
}

/**
 * (d) The 10 MiB log of `component-00000`'s pod: the Logs tab opened by its address, the largest
 * tail chosen, then scrolled, searched and wrapped; the longest main-thread task of each step.
 */
async function bigLog(deps: LiveBenchDeps, page: Page) {
  const { base, list, record } = deps;
  const pods = (await (await fetch(`${base}/api/v1/namespaces/large-tree/pods`)).json()) as {
    items: Array<{ metadata: { name: string } }>;
  };
  const pod = pods.items.map((p) => p.metadata.name).find((n) => /^component-00000-/.test(n));
  if (!pod) throw new Error('no pod of component-00000');
  const full = await (await fetch(`${base}/api/v1/namespaces/large-tree/pods/${pod}/log?container=app`)).text();
  const tail = await (
    await fetch(`${base}/api/v1/namespaces/large-tree/pods/${pod}/log?container=app&tailLines=5000&timestamps=true`)
  ).text();

  // The same page without the panel, for comparison: what the 5,000-resource tree costs alone.
  await page.goto('about:blank');
  await resetLongTasks(page);
  await page.goto(`${list}/applications/large-tree?tab=resources`);
  await page.locator(TREE_ITEM).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1_000);
  const treeOnly = await longestTask(page);

  await page.goto('about:blank');
  await resetLongTasks(page);
  const live = countLive(page);
  const t0 = Date.now();
  await page.goto(`${list}/applications/large-tree?tab=resources&resource=${encodeURIComponent(`/v1/Pod/large-tree/${pod}`)}&panel=logs`);
  const view = page.locator('.gitops-logs-view');
  await view.waitFor({ timeout: 60_000 });
  record(
    'live (d): 10 MiB log, page with Logs tab to first lines (500-line tail)',
    Date.now() - t0,
    ' ms',
    `pod ${pod}; slowest answered live request ${live.slowest()} ms`,
  );
  live.stop();
  await page.waitForTimeout(1_000);
  record(
    'live (d): … longest task, page load with the Logs tab',
    await longestTask(page),
    ' ms',
    `target < 200; ${treeOnly} ms for the same page without the panel`,
  );

  const lineCount = () =>
    page.evaluate(() => {
      const inner = document.querySelector<HTMLElement>('.gitops-logs-view > div');
      return inner ? Math.round(parseFloat(inner.style.height) / 18) : 0;
    });
  const step = async (label: string, act: () => Promise<void>, note?: string) => {
    await page.waitForTimeout(500);
    await resetLongTasks(page);
    const s0 = Date.now();
    await act();
    const took = Date.now() - s0;
    await page.waitForTimeout(1_000);
    record(`live (d): … longest task, ${label}`, await longestTask(page), ' ms', `target < 200; ${took} ms${note ? `; ${note}` : ''}`);
  };

  await step(
    'load the largest tail (5,000 lines)',
    async () => {
      await page.getByLabel('Lines to load').selectOption('5000');
      for (let i = 0; i < 600 && (await lineCount()) < 5000; i++) await page.waitForTimeout(50);
    },
    `log ${(full.length / 1024 / 1024).toFixed(1)} MiB, the tail ${(tail.length / 1024).toFixed(0)} KiB / ${tail.split('\n').length - 1} lines`,
  );
  const loaded = await lineCount();

  await step('scroll (top, 30 wheel steps, bottom)', async () => {
    await view.evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(100);
    const box = (await view.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, 1_500);
      await page.waitForTimeout(16);
    }
    await view.evaluate((el) => (el.scrollTop = el.scrollHeight));
  });

  await step('search "payments" (typed) and Enter to the first match', async () => {
    const box = page.getByRole('searchbox', { name: 'Search the log' });
    await box.pressSequentially('payments', { delay: 40 });
    await page.locator('.gitops-logs-match-count').filter({ hasText: /match/ }).waitFor({ timeout: 10_000 });
    await box.press('Enter');
    await page.waitForTimeout(200);
  });
  const matches = (await page.locator('.gitops-logs-match-count').textContent())?.trim();

  await step('wrap on', async () => {
    await page.getByLabel('Wrap lines').check();
    await page.locator('.gitops-logs-wrapped').waitFor({ timeout: 10_000 });
  });
  await step('wrap off', async () => {
    await page.getByLabel('Wrap lines').uncheck();
    await page.locator('.gitops-logs-view:not(.gitops-logs-wrapped)').waitFor({ timeout: 10_000 });
  });
  record('live (d): … lines in the view / search result', `${loaded} lines, ${matches ?? '-'}`);
}

export async function benchLive(deps: LiveBenchDeps): Promise<void> {
  const { browser, control } = deps;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(VISIBILITY_SCRIPT);
  await context.addInitScript(LIVE_FETCH_SCRIPT);
  try {
    await control('POST', 'reset', { seed: 'demo' });
    {
      const held: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await held.addInitScript(VISIBILITY_SCRIPT);
      await held.addInitScript(HOLD_LIVE_SCRIPT);
      await held.addInitScript(LIVE_FETCH_SCRIPT);
      const pages = { answered: await context.newPage(), held: await held.newPage() };
      await firstRender(deps, pages);
      await held.close();
      await pages.answered.close();
    }
    await control('POST', 'reset', { seed: 'large-tree', resources: 5000 });
    {
      const page = await context.newPage();
      await largeTree(deps, page);
      await page.close();
    }
    {
      const status = await context.newPage();
      const events = await context.newPage();
      await idlePanels(deps, { status, events });
      await status.close();
      await events.close();
    }
    {
      const page = await context.newPage();
      await bigLog(deps, page);
      await page.close();
    }
  } finally {
    await context.close();
  }
}
