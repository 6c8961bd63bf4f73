import type { Locator } from '@playwright/test';
import locales from '../src/locales';
import { baseUrl, expect, expectAccessible, resetEmulator, test, useAs, type Page } from './fixtures';

/**
 * The screens people use: a 1280x720 laptop, the same on a 2x display, and 1440x900. On each,
 * every page and dialog fits without sideways scrolling, the row actions and the dialogs' titles
 * and buttons stay on screen, and long names can be read in full.
 */
const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';
const ALL = `${LIST}?limit=20`;
/** The demo seed's longest name (66 characters). */
const LONG = 'notification-dispatcher-eu-central-1-production-blue-green-rollout';
/** A resource name close to Kubernetes' 253-character limit. */
const LONG_RESOURCE = `guestbook-ui-${'frontend-canary-'.repeat(14)}v2`;

const SCREENS = [
  { label: '1280x720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { label: '1280x720@2x', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 },
  { label: '1440x900', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
];

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(client);
}

/**
 * How `full` can be read: from a tooltip carrying it, or because the text is laid out in full
 * (wrapped) inside every box that clips it and inside the window. Anything else is a cut name.
 */
async function expectReadable(locator: Locator, full: string) {
  const how = await locator.evaluate((el, text) => {
    if (el.closest(`[title]`)?.getAttribute('title') === text) return 'tooltip';
    if (!(el.textContent ?? '').includes(text)) return 'text missing';
    const range = document.createRange();
    range.selectNodeContents(el);
    const box = range.getBoundingClientRect();
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = node.getBoundingClientRect();
      if (box.left < clip.left - 1 || box.right > clip.right + 1) return `cut by <${node.tagName.toLowerCase()} class="${node.className}">`;
    }
    if (box.left < 0 || box.right > document.documentElement.clientWidth) return 'off screen';
    return 'wrapped';
  }, full);
  expect(['tooltip', 'wrapped'], `"${full.slice(0, 40)}…" is ${how}`).toContain(how);
}

/** A dialog's title and its primary button are on screen, wholly. */
async function expectDialogFits(page: Page, primary: string, where: string) {
  const dialog = page.getByRole('dialog');
  // Measured once the opening animation ends (one cancelled midway counts as ended).
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const title = dialog.locator('.kubed-modal-title');
  await expect(title, `${where}: title`).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: primary, exact: true }), `${where}: primary button`).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page, where);
}

async function setFaults(page: Page, faults: Record<string, unknown>) {
  const response = await page.request.put(`${baseUrl()}/_emulator/v1/faults`, { data: faults });
  expect(response.ok()).toBeTruthy();
}

// The suite's longest file: its tests (each resets the emulator first) are shared out between the
// workers rather than all left to one.
test.describe.configure({ mode: 'parallel' });

for (const lang of ['en', 'zh'] as const) {
  const t = (key: string, values: Record<string, string> = {}) =>
    locales[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
  const rowAction = (action: string, name: string) => t('GITOPS_LIST_ACTION_ON', { action: t(action), name });

  for (const screen of SCREENS) {
    // 1440x900 is the larger laptop screen: its layout differs only in widths, so one language covers it.
    if (screen.label === '1440x900' && lang === 'zh') continue;
    const axe = screen.label === '1280x720';

    test.describe(`${lang} at ${screen.label}`, () => {
      test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });

      test.beforeEach(async ({ page }) => {
        await resetEmulator(page, { seed: 'demo' });
        await useAs(page, { lang });
      });

      test.afterEach(async ({ page }) => {
        await setFaults(page, { errorRate: 0 });
      });

      test('context picker and list: actions in view, headers uncovered, names readable', async ({ page }) => {
        await page.goto('/workspaces/demo-workspace/gitops?pick=1');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSidewaysScroll(page, 'context picker');

        await page.goto(ALL);
        const table = page.getByRole('table', { name: t('GITOPS_APPLICATIONS') });
        const first = table.locator('tbody tr').first();
        await expect(first).toBeVisible();
        await expectNoSidewaysScroll(page, 'list');

        // The table fits its card: nothing waits behind a sideways scroll.
        const sideways = await table.evaluate((el) => ({ scroll: el.parentElement!.scrollWidth, client: el.parentElement!.clientWidth }));
        expect(sideways.scroll, 'the table scrolls sideways').toBeLessThanOrEqual(sideways.client);
        const actions = first.locator('.gitops-cell-actions').locator('button, a');
        await expect(actions).not.toHaveCount(0);
        for (const action of await actions.all()) await expect(action).toBeInViewport({ ratio: 1 });

        // The sticky actions column covers no header, and no header is cut.
        const sticky = (await table.locator('thead th.gitops-cell-actions').boundingBox())!;
        const reconciled = (await table.getByRole('columnheader', { name: t('GITOPS_LIST_COL_RECONCILED') }).boundingBox())!;
        expect(reconciled.x + reconciled.width, 'the actions column covers "Last reconciled"').toBeLessThanOrEqual(sticky.x + 0.5);
        for (const header of await table.locator('thead th').all()) {
          const cut = await header.evaluate((el) => el.scrollWidth - el.clientWidth);
          expect(cut, `header "${await header.textContent()}" is cut`).toBeLessThanOrEqual(0);
        }

        const long = table.getByRole('link', { name: LONG, exact: true });
        await expectReadable(long, LONG);
        await expectReadable(table.getByRole('link', { name: 'private-guestbook', exact: true }), 'private-guestbook');
        if (axe) await expectAccessible(page);
      });

      test('detail: every tab, the long name and long resource names', async ({ page }) => {
        // Argo CD reports a resource with a very long name, synced and deployed once.
        const status = await page.request.put(
          `${baseUrl()}/_emulator/v1/clusters/host/namespaces/demo-project/applications/guestbook/argo-status`,
          {
            data: {
              health: { status: 'Healthy' },
              sync: { status: 'Synced', revision: 'abc1234' },
              reconciledAt: new Date().toISOString(),
              resources: [
                {
                  kind: 'Deployment',
                  group: 'apps',
                  version: 'v1',
                  name: LONG_RESOURCE,
                  namespace: 'guestbook',
                  status: 'Synced',
                  health: { status: 'Healthy' },
                },
              ],
              operationState: {
                operation: { sync: { revision: 'abc1234' }, initiatedBy: { username: 'admin' } },
                phase: 'Succeeded',
                message: 'successfully synced (all tasks run)',
                startedAt: new Date(Date.now() - 60_000).toISOString(),
                finishedAt: new Date().toISOString(),
                syncResult: {
                  revision: 'abc1234',
                  resources: [
                    {
                      kind: 'Deployment',
                      group: 'apps',
                      name: LONG_RESOURCE,
                      namespace: 'guestbook',
                      status: 'Synced',
                      message: `deployment.apps/${LONG_RESOURCE} configured`,
                    },
                  ],
                },
              },
              history: [{ id: 1, revision: 'abc1234', deployedAt: new Date().toISOString() }],
            },
          },
        );
        expect(status.ok(), await status.text()).toBeTruthy();

        await page.goto(`${LIST}/applications/${LONG}`);
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toBeVisible();
        await expectReadable(heading, LONG);
        await expectNoSidewaysScroll(page, 'detail of the long name');
        for (const action of await page.locator('.gitops-detail-header').getByRole('button').all()) await expect(action).toBeInViewport();

        for (const tab of ['GITOPS_TAB_OVERVIEW', 'GITOPS_TAB_RESOURCES', 'GITOPS_TAB_SYNC_STATUS', 'GITOPS_TAB_HISTORY']) {
          await page.goto(`${LIST}/applications/guestbook`);
          await page.getByRole('tab', { name: t(tab) }).click();
          await expect(page.getByRole('tabpanel')).toBeVisible();
          if (tab === 'GITOPS_TAB_RESOURCES') {
            const item = page
              .getByRole('tree', { name: t('GITOPS_TREE_LABEL') })
              .getByRole('treeitem', { name: new RegExp(LONG_RESOURCE) });
            await expect(item).toBeVisible();
            await expectReadable(item.getByText(LONG_RESOURCE, { exact: true }), LONG_RESOURCE);
          }
          if (tab === 'GITOPS_TAB_SYNC_STATUS') {
            await expectReadable(page.getByRole('cell', { name: LONG_RESOURCE, exact: true }), LONG_RESOURCE);
          }
          await expectNoSidewaysScroll(page, `detail, ${t(tab)}`);
          if (axe) await expectAccessible(page);
        }
      });

      test('live panel of a crashing pod, Status tab: fits, title readable, container actions on screen', async ({ page }) => {
        // payment-service's Deployment runs pods in CrashLoopBackOff (names are random: read from the page).
        await page.goto(`${LIST}/applications/payment-service?tab=resources`);
        const tree = page.getByRole('tree', { name: t('GITOPS_TREE_LABEL') });
        const deployment = tree
          .getByRole('treeitem')
          .filter({ has: page.getByText('payment-degraded', { exact: true }) })
          .filter({ has: page.getByText('Deployment', { exact: true }) });
        await deployment.locator('[data-tree-toggle]').click();
        const pod = tree.getByRole('treeitem').filter({ hasText: 'CrashLoopBackOff' }).first();
        const name = (await pod.getByTitle(/^payment-degraded-/).getAttribute('title'))!;
        await pod.getByTitle(name).click();
        const panel = page.locator('section.gitops-live-panel');
        await expect(panel.getByRole('tab', { name: t('GITOPS_LIVE_TAB_SUMMARY'), exact: true })).toHaveAttribute('aria-selected', 'true');
        const containers = panel.getByRole('table').first();
        await expect(containers).toContainText('CrashLoopBackOff');
        await expectNoSidewaysScroll(page, 'live panel of a pod');
        await expectReadable(panel.getByRole('heading', { level: 2 }), `Pod ${name}`);
        // The panel's tables fit it: nothing waits behind a sideways scroll.
        for (const table of await panel.getByRole('table').all()) {
          const width = await table.evaluate((el) => ({ table: el.scrollWidth, panel: el.closest('section')!.clientWidth }));
          expect(width.table, 'a table of the live panel is wider than the panel').toBeLessThanOrEqual(width.panel);
        }
        // Opened under the tree, the panel brings itself into view: its title and tabs are on screen
        // without the user scrolling (the tree alone is taller than a laptop's window).
        await expect(panel.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
        for (const tab of await panel.getByRole('tab').all()) await expect(tab).toBeInViewport({ ratio: 1 });
        for (const label of [t('GITOPS_LIVE_LOGS_OF', { container: 'app' }), t('GITOPS_LIVE_PREVIOUS_LOGS_OF', { container: 'app' })]) {
          const button = panel.getByRole('button', { name: label, exact: true });
          await button.scrollIntoViewIfNeeded();
          await expect(button, label).toBeInViewport({ ratio: 1 });
        }
        const close = panel.getByRole('button', { name: t('GITOPS_LIVE_CLOSE_PANEL', { name }), exact: true });
        await close.scrollIntoViewIfNeeded();
        await expect(close).toBeInViewport({ ratio: 1 });
        if (axe) await expectAccessible(page, 'section.gitops-live-panel');
      });

      test('create and edit wizards: every step and the YAML view', async ({ page }) => {
        const steps = [
          'GITOPS_WIZARD_STEP_BASIC',
          'GITOPS_WIZARD_STEP_SOURCE',
          'GITOPS_WIZARD_STEP_DESTINATION',
          'GITOPS_WIZARD_STEP_SYNC',
          'GITOPS_WIZARD_STEP_REVIEW',
        ];
        for (const path of [`${LIST}/create`, `${LIST}/applications/${LONG}/edit`]) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          if (path.endsWith('/edit')) await expectReadable(page.getByRole('heading', { level: 1 }), LONG);
          const stepper = page.getByRole('navigation', { name: t('GITOPS_WIZARD_STEPS') });
          for (const step of steps) {
            await stepper.getByRole('button', { name: new RegExp(`^${t(step)}`) }).click();
            await expect(stepper.getByRole('button', { name: new RegExp(`^${t(step)}`) })).toHaveAttribute('aria-current', 'step');
            await expectNoSidewaysScroll(page, `${path}, ${t(step)}`);
          }
          await page
            .getByRole('group', { name: t('GITOPS_WIZARD_MODE') })
            .getByRole('button', { name: t('GITOPS_WIZARD_MODE_YAML') })
            .click();
          await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
          await expectNoSidewaysScroll(page, `${path}, YAML`);
          await page
            .getByRole('group', { name: t('GITOPS_WIZARD_MODE') })
            .getByRole('button', { name: t('GITOPS_WIZARD_MODE_FORM') })
            .click();
        }
      });

      test('dialogs: title and buttons stay on screen, also after an error', async ({ page, watch }) => {
        // The refusals below are provoked on purpose.
        watch.ignoreConsoleErrors(/status of (400|5\d\d)/);
        await page.goto(ALL);
        const row = page.locator('tbody tr').filter({ has: page.getByRole('link', { name: LONG, exact: true }) });
        const dialog = page.getByRole('dialog');

        // Sync: the longest form (the long-named app never reached Argo CD, so it cannot be synced).
        const syncable = 'kustomize-guestbook';
        await page.getByRole('button', { name: rowAction('GITOPS_LIST_SYNC_ACTION', syncable), exact: true }).click();
        await expect(dialog).toBeVisible();
        await expectDialogFits(page, t('GITOPS_SYNC'), 'sync dialog');
        await expectReadable(dialog.locator('.kubed-modal-title .field-value'), t('GITOPS_SYNC_TITLE', { name: syncable }));
        if (axe) await expectAccessible(page, '[role="dialog"]');
        // Scrolled down to the retry settings, then refused: the error at the top comes into view.
        await dialog.locator('.kubed-modal-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await setFaults(page, { errorRate: 1 });
        await dialog.getByRole('button', { name: t('GITOPS_SYNC'), exact: true }).click();
        await expect(dialog.getByRole('alert')).toBeVisible();
        await expectDialogFits(page, t('GITOPS_SYNC'), 'sync dialog after an error');
        await expect(dialog.getByRole('alert')).toBeInViewport();
        await setFaults(page, { errorRate: 0 });
        await dialog.getByRole('button', { name: t('GITOPS_CANCEL'), exact: true }).click();
        await expect(dialog).toHaveCount(0);

        // Delete, with the name typed, refused once.
        await row.getByRole('button', { name: rowAction('GITOPS_LIST_DELETE_ACTION', LONG), exact: true }).click();
        await expect(dialog).toBeVisible();
        await expectDialogFits(page, t('GITOPS_DELETE'), 'delete dialog');
        await expectReadable(dialog.locator('.kubed-modal-title .field-value'), t('GITOPS_DELETE_TITLE', { name: LONG }));
        await dialog.getByRole('textbox').fill(LONG);
        await setFaults(page, { errorRate: 1 });
        await dialog.getByRole('button', { name: t('GITOPS_DELETE'), exact: true }).click();
        await expect(dialog.getByRole('alert')).toBeVisible();
        await expectDialogFits(page, t('GITOPS_DELETE'), 'delete dialog after an error');
        await expect(dialog.getByRole('alert')).toBeInViewport();
        if (axe) await expectAccessible(page, '[role="dialog"]');
        await setFaults(page, { errorRate: 0 });
        await dialog.getByRole('button', { name: t('GITOPS_CANCEL'), exact: true }).click();
        await expect(dialog).toHaveCount(0);

        // The bulk confirmation: of every selectable application, then of the long name and one more.
        const selectAll = page
          .getByRole('table', { name: t('GITOPS_APPLICATIONS') })
          .locator('thead')
          .getByRole('checkbox');
        const bulkDelete = page.getByRole('button', { name: t('GITOPS_LIST_BULK_DELETE') });
        await selectAll.check();
        await page.getByRole('button', { name: t('GITOPS_LIST_BULK_SYNC') }).click();
        await expect(dialog).toBeVisible();
        await expectDialogFits(page, t('GITOPS_LIST_SYNC_ACTION'), 'bulk sync confirmation');
        if (axe) await expectAccessible(page, '[role="dialog"]');
        await dialog.getByRole('button', { name: t('GITOPS_LIST_SYNC_ACTION'), exact: true }).click();
        await expect(dialog).toHaveCount(0);
        // One line per application: a long report scrolls inside its panel, reachable by keyboard.
        const results = page.getByRole('region', { name: t('GITOPS_LIST_RESULTS') });
        await expect(results.locator('li')).not.toHaveCount(0);
        await expectNoSidewaysScroll(page, 'bulk results');
        if (axe) await expectAccessible(page);
        await selectAll.check();
        await selectAll.uncheck();
        await row.getByRole('checkbox').check();
        await page
          .locator('tbody tr')
          .filter({ has: page.getByRole('link', { name: 'guestbook', exact: true }) })
          .getByRole('checkbox')
          .check();
        await bulkDelete.click();
        await expectDialogFits(page, t('GITOPS_LIST_DELETE_ACTION'), 'bulk delete confirmation of two');
        await expectReadable(dialog.getByText(LONG, { exact: true }), LONG);
        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
      });
    });
  }
}
