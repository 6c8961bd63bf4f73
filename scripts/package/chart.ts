// The chart side of the package: the chart directory that ksbuilder would make of extension.yaml
// and extension/, with the versions, the image settings and the bundle's entry filled in.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { EXTENSION_NAME } from '../../build/serving';
import { IMAGE_SOURCE } from './image';

/** Where the entry goes inside the frontend subchart; templates/_helpers.tpl reads it from there. */
export const ENTRY_IN_CHART = 'charts/frontend/bundle/index.js';

const ICON_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

export function iconDataUri(iconPath: string): string {
  const type = ICON_TYPES[extname(iconPath).toLowerCase()] ?? 'application/octet-stream';
  return `data:${type};base64,${readFileSync(iconPath).toString('base64')}`;
}

/** A YAML text with the given paths set, comments kept. */
export function setYamlValues(text: string, settings: Array<[string[], unknown]>): string {
  const doc = parseDocument(text);
  for (const [path, value] of settings) doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}

export interface ExtensionMeta {
  name: string;
  version: string;
  description: { en: string; zh?: string };
  icon: string;
  home?: string;
  keywords?: string[];
  sources?: string[];
  kubeVersion?: string;
  maintainers?: unknown[];
  dependencies?: Array<Record<string, unknown>>;
  annotations?: Record<string, string>;
  screenshots?: string[];
  provider?: Record<string, { name?: string; email?: string; url?: string }>;
  [key: string]: unknown;
}

const REQUIRED_FIELDS = ['apiVersion', 'name', 'version', 'displayName', 'description', 'category', 'provider', 'icon'];

/** extension.yaml with the version from package.json (the one place a version is bumped). */
export function loadExtension(root: string, warnings: string[]): { ext: ExtensionMeta; text: string } {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  const text = readFileSync(join(root, 'extension.yaml'), 'utf8');
  const declared = parse(text) as ExtensionMeta;
  if (declared.version !== version)
    warnings.push(`extension.yaml says version ${declared.version}; the package uses ${version} from package.json`);
  const ext = { ...declared, version };
  const fields = ext as Record<string, unknown>;
  const missing = REQUIRED_FIELDS.filter((field) => fields[field] === undefined || fields[field] === '');
  if (missing.length) throw new Error(`extension.yaml lacks required fields: ${missing.join(', ')}`);
  if (ext.name !== EXTENSION_NAME)
    throw new Error(`extension.yaml name is ${ext.name}; the bundle's paths are built for ${EXTENSION_NAME}`);
  if (!ext.description.en) throw new Error('extension.yaml needs description.en (it becomes the chart description)');
  // A warning, not a failure: npm run screenshots needs a packaged chart to take them from.
  for (const shot of ext.screenshots ?? []) {
    if (!existsSync(join(root, 'extension', shot)))
      warnings.push(`extension.yaml lists the screenshot ${shot}, which is not under extension/ (npm run screenshots makes them)`);
  }
  return { ext, text };
}

/**
 * What `ksbuilder package` writes as Chart.yaml (Metadata.ToChartYaml): the chart is named after
 * the extension, takes the English description, and the icon inlined as a data URI.
 */
export function chartYamlFromExtension(ext: ExtensionMeta, icon: string): Record<string, unknown> {
  const chart: Record<string, unknown> = { apiVersion: 'v2', name: ext.name, version: ext.version, description: ext.description.en };
  if (ext.home) chart.home = ext.home;
  chart.icon = icon;
  if (ext.keywords?.length) chart.keywords = ext.keywords;
  if (ext.sources?.length) chart.sources = ext.sources;
  if (ext.kubeVersion) chart.kubeVersion = ext.kubeVersion;
  if (ext.maintainers?.length) chart.maintainers = ext.maintainers;
  // helm's Dependency marshals repository even when empty; the subcharts sit in charts/.
  if (ext.dependencies?.length) chart.dependencies = ext.dependencies.map((dep) => ({ ...dep, repository: dep.repository ?? '' }));
  if (ext.annotations && Object.keys(ext.annotations).length) chart.annotations = ext.annotations;
  return chart;
}

/**
 * Copies extension/ (less the image sources) to outDir and fills in what ksbuilder and the bundle
 * add: Chart.yaml, the versions, the image tag (and registry, when given), the bundle checksum
 * and the entry. extension.yaml's image list is written by the caller once the chart renders.
 */
export function writeChartDir(opts: {
  root: string;
  outDir: string;
  ext: ExtensionMeta;
  entry: Buffer;
  checksum: string;
  imageRegistry?: string;
}): Record<string, unknown> {
  const { root, outDir, ext, entry, checksum, imageRegistry } = opts;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Dotfiles (.gitkeep) stay out: helm would ship them as chart files. So does the image source.
  const source = join(root, 'extension');
  const imageSource = join(root, ...IMAGE_SOURCE.split('/'));
  cpSync(source, outDir, { recursive: true, filter: (src) => src === source || (!basename(src).startsWith('.') && src !== imageSource) });

  const iconPath = join(source, ext.icon);
  if (!existsSync(iconPath)) throw new Error(`extension.yaml icon ${ext.icon} not found under extension/`);
  const chartMetadata = chartYamlFromExtension(ext, iconDataUri(iconPath));
  writeFileSync(
    join(outDir, 'Chart.yaml'),
    `# Generated by npm run package from extension.yaml, as ksbuilder package does.\n${stringify(chartMetadata, { lineWidth: 0 })}`,
  );

  const edit = (path: string, settings: Array<[string[], unknown]>) =>
    writeFileSync(path, setYamlValues(readFileSync(path, 'utf8'), settings));
  edit(join(outDir, 'charts', 'frontend', 'Chart.yaml'), [
    [['version'], ext.version],
    [['appVersion'], ext.version],
  ]);
  const imageSettings = (prefix: string[]): Array<[string[], unknown]> => [
    [[...prefix, 'image', 'tag'], ext.version],
    ...(imageRegistry !== undefined ? ([[[...prefix, 'image', 'registry'], imageRegistry]] as Array<[string[], unknown]>) : []),
  ];
  edit(join(outDir, 'values.yaml'), imageSettings(['frontend']));
  edit(join(outDir, 'charts', 'frontend', 'values.yaml'), [...imageSettings([]), [['bundle', 'checksum'], checksum]]);

  const entryPath = join(outDir, ...ENTRY_IN_CHART.split('/'));
  mkdirSync(join(entryPath, '..'), { recursive: true });
  writeFileSync(entryPath, entry);
  return chartMetadata;
}

/** extension.yaml with its version and image list replaced, comments kept. */
export function writeExtensionYaml(outDir: string, text: string, { version, images }: { version: string; images: string[] }) {
  const doc = parseDocument(text);
  doc.set('version', version);
  doc.set('images', images);
  writeFileSync(join(outDir, 'extension.yaml'), doc.toString({ lineWidth: 0 }));
}
