import { baseUrl, expect, openPlainYaml, resetEmulator, test, type Page } from './fixtures';

const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';

async function faults(page: Page, body: Record<string, unknown>) {
  const response = await page.request.put(`${baseUrl()}/_emulator/v1/faults`, { data: body });
  expect(response.ok()).toBeTruthy();
}

/** Moves the page's clock on in small steps, letting requests and renders happen in between. */
async function runFor(page: Page, ms: number) {
  for (let done = 0; done < ms; done += 1_000) {
    await page.clock.runFor(1_000);
    await page.waitForTimeout(40);
  }
}

test.describe('faults: the pages keep the last good data and recover by themselves', () => {
  test.beforeEach(async ({ page, watch }) => {
    await resetEmulator(page);
    // Failed requests are the point here; the browser logs each one as a console error.
    watch.ignoreConsoleErrors(/Failed to load resource|status of 50\d|status of 401|WebSocket connection to .* failed/);
    await page.clock.install();
  });

  test('the list shows a stale mark while the server fails, then recovers', async ({ page }) => {
    await page.goto(LIST);
    const rows = page.locator('main table tbody tr');
    await expect(rows.first()).toBeVisible();
    const before = await rows.count();

    // A failing server ends its open watches too (the emulator's errorRate only fails new requests).
    await faults(page, { errorRate: 1, errorStatus: 503 });
    await faults(page, { dropWatches: true });
    await runFor(page, 30_000);
    await expect(page.getByText(/^Stale:/)).toBeVisible();
    await expect(rows).toHaveCount(before);

    await faults(page, { errorRate: 0 });
    await runFor(page, 120_000);
    await expect(page.getByText(/^Stale:/)).toHaveCount(0);
    await expect(rows).toHaveCount(before);
  });

  test('an expired session stops polling and says so', async ({ page }) => {
    await page.goto(LIST);
    await expect(page.locator('main table tbody tr').first()).toBeVisible();
    await faults(page, { sessionExpired: true });
    // The list is kept current by a watch, which outlives its token until the server ends it
    // (its timeoutSeconds, 5 to 10 minutes; here at once): the next upgrade is refused.
    await faults(page, { dropWatches: true });
    await runFor(page, 15_000);
    await expect(page.getByRole('alert').filter({ hasText: /session has expired|log in again/i })).toBeVisible();
    let requests = 0;
    page.on('request', (r) => {
      if (r.url().includes('/kapis/')) requests++;
    });
    await runFor(page, 60_000);
    expect(requests).toBe(0);
  });

  test('the detail page keeps the application while polls fail, then recovers', async ({ page }) => {
    await page.goto(`${LIST}/applications/guestbook`);
    await expect(page.getByRole('heading', { level: 1, name: 'Guestbook' })).toBeVisible();
    await faults(page, { errorRate: 1, errorStatus: 500 });
    await faults(page, { dropWatches: true });
    await runFor(page, 30_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Guestbook' })).toBeVisible();
    await expect(page.getByText(/^Stale:/).first()).toBeVisible();
    await faults(page, { errorRate: 0 });
    await runFor(page, 120_000);
    await expect(page.getByText(/^Stale:/)).toHaveCount(0);
  });

  test('added latency slows the list but never blanks it', async ({ page }) => {
    await faults(page, { latencyMs: 1500 });
    await page.goto(LIST);
    await expect(page.locator('[aria-busy="true"]').first()).toBeVisible();
    await runFor(page, 3_000);
    await expect(page.locator('main table tbody tr').first()).toBeVisible();
  });
});

test.describe('faults: a slow server never gets a create twice', () => {
  test('double-clicking Create under latency sends one POST', async ({ page }) => {
    await resetEmulator(page);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/applications$/.test(new URL(r.url()).pathname)) posts.push(r.url());
    });
    await page.goto(`${LIST}/create`);
    await (
      await openPlainYaml(page)
    ).fill(
      [
        'metadata:',
        '  name: slow-guestbook',
        'spec:',
        '  argoApp:',
        '    spec:',
        '      source:',
        '        repoURL: https://github.com/stoneshi-yunify/argocd-example-apps',
        '        path: guestbook',
        '      destination:',
        '        server: https://kubernetes.default.svc',
        '        namespace: slow-guestbook',
        '',
      ].join('\n'),
    );
    await faults(page, { latencyMs: 1500 });
    const create = page.getByRole('button', { name: 'Create', exact: true });
    await create.dblclick();
    await create.press('Enter', { timeout: 1_000 }).catch(() => undefined);
    await expect(page).toHaveURL(`${LIST}/applications/slow-guestbook`, { timeout: 20_000 });
    expect(posts).toHaveLength(1);
  });
});
