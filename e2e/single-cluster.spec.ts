import { test, expect, expectAccessible, resetEmulator, useAs } from './fixtures';

// A KubeSphere without member clusters (`ksConfig.multicluster.clusterRole: none`): the console
// calls the API without the `/clusters/{name}` prefix and there is no cluster to choose.
test.describe('a single-cluster console', () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page);
    await useAs(page, { clusters: 'single' });
  });

  test('picks a project without a cluster, lists, syncs and creates with unprefixed API paths', async ({ page }) => {
    const apiPaths: string[] = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (/^\/(kapis|apis|api|clusters)\//.test(pathname)) apiPaths.push(`${r.method()} ${pathname}`);
    });

    await page.goto('/workspaces/demo-workspace/gitops?pick=1');
    await expect(page.getByRole('link', { name: /Open the applications of Demo Project/ })).toBeVisible();
    await expect(page.getByRole('main').getByLabel('Cluster')).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole('link', { name: /Open the applications of Demo Project/ }).click();
    await expect(page).toHaveURL(/\/workspaces\/demo-workspace\/gitops\/host\/demo-project$/);
    const guestbook = page.locator('main table tbody tr', { hasText: 'kustomize-guestbook' });
    await expect(guestbook).toContainText('Healthy');

    // Sync from the detail page.
    await guestbook.getByRole('link', { name: 'kustomize-guestbook', exact: true }).click();
    await page.locator('.gitops-detail-header').getByRole('button', { name: 'Sync', exact: true }).click();
    const sync = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/kustomize-guestbook/sync'));
    await page.getByRole('dialog').getByRole('button', { name: 'Sync', exact: true }).click();
    expect(new URL((await sync).url()).pathname).toBe(
      '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/kustomize-guestbook/sync',
    );

    // Create one through the plain YAML editor.
    await page.goto('/workspaces/demo-workspace/gitops/host/demo-project/create');
    await page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'YAML' }).click();
    await page.getByRole('checkbox', { name: 'Use a plain text editor' }).check();
    await page
      .getByRole('textbox', { name: 'Application YAML' })
      .fill(
        [
          'metadata:',
          '  name: single-guestbook',
          'spec:',
          '  argoApp:',
          '    spec:',
          '      source:',
          '        repoURL: https://github.com/argoproj/argocd-example-apps',
          '        path: guestbook',
          '      destination:',
          '        server: https://kubernetes.default.svc',
          '        namespace: single-guestbook',
          '',
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page).toHaveURL(/\/applications\/single-guestbook$/);
    await expect(page.getByRole('heading', { level: 1, name: /single-guestbook/ })).toBeVisible();

    expect(apiPaths.length).toBeGreaterThan(5);
    expect(apiPaths.filter((p) => p.includes('/clusters/'))).toEqual([]);
    expect(apiPaths).toContain('POST /kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications');
  });
});
