// npm run package: turns dist/gitops-console into the installable extension package:
// dist/package/gitops-console/ and dist/gitops-console-<version>.tgz (the chart, linted and
// packaged by Helm), and dist/package/image/ (the build context of the file server image).
// Options: --dist DIR (the built bundle), --out DIR (default dist), --strict (size limits fail),
// --image-registry REGISTRY (the default registry written into the chart), --quiet.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatBytes } from './budget';
import { MissingBuildError, buildPackage, displayPath } from './build';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist', 'gitops-console') },
    out: { type: 'string', default: join(root, 'dist') },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'image-registry': { type: 'string' },
  },
});

let result: ReturnType<typeof buildPackage>;
try {
  result = buildPackage({
    root,
    distDir: resolve(args.dist!),
    outRoot: resolve(args.out!),
    imageRegistry: args['image-registry']?.replace(/\/+$/, ''),
  });
} catch (error) {
  console.error(`package: ${(error as Error).message}`);
  process.exit(error instanceof MissingBuildError ? 2 : 1);
}

const say = args.quiet ? () => {} : (line = '') => console.log(line);
const total = (key: 'size' | 'gzSize') => result.files.reduce((sum, f) => sum + (f[key] ?? f.size), 0);
const width = Math.max(...result.files.map((f) => f.path.length), 5);
say(`gitops-console ${result.version}: ${result.files.length} files in the image, the entry also in the chart`);
for (const file of result.files) {
  const cache = file.path === 'index.js' ? "entry (served from the chart's ConfigMap)" : file.immutable ? 'immutable' : 'revalidated';
  const gz = file.gzSize === null ? 'not compressed' : formatBytes(file.gzSize);
  say(`  ${file.path.padEnd(width)} ${formatBytes(file.size).padStart(10)}  gzip ${gz.padStart(14)}  ${cache}`);
}
say(`  ${'total'.padEnd(width)} ${formatBytes(total('size')).padStart(10)}  gzip ${formatBytes(total('gzSize')).padStart(14)}`);
if (result.skipped.length) say(`  not shipped: ${result.skipped.join(', ')}`);
say(`bundle sha256: ${result.checksum}`);
say();
say(`chart:         ${displayPath(result.outDir)}/ (helm lint --strict: passed)`);
say(`archive:       ${displayPath(result.tgzPath)} (${formatBytes(result.tgzSize)}, by helm package)`);
say(`helm release record, estimated: ${formatBytes(result.releaseSize)}`);
say(`image context: ${displayPath(result.contextDir)}/ (Dockerfile, nginx.conf, www/ with .gz twins)`);
say(`image:         ${result.image} (what the chart pulls by default; extension.yaml lists it)`);
say();
say('Build and push the image to the registry the chart pulls from (see README, "Install"):');
say(`  docker build -t ${result.image} ${displayPath(result.contextDir)}`);
say(`  docker push ${result.image}`);
say('To use another registry, retag and push there, then install with frontend.image.registry set');
say("(or KubeSphere's global.imageRegistry), or package with --image-registry <registry>.");
say(`Publish the chart: ksbuilder publish ${displayPath(result.tgzPath)}`);
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
if (result.problems.length) {
  console.warn('\nWARNING: this package will not install on KubeSphere as it is:');
  for (const problem of result.problems) console.warn(`  - ${problem}`);
  if (args.strict) process.exit(3);
}
