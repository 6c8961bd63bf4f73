// npm run package, checked on a made-up bundle (a small entry, two chunks, one 3 MB chunk and an
// image) and, when it has been built, on the real dist/gitops-console (PACKAGE_TEST_DIST points
// elsewhere). The chart is rendered as helm would, and the image context is laid out as the
// Dockerfile's COPY lines do and served by a real nginx where one is installed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { BASE_URL_DIRECTIVE } from './package-lib/chart.mjs';
import { ENTRY, LINK_PREFIX, MIME_TYPES, checkReferences, contentTypeOf, findRelativeReferences, readDist } from './package-lib/dist.mjs';
import { BUNDLE_DIR, dockerfileCopies, dockerfileEntrypoint } from './package-lib/image.mjs';
import { GENERATED_DIR, MissingBuildError, buildPackage } from './package-lib/index.mjs';
import { renderChart } from './package-lib/render.mjs';
import { readTar, tarBuffer } from './package-lib/tar.mjs';
import { TemplateSet } from './package-lib/template.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const realDist = process.env.PACKAGE_TEST_DIST ?? join(root, 'dist', 'gitops-console');
const BASE_URL = 'http://gitops-console-frontend.extension-gitops-console.svc';
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const BIG = 'YamlView-Zz9_8-Qq.js';
const PNG = 'img/logo-AbCd1234.png';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const temps = [];
function tempDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  chmodSync(dir, 0o755);
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// Shaped like Rollup's SystemJS output: the entry imports chunks lazily with module.import().
function makeFakeDist(dir) {
  mkdirSync(join(dir, 'img'), { recursive: true });
  const files = {
    'index.js':
      'System.register(["react"],(function(e,t){return{execute:(function(){' +
      `e("default",{routes:[{lazy:()=>t.import("./ListRoute-pKtXvTuA.js")},{lazy:()=>t.import("./${BIG}")}]})})}}));`,
    'ListRoute-pKtXvTuA.js':
      'System.register(["react","./i18n-CfRRP8Hw.js"],(function(e){return{execute:(function(){e("default",1)})}}));',
    'i18n-CfRRP8Hw.js': 'System.register([],(function(e){return{execute:(function(){e("t",(k)=>k)})}}));',
  };
  // 3 MB that compresses about as badly as real code can: far more than a chart could carry.
  let big = 'System.register([],(function(e){return{execute:(function(){var a=[';
  while (big.length < 3 * 1024 * 1024) big += `${JSON.stringify(randomBytes(48).toString('base64'))},`;
  files[BIG] = `${big}];e("default",a)})}}));`;
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // Already compressed data: gzip would only make it larger.
  writeFileSync(join(dir, ...PNG.split('/')), randomBytes(2048));
  writeFileSync(join(dir, `${BIG}.map`), '{"version":3}');
}

// The generated JSBundle's only template expression is the base URL: substituted, it is plain YAML.
function loadJsBundle(outDir) {
  const text = readFileSync(join(outDir, ...GENERATED_DIR.split('/'), 'jsbundle.yaml'), 'utf8');
  const rendered = text.replaceAll(BASE_URL_DIRECTIVE, BASE_URL);
  expect(rendered).not.toContain('{{');
  return parse(rendered);
}

/** Renders the chart with an admin's config and parses every document, keyed by kind. */
function renderObjects(outDir, config) {
  const { manifests, manifest } = renderChart(outDir, config);
  expect(manifest).not.toContain('{{');
  const objects = {};
  for (const [path, text] of Object.entries(manifests)) {
    for (const doc of parseAllDocuments(text)) {
      expect(doc.errors, path).toEqual([]);
      const object = doc.toJS();
      if (!object) continue;
      expect(objects[object.kind], `two ${object.kind}s`).toBeUndefined();
      objects[object.kind] = object;
    }
  }
  return objects;
}

const imageOf = (outDir, config) => renderObjects(outDir, config).Deployment.spec.template.spec.containers[0].image;

function declaredPaths(jsBundle) {
  return jsBundle.spec.assets.files.map((f) => f.name);
}

function walkFiles(dir, rel = '') {
  const out = [];
  for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walkFiles(dir, path));
    else out.push(path);
  }
  return out.sort();
}

/**
 * Lays out what the image's file system gets from the build context, by reading the Dockerfile's
 * COPY lines as docker does: a directory's contents go into the destination, a file goes to the
 * destination path (or into it, when it ends in "/"). Returns the ENTRYPOINT too.
 */
function layOutImage(contextDir, imageRoot) {
  const dockerfile = readFileSync(join(contextDir, 'Dockerfile'), 'utf8');
  const copies = dockerfileCopies(dockerfile);
  expect(copies.length).toBeGreaterThan(0);
  for (const { sources, dest } of copies) {
    for (const src of sources) {
      const from = join(contextDir, src);
      const to = join(imageRoot, dest);
      if (statSync(from).isDirectory()) cpSync(from, to, { recursive: true });
      else cpSync(from, dest.endsWith('/') ? join(to, basename(src)) : to);
    }
  }
  return { dockerfile, entrypoint: dockerfileEntrypoint(dockerfile) };
}

describe('npm run package on a made-up bundle', () => {
  let distDir;
  let outRoot;
  let result;
  let jsBundle;

  beforeAll(() => {
    distDir = join(tempDir('fake-dist'), 'gitops-console');
    makeFakeDist(distDir);
    outRoot = tempDir('package-out');
    result = buildPackage({ root, distDir, outRoot, mtime: 1_700_000_000 });
    jsBundle = loadJsBundle(result.outDir);
  });

  it('declares every file of the bundle but the entry in spec.assets.files, and nothing else', () => {
    const { files } = readDist(distDir);
    const others = files.map((f) => f.path).filter((p) => p !== ENTRY);
    expect(declaredPaths(jsBundle).sort()).toEqual(others.sort());
    expect(others).toHaveLength(4);
  });

  it('serves the entry as status.link and rawFrom.url', () => {
    expect(jsBundle.apiVersion).toBe('extensions.kubesphere.io/v1alpha1');
    expect(jsBundle.kind).toBe('JSBundle');
    expect(jsBundle.status).toEqual({ state: 'Available', link: '/dist/gitops-console/index.js' });
    expect(jsBundle.spec.rawFrom.url).toBe(`${BASE_URL}/dist/gitops-console/index.js`);
  });

  it('keeps every link under /dist/gitops-console, unique, with the url and type to match', () => {
    const links = [jsBundle.status.link, ...jsBundle.spec.assets.files.map((f) => f.link)];
    expect(new Set(links).size).toBe(links.length);
    for (const link of links) expect(link.startsWith(`${LINK_PREFIX}/`)).toBe(true);
    for (const file of jsBundle.spec.assets.files) {
      expect(file.url).toBe(`${BASE_URL}${file.link}`);
      expect(file.link).toBe(`${LINK_PREFIX}/${file.name}`);
      expect(file.mimeType).toBe(contentTypeOf(file.name));
    }
    expect(jsBundle.spec.assets.files.find((f) => f.name === PNG).mimeType).toBe('image/png');
    expect(jsBundle.spec.assets.files.find((f) => f.name === BIG).mimeType).toBe('application/javascript; charset=utf-8');
  });

  it('leaves source maps out', () => {
    expect(result.skipped).toEqual([`${BIG}.map`]);
    expect(declaredPaths(jsBundle).some((p) => p.endsWith('.map'))).toBe(false);
    expect(walkFiles(result.contextDir).some((p) => p.includes('.map'))).toBe(false);
  });

  it('puts every file in the image context byte for byte, with .gz twins where gzip helps', () => {
    const bundleDir = join(result.contextDir, ...BUNDLE_DIR.split('/'));
    const { files } = readDist(distDir);
    for (const file of files) {
      expect(readFileSync(join(bundleDir, file.path)).equals(file.data), file.path).toBe(true);
      const twin = join(bundleDir, `${file.path}.gz`);
      // Code compresses; a file of a few bytes may not, and is then served as it is.
      if (file.path.endsWith('.js') && file.data.length > 1024) expect(existsSync(twin), `${file.path}.gz`).toBe(true);
      if (existsSync(twin)) expect(gunzipSync(readFileSync(twin)).equals(file.data), `${file.path}.gz`).toBe(true);
    }
    expect(existsSync(join(bundleDir, `${PNG}.gz`))).toBe(false);
    const expected = files.flatMap((f) => (existsSync(join(bundleDir, `${f.path}.gz`)) ? [f.path, `${f.path}.gz`] : [f.path]));
    expect(walkFiles(bundleDir)).toEqual(expected.sort());
    // Layer timestamps and Last-Modified do not change when the same bundle is packaged again.
    expect(statSync(join(bundleDir, BIG)).mtimeMs).toBe(1_700_000_000_000);
  });

  it('ships the Dockerfile and nginx.conf from extension/image unchanged, on nginx:1.27-alpine as uid 101', () => {
    for (const name of ['Dockerfile', 'nginx.conf']) {
      expect(readFileSync(join(result.contextDir, name), 'utf8')).toBe(readFileSync(join(root, 'extension/image', name), 'utf8'));
    }
    const dockerfile = readFileSync(join(result.contextDir, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM nginx:1\.27-alpine$/m);
    expect(dockerfile).toMatch(/^USER 101(:101)?$/m);
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m);
    // No RUN: the same context builds for any platform without emulation.
    expect(dockerfile).not.toMatch(/^RUN /m);
    for (const { sources } of dockerfileCopies(dockerfile)) {
      for (const src of sources) expect(existsSync(join(result.contextDir, src)), src).toBe(true);
    }
  });

  it('packages the 3 MB chunk into a chart far under the 1 MiB limits', () => {
    expect(result.problems).toEqual([]);
    expect(result.tgzSize).toBeLessThan(64 * 1024);
    expect(result.releaseSize).toBeLessThan(64 * 1024);
    // No bundle file travels in the chart.
    expect(result.chartFiles.some((p) => p.endsWith('.js') || p.endsWith('.gz'))).toBe(false);
  });

  it('renders a Deployment, a Service and the JSBundle, and no ConfigMap', () => {
    const objects = renderObjects(result.outDir);
    expect(Object.keys(objects).sort()).toEqual(['Deployment', 'JSBundle', 'Service']);
    expect(objects.JSBundle).toEqual(jsBundle);
    expect(objects.Service.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
    expect(objects.Service.spec.selector).toEqual(objects.Deployment.spec.selector.matchLabels);
    expect(`http://${objects.Service.metadata.name}.extension-gitops-console.svc`).toBe(BASE_URL);
  });

  it('runs the image unprivileged, read-only, with only /tmp writable, and rolls pods on a new bundle', () => {
    const { Deployment } = renderObjects(result.outDir);
    const pod = Deployment.spec.template;
    expect(pod.metadata.annotations['checksum/bundle']).toBe(result.checksum);
    expect(pod.spec.initContainers).toBeUndefined();
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    expect(pod.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 101, runAsGroup: 101 });
    expect(pod.spec.containers).toHaveLength(1);
    const [nginx] = pod.spec.containers;
    expect(nginx.image).toBe(`gitops-console-frontend:${version}`);
    expect(nginx.command).toBeUndefined();
    expect(nginx.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(nginx.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(nginx.readinessProbe.httpGet).toEqual({ path: '/dist/gitops-console/index.js', port: 'http' });
    expect(nginx.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(nginx.resources.limits).toBeDefined();
    expect(nginx.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    expect(pod.spec.volumes.map((v) => Object.keys(v).filter((k) => k !== 'name'))).toEqual([['emptyDir']]);
  });

  it('builds the image reference from the admin config, with global.imageRegistry and pull secrets winning', () => {
    const out = result.outDir;
    expect(imageOf(out)).toBe(`gitops-console-frontend:${version}`);
    expect(imageOf(out, { frontend: { image: { registry: 'harbor.example.com/kubesphere' } } })).toBe(
      `harbor.example.com/kubesphere/gitops-console-frontend:${version}`,
    );
    expect(imageOf(out, { frontend: { image: { registry: 'harbor.example.com/ks/', tag: 'fix-1' } } })).toBe(
      'harbor.example.com/ks/gitops-console-frontend:fix-1',
    );
    expect(
      imageOf(out, { global: { imageRegistry: 'mirror.local:5000' }, frontend: { image: { registry: 'harbor.example.com/ks' } } }),
    ).toBe(`mirror.local:5000/gitops-console-frontend:${version}`);
    // An empty tag falls back to the chart's appVersion, which is the package version.
    expect(imageOf(out, { frontend: { image: { tag: '' } } })).toBe(`gitops-console-frontend:${version}`);

    const secrets = (config) => renderObjects(out, config).Deployment.spec.template.spec.imagePullSecrets;
    expect(secrets()).toBeUndefined();
    expect(secrets({ frontend: { imagePullSecrets: [{ name: 'mine' }] } })).toEqual([{ name: 'mine' }]);
    expect(secrets({ global: { imagePullSecrets: [{ name: 'ks' }] }, frontend: { imagePullSecrets: [{ name: 'mine' }] } })).toEqual([
      { name: 'ks' },
    ]);
  });

  it('surfaces the image settings in the top-level values.yaml with the package version', () => {
    const values = parse(readFileSync(join(result.outDir, 'values.yaml'), 'utf8'));
    expect(values.frontend.image).toEqual({ registry: '', repository: 'gitops-console-frontend', tag: version });
    const sub = parse(readFileSync(join(result.outDir, 'charts/frontend/values.yaml'), 'utf8'));
    expect(sub.image).toMatchObject({ registry: '', repository: 'gitops-console-frontend', tag: version });
    expect(sub.bundle.checksum).toBe(result.checksum);
  });

  it('writes Chart.yaml from extension.yaml as ksbuilder does, and lists the image in extension.yaml', () => {
    const chart = parse(readFileSync(join(result.outDir, 'Chart.yaml'), 'utf8'));
    const ext = parse(readFileSync(join(root, 'extension.yaml'), 'utf8'));
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'gitops-console', version, description: ext.description.en });
    expect(chart.kubeVersion).toBe(ext.kubeVersion);
    expect(chart.keywords).toEqual(ext.keywords);
    expect(chart.icon).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(chart.dependencies).toEqual([{ name: 'frontend', tags: ['extension'], repository: '' }]);
    const copied = parse(readFileSync(join(result.outDir, 'extension.yaml'), 'utf8'));
    expect(copied.version).toBe(version);
    expect(copied.images).toEqual([`gitops-console-frontend:${version}`]);
    expect(copied.externalDependencies).toEqual([{ name: 'devops', type: 'extension', version: '>=1.1.0', required: true }]);
    const sub = parse(readFileSync(join(result.outDir, 'charts/frontend/Chart.yaml'), 'utf8'));
    expect(sub).toMatchObject({ name: 'frontend', version, appVersion: version });
  });

  it('writes a tgz with gitops-console/ at its root holding the chart directory', () => {
    expect(result.tgzPath).toBe(join(outRoot, `gitops-console-${version}.tgz`));
    const expected = [
      'gitops-console/Chart.yaml',
      'gitops-console/values.yaml',
      'gitops-console/extension.yaml',
      'gitops-console/permissions.yaml',
      'gitops-console/README.md',
      'gitops-console/README_zh.md',
      'gitops-console/CHANGELOG.md',
      'gitops-console/CHANGELOG_zh.md',
      'gitops-console/static/favicon.svg',
      'gitops-console/charts/frontend/Chart.yaml',
      'gitops-console/charts/frontend/values.yaml',
      'gitops-console/charts/frontend/templates/_helpers.tpl',
      'gitops-console/charts/frontend/templates/deployment.yaml',
      'gitops-console/charts/frontend/templates/service.yaml',
      'gitops-console/charts/frontend/templates/generated/jsbundle.yaml',
    ];
    const listed = has('tar')
      ? execFileSync('tar', ['-tzf', result.tgzPath], { encoding: 'utf8' }).trim().split('\n')
      : readTar(gunzipSync(readFileSync(result.tgzPath))).map((e) => e.path);
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(listed[0]).toBe('gitops-console/Chart.yaml');
    // Nothing generated lands in the source tree.
    expect(existsSync(join(root, 'extension', 'charts', 'frontend', 'templates', 'generated'))).toBe(false);
  });

  it('archives the output folder byte for byte', () => {
    for (const entry of readTar(gunzipSync(readFileSync(result.tgzPath)))) {
      const onDisk = readFileSync(join(result.outDir, entry.path.slice('gitops-console/'.length)));
      expect(entry.data.equals(onDisk), entry.path).toBe(true);
    }
  });

  it('writes a registry given to the packager into the chart and extension.yaml', () => {
    const other = buildPackage({ root, distDir, outRoot: tempDir('registry-out'), imageRegistry: 'harbor.example.com/ks' });
    const image = `harbor.example.com/ks/gitops-console-frontend:${version}`;
    expect(other.image).toBe(image);
    expect(imageOf(other.outDir)).toBe(image);
    expect(parse(readFileSync(join(other.outDir, 'extension.yaml'), 'utf8')).images).toEqual([image]);
    expect(imageOf(other.outDir, { global: { imageRegistry: 'mirror.local' } })).toBe(`mirror.local/gitops-console-frontend:${version}`);
  });
});

describe('package building blocks', () => {
  it('fails with a clear message when there is no build', () => {
    const outRoot = tempDir('no-build');
    expect(() => buildPackage({ root, distDir: join(outRoot, 'missing'), outRoot })).toThrow(MissingBuildError);
    expect(() => buildPackage({ root, distDir: join(outRoot, 'missing'), outRoot })).toThrow(/run npm run build first/);
  });

  it('fails when the bundle asks for a file that was not built', () => {
    const distDir = join(tempDir('broken'), 'gitops-console');
    mkdirSync(distDir, { recursive: true });
    writeFileSync(join(distDir, 'index.js'), 'System.register([],function(e,t){t.import("./Gone-12345678.js")});');
    expect(() => buildPackage({ root, distDir, outRoot: tempDir('broken-out') })).toThrow(/Gone-12345678\.js/);
  });

  it('finds the relative references Rollup writes in SystemJS output', () => {
    const code =
      'System.register(["react","./a-12345678.js"],function(e,t){t.import(\'./b-12345678.js\');' +
      'new URL("./icon-12345678.svg",t.meta.url);var u="https://cdn.example/x.js",d="../up.js"})';
    expect(findRelativeReferences(code)).toEqual(['../up.js', './a-12345678.js', './b-12345678.js', './icon-12345678.svg']);
    const files = [{ path: 'index.js', data: Buffer.from(code) }, { path: 'a-12345678.js', data: Buffer.from('') }];
    const { missing, unresolved } = checkReferences(files);
    expect(missing.map((m) => m.ref)).toEqual(['./b-12345678.js', './icon-12345678.svg']);
    // Not a build output: reported, but it does not stop the package.
    expect(unresolved.map((m) => m.ref)).toEqual(['../up.js']);
  });

  it('gives nginx and the JSBundle the same content types', () => {
    const conf = readFileSync(join(root, 'extension/image/nginx.conf'), 'utf8');
    const block = conf.match(/types \{([^}]*)\}/)[1];
    const nginxTypes = {};
    for (const line of block.split(';')) {
      const [type, ...exts] = line.trim().split(/\s+/);
      for (const ext of exts) nginxTypes[ext] = type;
    }
    expect(nginxTypes).toEqual(MIME_TYPES);
    const charsetTypes = conf.match(/charset_types ([^;]*);/)[1].split(/\s+/);
    for (const [ext, type] of Object.entries(MIME_TYPES)) {
      expect(contentTypeOf(`x.${ext}`)).toBe(charsetTypes.includes(type) ? `${type}; charset=utf-8` : type);
    }
  });

  it('reads the Dockerfile COPY forms docker accepts', () => {
    const text = 'FROM x\nCOPY --chown=101:101 a b /dst/\nCOPY ["c d", "/e"]\nADD f \\\n  /g\nRUN echo COPY no\n';
    expect(dockerfileCopies(text)).toEqual([
      { sources: ['a', 'b'], dest: '/dst/' },
      { sources: ['c d'], dest: '/e' },
      { sources: ['f'], dest: '/g' },
    ]);
  });

  it('renders Go templates as helm does, and refuses what it does not know', () => {
    const set = new TemplateSet()
      .add('_h.tpl', '{{- define "n" -}}{{ .a | default "x" | quote }}{{- end }}')
      .add(
        't.yaml',
        'a: {{ include "n" . }}\n{{- if .b }}\nb: yes\n{{- else if .c }}\nc: {{ (include "n" .) | trimSuffix "\\"" }}\n{{- end }}\n' +
          '{{- with .d }}\nd:{{ toYaml . | nindent 2 }}\n{{- end }}\n',
      );
    expect(set.render('t.yaml', { a: '', c: 1, d: { k: 'v' } })).toBe('a: "x"\nc: "x\nd:\n  k: v\n');
    expect(set.render('t.yaml', { a: 'z', b: true })).toBe('a: "z"\nb: yes\n');
    expect(() => new TemplateSet().add('u.yaml', '{{ lookup "v1" }}').render('u.yaml', {})).toThrow(/lookup/);
    expect(() => new TemplateSet().add('v.yaml', '{{ .a.b }}').render('v.yaml', {})).toThrow(/nil pointer/);
  });

  it('writes a tar that tar itself reads, long paths included', () => {
    const long = `${'d'.repeat(80)}/${'e'.repeat(60)}/file.txt`;
    const entries = [
      { path: 'a.txt', data: Buffer.from('hello') },
      { path: long, data: Buffer.alloc(1500, 7) },
    ];
    const buffer = tarBuffer(entries, 1_700_000_000);
    expect(readTar(buffer).map((e) => [e.path, e.data.length])).toEqual([['a.txt', 5], [long, 1500]]);
    if (has('tar')) {
      const dir = tempDir('tar');
      writeFileSync(join(dir, 'x.tar'), buffer);
      expect(execFileSync('tar', ['-tf', join(dir, 'x.tar')], { encoding: 'utf8' }).trim().split('\n')).toEqual(['a.txt', long]);
    }
  });

  it('uses only named templates that the chart defines, with balanced blocks', () => {
    const outRoot = tempDir('lint');
    const distDir = join(tempDir('lint-dist'), 'gitops-console');
    mkdirSync(distDir, { recursive: true });
    writeFileSync(join(distDir, 'index.js'), 'System.register([],function(){});');
    const { outDir } = buildPackage({ root, distDir, outRoot });
    const templatesDir = join(outDir, 'charts/frontend/templates');
    const texts = walkFiles(templatesDir).map((p) => readFileSync(join(templatesDir, p), 'utf8'));
    const all = texts.join('\n');
    const defined = new Set([...all.matchAll(/{{-? define "([^"]+)"/g)].map((m) => m[1]));
    for (const [, name] of all.matchAll(/include "([^"]+)"/g)) expect(defined.has(name), name).toBe(true);
    for (const text of texts) {
      const actions = [...text.matchAll(/{{-?\s*(define|if|with|range|end)\b/g)].map((m) => m[1]);
      expect(actions.filter((a) => a !== 'end').length).toBe(actions.filter((a) => a === 'end').length);
    }
    // Values the templates read exist in values.yaml.
    const values = parse(readFileSync(join(outDir, 'charts/frontend/values.yaml'), 'utf8'));
    for (const [, path] of all.matchAll(/\.Values\.([A-Za-z0-9_.]+)/g)) {
      const value = path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), values);
      expect(value, path).not.toBeUndefined();
    }
  });
});

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, deadline) {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// node's fetch would decompress on its own; this reads the raw bytes.
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe.skipIf(!has('nginx'))('the image, laid out from its Dockerfile and served by a real nginx (skipped where nginx is not installed)', () => {
  let nginx;
  let base;
  let distDir;

  beforeAll(async () => {
    distDir = join(tempDir('nginx-dist'), 'gitops-console');
    makeFakeDist(distDir);
    const result = buildPackage({ root, distDir, outRoot: tempDir('nginx-out') });
    const imageRoot = tempDir('nginx-image');
    const run = tempDir('nginx-run');
    const { entrypoint } = layOutImage(result.contextDir, imageRoot);
    // The image's command: nginx with the config the Dockerfile copied in.
    expect(entrypoint[0]).toBe('nginx');
    const confPath = entrypoint[entrypoint.indexOf('-c') + 1];
    const port = await freePort();
    // The shipped file, moved only where the image's paths do not exist here.
    const conf = readFileSync(join(imageRoot, confPath), 'utf8')
      .replaceAll(' /tmp/', ` ${run}/`)
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replace(/^(\s*root )\/(.*);$/m, (_, lead, path) => `${lead}${join(imageRoot, path)};`)
      .replace('access_log /dev/stdout combined if=$loggable;', 'access_log off;');
    expect(conf).toContain(`root ${imageRoot}/`);
    writeFileSync(join(run, 'nginx.conf'), conf);
    nginx = spawn('nginx', ['-p', run, '-c', join(run, 'nginx.conf'), '-e', join(run, 'error.log')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/healthz`, Date.now() + 10_000);
  });

  afterAll(() => {
    if (nginx?.pid) nginx.kill('SIGTERM');
  });

  it('answers the liveness probe', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok\n');
  });

  it('serves the entry as JavaScript that browsers revalidate', async () => {
    const res = await fetch(`${base}/dist/gitops-console/index.js?resourceVersion=7`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentTypeOf('index.js'));
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(distDir, 'index.js')))).toBe(true);
  });

  it('serves hashed chunks as immutable, from the .gz twin to clients that accept gzip', async () => {
    const { status, headers, body } = await rawGet(`${base}/dist/gitops-console/${BIG}`, { 'accept-encoding': 'gzip' });
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-type']).toBe(contentTypeOf(BIG));
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(body).equals(readFileSync(join(distDir, BIG)))).toBe(true);
    const plain = await rawGet(`${base}/dist/gitops-console/${BIG}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(distDir, BIG)))).toBe(true);
  });

  it('serves files in folders and without a twin with their own type', async () => {
    const { status, headers, body } = await rawGet(`${base}/dist/gitops-console/${PNG}`, { 'accept-encoding': 'gzip' });
    expect(status).toBe(200);
    expect(headers['content-type']).toBe(contentTypeOf(PNG));
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.equals(readFileSync(join(distDir, ...PNG.split('/'))))).toBe(true);
  });

  it('answers 404 without a long cache lifetime for files that do not exist', async () => {
    const res = await fetch(`${base}/dist/gitops-console/Nope-12345678.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBeNull();
    expect((await fetch(`${base}/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${base}/srv/www/dist/gitops-console/index.js`)).status).toBe(404);
  });
});

describe('the real build', () => {
  const built = existsSync(join(realDist, ENTRY));
  let result;
  let files;

  beforeAll(() => {
    if (!built) return;
    // A copy, so that a build running meanwhile does not change the files under the test.
    const distDir = join(tempDir('real-dist'), 'gitops-console');
    cpSync(realDist, distDir, { recursive: true });
    files = readDist(distDir).files;
    result = buildPackage({ root, distDir, outRoot: tempDir('real-out') });
  });

  it.skipIf(!built)('declares every file that the built bundle can request at run time (skipped without dist/gitops-console: run npm run build)', () => {
    const { references, missing, unresolved } = checkReferences(files);
    expect(missing).toEqual([]);
    const jsBundle = loadJsBundle(result.outDir);
    const declared = new Set([jsBundle.status.link, ...jsBundle.spec.assets.files.map((f) => f.link)]);
    for (const ref of references.filter((r) => !unresolved.includes(r))) {
      expect(declared.has(`${LINK_PREFIX}/${ref.resolved}`), `${ref.from} -> ${ref.ref}`).toBe(true);
    }
    // Relative strings that are no build output (library internals) are shown, not failed on.
    for (const ref of unresolved) console.warn(`not a shipped file: ${ref.from} -> ${ref.ref}`);
    for (const file of files) expect(declared.has(`${LINK_PREFIX}/${file.path}`), file.path).toBe(true);
    for (const file of jsBundle.spec.assets.files) expect(file.mimeType, file.name).toBe(contentTypeOf(file.name));
  });

  it.skipIf(!built)('puts every file in the image, where its nginx serves the links, with matching .gz twins', () => {
    const imageRoot = tempDir('real-image');
    const { entrypoint } = layOutImage(result.contextDir, imageRoot);
    const conf = readFileSync(join(imageRoot, entrypoint[entrypoint.indexOf('-c') + 1]), 'utf8');
    const wwwRoot = conf.match(/^\s*root (\S+);$/m)[1];
    const jsBundle = loadJsBundle(result.outDir);
    for (const link of [jsBundle.status.link, ...jsBundle.spec.assets.files.map((f) => f.link)]) {
      const served = join(imageRoot, wwwRoot, ...link.split('/'));
      const file = files.find((f) => `${LINK_PREFIX}/${f.path}` === link);
      expect(readFileSync(served).equals(file.data), link).toBe(true);
      if (link.endsWith('.js') && file.data.length > 1024) expect(existsSync(`${served}.gz`), `${link}.gz`).toBe(true);
      if (existsSync(`${served}.gz`)) expect(gunzipSync(readFileSync(`${served}.gz`)).equals(file.data), `${link}.gz`).toBe(true);
    }
  });

  it.skipIf(!built)('fits the chart in KubeSphere with a wide margin, however large the bundle', () => {
    expect(result.problems).toEqual([]);
    expect(result.tgzSize).toBeLessThan(256 * 1024);
    expect(result.releaseSize).toBeLessThan(256 * 1024);
    const objects = renderObjects(result.outDir, { frontend: { image: { registry: 'harbor.example.com/ks' } } });
    expect(objects.Deployment.spec.template.spec.containers[0].image).toBe(`harbor.example.com/ks/gitops-console-frontend:${version}`);
    expect(posix.basename(objects.JSBundle.status.link)).toBe(ENTRY);
  });
});
