import locales from '../src/locales';
import { test, expect, expectAccessible, resetEmulator, useAs, type Page } from './fixtures';

/**
 * axe on every page, tab and dialog, in both languages, plus focus moving into each dialog and
 * back to the control that opened it.
 */
const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';
const DETAIL = `${LIST}/applications/guestbook`;

async function openDialogAndCheck(page: Page, trigger: ReturnType<Page['getByRole']>) {
  await trigger.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  // Colours are only final once the opening transition ends; axe mid-fade reports false contrast.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await expectAccessible(page, '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
}

for (const lang of ['en', 'zh'] as const) {
  const t = (key: string) => locales[lang][key];

  test.describe(`accessibility in ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await resetEmulator(page);
      await useAs(page, { lang });
    });

    test('context and list pages, and the row sync dialog', async ({ page }) => {
      await page.goto('/workspaces/demo-workspace/gitops?pick=1');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);

      await page.goto(LIST);
      await expect(page.locator('main table tbody tr').first()).toBeVisible();
      await expectAccessible(page);
      const rowSync = page.getByRole('button', { name: `${t('GITOPS_LIST_SYNC_ACTION')} guestbook-mirror`, exact: true });
      await openDialogAndCheck(page, rowSync);
    });

    test('every tab of the detail page, and its sync and delete dialogs', async ({ page }) => {
      for (const tab of ['', '?tab=resources', '?tab=sync', '?tab=history']) {
        await page.goto(`${DETAIL}${tab}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('tabpanel')).toBeVisible();
        await expectAccessible(page);
      }
      await openDialogAndCheck(page, page.getByRole('button', { name: t('GITOPS_SYNC'), exact: true }));
      await openDialogAndCheck(page, page.getByRole('button', { name: t('GITOPS_DELETE'), exact: true }));
    });

    test('the create wizard in form and YAML mode, and the edit wizard', async ({ page }) => {
      await page.goto(`${LIST}/create`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page
        .getByRole('group', { name: t('GITOPS_WIZARD_MODE') })
        .getByRole('button', { name: t('GITOPS_WIZARD_MODE_YAML') })
        .click();
      await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
      await expectAccessible(page);
      // Monaco's own strings follow the console's language too.
      const editor = page.getByRole('textbox', { name: t('GITOPS_WIZARD_YAML_EDITOR') });
      await editor.focus();
      await page.keyboard.press('Control+F');
      await expect(page.getByRole('textbox', { name: lang === 'zh' ? '查找' : 'Find' })).toBeFocused();
      await expectAccessible(page);
      await page.keyboard.press('Escape');

      await page.goto(`${DETAIL}/edit`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    });
  });
}
