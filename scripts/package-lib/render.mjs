// `helm template` for this package: coalesces values as Helm does for a subchart (the user's
// config over the top-level values.yaml over the subchart's own; global shared by all) and renders
// the frontend subchart's templates. The packager uses it for the release record estimate and the
// image reference it prints; the tests use it to check what an admin's values produce.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TemplateSet } from './template.mjs';

export const RELEASE = { Name: 'gitops-console', Namespace: 'extension-gitops-console', Service: 'Helm' };
export const SUBCHART = 'frontend';

const isMap = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Helm's coalescing: keys of `over` win, maps merge, a null deletes the key. */
export function coalesce(base, over) {
  if (!isMap(over)) return over === undefined ? base : over;
  const out = isMap(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete out[key];
    else out[key] = isMap(value) && isMap(out[key]) ? coalesce(out[key], value) : value;
  }
  return out;
}

const readYaml = (path) => (existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? {}) : {});

/** The values the frontend subchart sees, for the given user config (InstallPlan spec.config). */
export function subchartValues(chartDir, config = {}) {
  const top = coalesce(readYaml(join(chartDir, 'values.yaml')), config);
  const own = readYaml(join(chartDir, 'charts', SUBCHART, 'values.yaml'));
  const values = coalesce(own, top[SUBCHART] ?? {});
  values.global = coalesce(coalesce(own.global ?? {}, values.global ?? {}), top.global ?? {});
  return values;
}

function templateFiles(dir, rel = '') {
  const out = [];
  for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...templateFiles(dir, path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/**
 * Renders charts/frontend of a package directory. Returns { manifests: {path: text}, manifest },
 * manifest being the documents joined as Helm stores them in the release.
 */
export function renderChart(chartDir, config = {}) {
  const subDir = join(chartDir, 'charts', SUBCHART);
  const chart = parse(readFileSync(join(subDir, 'Chart.yaml'), 'utf8'));
  const templatesDir = join(subDir, 'templates');
  const set = new TemplateSet();
  const paths = templateFiles(templatesDir);
  for (const path of paths) set.add(path, readFileSync(join(templatesDir, ...path.split('/')), 'utf8'));
  // The objects templates see (.Values, .Release, .Chart), as Helm names their fields.
  const data = {
    Values: subchartValues(chartDir, config),
    Release: RELEASE,
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
  };
  const manifests = {};
  for (const path of paths) {
    if (path.split('/').pop().startsWith('_') || !/\.(ya?ml|txt)$/.test(path)) continue;
    const text = set.render(path, data);
    if (text.trim()) manifests[path] = text;
  }
  const manifest = Object.entries(manifests)
    .map(([path, text]) => `---\n# Source: ${RELEASE.Name}/charts/${SUBCHART}/templates/${path}\n${text.trim()}\n`)
    .join('');
  // The image reference, as the chart's "frontend.image" helper computes it for the Deployment.
  const image = set.include('frontend.image', data);
  return { manifests, manifest, values: data.Values, image };
}
