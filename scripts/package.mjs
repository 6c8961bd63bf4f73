#!/usr/bin/env node
// npm run package: turns dist/gitops-console into the installable extension package,
// dist/package/gitops-console/ and dist/gitops-console-<version>.tgz.
// Options: --dist DIR (the built bundle), --out DIR (default dist), --strict (size limits fail).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatBytes } from './package-lib/budget.mjs';
import { MissingBuildError, buildPackage, displayPath } from './package-lib/index.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist', 'gitops-console') },
    out: { type: 'string', default: join(root, 'dist') },
    strict: { type: 'boolean', default: false },
  },
});

let result;
try {
  result = buildPackage({ root, distDir: resolve(args.dist), outRoot: resolve(args.out) });
} catch (error) {
  console.error(`package: ${error.message}`);
  process.exit(error instanceof MissingBuildError ? 2 : 1);
}

const pad = (text, width) => String(text).padEnd(width);
const lpad = (text, width) => String(text).padStart(width);
console.log(`gitops-console ${result.version}: ${result.files.length} files`);
const width = Math.max(...result.files.map((f) => f.path.length), 4);
for (const file of result.files) {
  const parts = file.keys.length > 1 ? `, ${file.keys.length} parts` : '';
  const cache = file.path === 'index.js' ? 'entry, revalidated' : file.immutable ? 'immutable' : 'revalidated';
  console.log(`  ${pad(file.path, width)} ${lpad(formatBytes(file.size), 10)}  gzip ${lpad(formatBytes(file.gzSize), 10)}  ${cache}${parts}`);
}
if (result.skipped.length) console.log(`  not shipped: ${result.skipped.join(', ')}`);
console.log(`ConfigMaps (each at most 900 KiB of base64, the API limit is 1 MiB):`);
for (const cm of [result.plan.indexConfigMap, ...result.plan.configMaps]) {
  console.log(`  ${pad(cm.name, 48)} ${lpad(formatBytes(cm.encodedSize), 10)}`);
}
console.log(`chart:   ${displayPath(result.outDir)}/`);
console.log(`archive: ${displayPath(result.tgzPath)} (${formatBytes(result.tgzSize)})`);
console.log(`helm release record, estimated: ${formatBytes(result.releaseSize)}`);
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
if (result.problems.length) {
  console.warn('\nWARNING: this package will not install on KubeSphere as it is:');
  for (const problem of result.problems) console.warn(`  - ${problem}`);
  console.warn('  The bundle must shrink (most of it is the Monaco chunk), or be served from an image.');
  if (args.strict) process.exit(3);
}
