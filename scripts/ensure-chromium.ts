import fs from 'node:fs';
import { execSync } from 'node:child_process';

/**
 * The e2e suite drives Debian's Chromium (Playwright cannot download its own browser here), and
 * the Chinese pages need CJK fonts to be read (and photographed). Install what is missing when we
 * may (root); otherwise say what to do.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CJK_FONTS = '/usr/share/fonts/opentype/noto';

const missing = [...(fs.existsSync(CHROMIUM) ? [] : ['chromium']), ...(fs.existsSync(CJK_FONTS) ? [] : ['fonts-noto-cjk'])];
if (missing.length) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    // Without the fonts the tests still run (they read accessible names, not pixels).
    if (missing.includes('chromium')) {
      console.error(`Chromium is missing at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
      process.exit(1);
    }
    console.warn('fonts-noto-cjk is not installed: Chinese pages will show boxes in screenshots.');
  } else {
    console.log(`Installing ${missing.join(', ')} for the browser tests…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
  }
}
