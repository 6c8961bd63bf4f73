// npm run package (build.ts) as KubeSphere, its installer, an administrator and a browser meet it:
// the chart rendered by real helm, KubeSphere's CRD schemas, the installer's permissions, the image
// laid out from its Dockerfile and served by a real nginx, and (once built) the real bundle.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { rewriteEntryImports } from '../../build/entryImports';
import { ENTRY_FILE, ENTRY_LINK, EXTENSION_NAME, PROXY_PREFIX } from '../../build/serving';
import { findCrdRoot, loadCrds, validateManifest } from '../helm/crdSchema';
import { helm, helmLint } from '../helm/helm';
import { BUDGET, OBJECT_LIMIT } from './budget';
import { NAMESPACE, buildPackage, renderChart, type PackageResult } from './build';
import { ENTRY_IN_CHART } from './chart';
import { CHARSET_TYPES, DEFAULT_MIME_TYPE, MIME_TYPES, checkReferences, contentTypeOf, readDist, type BundleFile } from './dist';
import { WWW_DIR, dockerfileBase, dockerfileCopies, dockerfileEntrypoint } from './image';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rendered objects are read as the plain JSON they are
type Json = any;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const version: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const imageAt = (registry: string) => `${registry}/gitops-console/gitops-console-frontend:${version}`;
const KS_KINDS = ['GlobalRole', 'GlobalRoleBinding', 'JSBundle', 'ReverseProxy'];
const HOOK_TIMEOUT = 120_000;

const temps: string[] = [];
function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `gitops-package-${name}-`));
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const walk = (dir: string, rel = ''): string[] =>
  readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`],
  );

// A made-up bundle shaped like Rollup's SystemJS output; the entry goes through the build's own rewrite.
const [LIST, I18N, BIG, WORKER, PNG] = [
  'ListRoute-pKtXvTuA.js',
  'i18n-CfRRP8Hw.js',
  'YamlView-Zz9_8-Qq.js',
  'editor.worker-Wk3r_9aB.js',
  'img/logo-AbCd1234.png',
];
const BIG_MARKER = randomBytes(16).toString('hex');
const MAP_MARKER = `sourcemap-${randomBytes(8).toString('hex')}`;

function makeBundle(dir: string): void {
  const relativeEntry =
    'System.register(["react"],(function(e,t){"use strict";return{execute:(function(){\n' +
    `const note="\\"quoted\\" \\\\ back\tslash 控制台 {{ .Values.x }} %s #: '";\n` + // what YAML quoting or helm could mangle
    `e("default",{note,routes:[{lazy:()=>t.import("./${LIST}")},{lazy:()=>t.import("./${BIG}")}]})})}}));\n`;
  const entry = rewriteEntryImports(relativeEntry, PROXY_PREFIX, (f) => [LIST, BIG].includes(f));
  expect(entry.problems).toEqual([]);
  let big = `System.register(["./${I18N}"],(function(e,t){return{execute:(function(){var w=new URL("./${WORKER}",t.meta.url),m="${BIG_MARKER}",a=[`;
  while (big.length < 3 * 1024 * 1024) big += `${JSON.stringify(randomBytes(48).toString('base64'))},`; // incompressible
  const files: Record<string, string | Buffer> = {
    [ENTRY_FILE]: entry.code,
    [LIST]: `System.register(["react","./${I18N}"],(function(e){return{execute:(function(){e("default",1)})}}));`,
    [I18N]: 'System.register([],(function(e){return{execute:(function(){e("t",(k)=>k)})}}));',
    [BIG]: `${big}0];e("default",{w,m,a})})}}));`,
    [WORKER]: `self.onmessage=(e)=>{${'postMessage(e.data);'.repeat(80)}};`,
    [PNG]: randomBytes(2048), // gzip would make it larger: no twin
    [`${BIG}.map`]: `{"version":3,"sources":["${MAP_MARKER}.ts"]}`,
  };
  mkdirSync(join(dir, 'img'), { recursive: true });
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, ...name.split('/')), data);
}

/** The made-up bundle, packaged once for the whole file (tests that change the chart change a copy); an entry alone, for packaging other charts. */
let pkg: { distDir: string; files: BundleFile[]; result: PackageResult };
let tinyDist: string;
beforeAll(() => {
  const distDir = join(tempDir('dist'), EXTENSION_NAME);
  makeBundle(distDir);
  pkg = { distDir, files: readDist(distDir).files, result: buildPackage({ root, distDir, outRoot: tempDir('out'), mtime: 1_700_000_000 }) };
  tinyDist = join(tempDir('tiny'), EXTENSION_NAME);
  mkdirSync(tinyDist, { recursive: true });
  writeFileSync(join(tinyDist, ENTRY_FILE), 'System.register([],(function(){return{execute:(function(){})}}));');
}, HOOK_TIMEOUT);

const render = (chart: string, values?: Json): Json[] => renderChart(chart, values).objects;
function only(objects: Json[], kind: string): Json {
  const found = objects.filter((o) => o.kind === kind);
  expect(
    found.map((o) => o.metadata.name),
    kind,
  ).toHaveLength(1);
  return found[0];
}
const podOf = (objects: Json[]) => only(objects, 'Deployment').spec.template;
const imageOf = (objects: Json[]) => podOf(objects).spec.containers[0].image;

describe('the chart of a made-up bundle, rendered by helm', () => {
  const entryBytes = () => pkg.files.find((f) => f.path === ENTRY_FILE)!.data;

  it('serves the entry byte for byte from a ConfigMap that the JSBundle reads, with no spec.assets anywhere', () => {
    const configMap = only(pkg.result.objects, 'ConfigMap');
    expect(configMap.metadata).toMatchObject({ name: 'gitops-console-entry', namespace: NAMESPACE });
    expect(Buffer.from(configMap.data[ENTRY_FILE], 'utf8').equals(entryBytes())).toBe(true);
    const bundle = only(pkg.result.objects, 'JSBundle');
    expect(bundle.apiVersion).toBe('extensions.kubesphere.io/v1alpha1');
    expect(bundle.spec).toEqual({ rawFrom: { configMapKeyRef: { name: configMap.metadata.name, key: ENTRY_FILE, namespace: NAMESPACE } } });
    expect(bundle.status).toEqual({ link: ENTRY_LINK, state: 'Available' });
    expect(pkg.result.manifest).not.toMatch(/^\s*assets:/m);
  });

  it('changes the JSBundle (so browsers fetch the entry anew) when the entry changes, and only then', () => {
    const chart = join(tempDir('entry-changed'), EXTENSION_NAME);
    cpSync(pkg.result.outDir, chart, { recursive: true });
    writeFileSync(join(chart, ...ENTRY_IN_CHART.split('/')), `${entryBytes()}\n// another build\n`);
    const before = only(pkg.result.objects, 'JSBundle').metadata.annotations;
    expect(Object.keys(before ?? {})).not.toEqual([]);
    expect(only(render(pkg.result.outDir), 'JSBundle').metadata.annotations).toEqual(before);
    expect(only(render(chart), 'JSBundle').metadata.annotations).not.toEqual(before);
  });

  it('sends GET /proxy/gitops-console/* over plain HTTP to the Service in front of the file server', () => {
    const [proxy, service, pod] = [
      only(pkg.result.objects, 'ReverseProxy'),
      only(pkg.result.objects, 'Service'),
      podOf(pkg.result.objects),
    ];
    expect(proxy.spec.matcher).toEqual({ method: 'GET', path: `${PROXY_PREFIX}/*` });
    expect(proxy.spec.directives.stripPathPrefix).toBe(PROXY_PREFIX);
    const [{ port, targetPort }] = service.spec.ports;
    expect(proxy.spec.upstream).toEqual({ url: `http://${service.metadata.name}.${NAMESPACE}.svc${port === 80 ? '' : `:${port}`}` });
    expect(pod.metadata.labels).toMatchObject(service.spec.selector);
    expect(pod.spec.containers[0].ports.map((p: Json) => p.name)).toContain(targetPort);
    const moved = render(pkg.result.outDir, { frontend: { service: { port: 8080 } } });
    expect(only(moved, 'ReverseProxy').spec.upstream).toEqual({ url: `http://${service.metadata.name}.${NAMESPACE}.svc:8080` });
  });

  it('lets every signed-in user GET the files, unless filesAccess.signedInUsers is false', () => {
    const role = only(pkg.result.objects, 'GlobalRole');
    expect(role.rules).toEqual([{ nonResourceURLs: [`${PROXY_PREFIX}/*`], verbs: ['GET'] }]);
    const binding = only(pkg.result.objects, 'GlobalRoleBinding');
    expect(binding.roleRef).toEqual({ apiGroup: 'iam.kubesphere.io', kind: 'GlobalRole', name: role.metadata.name });
    expect(binding.subjects).toEqual([{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:authenticated' }]);
    const kinds = render(pkg.result.outDir, { frontend: { filesAccess: { signedInUsers: false } } }).map((o) => o.kind);
    expect(kinds).toContain('ReverseProxy');
    expect(kinds.filter((k) => k.startsWith('GlobalRole'))).toEqual([]);
  });

  it('puts every bundle file in the image context byte for byte, with .gz twins that gunzip to it', () => {
    const www = join(pkg.result.contextDir, WWW_DIR);
    const expected = pkg.files.flatMap((file) => {
      expect(readFileSync(join(www, file.path)).equals(file.data), file.path).toBe(true);
      const twin = join(www, `${file.path}.gz`);
      if (!existsSync(twin)) return [file.path];
      expect(gunzipSync(readFileSync(twin)).equals(file.data), `${file.path}.gz`).toBe(true);
      return [file.path, `${file.path}.gz`];
    });
    expect(expected).toEqual(expect.arrayContaining([`${BIG}.gz`, `${WORKER}.gz`, `${ENTRY_FILE}.gz`]));
    expect(walk(www).sort()).toEqual(expected.sort());
  });

  it('ships no source map, in the image or in the chart', () => {
    expect(pkg.result.skipped).toEqual([`${BIG}.map`]);
    const { outDir, contextDir, tgzPath } = pkg.result;
    const paths = [...walk(outDir).map((p) => join(outDir, p)), ...walk(contextDir).map((p) => join(contextDir, p))];
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    for (const data of [...paths.map((p) => readFileSync(p)), gunzipSync(readFileSync(tgzPath))])
      expect(data.includes(MAP_MARKER)).toBe(false);
  });

  it('makes a chart archive (by helm) that renders what the directory does, far under 1 MiB although one chunk is 3 MB', () => {
    expect(statSync(join(pkg.distDir, BIG)).size).toBeGreaterThanOrEqual(3 * 1024 * 1024);
    expect(basename(pkg.result.tgzPath)).toBe(`${EXTENSION_NAME}-${version}.tgz`);
    expect(render(pkg.result.tgzPath)).toEqual(pkg.result.objects);
    expect(gunzipSync(readFileSync(pkg.result.tgzPath)).includes(BIG_MARKER)).toBe(false);
    expect(pkg.result.tgzSize).toBeLessThan(OBJECT_LIMIT / 2);
    expect(pkg.result.problems).toEqual([]);
  });
});

describe('the file server pod, as an administrator configures it', () => {
  const chart = () => pkg.result.outDir;

  it('passes Pod Security "restricted" with a read-only root file system, as the image\'s own user', () => {
    const { spec } = podOf(pkg.result.objects);
    expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(spec.containers.map((c: Json) => c.securityContext)).toEqual([
      expect.objectContaining({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } }),
    ]);
    expect([spec.initContainers, spec.hostNetwork, spec.hostPID, spec.volumes.map((v: Json) => Object.keys(v).sort())]).toEqual([
      undefined,
      undefined,
      undefined,
      [['emptyDir', 'name']],
    ]);
    const user = readFileSync(join(pkg.result.contextDir, 'Dockerfile'), 'utf8').match(/^USER (.+)$/m)?.[1];
    expect(`${spec.securityContext.runAsUser}:${spec.securityContext.runAsGroup}`).toBe(user);
  });

  it('probes /healthz, which is no bundle file, on the port nginx listens on', () => {
    const [nginx] = podOf(pkg.result.objects).spec.containers;
    const listen = readFileSync(join(pkg.result.contextDir, 'nginx.conf'), 'utf8').match(/^\s*listen (\d+);$/m)?.[1];
    for (const { httpGet } of [nginx.readinessProbe, nginx.livenessProbe]) {
      expect(httpGet.path).toBe('/healthz');
      expect(pkg.files.map((f) => `/${f.path}`)).not.toContain(httpGet.path);
      expect(nginx.ports.find((p: Json) => p.name === httpGet.port)?.containerPort).toBe(Number(listen));
    }
  });

  it("places pods by KubeSphere's global nodeSelector, tolerations and affinity unless the chart sets its own", () => {
    const global = {
      nodeSelector: { zone: 'a' },
      tolerations: [{ key: 'dedicated', operator: 'Exists' }],
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] } },
    };
    const own = {
      nodeSelector: { pool: 'console' },
      tolerations: [{ key: 'console', operator: 'Exists' }],
      affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] } },
    };
    const placement = (values?: Json) =>
      (({ nodeSelector, tolerations, affinity }: Json) => ({ nodeSelector, tolerations, affinity }))(podOf(render(chart(), values)).spec);
    expect(placement()).toEqual({ nodeSelector: undefined, tolerations: undefined, affinity: undefined });
    expect(placement({ global })).toEqual(global);
    expect(placement({ global, frontend: own })).toEqual(own);
  });

  it('adds a PodDisruptionBudget for the pods with 2 replicas, none with 1', () => {
    expect(pkg.result.objects.map((o: Json) => o.kind)).not.toContain('PodDisruptionBudget');
    const two = render(chart(), { frontend: { replicaCount: 2 } });
    expect(only(two, 'Deployment').spec.replicas).toBe(2);
    const pdb = only(two, 'PodDisruptionBudget');
    expect(pdb.spec.minAvailable).toBe(1);
    expect(podOf(two).metadata.labels).toMatchObject(pdb.spec.selector.matchLabels);
  });

  it('pulls from ghcr.io, frontend.image.registry or (winning) global.imageRegistry replacing only the registry; extension.yaml lists it', () => {
    expect([pkg.result.image, imageOf(pkg.result.objects)]).toEqual([imageAt('ghcr.io'), imageAt('ghcr.io')]);
    expect(parse(readFileSync(join(chart(), 'extension.yaml'), 'utf8')).images).toEqual([imageAt('ghcr.io')]);
    const mine = { frontend: { image: { registry: 'harbor.example.com' } } };
    expect(imageOf(render(chart(), mine))).toBe(imageAt('harbor.example.com'));
    expect(imageOf(render(chart(), { ...mine, global: { imageRegistry: 'mirror.local:5000/' } }))).toBe(imageAt('mirror.local:5000'));
  });

  it('takes a registry given to the packager (--image-registry) as the default; global.imageRegistry still wins', () => {
    const result = buildPackage({ root, distDir: tinyDist, outRoot: tempDir('registry-out'), imageRegistry: 'harbor.example.com/ks' });
    expect([result.image, imageOf(result.objects)]).toEqual([imageAt('harbor.example.com/ks'), imageAt('harbor.example.com/ks')]);
    expect(parse(readFileSync(join(result.outDir, 'extension.yaml'), 'utf8')).images).toEqual([imageAt('harbor.example.com/ks')]);
    expect(imageOf(render(result.outDir, { global: { imageRegistry: 'mirror.local' } }))).toBe(imageAt('mirror.local'));
  });

  it('reads imagePullSecrets from frontend.imagePullSecrets and ignores global.imagePullSecrets', () => {
    expect(render(chart(), { global: { imagePullSecrets: [{ name: 'ks' }] } })).toEqual(pkg.result.objects);
    expect(podOf(render(chart(), { frontend: { imagePullSecrets: [{ name: 'mine' }] } })).spec.imagePullSecrets).toEqual([
      { name: 'mine' },
    ]);
  });
});

describe('helm lint --strict', () => {
  it("passes on the packaged chart, its subchart linted too, with the default values and an administrator's", () => {
    const { outDir } = pkg.result;
    expect(helmLint(outDir, { strict: true, namespace: NAMESPACE })).toMatchObject({ ok: true });
    // The templates sit in charts/frontend; lint checks their objects (names, YAML) only with --with-subcharts.
    const set = ['frontend.replicaCount=2', 'frontend.filesAccess.signedInUsers=false', 'global.imageRegistry=mirror.local'];
    expect(() =>
      helm(['lint', outDir, '--strict', '--with-subcharts', '--namespace', NAMESPACE, ...set.flatMap((s) => ['--set', s])]),
    ).not.toThrow();
  });

  it("stops the package with helm's message, naming the file, when a template is broken", () => {
    const broken = tempDir('root');
    for (const p of ['package.json', 'extension.yaml', 'extension']) cpSync(join(root, p), join(broken, p), { recursive: true });
    writeFileSync(join(broken, 'extension/charts/frontend/templates/pdb.yaml'), '{{ if }}\n');
    const outRoot = tempDir('broken-out');
    expect(() => buildPackage({ root: broken, distDir: tinyDist, outRoot })).toThrow(/pdb\.yaml\b.*missing value for if/);
    expect(readdirSync(outRoot).filter((f) => f.endsWith('.tgz'))).toEqual([]);
    const lint = helmLint(join(outRoot, 'package', EXTENSION_NAME), { strict: true, namespace: NAMESPACE }); // the chart directory it left
    expect([lint.ok, /pdb\.yaml\b.*missing value for if/.test(lint.output)]).toEqual([false, true]);
  });
});

const crdRoot = findCrdRoot();
describe.skipIf(!crdRoot)(
  `KubeSphere's CRD schemas (${crdRoot ?? 'skipped: set KUBESPHERE_CRDS_DIR or provide ../shared/reference/kubesphere-crds'})`,
  () => {
    const versions = crdRoot ? (['v4.1.3', 'master'] as const).map((v) => [v, loadCrds(join(crdRoot, v))] as const) : [];

    it('accept every KubeSphere object the chart renders, nothing pruned or missing, on v4.1.3 and master', () => {
      const { outDir, objects } = pkg.result;
      const changed = render(outDir, {
        global: { imageRegistry: 'mirror.local' },
        frontend: { replicaCount: 2, image: { registry: 'harbor.example.com' } },
      });
      for (const rendered of [objects, changed]) {
        const ks = rendered.filter((o: Json) => /\.kubesphere\.io\//.test(o.apiVersion));
        expect(ks.map((o: Json) => o.kind).sort()).toEqual(KS_KINDS);
        for (const [name, crds] of versions) {
          const checked = validateManifest(ks, crds).filter((r) => !r.noCrd);
          expect(
            checked.filter((r) => r.problems.length),
            name,
          ).toEqual([]);
          // The master reference holds only the extensions.kubesphere.io CRDs.
          expect(
            checked.map((r) => r.object.split('/')[0]),
            name,
          ).toEqual(expect.arrayContaining(name === 'v4.1.3' ? KS_KINDS : ['JSBundle', 'ReverseProxy']));
        }
      }
    });

    it('would report a JSBundle with spec.assets on v4.1.3 (the check bites)', () => {
      const bundle = structuredClone(only(pkg.result.objects, 'JSBundle'));
      bundle.spec.assets = { files: [{ name: LIST, link: `/dist/gitops-console/${LIST}` }] };
      expect(validateManifest([bundle], versions[0][1])[0].problems).toEqual(['spec.assets: unknown field, pruned (not in the schema)']);
    });
  },
);

describe('permissions.yaml', () => {
  it("lets the installer create, update, patch, delete and get every object the chart renders, and helm's release Secret", () => {
    const { outDir } = pkg.result;
    const [clusterRole, role] = parseAllDocuments(readFileSync(join(outDir, 'permissions.yaml'), 'utf8')).map((d) => d.toJS());
    expect([clusterRole.kind, role.kind]).toEqual(['ClusterRole', 'Role']);
    const objects = [
      ...render(outDir, { frontend: { replicaCount: 2 } }),
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'sh.helm.release.v1.gitops-console.v1' } },
    ];
    expect(objects.map((o) => o.kind)).toEqual(
      expect.arrayContaining([...KS_KINDS, 'ConfigMap', 'Deployment', 'Service', 'PodDisruptionBudget']),
    );
    for (const o of objects) {
      const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
      const resource = `${o.kind.toLowerCase().replace(/y$/, 'ie')}s`;
      const rules = (KS_KINDS.includes(o.kind) ? clusterRole : role).rules.filter(
        (r: Json) => r.apiGroups.includes(group) && r.resources.includes(resource),
      );
      const verbs = rules.flatMap((r: Json) => r.verbs);
      for (const verb of ['create', 'update', 'patch', 'delete', 'get']) expect(verbs, `${verb} ${group}/${resource}`).toContain(verb);
    }
  });
});

describe('the image', () => {
  const text = (name: string) => readFileSync(join(root, 'extension/image', name), 'utf8');

  it('is built FROM a pinned nginx stable line and runs as uid 101', () => {
    const base = dockerfileBase(text('Dockerfile'));
    const minor = base?.match(/^nginx:1\.(\d+)(?:\.\d+)?-alpine$/)?.[1];
    expect(minor !== undefined && Number(minor) % 2 === 0, `${base}: pin an even (stable) nginx 1.x line`).toBe(true);
    expect(text('Dockerfile')).toMatch(/^USER 101:101$/m);
  });

  it('gives files the MIME types the packager assumes', () => {
    const conf = text('nginx.conf');
    const types: Record<string, string> = {};
    for (const [, type, exts] of conf.match(/\btypes\s*\{([^}]*)\}/)![1].matchAll(/^\s*(\S+)\s+([^;]+);/gm))
      for (const ext of exts.split(/\s+/)) types[ext] = type;
    expect(types).toEqual(MIME_TYPES);
    expect(conf).toMatch(new RegExp(`^\\s*default_type ${DEFAULT_MIME_TYPE};$`, 'm'));
    expect(new Set(conf.match(/^\s*charset_types ([^;]+);$/m)![1].split(/\s+/))).toEqual(CHARSET_TYPES);
  });
});

/** The image's file system as the Dockerfile's COPY lines make it; returns the ENTRYPOINT. */
function layOutImage(contextDir: string, imageRoot: string): string[] {
  const dockerfile = readFileSync(join(contextDir, 'Dockerfile'), 'utf8');
  for (const { sources, dest } of dockerfileCopies(dockerfile)) {
    for (const src of sources)
      cpSync(
        join(contextDir, src),
        join(imageRoot, dest, dest.endsWith('/') && statSync(join(contextDir, src)).isFile() ? basename(src) : ''),
        { recursive: true },
      );
  }
  return dockerfileEntrypoint(dockerfile);
}

function get(url: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request(url, init, (res) => {
      const chunks: Buffer[] = []; // raw bytes: fetch would gunzip on its own
      res
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const hasNginx = spawnSync('sh', ['-c', 'command -v nginx']).status === 0;
describe.skipIf(!hasNginx)(`the image served by a real nginx${hasNginx ? '' : ' (skipped: nginx is not on PATH)'}`, () => {
  let nginx: ChildProcess | undefined;
  let base = '';
  const fileData = (path: string) => pkg.files.find((f) => f.path === path)!.data;

  beforeAll(async () => {
    const [imageRoot, run] = [tempDir('image'), tempDir('nginx')];
    const entrypoint = layOutImage(pkg.result.contextDir, imageRoot);
    const confAt = entrypoint.indexOf('-c') + 1;
    const shipped = readFileSync(join(imageRoot, entrypoint[confAt]), 'utf8');
    expect(shipped).toMatch(/^\s*listen 8080;$/m);
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    // The shipped config, moved only where this machine differs: port, /tmp, the root under imageRoot, the user.
    const conf = `${process.getuid?.() === 0 ? 'user root;\n' : ''}${shipped}`
      .replace(/^(\s*listen) 8080;$/m, `$1 127.0.0.1:${port};`)
      .replaceAll(' /tmp/', ` ${run}/`)
      .replace(/^(\s*root) (\/\S+);$/m, (_m, lead: string, path: string) => `${lead} ${join(imageRoot, path)};`);
    writeFileSync(join(run, 'nginx.conf'), conf);
    // A file, not a pipe: node's pipes are sockets, which nginx cannot open as /dev/stderr.
    const stderr = openSync(join(run, 'stderr.log'), 'w');
    nginx = spawn(
      entrypoint[0],
      entrypoint.slice(1).map((a, i) => (i === confAt - 1 ? join(run, 'nginx.conf') : a)),
      { stdio: ['ignore', 'ignore', stderr] },
    );
    closeSync(stderr);
    base = `http://127.0.0.1:${port}`;
    for (
      const deadline = Date.now() + 10_000;
      !(await get(`${base}/healthz`).then(
        () => true,
        () => false,
      ));
      await new Promise((r) => setTimeout(r, 100))
    ) {
      if (nginx.exitCode !== null || Date.now() > deadline)
        throw new Error(`nginx did not start: ${readFileSync(join(run, 'stderr.log'), 'utf8')}`);
    }
  }, HOOK_TIMEOUT);
  afterAll(() => void nginx?.kill('SIGTERM'));

  it('answers the probes on /healthz', async () => {
    const res = await get(`${base}/healthz`);
    expect([res.status, res.body.toString(), res.headers['x-content-type-options']]).toEqual([200, 'ok\n', 'nosniff']);
  });

  it('serves each file the entry imports once the ReverseProxy has stripped /proxy/gitops-console (retry query too), each with its type', async () => {
    const refs = checkReferences(pkg.files, PROXY_PREFIX).references.filter((r) => r.from === ENTRY_FILE);
    expect(refs.map((r) => r.resolved).sort()).toEqual([LIST, BIG]);
    for (const ref of refs) {
      const res = await get(`${base}${ref.ref.slice(PROXY_PREFIX.length)}?retry=1`, { headers: { 'accept-encoding': 'identity' } });
      expect([res.status, res.body.equals(fileData(ref.resolved))], ref.ref).toEqual([200, true]);
    }
    for (const file of pkg.files)
      expect((await get(`${base}/${file.path}`)).headers['content-type'], file.path).toBe(contentTypeOf(file.path));
  });

  it('serves a hashed chunk as immutable JavaScript, gzipped from its twin on request, and has index.js revalidated', async () => {
    const zipped = await get(`${base}/${BIG}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.status).toBe(200);
    const {
      'content-type': type,
      'cache-control': cache,
      'x-content-type-options': sniff,
      'content-encoding': encoding,
      vary,
    } = zipped.headers;
    expect([type, cache, sniff, encoding, vary]).toEqual([
      'application/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
      'nosniff',
      'gzip',
      'Accept-Encoding',
    ]);
    expect(gunzipSync(zipped.body).equals(fileData(BIG))).toBe(true);
    const plain = await get(`${base}/${BIG}`, { headers: { 'accept-encoding': 'identity' } });
    expect([plain.headers['content-encoding'], plain.body.equals(fileData(BIG))]).toEqual([undefined, true]);
    const entry = await get(`${base}/${ENTRY_FILE}`);
    expect([entry.status, entry.headers['cache-control'], entry.headers['x-content-type-options']]).toEqual([200, 'no-cache', 'nosniff']);
  });

  it('answers 404 for a missing file (nosniff, not cached for a year) and 405 to POST', async () => {
    const missing = await get(`${base}/Missing-12345678.js`);
    expect([missing.status, missing.headers['x-content-type-options']]).toEqual([404, 'nosniff']);
    expect(missing.headers['cache-control'] ?? '').not.toContain('max-age=31536000');
    for (const path of [BIG, ENTRY_FILE]) expect((await get(`${base}/${path}`, { method: 'POST' })).status, path).toBe(405);
  });
});

const realDist = process.env.PACKAGE_TEST_DIST ?? join(root, 'dist', EXTENSION_NAME);
const built = existsSync(join(realDist, ENTRY_FILE));
describe.skipIf(!built)(`the real build${built ? '' : ' (skipped: no dist/gitops-console/index.js; run npm run build)'}`, () => {
  let files: BundleFile[];
  let result: PackageResult;
  beforeAll(() => {
    const distDir = join(tempDir('real-dist'), EXTENSION_NAME); // a copy: a build running meanwhile changes nothing here
    cpSync(realDist, distDir, { recursive: true });
    files = readDist(distDir).files;
    result = buildPackage({ root, distDir, outRoot: tempDir('real-out') });
  }, HOOK_TIMEOUT);

  it('puts every file the bundle can request into the image; the entry asks for them under /proxy/gitops-console/', () => {
    const { references, missing, unresolved } = checkReferences(files, PROXY_PREFIX);
    expect(missing).toEqual([]);
    const fromEntry = references.filter((r) => r.from === ENTRY_FILE).map((r) => r.ref);
    expect(fromEntry.length).toBeGreaterThan(0);
    expect(fromEntry.filter((ref) => !ref.startsWith(`${PROXY_PREFIX}/`))).toEqual([]);
    for (const ref of references.filter((r) => !unresolved.includes(r))) {
      const data = files.find((f) => f.path === ref.resolved)!.data;
      expect(readFileSync(join(result.contextDir, WWW_DIR, ref.resolved)).equals(data), `${ref.from} -> ${ref.ref}`).toBe(true);
    }
  });

  it('serves the entry from the ConfigMap exactly as built, in a chart within its size budget', () => {
    const entry = files.find((f) => f.path === ENTRY_FILE)!.data;
    expect(Buffer.from(only(result.objects, 'ConfigMap').data[ENTRY_FILE], 'utf8').equals(entry)).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.tgzSize).toBeLessThan(BUDGET);
  });
});
