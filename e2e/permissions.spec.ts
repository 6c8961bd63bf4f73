import { test, expect, resetEmulator, useAs } from './fixtures';

const DETAIL = (project: string) => `/workspaces/demo-workspace/gitops/host/${project}/applications`;

test.describe("actions follow the user's permissions", () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page);
  });

  test('a viewer sees the detail page without Sync, Refresh, Edit or Delete', async ({ page }) => {
    await useAs(page, { user: 'viewer' });
    await page.goto(`${DETAIL('demo-project')}/guestbook`);
    await expect(page.getByText('You can view this application, but not change, sync or delete it.')).toBeVisible();
    for (const name of ['Sync', 'Refresh', 'Hard refresh', 'Delete']) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  });

  test('a tenant manages applications in one project and only views them in another', async ({ page }) => {
    await useAs(page, { user: 'tenant' });
    await page.goto(`${DETAIL('demo-project')}/guestbook`);
    await expect(page.getByRole('button', { name: 'Sync', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();

    await page.goto('/workspaces/demo-workspace/gitops/host/demo-staging');
    const first = page.locator('main table tbody tr').first();
    await expect(first).toBeVisible();
    await expect(first.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Create' })).toHaveCount(0);
  });
});
