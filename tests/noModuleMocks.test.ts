import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// Tests run the real modules against the emulator; a module mock would test a copy of our code.
const ROOT = path.resolve(__dirname, '..');
const DIRS = ['src', 'mocks', 'scripts', 'tests', 'e2e', 'build'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

it('no test replaces a module (vi.mock, vi.doMock)', () => {
  const found = DIRS.flatMap((dir) => files(path.join(ROOT, dir)))
    .filter((file) => file !== __filename)
    .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(ROOT, file));
  expect(found).toEqual([]);
});
