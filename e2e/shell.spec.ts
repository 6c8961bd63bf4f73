import { test, expect, useAs, expectAccessible } from './fixtures';

test.describe('the standalone console loads the extension like KubeSphere does', () => {
  test('the built entry is imported through SystemJS and the sidebar shows GitOps', async ({ page, watch }) => {
    const entryRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pstatic/dist/gitops-console/index.js')) entryRequests.push(r.url());
    });
    await page.goto('/workspaces/demo-workspace/overview');
    const nav = page.getByRole('navigation', { name: 'Workspace navigation' });
    await expect(nav.getByRole('link', { name: 'GitOps' })).toBeVisible();
    expect(entryRequests).toHaveLength(1);
    expect(entryRequests[0]).toMatch(/\/pstatic\/dist\/gitops-console\/index\.js\?resourceVersion=\d+$/);
    expect(watch.errors).toEqual([]);
  });

  test('the sidebar entry is translated into Chinese', async ({ page }) => {
    await useAs(page, { lang: 'zh' });
    await page.goto('/workspaces/demo-workspace/overview');
    const nav = page.getByRole('navigation', { name: '企业空间导航' });
    await expect(nav.getByRole('link', { name: 'GitOps' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '概览' })).toBeVisible();
  });

  for (const path of [
    '/workspaces/demo-workspace/gitops',
    '/workspaces/demo-workspace/gitops/host/demo-project',
    '/workspaces/demo-workspace/gitops/host/demo-project/applications/guestbook',
  ]) {
    test(`route ${path} renders lazily without a console error`, async ({ page }) => {
      const chunks: string[] = [];
      page.on('request', (r) => {
        if (/\/proxy\/gitops-console\//.test(r.url())) chunks.push(r.url());
      });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(chunks.length).toBeGreaterThan(0);
      await expectAccessible(page);
    });
  }
});
