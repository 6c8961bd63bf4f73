import { chromium, type Browser, type Page } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Lets the bench hide and show the tab: headless Chromium is always "visible", so the page's
 * visibility is overridden and a `visibilitychange` event sent, which is what the query client
 * listens to.
 */
export const VISIBILITY_SCRIPT = `
  (() => {
    let hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    window.__benchSetHidden = (value) => { hidden = value; document.dispatchEvent(new Event('visibilitychange')); };
    window.__benchLongTasks = [];
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__benchLongTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
    } catch {}
  })();
`;

export async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => (window as unknown as { __benchSetHidden(v: boolean): void }).__benchSetHidden(value), hidden);
}

export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...((window as unknown as { __benchLongTasks: number[] }).__benchLongTasks ?? [])));
}

export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __benchLongTasks: number[] }).__benchLongTasks = []));
}

/** Bytes of the extension's own JavaScript the page downloaded (entry and chunks). */
export function trackBundleBytes(page: Page): { bytes: () => number; files: () => string[] } {
  const seen = new Map<string, number>();
  page.on('response', async (response) => {
    const url = response.url();
    // The entry under /pstatic/dist/..., every other file through the ReverseProxy /proxy/gitops-console/.
    if (!url.includes('/pstatic/dist/gitops-console/') && !url.includes('/proxy/gitops-console/')) return;
    try {
      const body = await response.body();
      seen.set(url.split('?')[0], body.length);
    } catch {
      // A response without a body (aborted navigation) adds nothing.
    }
  });
  return { bytes: () => [...seen.values()].reduce((a, b) => a + b, 0), files: () => [...seen.keys()] };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Time from navigation to `selector` visible, median of `runs` after one warm-up. */
export async function timeTo(page: Page, url: string, selector: string, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await page.goto('about:blank');
    const t0 = Date.now();
    await page.goto(url);
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 120_000 });
    if (i > 0) times.push(Date.now() - t0);
  }
  return median(times);
}

/** Requests whose path matches `api` during one minute of page time (the page's clock fast-forwarded). */
export async function requestsInOneMinute(page: Page, api: RegExp): Promise<number> {
  let count = 0;
  const onRequest = (r: { url(): string }) => {
    if (api.test(new URL(r.url()).pathname)) count++;
  };
  page.on('request', onRequest);
  for (let second = 0; second < 60; second++) {
    await page.clock.runFor(1_000);
    await page.waitForTimeout(25);
  }
  page.off('request', onRequest);
  return count;
}

/** The page's JS heap after a full garbage collection. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

export type RecordFn = (metric: string, value: number | string, unit?: string, note?: string) => void;

/** What every bench section gets from run.ts: the browser, the console's addresses, the emulator's control API, the table. */
export interface BenchDeps {
  browser: Browser;
  base: string;
  list: string;
  control(method: string, url: string, body?: unknown): Promise<void>;
  record: RecordFn;
}
