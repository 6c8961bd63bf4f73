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
