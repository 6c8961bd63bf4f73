import type { Locator } from '@playwright/test';
import locales from '../src/locales';
import { colors, type ColorToken } from '../src/components/theme';
import { expect, expectAccessible, resetEmulator, test, useAs, type Page } from './fixtures';

/**
 * What a user notices of the look: status icons that differ by shape and colour, text fields that
 * turn red when invalid and show one focus indicator, a primary button that reads as enabled.
 * Screenshots go to /tmp (look-*.png) to judge the rest by eye.
 */
const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';
const EXAMPLE_REPO = 'https://github.com/stoneshi-yunify/argocd-example-apps';

/** A theme colour as the browser reports it (`rgb(r, g, b)`). */
function rgb(token: ColorToken): string {
  const hex = token.fallback.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The icon of a badge: its drawing (path data) and the colour it is filled with. */
async function icon(badge: Locator): Promise<{ paths: string; fill: string }> {
  return badge.locator('svg').evaluate((svg) => ({
    paths: [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d')).join(' '),
    fill: getComputedStyle(svg).fill,
  }));
}

function badge(page: Page, row: string, label: string): Locator {
  const tr = page
    .getByRole('table', { name: 'Applications' })
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: row, exact: true }) });
  return tr.locator('.gitops-badge').filter({ hasText: label }).first();
}

/** Waits for kube-design's 0.3 s colour transitions to end, so colours are read as they settle. */
async function settle(page: Page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

/** What draws a focus indicator on an element: its outline and its box shadow. */
async function indicators(el: Locator): Promise<{ outline: string; shadow: string; border: string }> {
  return el.evaluate((node) => {
    const s = getComputedStyle(node);
    return { outline: s.outlineStyle === 'none' ? 'none' : s.outlineColor, shadow: s.boxShadow, border: s.borderTopColor };
  });
}

test.describe('looks like KubeSphere', () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page, { seed: 'demo' });
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  test('health and sync badges differ by icon shape and by the theme colour', async ({ page }) => {
    await page.goto(`${LIST}?limit=20`);
    const healthy = await icon(badge(page, 'guestbook', 'Healthy'));
    const degraded = await icon(badge(page, 'payment-service', 'Degraded'));
    const unknown = await icon(badge(page, 'private-guestbook', 'Unknown'));
    const synced = await icon(badge(page, 'guestbook', 'Synced'));
    const outOfSync = await icon(badge(page, 'inventory', 'Out of sync'));
    expect(new Set([healthy.paths, degraded.paths, unknown.paths]).size).toBe(3);
    expect(new Set([synced.paths, outOfSync.paths, unknown.paths]).size).toBe(3);
    expect(healthy.fill).toBe(rgb(colors.status.success));
    expect(synced.fill).toBe(rgb(colors.status.success));
    expect(degraded.fill).toBe(rgb(colors.status.error));
    expect(outOfSync.fill).toBe(rgb(colors.status.warning));
    expect(unknown.fill).toBe(rgb(colors.status.unknown));
    await expect(badge(page, 'guestbook', 'Healthy').locator('svg')).toHaveAttribute('aria-hidden', 'true');
    await page.screenshot({ path: '/tmp/look-list.png', fullPage: true });
  });

  test('an invalid name has a red border and one focus indicator, on its border', async ({ page }) => {
    await page.goto(`${LIST}/create`);
    const name = page.getByRole('textbox', { name: 'Name' });
    const wrapper = name.locator('xpath=..');
    await name.fill('guestbook-2');
    await name.focus();
    await settle(page);
    const valid = { input: await indicators(name), wrapper: await indicators(wrapper) };
    expect(valid.input).toMatchObject({ outline: 'none', shadow: 'none' });
    expect(valid.wrapper.outline).toBe('none');
    expect(valid.wrapper.border).toBe(rgb(colors.focus));
    expect(valid.wrapper.shadow).not.toBe('none');

    await name.fill('Guestbook');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await settle(page);
    const invalid = { input: await indicators(name), wrapper: await indicators(wrapper) };
    expect(invalid.input).toMatchObject({ outline: 'none', shadow: 'none' });
    expect(invalid.wrapper.border).toBe(rgb(colors.danger));
    expect(invalid.wrapper.shadow).not.toBe('none');
    await page.screenshot({ path: '/tmp/look-wizard-invalid-focused.png' });

    // Left, it stays red and loses the focus glow.
    await page.getByRole('textbox', { name: 'Alias' }).focus();
    await settle(page);
    expect(await indicators(wrapper)).toMatchObject({ border: rgb(colors.danger), shadow: 'none' });
    // A text area is kube-design's too: the same single indicator.
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.focus();
    await settle(page);
    expect(await indicators(description)).toMatchObject({ outline: 'none', shadow: 'none' });
    expect((await indicators(description.locator('xpath=..'))).border).toBe(rgb(colors.focus));
    await page.screenshot({ path: '/tmp/look-wizard-invalid.png' });
  });

  test('Next and Create read as the enabled primary action', async ({ page }) => {
    await page.goto(`${LIST}/create`);
    await page.getByRole('textbox', { name: 'Name' }).fill('my-guestbook');
    const next = page.getByRole('button', { name: 'Next' });
    await next.click();
    await page
      .getByRole('combobox', { name: 'Repository of the DevOps project' })
      .selectOption({ label: `argocd-example-apps (${EXAMPLE_REPO})` });
    await page.getByRole('textbox', { name: 'Path' }).fill('guestbook');
    await next.click();
    await page.getByRole('combobox', { name: 'Cluster API server' }).selectOption('https://kubernetes.default.svc');
    await page.getByRole('textbox', { name: 'Namespace' }).fill('my-guestbook');
    await next.click();
    await next.click();
    const create = page.getByRole('button', { name: 'Create', exact: true });
    await expect(create).toBeEnabled();
    await settle(page);
    const look = await create.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, opacity: s.opacity };
    });
    expect(look).toEqual({ background: rgb(colors.surface.inverse), color: rgb(colors.text.inverse), opacity: '1' });
    await create.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/look-wizard-review.png' });
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`axe passes on the list and on an invalid wizard field in ${lang}`, async ({ page }) => {
      await useAs(page, { lang });
      await page.goto(`${LIST}?limit=20`);
      await expect(page.locator('main table tbody tr').first()).toBeVisible();
      await expectAccessible(page);
      await page.goto(`${LIST}/create`);
      const name = page.getByRole('textbox', { name: locales[lang].GITOPS_WIZARD_NAME, exact: true });
      await name.fill('Guestbook');
      await expect(name).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible(page);
      await page.screenshot({ path: `/tmp/look-wizard-${lang}.png` });
    });
  }
});
