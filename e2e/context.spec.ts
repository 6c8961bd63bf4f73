import { test, expect, expectAccessible, resetEmulator, useAs } from './fixtures';

test.describe('choosing the cluster and DevOps project', () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page);
  });

  test('the menu item lists the DevOps projects of the workspace and opens one', async ({ page }) => {
    await page.goto('/workspaces/demo-workspace/overview');
    await page.getByRole('navigation', { name: 'Workspace navigation' }).getByRole('link', { name: 'GitOps' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'GitOps' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: /Open the applications of Demo Project/ }).click();
    await expect(page).toHaveURL(/\/workspaces\/demo-workspace\/gitops\/host\/demo-project$/);
    await expect(page.locator('main table tbody tr').first()).toBeVisible();
  });

  test('the choice is remembered per workspace, and can be changed', async ({ page }) => {
    await page.goto('/workspaces/demo-workspace/gitops/host/demo-staging');
    // The list remembers its project once the project answered.
    await page.waitForFunction(() => localStorage.getItem('gitops-console:context:demo-workspace') !== null);
    await page.goto('/workspaces/demo-workspace/gitops');
    await expect(page).toHaveURL(/\/gitops\/host\/demo-staging$/);
    await page.getByRole('link', { name: 'Change cluster or project' }).click();
    await expect(page).toHaveURL(/\/workspaces\/demo-workspace\/gitops\?pick=1$/);
    await expect(page.getByRole('link', { name: /Open the applications of Demo Project/ })).toBeVisible();
  });

  test('another cluster has its own DevOps projects', async ({ page }) => {
    await page.goto('/workspaces/demo-workspace/gitops?pick=1');
    await page.getByRole('main').getByLabel('Cluster').selectOption('member-1');
    await page.getByRole('link', { name: /Open the applications of Demo Project \(edge\)/ }).click();
    await expect(page).toHaveURL(/\/gitops\/member-1\/demo-project$/);
  });

  test('a workspace without DevOps projects on the cluster says what to do', async ({ page }) => {
    await useAs(page, { lang: 'zh' });
    await page.goto('/workspaces/platform-ops/gitops?pick=1');
    await expect(page.getByRole('link', { name: /Ops Tools/ })).toBeVisible();
    await expectAccessible(page);
  });
});
