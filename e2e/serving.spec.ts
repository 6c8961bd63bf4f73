import { test, expect, useAs, baseUrl, resetEmulator, expectAccessible, type Page } from './fixtures';

// The standalone console serves the bundle only as KubeSphere 4.1.3 serves the installed chart
// (mocks/server/ks): the entry at the JSBundle's link, every other file through the ReverseProxy.
const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';
const DETAIL = `${LIST}/applications/guestbook`;
const CREATE = `${LIST}/create`;

/** Every request of the page that failed or was answered with an error status. */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    // An API call still on its way when the test navigates to the next page is cancelled by the
    // browser (ERR_ABORTED): that is the test leaving, not a file KubeSphere failed to serve.
    const api = /^\/(clusters\/[^/]+\/)?(kapis|apis|api)\//.test(new URL(r.url()).pathname);
    if (api && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    failed.push(`${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
  });
  return failed;
}

async function setFileServer(page: Page, running: boolean) {
  const response = await page.request.put(`${baseUrl()}/_emulator/v1/file-server`, { data: { running } });
  expect(response.ok()).toBeTruthy();
}

test.describe('served by the rules of KubeSphere 4.1.x, from the rendered chart', () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page);
    await setFileServer(page, true);
  });
  test.afterEach(async ({ page }) => setFileServer(page, true));

  test('a tenant opens the list, a detail page and the YAML view (Monaco and its YAML worker) with zero failed requests', async ({
    page,
  }) => {
    await useAs(page, { user: 'tenant' });
    const failed = failedRequests(page);
    const proxied: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/proxy/gitops-console/')) proxied.push(new URL(r.url()).pathname);
    });
    await page.goto(LIST);
    await expect(page.getByRole('table', { name: 'Applications' })).toBeVisible();
    await page.goto(DETAIL);
    await expect(page.getByRole('heading', { level: 1, name: 'Guestbook' })).toBeVisible();
    await page.goto(CREATE);
    await page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'YAML' }).click();
    const plain = page.getByRole('checkbox', { name: 'Use a plain text editor' });
    if (await plain.isChecked()) await plain.uncheck();
    await expect(page.getByTestId('wizard-code-editor').locator('.view-lines')).toContainText('gitops.kubesphere.io/argocd-location');
    await expect.poll(() => proxied.some((p) => p.includes('/yaml.worker-'))).toBe(true);
    expect(proxied.some((p) => p.includes('/MonacoEditor-'))).toBe(true);
    // Completion comes from the YAML worker, which answered through the ReverseProxy.
    await page.getByTestId('wizard-code-editor').locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('sta');
    await expect(page.getByRole('listbox').getByRole('option', { name: /status/ })).toBeVisible();
    expect(failed).toEqual([]);
  });

  test('a chunk asked for next to the entry fails as in a cluster: 404 from ks-apiserver', async ({ page }) => {
    await page.goto(LIST);
    await expect(page.getByRole('table', { name: 'Applications' })).toBeVisible();
    const entry = await (await page.request.get(`${baseUrl()}/pstatic/dist/gitops-console/index.js`)).text();
    const chunk = /\/proxy\/gitops-console\/(ListRoute-[\w-]{8}\.js)/.exec(entry)?.[1];
    expect(chunk, 'the entry names its chunks under /proxy/gitops-console/').toBeTruthy();
    expect((await page.request.get(`${baseUrl()}/proxy/gitops-console/${chunk}`)).status()).toBe(200);
    // A relative import from the entry would resolve here; KubeSphere 4.1.x serves only the link.
    expect((await page.request.get(`${baseUrl()}/pstatic/dist/gitops-console/${chunk}`)).status()).toBe(404);
    expect((await page.request.get(`${baseUrl()}/dist/gitops-console/${chunk}`)).status()).toBe(404);
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`with the file server down the menu stays, the page explains what to check, and Retry recovers (${lang})`, async ({
      page,
      watch,
    }) => {
      watch.ignoreConsoleErrors(/Failed to load resource|SystemJS|ChunkLoadError|Error loading|Fetch error|The above error occurred/i);
      await useAs(page, { user: 'tenant', lang });
      await setFileServer(page, false);
      await page.goto(LIST);
      const nav = page.getByRole('navigation', { name: lang === 'en' ? 'Workspace navigation' : '企业空间导航' });
      await expect(nav.getByRole('link', { name: 'GitOps' })).toBeVisible();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(
        lang === 'en' ? "The GitOps extension's files are unavailable" : 'GitOps 扩展组件的文件暂时无法获取',
      );
      await expect(alert).toContainText('kubectl -n extension-gitops-console get pods');
      await expect(alert).toContainText('kubectl get reverseproxy gitops-console');
      await expectAccessible(page);

      await setFileServer(page, true);
      await alert.getByRole('button', { name: lang === 'en' ? 'Retry' : '重试' }).click();
      await expect(page.getByRole('table', { name: lang === 'en' ? 'Applications' : '应用' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});
