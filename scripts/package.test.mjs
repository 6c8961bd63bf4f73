// npm run package, checked on a made-up bundle (a small entry, two chunks and one 3 MB chunk)
// and, when it has been built, on the real dist/gitops-console.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { BASE_URL_DIRECTIVE } from './package-lib/chart.mjs';
import { CONFIGMAP_LIMIT, planConfigMaps } from './package-lib/configmaps.mjs';
import { ENTRY, LINK_PREFIX, MIME_TYPES, checkReferences, contentTypeOf, findRelativeReferences, readDist } from './package-lib/dist.mjs';
import { GENERATED_DIR, MissingBuildError, buildPackage } from './package-lib/index.mjs';
import { readTar, tarBuffer } from './package-lib/tar.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const realDist = join(root, 'dist', 'gitops-console');
const BASE_URL = 'http://gitops-console-frontend.extension-gitops-console.svc';
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

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
  mkdirSync(dir, { recursive: true });
  const files = {
    'index.js':
      'System.register(["react"],(function(e,t){return{execute:(function(){' +
      'e("default",{routes:[{lazy:()=>t.import("./ListRoute-pKtXvTuA.js")},{lazy:()=>t.import("./YamlView-Zz9_8-Qq.js")}]})})}}));',
    'ListRoute-pKtXvTuA.js':
      'System.register(["react","./i18n-CfRRP8Hw.js"],(function(e){return{execute:(function(){e("default",1)})}}));',
    'i18n-CfRRP8Hw.js': 'System.register([],(function(e){return{execute:(function(){e("t",(k)=>k)})}}));',
  };
  // 3 MB that compresses about as badly as real data can, so that it needs several ConfigMaps.
  let big = 'System.register([],(function(e){return{execute:(function(){var a=[';
  while (big.length < 3 * 1024 * 1024) big += `${JSON.stringify(randomBytes(48).toString('base64'))},`;
  files['YamlView-Zz9_8-Qq.js'] = `${big}];e("default",a)})}}));`;
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'YamlView-Zz9_8-Qq.js.map'), '{"version":3}');
}

function loadGenerated(outDir) {
  const gen = join(outDir, ...GENERATED_DIR.split('/'));
  const jsBundleText = readFileSync(join(gen, 'jsbundle.yaml'), 'utf8');
  const rendered = jsBundleText.replaceAll(BASE_URL_DIRECTIVE, BASE_URL);
  expect(rendered).not.toContain('{{');
  const configMapsText = readFileSync(join(gen, 'configmaps.yaml'), 'utf8');
  expect(configMapsText).not.toContain('{{');
  const configMaps = parseAllDocuments(configMapsText).map((doc) => {
    expect(doc.errors).toEqual([]);
    return doc.toJS();
  });
  return { jsBundle: parse(rendered), configMaps, bundleTpl: readFileSync(join(gen, '_bundle.tpl'), 'utf8') };
}

function defineBody(text, name) {
  const match = text.match(new RegExp(`{{-? define "${name}" -?}}\\n([\\s\\S]*?){{-? end }}`));
  if (!match) throw new Error(`no define ${name}`);
  return match[1];
}

// Lays the ConfigMaps out as the projected volume does: one file per key.
function writeProjectedVolume(configMaps, dir) {
  for (const cm of configMaps) {
    for (const [key, value] of Object.entries(cm.data ?? {})) writeFileSync(join(dir, key), value);
    for (const [key, value] of Object.entries(cm.binaryData ?? {})) writeFileSync(join(dir, key), Buffer.from(value, 'base64'));
  }
}

function declaredPaths(jsBundle) {
  return jsBundle.spec.assets.files.map((f) => f.name);
}

describe('npm run package on a made-up bundle', () => {
  let distDir;
  let outRoot;
  let result;
  let generated;

  beforeAll(() => {
    distDir = join(tempDir('fake-dist'), 'gitops-console');
    makeFakeDist(distDir);
    outRoot = tempDir('package-out');
    result = buildPackage({ root, distDir, outRoot, mtime: 1_700_000_000 });
    generated = loadGenerated(result.outDir);
  });

  it('declares every file of the bundle but the entry in spec.assets.files, and nothing else', () => {
    const { files } = readDist(distDir);
    const others = files.map((f) => f.path).filter((p) => p !== ENTRY);
    expect(declaredPaths(generated.jsBundle).sort()).toEqual(others.sort());
    expect(others).toHaveLength(3);
    for (const name of declaredPaths(generated.jsBundle)) expect(existsSync(join(distDir, name))).toBe(true);
  });

  it('serves the entry as status.link and rawFrom.url', () => {
    const { jsBundle } = generated;
    expect(jsBundle.apiVersion).toBe('extensions.kubesphere.io/v1alpha1');
    expect(jsBundle.kind).toBe('JSBundle');
    expect(jsBundle.status).toEqual({ state: 'Available', link: '/dist/gitops-console/index.js' });
    expect(jsBundle.spec.rawFrom.url).toBe(`${BASE_URL}/dist/gitops-console/index.js`);
  });

  it('keeps every link under /dist/gitops-console, unique, with the url and type to match', () => {
    const { jsBundle } = generated;
    const links = [jsBundle.status.link, ...jsBundle.spec.assets.files.map((f) => f.link)];
    expect(new Set(links).size).toBe(links.length);
    for (const link of links) expect(link.startsWith(`${LINK_PREFIX}/`)).toBe(true);
    for (const file of jsBundle.spec.assets.files) {
      expect(file.url).toBe(`${BASE_URL}${file.link}`);
      expect(file.link).toBe(`${LINK_PREFIX}/${file.name}`);
      expect(file.mimeType).toBe('application/javascript; charset=utf-8');
    }
  });

  it('leaves source maps out', () => {
    expect(result.skipped).toEqual(['YamlView-Zz9_8-Qq.js.map']);
    expect(declaredPaths(generated.jsBundle).some((p) => p.endsWith('.map'))).toBe(false);
  });

  it('keeps every ConfigMap under 1 MiB, counted as base64 and as the API server counts', () => {
    expect(generated.configMaps.length).toBeGreaterThanOrEqual(3);
    for (const cm of generated.configMaps) {
      const values = { ...cm.data, ...cm.binaryData };
      const encoded = Object.entries(values).reduce((n, [k, v]) => n + k.length + v.length, 0);
      const decoded =
        Object.entries(cm.data ?? {}).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v), 0) +
        Object.entries(cm.binaryData ?? {}).reduce((n, [k, v]) => n + k.length + Buffer.from(v, 'base64').length, 0);
      expect(encoded).toBeLessThan(900 * 1024 + 1);
      expect(decoded).toBeLessThan(CONFIGMAP_LIMIT);
      for (const key of Object.keys(values)) expect(key).toMatch(/^[-._a-zA-Z0-9]+$/);
      expect(cm.immutable).toBe(true);
      expect(cm.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
  });

  it('splits the 3 MB chunk across several ConfigMaps', () => {
    const big = result.files.find((f) => f.path === 'YamlView-Zz9_8-Qq.js');
    expect(big.keys.length).toBeGreaterThan(1);
    const holders = generated.configMaps.filter((cm) => big.keys.some((k) => cm.binaryData?.[k]));
    expect(holders.length).toBe(big.keys.length);
  });

  it('reassembles every file byte for byte from the ConfigMap contents alone', () => {
    const byKey = {};
    for (const cm of generated.configMaps) {
      for (const [k, v] of Object.entries(cm.binaryData ?? {})) byKey[k] = Buffer.from(v, 'base64');
    }
    const script = generated.configMaps.find((cm) => cm.data?.['assemble.sh']).data['assemble.sh'];
    // Read the join order from the script itself, as the init container runs it.
    const cats = [...script.matchAll(/^cat (.+) > "\$out"\/'(.+)'\.gz$/gm)];
    expect(cats.map((m) => m[2]).sort()).toEqual(readDist(distDir).files.map((f) => f.path).sort());
    for (const [, sources, path] of cats) {
      const keys = [...sources.matchAll(/"\$src"\/'([^']+)'/g)].map((m) => m[1]);
      const joined = Buffer.concat(keys.map((k) => byKey[k]));
      expect(gunzipSync(joined).equals(readFileSync(join(distDir, path))), path).toBe(true);
    }
  });

  it.skipIf(!has('sh') || !has('gzip'))('runs the init container script with sh and gzip to the same files (skipped without them)', () => {
    const parts = tempDir('parts');
    const www = tempDir('www');
    writeProjectedVolume(generated.configMaps, parts);
    const out = join(www, 'dist', 'gitops-console');
    execFileSync('sh', [join(parts, 'assemble.sh'), parts, out], { stdio: 'pipe' });
    for (const file of readDist(distDir).files) {
      expect(readFileSync(join(out, file.path)).equals(file.data), file.path).toBe(true);
      expect(gunzipSync(readFileSync(join(out, `${file.path}.gz`))).equals(file.data)).toBe(true);
    }
  });

  it.skipIf(!has('busybox'))('runs the init container script with busybox alone, as on the Alpine image (skipped without busybox)', () => {
    const parts = tempDir('parts-bb');
    const www = tempDir('www-bb');
    const bin = tempDir('bin-bb');
    writeProjectedVolume(generated.configMaps, parts);
    const busybox = execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim();
    for (const applet of ['cat', 'gzip', 'mkdir']) symlinkSync(busybox, join(bin, applet));
    const out = join(www, 'dist', 'gitops-console');
    execFileSync(busybox, ['sh', join(parts, 'assemble.sh'), parts, out], { stdio: 'pipe', env: { PATH: bin } });
    for (const file of readDist(distDir).files) expect(readFileSync(join(out, file.path)).equals(file.data), file.path).toBe(true);
  });

  it('mounts every generated ConfigMap in the init container and rolls pods on a new bundle', () => {
    const sources = parse(defineBody(generated.bundleTpl, 'frontend.bundleVolumeSources'));
    expect(sources.map((s) => s.configMap.name).sort()).toEqual(generated.configMaps.map((cm) => cm.metadata.name).sort());
    expect(defineBody(generated.bundleTpl, 'frontend.bundleChecksum').trim()).toBe(result.plan.checksum);
    const deployment = readFileSync(join(result.outDir, 'charts/frontend/templates/deployment.yaml'), 'utf8');
    expect(deployment).toContain('include "frontend.bundleVolumeSources"');
    expect(deployment).toContain('include "frontend.bundleChecksum"');
    expect(deployment).toContain('/bundle-parts/assemble.sh');
  });

  it('writes Chart.yaml from extension.yaml as ksbuilder does', () => {
    const chart = parse(readFileSync(join(result.outDir, 'Chart.yaml'), 'utf8'));
    const ext = parse(readFileSync(join(root, 'extension.yaml'), 'utf8'));
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'gitops-console', version, description: ext.description.en });
    expect(chart.kubeVersion).toBe(ext.kubeVersion);
    expect(chart.keywords).toEqual(ext.keywords);
    expect(chart.icon).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(chart.dependencies).toEqual([{ name: 'frontend', tags: ['extension'], repository: '' }]);
    const copied = parse(readFileSync(join(result.outDir, 'extension.yaml'), 'utf8'));
    expect(copied.version).toBe(version);
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
      'gitops-console/charts/frontend/files/nginx.conf',
      'gitops-console/charts/frontend/templates/_helpers.tpl',
      'gitops-console/charts/frontend/templates/deployment.yaml',
      'gitops-console/charts/frontend/templates/service.yaml',
      'gitops-console/charts/frontend/templates/nginx-configmap.yaml',
      'gitops-console/charts/frontend/templates/generated/configmaps.yaml',
      'gitops-console/charts/frontend/templates/generated/jsbundle.yaml',
      'gitops-console/charts/frontend/templates/generated/_bundle.tpl',
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

  it('reports the sizes KubeSphere refuses for a bundle this large', () => {
    expect(result.problems.join('\n')).toMatch(/release record/);
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
    const conf = readFileSync(join(root, 'extension/charts/frontend/files/nginx.conf'), 'utf8');
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

  it('packs small files together and splits a large one into parts that fit', () => {
    const files = [
      { path: 'index.js', data: Buffer.from('x'.repeat(100)) },
      { path: 'big-12345678.js', data: randomBytes(300_000) },
      { path: 'sub/dir/c-12345678.js', data: Buffer.from('y') },
    ];
    const plan = planConfigMaps(files, { budget: 100_000 });
    for (const cm of plan.configMaps) expect(cm.encodedSize).toBeLessThanOrEqual(100_000);
    expect(plan.files.find((f) => f.path === 'big-12345678.js').keys.length).toBe(5);
    expect(plan.files.find((f) => f.path === 'sub/dir/c-12345678.js').keys).toEqual(['sub__dir__c-12345678.js.gz']);
    expect(plan.indexConfigMap.data['assemble.sh']).toContain(`mkdir -p "$out"/'sub/dir'`);
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
    const texts = [];
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else texts.push(readFileSync(join(dir, entry.name), 'utf8'));
      }
    };
    walk(templatesDir);
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

describe.skipIf(!has('nginx') || !has('sh'))('the chart nginx.conf, served by a real nginx (skipped where nginx is not installed)', () => {
  let nginx;
  let base;
  let distDir;

  beforeAll(async () => {
    distDir = join(tempDir('nginx-dist'), 'gitops-console');
    makeFakeDist(distDir);
    const result = buildPackage({ root, distDir, outRoot: tempDir('nginx-out') });
    const { configMaps } = loadGenerated(result.outDir);
    const parts = tempDir('nginx-parts');
    const www = tempDir('nginx-www');
    const run = tempDir('nginx-run');
    writeProjectedVolume(configMaps, parts);
    execFileSync('sh', [join(parts, 'assemble.sh'), parts, join(www, 'dist', 'gitops-console')], { stdio: 'pipe' });
    const port = await freePort();
    // The shipped file, moved only where the pod's paths do not exist here.
    const conf = readFileSync(join(result.outDir, 'charts/frontend/files/nginx.conf'), 'utf8')
      .replaceAll(' /tmp/', ` ${run}/`)
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replace('root /srv/www;', `root ${www};`)
      .replace('access_log /dev/stdout combined if=$loggable;', 'access_log off;');
    writeFileSync(join(run, 'nginx.conf'), conf);
    nginx = spawn('nginx', ['-p', run, '-c', join(run, 'nginx.conf'), '-e', join(run, 'error.log')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/healthz`, Date.now() + 10_000);
  });

  afterAll(() => {
    if (nginx?.pid) nginx.kill('SIGTERM');
  });

  it('serves the entry as JavaScript that browsers revalidate', async () => {
    const res = await fetch(`${base}/dist/gitops-console/index.js?resourceVersion=7`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentTypeOf('index.js'));
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(distDir, 'index.js')))).toBe(true);
  });

  it('serves hashed chunks as immutable, gzip-compressed to clients that accept it', async () => {
    const name = 'YamlView-Zz9_8-Qq.js';
    const { request } = await import('node:http');
    const { status, headers, body } = await new Promise((resolve, reject) => {
      // node's fetch would decompress on its own; read the raw bytes instead.
      request(`${base}/dist/gitops-console/${name}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-type']).toBe(contentTypeOf(name));
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(body).equals(readFileSync(join(distDir, name)))).toBe(true);
  });

  it('answers 404 without a long cache lifetime for files that do not exist', async () => {
    const res = await fetch(`${base}/dist/gitops-console/Nope-12345678.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBeNull();
    expect((await fetch(`${base}/etc/passwd`)).status).toBe(404);
  });
});

describe('the real build', () => {
  const built = existsSync(join(realDist, ENTRY));

  it.skipIf(!built)('declares every file that the built bundle can request at run time (skipped without dist/gitops-console: run npm run build)', () => {
    const { files } = readDist(realDist);
    const { references, missing, unresolved } = checkReferences(files);
    expect(missing).toEqual([]);
    const result = buildPackage({ root, distDir: realDist, outRoot: tempDir('real-out') });
    const { jsBundle } = loadGenerated(result.outDir);
    const declared = new Set([jsBundle.status.link, ...jsBundle.spec.assets.files.map((f) => f.link)]);
    for (const ref of references.filter((r) => !unresolved.includes(r))) {
      expect(declared.has(`${LINK_PREFIX}/${ref.resolved}`), `${ref.from} -> ${ref.ref}`).toBe(true);
    }
    // Relative strings that are no build output (library internals) are shown, not failed on.
    for (const ref of unresolved) console.warn(`not a shipped file: ${ref.from} -> ${ref.ref}`);
    for (const file of files) expect(declared.has(`${LINK_PREFIX}/${file.path}`), file.path).toBe(true);
  });
});
