import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ENTRY_FILE, ENTRY_LINK } from '../../build/serving';
import { renderChart } from '../../scripts/package/build';
import type { KsObject } from './ks';

/**
 * What KubeSphere would have installed: the packaged chart (`npm run package` writes it)
 * rendered by real Helm with its default values, as the InstallPlan's helm job applies it. The
 * standalone console serves the bundle only by what these objects make ks-apiserver serve.
 */
export interface Installation {
  objects: () => KsObject[];
  /** The file server's document root (the image's /srv/www). */
  wwwDir: string;
}

export class MissingPackageError extends Error {}

export function loadInstallation(root: string, options: { live?: boolean } = {}): Installation {
  const chartDir = path.join(root, 'dist/package/gitops-console');
  if (!fs.existsSync(path.join(chartDir, 'Chart.yaml'))) {
    throw new MissingPackageError(`${chartDir} not found: run npm run build && npm run package (npm start does both).`);
  }
  const rendered = renderChart(chartDir).objects as KsObject[];
  if (!options.live) return { objects: () => rendered, wwwDir: path.join(root, 'dist/package/image/www') };
  // npm run dev: the bundle is rebuilt on every change, so the entry is read from the build each
  // time, as if the chart were packaged and upgraded again, and the files come from the build.
  const distDir = path.join(root, 'dist/gitops-console');
  return { objects: () => withEntry(rendered, fs.readFileSync(path.join(distDir, ENTRY_FILE), 'utf8')), wwwDir: distDir };
}

/** The rendered objects with another entry in the ConfigMap the JSBundle reads. */
export function withEntry(objects: KsObject[], entry: string): KsObject[] {
  const bundle = jsBundles(objects)[0];
  const ref = (bundle?.spec as { rawFrom?: { configMapKeyRef?: { name: string; key: string } } } | undefined)?.rawFrom?.configMapKeyRef;
  if (!ref) return objects;
  return objects.map((o) =>
    o.kind === 'ConfigMap' && o.metadata.name === ref.name
      ? { ...o, data: { ...(o.data as Record<string, string>), [ref.key]: entry } }
      : o,
  );
}

export function jsBundles(objects: KsObject[]): KsObject[] {
  return objects.filter((o) => o.kind === 'JSBundle' && o.apiVersion.startsWith('extensions.kubesphere.io/'));
}

export interface InstalledExtension {
  name: string;
  extensionName: string;
  link: string;
  resourceVersion: string;
}

/**
 * `window.globals.installedExtensions` as the console's server builds it from the JSBundles
 * (console `server/services/extension.js`): every Available bundle, with its link and resource
 * version. The resource version here follows the JSBundle's content, as an upgrade would bump it.
 */
export function installedExtensions(objects: KsObject[], extension: string, enabled: boolean): InstalledExtension[] {
  if (!enabled) return [];
  return jsBundles(objects).map((bundle) => {
    const status = (bundle.status ?? {}) as { link?: string };
    const digest = createHash('sha256')
      .update(JSON.stringify(withoutStatus(bundle)))
      .update(JSON.stringify(configMapsOf(objects)))
      .digest();
    return {
      name: bundle.metadata.name,
      extensionName: extension,
      link: status.link || ENTRY_LINK,
      resourceVersion: String(digest.readUInt32BE(0)),
    };
  });
}

function withoutStatus(object: KsObject) {
  const { status: _status, ...rest } = object;
  return rest;
}

function configMapsOf(objects: KsObject[]) {
  return objects.filter((o) => o.kind === 'ConfigMap').map((o) => o.data);
}
