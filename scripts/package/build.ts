// npm run package, as a function: the chart directory, the chart archive (made by real Helm
// after `helm lint --strict`), and the build context of the file server image.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { ENTRY_FILE, EXTENSION_NAME, PROXY_PREFIX } from '../../build/serving';
import { helmLint, helmPackage, helmTemplate, parseManifest, type ManifestObject } from '../helm/helm';
import { checkBudgets, estimateReleaseSecret } from './budget';
import { writeChartDir, writeExtensionYaml, loadExtension } from './chart';
import { bundleChecksum, checkReferences, isHashedName, readDist } from './dist';
import { writeImageContext, type ContextFile } from './image';

export { MissingBuildError } from './dist';

/** KubeSphere installs an extension as release <name> in namespace extension-<name>. */
export const RELEASE = EXTENSION_NAME;
export const NAMESPACE = `extension-${EXTENSION_NAME}`;

export interface PackageResult {
  version: string;
  outDir: string;
  tgzPath: string;
  tgzSize: number;
  releaseSize: number;
  problems: string[];
  warnings: string[];
  skipped: string[];
  checksum: string;
  image: string;
  contextDir: string;
  files: Array<ContextFile & { immutable: boolean }>;
  /** The chart rendered with its default values, as KubeSphere's installer would apply it. */
  objects: ManifestObject[];
  manifest: string;
}

function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true })
    .flatMap((entry) => {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, path) : [path];
    })
    .sort();
}

/** Renders a packaged chart directory as KubeSphere's installer would (release and namespace fixed). */
export function renderChart(chartDir: string, values?: Record<string, unknown>) {
  const manifest = helmTemplate(chartDir, { release: RELEASE, namespace: NAMESPACE, values });
  return { manifest, objects: parseManifest(manifest) };
}

/**
 * root: the repository (extension.yaml, extension/, package.json); distDir: the built bundle;
 * outRoot: where package/ and the tgz go; mtime: timestamps (seconds) of the image files;
 * imageRegistry: written into the values as the default image registry.
 */
export function buildPackage(opts: {
  root: string;
  distDir: string;
  outRoot: string;
  mtime?: number;
  imageRegistry?: string;
}): PackageResult {
  const { root, distDir, outRoot, imageRegistry } = opts;
  const warnings: string[] = [];
  const { ext, text } = loadExtension(root, warnings);
  const { files, skipped } = readDist(distDir);
  const refs = checkReferences(files, PROXY_PREFIX);
  if (refs.missing.length) {
    throw new Error(
      `the bundle refers to files that are not in ${distDir}:\n${refs.missing.map((m) => `  ${m.from} -> ${m.ref}`).join('\n')}`,
    );
  }
  const checksum = bundleChecksum(files);
  const epoch = opts.mtime ?? (process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : undefined);

  // An archive from an earlier run must not pass for this one if this one fails.
  rmSync(join(outRoot, `${EXTENSION_NAME}-${ext.version}.tgz`), { force: true });
  const contextDir = join(outRoot, 'package', 'image');
  const written = writeImageContext({ root, contextDir, files, mtime: epoch });

  const outDir = join(outRoot, 'package', EXTENSION_NAME);
  const entry = files.find((f) => f.path === ENTRY_FILE)!.data;
  const chartMetadata = writeChartDir({ root, outDir, ext, entry, checksum, imageRegistry });

  const { manifest, objects } = renderChart(outDir);
  const deployment = objects.find((o) => o.kind === 'Deployment') as
    { spec: { template: { spec: { containers: Array<{ image: string }> } } } } | undefined;
  const image = deployment?.spec.template.spec.containers[0]?.image;
  if (!image) throw new Error('the chart renders no Deployment with an image');
  // extension.yaml lists the image so that offline installs know what to mirror.
  writeExtensionYaml(outDir, text, { version: ext.version, images: [image] });

  // Every template is in the frontend subchart, which plain `helm lint` would not look at.
  const lint = helmLint(outDir, { strict: true, withSubcharts: true, namespace: NAMESPACE });
  if (!lint.ok) throw new Error(`helm lint --strict fails on the chart:\n${lint.output}`);
  const tgzPath = helmPackage(outDir, outRoot);
  const tgzSize = readFileSync(tgzPath).length;

  // What helm keeps of a release: the top-level chart's own files (not its subcharts) and the manifest.
  const topFiles = listFiles(outDir)
    .filter((p) => !/^(Chart\.yaml|values\.yaml|charts\/|templates\/)/.test(p))
    .map((path) => ({ path, data: readFileSync(join(outDir, ...path.split('/'))) }));
  const values = parse(readFileSync(join(outDir, 'values.yaml'), 'utf8')) ?? {};
  const releaseSize = estimateReleaseSecret({ chartMetadata, values, topFiles, manifest });

  return {
    version: ext.version,
    outDir,
    tgzPath,
    tgzSize,
    releaseSize,
    problems: checkBudgets({ tgzSize, releaseSize }),
    warnings: [
      ...warnings,
      ...refs.unresolved.map((r) => `${r.from} mentions ${r.ref}, which is not in the bundle (fine if the code never fetches it)`),
    ],
    skipped,
    checksum,
    image,
    contextDir,
    files: written.map((f) => ({ ...f, immutable: f.path !== ENTRY_FILE && isHashedName(f.path) })),
    objects,
    manifest,
  };
}

/** A path relative to the working directory when it lies inside it, for messages. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
}
