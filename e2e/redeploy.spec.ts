import locales from '../src/locales';
import { baseUrl, expect, expectAccessible, resetEmulator, setEmulatorConfig, test, useAs, type Page } from './fixtures';

/**
 * Redeploying a revision from the History tab, in both languages: as a project operator with
 * automated sync turned off first, and as a view-only user, who is offered nothing.
 */
const HISTORY = '/workspaces/demo-workspace/gitops/host/demo-project/applications/guestbook?tab=history';
const API = '/clusters/host/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/guestbook';

interface HistoryEntry {
  id: number;
  revision: string;
}

/** The application as the API answers it now, with its Argo CD status read. */
async function readApp(page: Page) {
  const response = await page.request.get(`${baseUrl()}${API}`);
  expect(response.ok()).toBeTruthy();
  const app = await response.json();
  const status = app.status?.argoApp ? JSON.parse(app.status.argoApp) : {};
  return { app, status } as {
    app: { spec: { argoApp: { spec: { syncPolicy?: { automated?: unknown } } } } };
    status: {
      history?: HistoryEntry[];
      operationState?: { phase?: string; operation?: { sync?: { revision?: string } }; syncResult?: { revision?: string } };
    };
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const lang of ['en', 'zh'] as const) {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    locales[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

  test.describe(`redeploy from the history in ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await resetEmulator(page, { seed: 'demo' });
      await setEmulatorConfig(page, { timing: 'fast' });
    });

    test('a project operator redeploys the previous revision with automated sync turned off first', async ({ page }) => {
      const before = await readApp(page);
      expect(before.app.spec.argoApp.spec.syncPolicy?.automated).toBeTruthy();
      const previous = before.status.history!.find((h) => h.id === 1)!;
      const short = previous.revision.slice(0, 7);

      await useAs(page, { user: 'tenant', lang });
      await page.goto(HISTORY);
      const history = page.getByRole('region', { name: t('GITOPS_SECTION_HISTORY') });
      await expect(history.getByRole('row')).toHaveCount(4);
      const current = new RegExp(`^${escape(t('GITOPS_REDEPLOY_ROW_LABEL_CURRENT', { revision: 'REV', id: 2 })).replace('REV', '\\w+')}$`);
      await expect(history.getByRole('button', { name: current })).toHaveCount(1);
      await expect(history.getByRole('button', { name: new RegExp(`^${escape(t('GITOPS_REDEPLOY'))}`) })).toHaveCount(3);
      await expectAccessible(page);

      // By keyboard: the row's button opens the dialog, focus moves into it.
      const trigger = history.getByRole('button', { name: t('GITOPS_REDEPLOY_ROW_LABEL', { revision: short, id: 1 }), exact: true });
      await trigger.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(t('GITOPS_REDEPLOY_TITLE', { revision: short, id: 1 }));
      await expect(dialog).toContainText(previous.revision);
      await expect(dialog).toContainText(t('GITOPS_REDEPLOY_AUTO_SYNC_ON', { targetRevision: 'HEAD' }));
      await expect(dialog.getByRole('checkbox', { name: t('GITOPS_REDEPLOY_TURN_OFF_AUTO_SYNC') })).toBeChecked();
      await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      await expectAccessible(page, '[role="dialog"]');

      await dialog.getByRole('button', { name: t('GITOPS_REDEPLOY'), exact: true }).click();
      await expect(dialog).toHaveCount(0);
      await expect(trigger).toBeFocused();

      // Argo CD ran the sync at that revision, and automated sync stays off, so it stays there.
      await expect
        .poll(async () => {
          const { status } = await readApp(page);
          const op = status.operationState;
          return op?.phase === 'Succeeded' ? [op.operation?.sync?.revision, op.syncResult?.revision] : null;
        })
        .toEqual([previous.revision, previous.revision]);
      expect((await readApp(page)).app.spec.argoApp.spec.syncPolicy?.automated).toBeUndefined();

      await page.getByRole('tab', { name: t('GITOPS_TAB_SYNC_STATUS') }).click();
      const operation = page.getByRole('region', { name: t('GITOPS_SECTION_OPERATION') });
      await expect(operation.getByTitle(previous.revision)).toHaveText(short);
      await expect(page.locator('.gitops-detail-header')).not.toContainText(t('GITOPS_OPERATION_IN_PROGRESS'));
    });

    test('a view-only user sees the history and no Redeploy', async ({ page }) => {
      await useAs(page, { user: 'viewer', lang });
      await page.goto(HISTORY);
      const history = page.getByRole('region', { name: t('GITOPS_SECTION_HISTORY') });
      await expect(history.getByRole('row')).toHaveCount(4);
      await expect(page.getByText(t('GITOPS_DETAIL_VIEW_ONLY'))).toBeVisible();
      await expect(history.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('button', { name: new RegExp(escape(t('GITOPS_REDEPLOY'))) })).toHaveCount(0);
      await expectAccessible(page);
    });
  });
}
