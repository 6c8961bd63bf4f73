import type { Locator, Page } from '@playwright/test';
import { baseUrl, expect, expectAccessible, resetEmulator, setEmulatorConfig, test, useAs } from './fixtures';

const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';
/** The demo project has fourteen apps; one page of 20 shows them all (guestbook is the oldest). */
const ALL = `${LIST}?limit=20`;

const setTiming = (page: Page, timing: 'fast' | 'instant') => setEmulatorConfig(page, { timing });

function table(page: Page): Locator {
  return page.getByRole('table', { name: 'Applications' });
}

/** Body rows only (the header row has column headers, not cells). */
function rows(page: Page): Locator {
  return table(page).locator('tbody tr');
}

function row(page: Page, name: string): Locator {
  return rows(page).filter({ has: page.getByRole('link', { name, exact: true }) });
}

test.describe('application list', () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page, { seed: 'demo' });
  });

  test.afterEach(async ({ page }) => {
    await setTiming(page, 'fast');
    await page.request.put(`${baseUrl()}/_emulator/v1/faults`, { data: { sessionExpired: false, errorRate: 0 } });
  });

  test('the demo project lists the guestbook app with its badges', async ({ page }) => {
    await page.goto(ALL);
    await expect(page.getByRole('heading', { level: 1, name: 'Applications' })).toBeVisible();
    const guestbook = row(page, 'guestbook');
    await expect(guestbook).toContainText('Healthy');
    await expect(guestbook).toContainText('Synced');
    await expect(guestbook).toContainText('Guestbook');
    await expect(guestbook.getByRole('link', { name: /argocd-example-apps/ })).toHaveAttribute('href', /^https:\/\//);
    // The app created without the location label explains its Unknown status.
    await expect(row(page, 'private-guestbook')).toContainText('argocd-location');
    const context = page.getByRole('navigation', { name: 'Cluster and DevOps project' });
    await expect(context).toContainText('demo-project');
    await expect(context.getByRole('link', { name: 'Change cluster or project' })).toHaveAttribute(
      'href',
      '/workspaces/demo-workspace/gitops?pick=1',
    );
    await expectAccessible(page);
  });

  test('filtering by health and searching by name change the rows and the URL', async ({ page }) => {
    await page.goto(ALL);
    await expect(row(page, 'guestbook')).toBeVisible();

    const degraded = page.getByRole('group', { name: 'Health Status' }).getByRole('button', { name: /Degraded/ });
    await degraded.click();
    await expect(page).toHaveURL(/[?&]health=Degraded/);
    await expect(degraded).toHaveAttribute('aria-pressed', 'true');
    await expect(row(page, 'guestbook')).toHaveCount(0);
    await expect(row(page, 'payment-service')).toBeVisible();
    for (const text of await rows(page).allTextContents()) expect(text).toContain('Degraded');

    await degraded.click();
    await expect(page).not.toHaveURL(/health=/);
    await expect(row(page, 'guestbook')).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search applications by name or alias' }).fill('guestbook');
    await expect(page).toHaveURL(/[?&]name=guestbook/);
    await expect(row(page, 'payment-service')).toHaveCount(0);
    await expect(row(page, 'guestbook')).toBeVisible();
    await expect(row(page, 'helm-guestbook')).toBeVisible();

    // The URL is the view: opening it again shows the same rows.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search applications by name or alias' })).toHaveValue('guestbook');
    await expect(row(page, 'payment-service')).toHaveCount(0);
    await expect(row(page, 'guestbook')).toBeVisible();
  });

  test('pages through a large list on the server', async ({ page }) => {
    await resetEmulator(page, { seed: 'large-list', count: 45 });
    const listRequests: string[] = [];
    page.on('request', (r) => {
      // The page list (kapis), not the watch's one-item list under /apis that gives it a resourceVersion.
      if (/\/kapis\/.*\/namespaces\/demo-project\/applications\?/.test(r.url())) listRequests.push(r.url());
    });
    await page.goto(LIST);
    await expect(rows(page)).toHaveCount(10);
    await expect(page.getByText('Total: 45')).toBeVisible();
    await expect(page.getByText('Page 1 of 5')).toBeVisible();
    await expect(rows(page).first()).toContainText('app-00044');
    expect(listRequests.every((url) => url.includes('limit=10'))).toBe(true);

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByText('Page 2 of 5')).toBeVisible();
    await expect(rows(page).first()).toContainText('app-00034');
    expect(listRequests.some((url) => url.includes('page=2'))).toBe(true);

    await page.getByRole('combobox', { name: 'Per page' }).selectOption('50');
    await expect(page).toHaveURL(/[?&]limit=50/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(rows(page)).toHaveCount(45);
    await expect(page.getByText('Page 1 of 1')).toBeVisible();
  });

  test('a view-only user sees no Create and no Sync', async ({ page }) => {
    await useAs(page, { user: 'viewer' });
    await page.goto(ALL);
    await expect(row(page, 'guestbook')).toBeVisible();
    await expect(page.getByText(/You can view the applications of this DevOps project/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create' })).toHaveCount(0);
    // Row actions are named "Sync <app>"; the summary's "Synced" filter is not one.
    await expect(page.getByRole('button', { name: /^Sync\b/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete\b/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });

  test('a badge follows a status change without a reload', async ({ page }) => {
    await page.goto(ALL);
    const guestbook = row(page, 'guestbook');
    await expect(guestbook).toContainText('Healthy');
    const degradedFilter = page.getByRole('group', { name: 'Health Status' }).getByRole('button', { name: /Degraded/ });
    const degradedBefore = Number((await degradedFilter.textContent())?.replace(/\D/g, ''));
    const response = await page.request.put(
      `${baseUrl()}/_emulator/v1/clusters/host/namespaces/demo-project/applications/guestbook/argo-status`,
      {
        data: {
          health: { status: 'Degraded', message: 'Deployment exceeded its progress deadline' },
          sync: { status: 'OutOfSync', revision: 'abc123' },
          reconciledAt: new Date().toISOString(),
        },
      },
    );
    expect(response.ok()).toBeTruthy();
    // Polling every 10 s brings the change in; nothing reloads the page.
    await expect(guestbook).toContainText('Degraded', { timeout: 25_000 });
    await expect(guestbook).toContainText('Out of sync');
    await expect(degradedFilter).toHaveText(new RegExp(`${degradedBefore + 1}$`));
  });

  test('bulk sync reports which applications succeeded and which failed', async ({ page }) => {
    // Frozen time keeps the seeded sync of sync-waves running, so a second sync is refused.
    await setTiming(page, 'instant');
    await resetEmulator(page, { seed: 'demo' });
    await page.goto(ALL);
    await row(page, 'kustomize-guestbook').getByRole('checkbox').check();
    await row(page, 'sync-waves').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Sync selected' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Sync 2 applications?');
    await dialog.getByRole('button', { name: 'Sync', exact: true }).click();
    const results = page.getByRole('region', { name: 'Action results' });
    await expect(results).toContainText('1 succeeded, 1 failed');
    await expect(results.locator('li').filter({ hasText: 'sync-waves' })).toContainText('Another operation is already in progress');
    await expect(results.locator('li').filter({ hasText: 'kustomize-guestbook' })).toContainText('Succeeded');
  });

  test('an empty project explains GitOps and offers Create', async ({ page }) => {
    await resetEmulator(page, { seed: 'empty' });
    await page.goto(LIST);
    await expect(page.getByRole('heading', { name: 'No GitOps applications yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create' })).toHaveAttribute('href', `${LIST}/create`);
    await expectAccessible(page);
  });

  test('an expired session says to log in again, keeping the rows marked stale', async ({ page }) => {
    await page.goto(ALL);
    await expect(row(page, 'guestbook')).toBeVisible();
    await page.request.put(`${baseUrl()}/_emulator/v1/faults`, { data: { sessionExpired: true } });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByRole('alert')).toContainText('Your session has expired');
    await expect(page.getByRole('alert').getByRole('button', { name: 'Log in again' })).toBeVisible();
    await expect(page.getByText(/^Stale:/)).toBeVisible();
    await expect(row(page, 'guestbook')).toBeVisible();
  });

  test('the list speaks Chinese', async ({ page }) => {
    await useAs(page, { lang: 'zh' });
    await page.goto(ALL);
    const table = page.getByRole('table', { name: '应用' });
    await expect(table.getByRole('columnheader', { name: '健康状态' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: '部署位置' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '按名称或别名搜索应用' })).toBeVisible();
  });
});
