import { test as base, expect, type Page } from '@playwright/test';

interface Watch {
  errors: string[];
  foreignRequests: string[];
  /** For tests that provoke failures on purpose: console errors matching this are expected. */
  ignoreConsoleErrors(pattern: RegExp): void;
}

/**
 * Every e2e test fails on a console error, an uncaught exception or a request that leaves the
 * console's origin (clusters are often offline; nothing may come from a CDN).
 */
export const test = base.extend<{ watch: Watch }, { port: number }>({
  // Each worker drives its own standalone console (playwright.config.ts starts one per worker).
  port: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const port = Number(process.env.E2E_PORT) + workerInfo.parallelIndex;
      process.env.E2E_PORT = String(port);
      await use(port);
    },
    { scope: 'worker', auto: true },
  ],
  baseURL: async ({ port }, use) => {
    await use(`http://127.0.0.1:${port}`);
  },
  // The tab is kept for the next test (`reuseContext`): leave it as closing the context would, its
  // page gone (no watch or poll left running into the next test's emulator reset) and no
  // permission granted. Playwright's own reset clears the rest.
  page: async ({ page }, use) => {
    await use(page);
    if (page.isClosed()) return;
    await page.goto('about:blank');
    await page.context().clearPermissions();
  },
  watch: async ({ page, baseURL }, use) => {
    const ignored: RegExp[] = [];
    const watch: Watch = { errors: [], foreignRequests: [], ignoreConsoleErrors: (pattern) => ignored.push(pattern) };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      watch.foreignRequests.push(url);
      return route.abort();
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !ignored.some((p) => p.test(msg.text()))) watch.errors.push(msg.text());
    });
    page.on('pageerror', (error) => watch.errors.push(String(error)));
    await use(watch);
    expect(watch.foreignRequests, 'requests outside the console origin').toEqual([]);
    expect(watch.errors, 'console errors').toEqual([]);
  },
});

export { expect };
export type { Page };

export async function useAs(page: Page, options: { user?: string; lang?: 'en' | 'zh'; clusters?: 'single' | 'multi' }) {
  const cookies: { name: string; value: string; url: string }[] = [];
  if (options.clusters) cookies.push({ name: 'emulator-clusters', value: options.clusters, url: baseUrl() });
  if (options.user) cookies.push({ name: 'emulator-user', value: options.user, url: baseUrl() });
  if (options.lang) cookies.push({ name: 'lang', value: options.lang, url: baseUrl() });
  if (cookies.length) await page.context().addCookies(cookies);
}

export function baseUrl(): string {
  return `http://127.0.0.1:${process.env.E2E_PORT}`;
}

export async function resetEmulator(page: Page, body: Record<string, unknown> = { seed: 'demo' }) {
  const response = await page.request.post(`${baseUrl()}/_emulator/v1/reset`, { data: body });
  expect(response.ok()).toBeTruthy();
}

/** The wizard's YAML view with the plain text editor (remembered per browser); returns the text area. */
export async function openPlainYaml(page: Page) {
  await page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'YAML' }).click();
  const plain = page.getByRole('checkbox', { name: 'Use a plain text editor' });
  if (!(await plain.isChecked())) await plain.check();
  return page.getByRole('textbox', { name: 'Application YAML' });
}

/** Changes the emulator's timing or read-cache lag (`PUT /_emulator/v1/config`); `cacheLagMs: null` is the timing's default. */
export async function setEmulatorConfig(page: Page, config: { timing?: 'fast' | 'instant'; cacheLagMs?: number | null }) {
  const response = await page.request.put(`${baseUrl()}/_emulator/v1/config`, { data: config });
  expect(response.ok()).toBeTruthy();
}

/** axe on the current page: no serious or critical violation (the shell's own chrome excluded). */
export async function expectAccessible(page: Page, include?: string) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  // Colours are checked as they settle: a button caught halfway through a 0.3 s colour transition
  // (kube-design animates background changes) would be measured at a colour nobody reads it in.
  const still = await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  builder = include ? builder.include(include) : builder.include('main');
  const results = await builder.analyze();
  await still.evaluate((node) => (node as Element).remove());
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(blocking, 'axe serious/critical violations').toEqual([]);
}
