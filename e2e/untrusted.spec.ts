import { test, expect, baseUrl, type Page } from './fixtures';

/** Strings that would run, break out of markup or wreck a layout if rendered carelessly. */
const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMG = '<img src=x onerror="window.__pwned = \'img\'">';
const JS_URL = 'javascript:window.__pwned="link"';
const RTL = 'مرحبا بالعالم \u202Etxt.exe\u202C שלום';
const LONG = `very-long-${'x'.repeat(4000)}`;
const EVIL_NAME = `evil${IMG}`;

function app(name: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'gitops.kubesphere.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name,
      namespace: 'demo-project',
      labels: { 'gitops.kubesphere.io/argocd-location': 'argocd', [`x/${'a'.repeat(40)}`]: SCRIPT },
      annotations: {
        'kubesphere.io/alias-name': `${SCRIPT}${RTL}`,
        'kubesphere.io/description': `${IMG} ${LONG}`,
        'kubesphere.io/creator': IMG,
      },
    },
    spec: {
      kind: 'argocd',
      argoApp: {
        spec: {
          project: 'demo-project',
          source: { repoURL: JS_URL, targetRevision: IMG, path: SCRIPT },
          destination: { server: 'https://kubernetes.default.svc', namespace: `${IMG}` },
        },
      },
    },
    ...extra,
  };
}

const hostileStatus = {
  health: { status: 'Degraded', message: SCRIPT },
  sync: { status: 'OutOfSync', revision: `${IMG}deadbeef`, comparedTo: { source: { repoURL: JS_URL }, destination: {} } },
  reconciledAt: '2026-11-27T10:00:00Z',
  conditions: [
    { type: 'ComparisonError', message: `${IMG} ${LONG}` },
    { type: `${SCRIPT}Custom`, message: RTL },
  ],
  resources: [
    {
      kind: 'Deployment',
      name: EVIL_NAME,
      namespace: 'guestbook',
      group: 'apps',
      version: 'v1',
      status: 'OutOfSync',
      health: { status: 'Degraded', message: SCRIPT },
    },
    { kind: `${IMG}Kind`, name: LONG, namespace: RTL, status: 'Synced', health: { status: 'Healthy' } },
  ],
  operationState: {
    operation: { sync: { revision: IMG }, initiatedBy: { username: SCRIPT } },
    phase: 'Failed',
    message: SCRIPT,
    startedAt: '2026-11-27T09:59:00Z',
    finishedAt: '2026-11-27T10:00:00Z',
    syncResult: {
      revision: IMG,
      resources: [{ kind: 'Deployment', name: EVIL_NAME, namespace: 'guestbook', status: 'SyncFailed', message: `${SCRIPT} ${RTL}` }],
    },
  },
  history: [{ id: 1, revision: IMG, deployedAt: '2026-11-27T10:00:00Z', source: { repoURL: JS_URL } }],
  summary: { images: [IMG] },
};

async function seed(page: Page) {
  const reset = await page.request.post(`${baseUrl()}/_emulator/v1/reset`, {
    data: { objects: [app('hostile'), app(EVIL_NAME)], reconcile: false },
  });
  expect(reset.ok()).toBeTruthy();
  for (const name of ['hostile', EVIL_NAME]) {
    const response = await page.request.put(
      `${baseUrl()}/_emulator/v1/clusters/host/namespaces/demo-project/applications/${encodeURIComponent(name)}/argo-status`,
      { data: hostileStatus },
    );
    expect(response.ok(), await response.text()).toBeTruthy();
  }
}

async function expectNothingRan(page: Page) {
  // The console's i18next escapes interpolated values; text must still read as the data was written.
  await expect(page.locator('main')).not.toContainText(/&(lt|gt|amp|quot);/);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('main img[src="x"], main script')).toHaveCount(0);
}

/** The page's own controls stay on screen: a long string may wrap or scroll inside a cell, not push the page away. */
async function expectUsableLayout(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(heading).not.toBeNull();
  expect(heading!.width).toBeLessThan(1400);
}

test.describe('untrusted data renders as text', () => {
  test.beforeEach(async ({ page }) => {
    await seed(page);
  });

  test('the list shows hostile names, aliases, labels and URLs as text', async ({ page }) => {
    await page.goto('/workspaces/demo-workspace/gitops/host/demo-project');
    await expect(page.locator('main table tbody tr')).toHaveCount(2);
    await expect(page.locator('main table')).toContainText('<script>window.__pwned');
    await expect(page.locator('main table')).toContainText('javascript:window.__pwned');
    await expectNothingRan(page);
    await expectUsableLayout(page);
  });

  test('the detail page shows hostile status, conditions, resources and history as text', async ({ page }) => {
    for (const name of ['hostile', EVIL_NAME]) {
      for (const tab of ['', '?tab=resources', '?tab=sync', '?tab=history']) {
        await page.goto(`/workspaces/demo-workspace/gitops/host/demo-project/applications/${encodeURIComponent(name)}${tab}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('main')).toContainText('<');
        await expectNothingRan(page);
        await expectUsableLayout(page);
      }
    }
  });
});
