import type { Page } from '@playwright/test';
import { baseUrl, expect, resetEmulator, test, useAs } from './fixtures';
import { VISIBILITY_SCRIPT, setHidden } from '../scripts/bench/browser';

/**
 * The pages kept current by the application watch (src/queries/watch.ts) over a real WebSocket to
 * the standalone console's origin, and polling when the gateway refuses the upgrade.
 */
const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';
const DETAIL_GET = /\/kapis\/gitops\.kubesphere\.io\/v1alpha1\/namespaces\/demo-project\/applications\/guestbook$/;

async function faults(page: Page, body: Record<string, unknown>) {
  const response = await page.request.put(`${baseUrl()}/_emulator/v1/faults`, { data: body });
  expect(response.ok()).toBeTruthy();
}

async function setHealth(page: Page, health: string) {
  const response = await page.request.put(
    `${baseUrl()}/_emulator/v1/clusters/host/namespaces/demo-project/applications/guestbook/argo-status`,
    { data: { health: { status: health }, sync: { status: 'Synced', revision: 'abc123' }, reconciledAt: new Date().toISOString() } },
  );
  expect(response.ok()).toBeTruthy();
}

/** The list's row of guestbook. */
function guestbookRow(page: Page) {
  return page
    .getByRole('table', { name: 'Applications' })
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: 'guestbook', exact: true }) });
}

async function openWatches(page: Page): Promise<number> {
  return ((await (await page.request.get(`${baseUrl()}/_emulator/v1/watches`)).json()) as { open: number }).open;
}

test.describe('watching applications', () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page, { seed: 'demo' });
  });

  test.afterEach(async ({ page }) => {
    await faults(page, { watchDisabled: false });
  });

  test('the detail page shows a status change from the watch, with no GET of the application', async ({ page }) => {
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.goto(`${LIST}/applications/guestbook`);
    const header = page.locator('.gitops-detail-header');
    await expect(header).toContainText('Healthy');
    await expect.poll(() => openWatches(page)).toBe(1);
    expect(sockets).toEqual([
      expect.stringMatching(
        /^ws:\/\/[^/]+\/clusters\/host\/apis\/gitops\.kubesphere\.io\/v1alpha1\/watch\/namespaces\/demo-project\/applications\?resourceVersion=\d+&allowWatchBookmarks=true&timeoutSeconds=\d{3}$/,
      ),
    ]);
    const gets: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'GET' && DETAIL_GET.test(new URL(r.url()).pathname)) gets.push(r.url());
    });
    await setHealth(page, 'Degraded');
    await expect(header).toContainText('Degraded', { timeout: 3_000 });
    expect(gets).toEqual([]);

    // Dropped: reconnects after about a second and goes on.
    await faults(page, { dropWatches: true });
    await expect.poll(() => openWatches(page), { timeout: 5_000 }).toBe(1);
    await setHealth(page, 'Progressing');
    await expect(header).toContainText('Progressing', { timeout: 3_000 });
    expect(gets).toEqual([]);
  });

  test('the list polls as before when the gateway does not pass the upgrade', async ({ page }) => {
    await faults(page, { watchDisabled: true });
    await page.goto(`${LIST}?limit=20`);
    const guestbook = guestbookRow(page);
    await expect(guestbook).toContainText('Healthy');
    await setHealth(page, 'Degraded');
    await expect(guestbook).toContainText('Degraded', { timeout: 25_000 });
    expect(await openWatches(page)).toBe(0);
  });

  test('a user whose role does not grant watch sees the list kept current by polling, with no error', async ({ page }) => {
    await useAs(page, { user: 'no-watch' });
    const refused: string[] = [];
    page.on('websocket', (ws) => refused.push(ws.url()));
    await page.goto(`${LIST}?limit=20`);
    const guestbook = guestbookRow(page);
    await expect(guestbook).toContainText('Healthy');
    // One upgrade tried (KubeSphere answers 403 before it), then no more.
    await expect.poll(() => refused.length).toBe(1);
    await setHealth(page, 'Degraded');
    await expect(guestbook).toContainText('Degraded', { timeout: 25_000 });
    expect(refused).toHaveLength(1);
    expect(await openWatches(page)).toBe(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a hidden tab holds no connection and sends nothing; shown again, it shows what changed', async ({ page }) => {
    await page.addInitScript(VISIBILITY_SCRIPT);
    await page.goto(`${LIST}/applications/guestbook`);
    const header = page.locator('.gitops-detail-header');
    await expect(header).toContainText('Healthy');
    await expect.poll(() => openWatches(page)).toBe(1);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (/\/(kapis|apis|clusters)\//.test(new URL(r.url()).pathname)) requests.push(r.url());
    });
    await setHidden(page, true);
    await expect.poll(() => openWatches(page)).toBe(0);
    await setHealth(page, 'Degraded');
    await page.waitForTimeout(12_000);
    expect(requests).toEqual([]);
    expect(await openWatches(page)).toBe(0);
    await setHidden(page, false);
    await expect(header).toContainText('Degraded', { timeout: 5_000 });
    await expect.poll(() => openWatches(page)).toBe(1);
  });

  test('idle with the watch connected, a minute passes without a request', async ({ page }) => {
    await page.clock.install();
    await page.goto(`${LIST}?limit=20`);
    await expect(page.getByRole('table', { name: 'Applications' }).locator('tbody tr').first()).toBeVisible();
    await expect.poll(() => openWatches(page)).toBe(1);
    // Let the first loads and their follow-ups settle.
    await page.clock.runFor(3_000);
    await page.waitForTimeout(500);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (/\/(kapis|apis|clusters)\//.test(new URL(r.url()).pathname)) requests.push(r.url());
    });
    for (let second = 0; second < 60; second++) {
      await page.clock.runFor(1_000);
      await page.waitForTimeout(20);
    }
    expect(requests).toEqual([]);
    expect(await openWatches(page)).toBe(1);
  });
});
