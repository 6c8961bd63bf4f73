import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/**
 * npm 11 warns on `npm ci` about every dependency whose install script nobody approved or denied
 * ("not yet covered by allowScripts"): a newcomer should not have to judge such a warning. Each
 * package the lockfile marks with an install script has a decision in package.json.
 */
describe('install scripts', () => {
  it('every dependency with an install script is approved or denied in allowScripts', () => {
    const lock = read('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.replace(/^.*node_modules\//, ''));
    const decided = Object.keys((read('package.json') as { allowScripts?: Record<string, boolean> }).allowScripts ?? {});
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => !decided.includes(name))).toEqual([]);
  });
});
