import type { Page } from '@playwright/test';
import { baseUrl, expect, expectAccessible, resetEmulator, setEmulatorConfig, test, useAs } from './fixtures';

const PROJECT = '/workspaces/demo-workspace/gitops/host/demo-project';
const detail = (name: string, tab?: string) => `${PROJECT}/applications/${name}${tab ? `?tab=${tab}` : ''}`;
const API = '/clusters/host/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';

const setTiming = (page: Page, timing: 'fast' | 'instant') => setEmulatorConfig(page, { timing });

async function settle(page: Page) {
  const response = await page.request.post(`${baseUrl()}/_emulator/v1/settle`, { data: {} });
  expect(response.ok()).toBeTruthy();
}

async function getApp(page: Page, name: string) {
  const response = await page.request.get(`${baseUrl()}${API}/${name}`);
  return { status: response.status(), body: response.ok() ? await response.json() : undefined };
}

async function liveObjects(page: Page): Promise<Array<{ kind: string; name: string; namespace?: string }>> {
  const response = await page.request.get(`${baseUrl()}/_emulator/v1/clusters/host/argo-applications`);
  return (await response.json()).liveObjects;
}

/** A refused request the test provokes on purpose also shows up as a browser console error. */
function forgiveStatus(errors: string[], status: number) {
  for (let i = errors.length - 1; i >= 0; i--) {
    if (errors[i].includes(`status of ${status}`)) errors.splice(i, 1);
  }
}

const tree = (page: Page) => page.getByRole('tree', { name: 'Resources of the application' });

test.describe('application detail', () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page, { seed: 'demo' });
    await setTiming(page, 'fast');
  });

  test('guestbook shows its summary and Deployment and Service in the resource tree', async ({ page }) => {
    await page.goto(detail('guestbook'));
    await expect(page.getByRole('heading', { level: 1, name: 'Guestbook' })).toBeVisible();
    const header = page.locator('.gitops-detail-header');
    await expect(header).toContainText('Healthy');
    await expect(header).toContainText('Synced');
    await expect(page.getByRole('region', { name: 'Source' })).toContainText('argocd-example-apps');
    expect(await page.locator('main').innerText()).not.toMatch(/GITOPS_/);
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Resources' }).click();
    await expect(page).toHaveURL(/[?&]tab=resources/);
    await expect(
      tree(page)
        .getByRole('treeitem', { name: /Deployment/ })
        .first(),
    ).toBeVisible();
    await expect(
      tree(page)
        .getByRole('treeitem', { name: /Service/ })
        .first(),
    ).toBeVisible();
    await expect(tree(page).getByRole('treeitem', { name: /guestbook-ui/ })).toHaveCount(2);

    // Keyboard: Home, then Down moves the single tab stop.
    const first = tree(page).getByRole('treeitem').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(tree(page).getByRole('treeitem').nth(1)).toBeFocused();
    await expectAccessible(page);
  });

  test('a sync shows the running operation, refuses a second one, then shows the result', async ({ page, watch }) => {
    await page.goto(detail('kustomize-guestbook', 'sync'));
    await expect(page.getByRole('tab', { name: 'Sync status' })).toHaveAttribute('aria-selected', 'true');
    // Argo CD stands still until the test lets it move.
    await setTiming(page, 'instant');

    const syncButton = page.locator('.gitops-detail-header').getByRole('button', { name: 'Sync', exact: true });
    await syncButton.click();
    let dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Revision')).toBeFocused();
    await expectAccessible(page, '[role="dialog"]');
    await dialog.getByLabel('Prune', { exact: true }).check();
    const request = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/kustomize-guestbook/sync'));
    await dialog.getByRole('button', { name: 'Sync', exact: true }).click();
    const body = (await request).postDataJSON();
    expect(body.prune).toBe(true);
    expect(body).not.toHaveProperty('syncStrategy');
    await expect(dialog).toHaveCount(0);
    await expect(syncButton).toBeFocused();
    await expect(page.locator('.gitops-detail-header')).toContainText('Syncing');

    // A second sync while the first runs.
    await syncButton.click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Sync', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Another sync is already running for this application.');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    forgiveStatus(watch.errors, 400);

    await setTiming(page, 'fast');
    await settle(page);
    const operation = page.getByRole('region', { name: 'Last operation' });
    await expect(operation).toContainText('Succeeded', { timeout: 20_000 });
    await expect(page.locator('.gitops-detail-header')).not.toContainText('Syncing');
    const results = page.getByRole('region', { name: 'Resources synced' });
    await expect(results).toContainText('Deployment');
    await expect(results).toContainText('Service');
  });

  test('a hard refresh sets the annotation, then removes it once Argo CD has reconciled', async ({ page }) => {
    await page.goto(detail('guestbook'));
    const header = page.locator('.gitops-detail-header');
    const refreshPuts: Array<Record<string, string>> = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().endsWith(`${API}/guestbook`)) refreshPuts.push(r.postDataJSON().metadata.annotations ?? {});
    });
    await header.getByRole('button', { name: 'Hard refresh' }).click();
    await expect(header.getByRole('status')).toContainText('Refreshed.', { timeout: 20_000 });
    expect(refreshPuts[0]['argocd.argoproj.io/refresh']).toBe('hard');
    expect(refreshPuts.at(-1)).not.toHaveProperty('argocd.argoproj.io/refresh');
    const { body } = await getApp(page, 'guestbook');
    expect(body.metadata.annotations ?? {}).not.toHaveProperty('argocd.argoproj.io/refresh');
  });

  test('deleting only the application keeps its resources and returns to the list', async ({ page }) => {
    await page.goto(detail('helm-guestbook'));
    const trigger = page.locator('.gitops-detail-header').getByRole('button', { name: 'Delete' });
    await trigger.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('only the application is deleted');
    const confirm = dialog.getByRole('button', { name: 'Delete' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Enter the application name helm-guestbook to confirm').fill('helm-guestbook');
    const request = page.waitForRequest((r) => r.method() === 'DELETE');
    await confirm.click();
    expect((await request).url()).not.toContain('cascade=true');
    await expect(page).toHaveURL(new RegExp(`${PROJECT}$`));
    await settle(page);
    await expect.poll(async () => (await getApp(page, 'helm-guestbook')).status).toBe(404);
    expect((await liveObjects(page)).some((o) => o.namespace === 'helm-guestbook')).toBe(true);
  });

  test('deleting with its resources removes what it deployed', async ({ page }) => {
    await page.goto(detail('helm-guestbook'));
    await page.locator('.gitops-detail-header').getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Also delete the resources deployed by this application').check();
    await dialog.getByLabel('Enter the application name helm-guestbook to confirm').fill('helm-guestbook');
    const request = page.waitForRequest((r) => r.method() === 'DELETE');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    expect((await request).url()).toContain('cascade=true');
    await expect(page).toHaveURL(new RegExp(`${PROJECT}$`));
    await settle(page);
    await expect.poll(async () => (await getApp(page, 'helm-guestbook')).status).toBe(404);
    await expect.poll(async () => (await liveObjects(page)).some((o) => o.namespace === 'helm-guestbook')).toBe(false);
  });

  test('an application without the location label shows the diagnostic, and its fix works', async ({ page }) => {
    await page.goto(detail('private-guestbook'));
    const diagnostics = page.getByRole('region', { name: 'Diagnostics' });
    await expect(diagnostics).toContainText('argocd-location');
    await expectAccessible(page);
    await diagnostics.getByRole('button', { name: 'Add the label (location: argocd)' }).click();
    await expect(diagnostics).toContainText('Label added');
    await expect
      .poll(async () => (await getApp(page, 'private-guestbook')).body.metadata.labels['gitops.kubesphere.io/argocd-location'])
      .toBe('argocd');
    // The controller picks the app up; the missing-label diagnostic goes away.
    await expect(page.getByRole('button', { name: 'Add the label (location: argocd)' })).toHaveCount(0, { timeout: 20_000 });
  });

  test('names and messages from Argo CD that contain HTML are shown as text', async ({ page }) => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const status = {
      health: { status: 'Degraded', message: `health ${evil}` },
      sync: { status: 'OutOfSync', revision: 'abcdef0123456789abcdef0123456789abcdef01' },
      reconciledAt: new Date().toISOString(),
      conditions: [{ type: 'ComparisonError', message: `compare ${evil}`, lastTransitionTime: new Date().toISOString() }],
      resources: [
        {
          version: 'v1',
          kind: 'ConfigMap',
          namespace: 'guestbook',
          name: `cm-${evil}`,
          status: 'OutOfSync',
          health: { status: 'Degraded', message: `res ${evil}` },
        },
      ],
      operationState: {
        phase: 'Failed',
        message: `op <script>window.__pwned=2</script>`,
        startedAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
        operation: { sync: {}, initiatedBy: { username: `<b>mallory</b>` } },
        syncResult: {
          revision: 'abcdef0123456789abcdef0123456789abcdef01',
          resources: [
            {
              version: 'v1',
              kind: 'ConfigMap',
              namespace: 'guestbook',
              name: `cm-${evil}`,
              status: 'SyncFailed',
              message: `apply ${evil}`,
            },
          ],
        },
      },
    };
    const pushed = await page.request.put(
      `${baseUrl()}/_emulator/v1/clusters/host/namespaces/demo-project/applications/guestbook/argo-status`,
      { data: status },
    );
    expect(pushed.ok()).toBeTruthy();

    await page.goto(detail('guestbook'));
    await expect(page.getByRole('region', { name: 'Conditions' })).toContainText(`compare ${evil}`);
    await page.getByRole('tab', { name: 'Sync status' }).click();
    await expect(page.getByRole('region', { name: 'Last operation' })).toContainText('op <script>window.__pwned=2</script>');
    await expect(page.getByRole('region', { name: 'Last operation' })).toContainText('<b>mallory</b>');
    await expect(page.getByRole('region', { name: 'Resources synced' })).toContainText(`apply ${evil}`);
    await page.getByRole('tab', { name: 'Resources' }).click();
    await expect(tree(page)).toContainText(`cm-${evil}`);
    expect(await page.locator('main img[src="x"], main b, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('the page speaks Chinese when the console does', async ({ page }) => {
    await useAs(page, { lang: 'zh' });
    await page.goto(detail('guestbook'));
    await expect(page.getByRole('tab', { name: '概览' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: '代码来源' })).toContainText('代码仓库');
    await page.getByRole('tab', { name: '资源' }).click();
    await expect(page.getByRole('tree', { name: '应用的资源' })).toBeVisible();
    await page.locator('.gitops-detail-header').getByRole('button', { name: '删除' }).click();
    await expect(page.getByRole('dialog')).toContainText('同时删除此应用部署的资源');
    expect(await page.locator('body').innerText()).not.toMatch(/GITOPS_/);
  });

  test('a tree of 5,000 resources keeps only a window of rows in the page', async ({ page }) => {
    await resetEmulator(page, { seed: 'large-tree', resources: 5000 });
    await page.goto(detail('large-tree', 'resources'));
    await expect(page.getByRole('region', { name: 'Resources' }).getByRole('status')).toHaveText('5000 resources', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Expand all' }).click();
    const items = tree(page).getByRole('treeitem');
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBeLessThan(100);
    await items.first().focus();
    await page.keyboard.press('End');
    const last = tree(page).locator('[role="treeitem"]:focus');
    await expect(last).toHaveAttribute('aria-level', '4');
    await expect(last).toBeInViewport();
    expect(await items.count()).toBeLessThan(100);
    await page.keyboard.press('Home');
    await expect(items.first()).toBeFocused();
  });
});

test.describe('a large application kept current by the watch', () => {
  test('a status change of 5,000 resources is decoded in a worker and shows without a reload', async ({ page }) => {
    await resetEmulator(page, { seed: 'large-tree', resources: 5000 });
    await settle(page);
    await page.goto(detail('large-tree', 'resources'));
    const region = page.getByRole('region', { name: 'Resources' });
    await expect(region.getByRole('status')).toHaveText('5000 resources', { timeout: 20_000 });
    await region.getByRole('textbox', { name: 'Name' }).fill('component-00007');
    const row = tree(page).getByRole('treeitem', { name: /^component-00007 Deployment/ });
    await expect(row).toBeVisible();
    await expect(row).not.toContainText('Degraded');

    // Argo CD reports the Deployment degraded: the controller copies it into status.argoApp, the watch brings it.
    const argo = await (await page.request.get(`${baseUrl()}/_emulator/v1/clusters/host/argo-applications`)).json();
    const status = argo.items.find((a: { name: string }) => a.name === 'large-tree').status;
    const resource = status.resources.find((r: { kind: string; name: string }) => r.kind === 'Deployment' && r.name === 'component-00007');
    resource.health = { status: 'Degraded', message: 'Deployment "component-00007" exceeded its progress deadline' };
    const worker = page.waitForRequest(/\/argoStatus\.worker-[\w-]+\.js$/);
    const put = await page.request.put(
      `${baseUrl()}/_emulator/v1/clusters/host/namespaces/demo-project/applications/large-tree/argo-status`,
      {
        data: status,
      },
    );
    expect(put.ok()).toBeTruthy();
    await worker;
    await expect(row).toContainText('Degraded');
    await expect(region.getByRole('status')).toContainText('5000 resources');
  });
});
