import type { Locator, Page } from '@playwright/test';
import { baseUrl, expect, openPlainYaml, resetEmulator, setEmulatorConfig, test } from './fixtures';

/**
 * ks-devops reads through an informer cache that lags its writes. With the emulator two seconds
 * behind, the pages must stay calm: a 404 right after our own create, a 409 from a stale
 * resourceVersion and a deleted app still listed all heal by themselves, so none may show as an
 * error, and no typed change may be lost.
 */
const LAG_MS = 2000;
const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';
const ALL = `${LIST}?limit=20`;
const API = '/clusters/host/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';
const EXAMPLE_REPO = 'https://github.com/stoneshi-yunify/argocd-example-apps';

async function serverCopy(page: Page, name: string) {
  const response = await page.request.get(`${baseUrl()}${API}/${name}`);
  return { status: response.status(), body: response.ok() ? await response.json() : undefined };
}

/**
 * Records every error the page shows, however briefly: an element with role alert, or the
 * not-found and failure texts, as they appear (a poll would miss a flash).
 */
async function recordFlashes(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __flashes: string[] }).__flashes = seen;
    const check = () => {
      for (const el of Array.from(document.querySelectorAll('[role="alert"]'))) {
        const text = (el.textContent ?? '').trim();
        if (text && !seen.includes(text)) seen.push(text);
      }
      const body = document.body?.innerText ?? '';
      for (const phrase of ['not found', 'has been modified']) {
        if (body.includes(phrase) && !seen.includes(phrase)) seen.push(phrase);
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const flashes = (page: Page) => page.evaluate(() => (window as unknown as { __flashes: string[] }).__flashes);

function row(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: 'Applications' })
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

test.describe(`with the API's reads ${LAG_MS} ms behind its writes`, () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page, { seed: 'demo' });
    await setEmulatorConfig(page, { timing: 'fast', cacheLagMs: LAG_MS });
  });

  test.afterEach(async ({ page }) => {
    await setEmulatorConfig(page, { cacheLagMs: null });
  });

  test('a new application opens on its page without an error flash', async ({ page }) => {
    await recordFlashes(page);
    await page.goto(`${LIST}/create`);
    await (
      await openPlainYaml(page)
    ).fill(
      [
        'apiVersion: gitops.kubesphere.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: lagging-guestbook',
        'spec:',
        '  argoApp:',
        '    spec:',
        '      source:',
        `        repoURL: ${EXAMPLE_REPO}`,
        '        path: guestbook',
        '      destination:',
        '        server: https://kubernetes.default.svc',
        '        namespace: lagging-guestbook',
        '',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page).toHaveURL(`${LIST}/applications/lagging-guestbook`);
    // The server's reads still say 404 here; the page waits it out and then shows the app.
    expect((await serverCopy(page, 'lagging-guestbook')).status).toBe(404);
    await expect(page.getByRole('tab', { name: 'Resources' })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.gitops-detail-header')).toContainText('Sync');
    expect(await flashes(page)).toEqual([]);
  });

  test('two quick edits in a row both land, and nothing typed is lost', async ({ page }) => {
    // Twice the lag here, so the second save surely comes while the reads still show the first
    // save's old copy: its PUT must meet the 409 (asserted below), however slow this machine is.
    await setEmulatorConfig(page, { cacheLagMs: 2 * LAG_MS });
    await recordFlashes(page);
    const puts: number[] = [];
    page.on('response', (r) => {
      if (r.request().method() === 'PUT') puts.push(r.status());
    });
    await page.goto(`${LIST}/applications/kustomize-guestbook/edit`);
    await page.getByRole('textbox', { name: 'Description' }).fill('First edit');
    await page.getByRole('button', { name: /Review/ }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(`${LIST}/applications/kustomize-guestbook`);

    // At once the second edit, of another field: its PUT reaches a server whose reads are behind.
    await page.locator('.gitops-detail-header').getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: /Sync policy/ }).click();
    await page.getByRole('checkbox', { name: 'Prune last' }).check();
    await page.getByRole('button', { name: /Review/ }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(`${LIST}/applications/kustomize-guestbook`, { timeout: 20_000 });

    await expect
      .poll(async () => {
        const { body } = await serverCopy(page, 'kustomize-guestbook');
        return [body?.metadata?.annotations?.['kubesphere.io/description'], body?.spec?.argoApp?.spec?.syncPolicy?.syncOptions ?? []];
      })
      .toEqual(['First edit', expect.arrayContaining(['PruneLast=true'])]);
    expect(puts).toContain(409);
    expect(puts.at(-1)).toBe(200);
    expect(await flashes(page)).toEqual([]);
  });

  test('a deleted row disappears and does not come back while the list is behind', async ({ page }) => {
    await recordFlashes(page);
    await page.goto(ALL);
    await expect(row(page, 'helm-guestbook')).toBeVisible();
    await row(page, 'helm-guestbook').getByRole('button', { name: 'Delete helm-guestbook' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Enter the application name helm-guestbook to confirm').fill('helm-guestbook');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(row(page, 'helm-guestbook')).toHaveCount(0);

    // The list is read again while the server still lists the app: the row stays away.
    const reread = page.waitForResponse((r) => /\/namespaces\/demo-project\/applications\?/.test(r.url()));
    await page
      .getByRole('button', { name: /^Refresh/ })
      .first()
      .click();
    const stale = await (await reread).json();
    expect(stale.items.map((a: { metadata: { name: string } }) => a.metadata.name)).toContain('helm-guestbook');
    await expect(row(page, 'helm-guestbook')).toHaveCount(0);
    await expect.poll(async () => (await serverCopy(page, 'helm-guestbook')).status, { timeout: 10_000 }).toBe(404);
    await expect(row(page, 'helm-guestbook')).toHaveCount(0);
    expect(await flashes(page)).toEqual([]);
  });

  test('bulk delete reports each application and both rows stay gone', async ({ page }) => {
    await page.goto(ALL);
    await row(page, 'helm-guestbook').getByRole('checkbox').check();
    await row(page, 'kustomize-guestbook').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const results = page.getByRole('region', { name: 'Action results' });
    await expect(results).toContainText('2 succeeded');
    await expect(results.locator('li').filter({ hasText: 'helm-guestbook' })).toContainText('Succeeded');
    await expect(results.locator('li').filter({ hasText: 'kustomize-guestbook' })).toContainText('Succeeded');
    await expect(row(page, 'helm-guestbook')).toHaveCount(0);
    await expect(row(page, 'kustomize-guestbook')).toHaveCount(0);
    await expect.poll(async () => (await serverCopy(page, 'kustomize-guestbook')).status, { timeout: 10_000 }).toBe(404);
    await expect(row(page, 'kustomize-guestbook')).toHaveCount(0);
  });
});
