#!/usr/bin/env node
// npm run package: turns dist/gitops-console into the installable extension package:
// dist/package/gitops-console/ and dist/gitops-console-<version>.tgz (the chart), and
// dist/package/image/ (the build context of the image that serves the bundle).
// Options: --dist DIR (the built bundle), --out DIR (default dist), --strict (size limits fail),
// --image-registry REGISTRY (the default registry written into the chart and the commands shown).
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
    'image-registry': { type: 'string' },
  },
});

let result;
try {
  result = buildPackage({
    root,
    distDir: resolve(args.dist),
    outRoot: resolve(args.out),
    imageRegistry: args['image-registry']?.replace(/\/+$/, ''),
  });
} catch (error) {
  console.error(`package: ${error.message}`);
  process.exit(error instanceof MissingBuildError ? 2 : 1);
}

const pad = (text, width) => String(text).padEnd(width);
const lpad = (text, width) => String(text).padStart(width);
const total = (key) => result.files.reduce((sum, f) => sum + (f[key] ?? f.size), 0);
console.log(`gitops-console ${result.version}: ${result.files.length} files`);
const width = Math.max(...result.files.map((f) => f.path.length), 4);
for (const file of result.files) {
  const cache = file.path === 'index.js' ? 'entry, revalidated' : file.immutable ? 'immutable' : 'revalidated';
  const gz = file.gzSize === null ? 'not compressed' : formatBytes(file.gzSize);
  console.log(`  ${pad(file.path, width)} ${lpad(formatBytes(file.size), 10)}  gzip ${lpad(gz, 14)}  ${cache}`);
}
console.log(`  ${pad('total', width)} ${lpad(formatBytes(total('size')), 10)}  gzip ${lpad(formatBytes(total('gzSize')), 14)}`);
if (result.skipped.length) console.log(`  not shipped: ${result.skipped.join(', ')}`);
console.log(`bundle sha256: ${result.checksum}`);
console.log('');
console.log(`image context: ${displayPath(result.contextDir)}/ (Dockerfile, nginx.conf, the files above with .gz twins)`);
console.log(`chart:         ${displayPath(result.outDir)}/`);
console.log(`archive:       ${displayPath(result.tgzPath)} (${formatBytes(result.tgzSize)})`);
console.log(`helm release record, estimated: ${formatBytes(result.releaseSize)}`);

// The commands an admin runs next. Without --image-registry, REGISTRY stands for theirs.
const example = 'harbor.example.com/kubesphere';
const repo = `gitops-console-frontend:${result.version}`;
const context = displayPath(result.contextDir);
console.log('');
if (result.imageRegistry) {
  console.log(`Build and push the image (the chart pulls ${result.image} unless global.imageRegistry is set):`);
  console.log(`  docker build -t ${result.imageRegistry}/${repo} ${context}`);
  console.log(`  docker push ${result.imageRegistry}/${repo}`);
  console.log(`Publish the chart: ksbuilder publish ${displayPath(result.tgzPath)}, then install it as usual.`);
} else {
  console.log('Build and push the image, REGISTRY being your registry and path:');
  console.log(`  REGISTRY=${example}   # for example`);
  console.log(`  docker build -t "$REGISTRY/${repo}" ${context}`);
  console.log(`  docker push "$REGISTRY/${repo}"`);
  console.log(`Publish the chart: ksbuilder publish ${displayPath(result.tgzPath)}`);
  console.log('Install it with that registry in the InstallPlan (KubeSphere\'s global.imageRegistry, when set, wins):');
  console.log('  spec:');
  console.log('    config: |');
  console.log('      frontend:');
  console.log('        image:');
  console.log(`          registry: ${example}`);
  console.log(`  or with helm: --set frontend.image.registry=${example}`);
  console.log(`  or package with it as the default: npm run package -- --image-registry ${example}`);
}
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
if (result.problems.length) {
  console.warn('\nWARNING: this package will not install on KubeSphere as it is:');
  for (const problem of result.problems) console.warn(`  - ${problem}`);
  if (args.strict) process.exit(3);
}
