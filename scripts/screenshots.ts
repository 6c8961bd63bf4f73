// npm run screenshots: the Extensions Center pictures of extension/static/screenshots/, taken from
// the standalone console in Chromium (npm run build && npm run package first). They are real
// pages over the emulator's demo data, in English and Chinese (CJK fonts: fonts-noto-cjk).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launch } from './bench/browser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'extension/static/screenshots');
const PORT = Number(process.env.SCREENSHOT_PORT ?? 8177);
const BASE = `http://127.0.0.1:${PORT}`;
const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';

interface Shot {
  name: string;
  lang: 'en' | 'zh';
  path: string;
  /** Waits until the page shows what the picture is about. */
  ready: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = (['en', 'zh'] as const).flatMap((lang): Shot[] => [
  { name: `list-${lang}`, lang, path: LIST, ready: (page) => page.locator('tbody tr').first().waitFor() },
  {
    name: `detail-${lang}`,
    lang,
    path: `${LIST}/applications/guestbook?tab=resources`,
    ready: (page) => page.getByRole('treeitem').first().waitFor(),
  },
  ...(lang === 'en'
    ? [
        {
          name: `yaml-${lang}`,
          lang,
          path: `${LIST}/create`,
          ready: async (page: Page) => {
            await page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'YAML' }).click();
            await page.getByTestId('wizard-code-editor').locator('.view-lines').getByText('argocd-location').waitFor();
          },
        } satisfies Shot,
      ]
    : []),
]);

async function main() {
  process.env.PORT = String(PORT);
  process.env.EMULATOR_TIMING = 'fast';
  process.env.KS_API_URL = '';
  const { start } = await import('../mocks/server/start');
  const server = start({ port: PORT });
  const browser = await launch();
  try {
    fs.mkdirSync(OUT, { recursive: true });
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      await context.addCookies([
        { name: 'lang', value: shot.lang, url: BASE },
        { name: 'emulator-user', value: 'tenant', url: BASE },
      ]);
      const page = await context.newPage();
      await page.goto(`${BASE}${shot.path}`);
      await shot.ready(page);
      // Fonts and the last poll settle before the picture.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(800);
      const file = path.join(OUT, `${shot.name}.jpg`);
      // JPEG: the pictures travel in the chart, whose size KubeSphere limits (see scripts/package/budget.ts).
      await page.screenshot({ path: file, type: 'jpeg', quality: 55 });
      console.log(`${path.relative(root, file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KiB)`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
