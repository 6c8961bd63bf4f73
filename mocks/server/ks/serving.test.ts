import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileServer, ksServing, type KsObject, type KsUser } from './index';

const NS = 'extension-gitops-console';
const ORIGIN = 'http://gitops-console-frontend.extension-gitops-console.svc';
const CHUNK = '/proxy/gitops-console/ListRoute-AbCd1234.js';
const ENTRY = 'export default { routes: [] };\n';

const configMap: KsObject = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'gitops-console-entry', namespace: NS },
  data: { 'index.js': ENTRY },
};
const jsBundle: KsObject = {
  apiVersion: 'extensions.kubesphere.io/v1alpha1',
  kind: 'JSBundle',
  metadata: { name: 'gitops-console' },
  spec: { rawFrom: { configMapKeyRef: { name: 'gitops-console-entry', key: 'index.js', namespace: NS } } },
  status: { link: '/dist/gitops-console/index.js' },
};
const reverseProxy: KsObject = {
  apiVersion: 'extensions.kubesphere.io/v1alpha1',
  kind: 'ReverseProxy',
  metadata: { name: 'gitops-console' },
  spec: {
    matcher: { method: 'GET', path: '/proxy/gitops-console/*' },
    directives: { stripPathPrefix: '/proxy/gitops-console' },
    upstream: { url: ORIGIN },
  },
};
const role = (verbs: string[]): KsObject => ({
  apiVersion: 'iam.kubesphere.io/v1beta1',
  kind: 'GlobalRole',
  metadata: { name: 'gitops-console-files' },
  rules: [{ nonResourceURLs: ['/proxy/gitops-console/*'], verbs }],
});
const binding: KsObject = {
  apiVersion: 'iam.kubesphere.io/v1beta1',
  kind: 'GlobalRoleBinding',
  metadata: { name: 'gitops-console-files' },
  roleRef: { apiGroup: 'iam.kubesphere.io', kind: 'GlobalRole', name: 'gitops-console-files' },
  subjects: [{ apiGroup: 'iam.kubesphere.io', kind: 'Group', name: 'system:authenticated' }],
};
const chart = [configMap, jsBundle, reverseProxy, role(['GET']), binding];

const USERS: Record<string, KsUser> = {
  admin: { username: 'admin', globalRole: 'platform-admin' },
  tenant: { username: 'tenant', globalRole: 'platform-regular' },
};
let objects: KsObject[] = chart;
let enabled = true;
let upstreams: Record<string, express.RequestHandler> = {};
let base = '';
let server: http.Server;
let www = '';

beforeAll(async () => {
  www = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-serving-'));
  fs.writeFileSync(path.join(www, 'ListRoute-AbCd1234.js'), 'export const x = 1;\n');
  const app = express();
  app.use(
    ksServing({
      objects: () => objects,
      extension: 'gitops-console',
      enabled: () => enabled,
      userOf: (req) => USERS[/emulator-user=(\w+)/.exec(req.headers.cookie ?? '')?.[1] ?? ''] ?? null,
      upstream: (origin) => upstreams[origin],
    }),
  );
  app.use((_req, res) => void res.status(418).send('next'));
  server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  fs.rmSync(www, { recursive: true, force: true });
});
const reset = (o: KsObject[] = chart) => {
  objects = o;
  enabled = true;
  upstreams = { [ORIGIN]: fileServer(www) };
};

/** node:http rather than fetch: no transparent decompression, repeated headers visible. */
function get(url: string, opts: { user?: string; method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: string[]; body: string }>((resolve, reject) => {
    const headers = { ...(opts.user ? { cookie: `emulator-user=${opts.user}` } : {}), ...opts.headers };
    http
      .request(`${base}${url}`, { method: opts.method ?? 'GET', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(buf).toString() : buf.toString();
          resolve({ status: res.statusCode!, headers: res.headers, raw: res.rawHeaders, body });
        });
      })
      .on('error', reject)
      .end();
  });
}
const forbiddenBody = (user: string, verb: string, p: string) =>
  `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"forbidden: User \\"${user}\\" cannot ${verb} path \\"${p}\\"","reason":"Forbidden","details":{},"code":403}\n`;

describe('JSBundle under /pstatic/dist (ks-console → ks-apiserver jsbundle filter)', () => {
  it('serves the entry from the ConfigMap at the exact link, with or without ?resourceVersion=', async () => {
    reset();
    for (const url of ['/pstatic/dist/gitops-console/index.js', '/pstatic/dist/gitops-console/index.js?resourceVersion=12']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.body).toBe(ENTRY);
      expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(res.headers.vary).toBe('Accept-Encoding'); // the console's compression middleware
    }
    expect((await get('/dist/gitops-console/index.js')).body).toBe(ENTRY);
  });

  it('answers a chunk beside the entry with the go-restful 404, as 4.1.3 does', async () => {
    reset();
    const res = await get('/pstatic/dist/gitops-console/ListRoute-AbCd1234.js');
    expect(res.status).toBe(404);
    expect(res.body).toBe('404: Page Not Found');
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('does not serve a Disabled JSBundle', async () => {
    reset();
    enabled = false;
    const res = await get('/pstatic/dist/gitops-console/index.js');
    expect([res.status, res.body]).toEqual([404, '404: Page Not Found']);
  });

  it('defaults the link and decodes spec.raw twice (a []byte field, then the filter)', async () => {
    const raw = Buffer.from(Buffer.from(ENTRY).toString('base64')).toString('base64');
    reset([{ ...jsBundle, spec: { raw }, status: {} }]);
    const res = await get('/pstatic/dist/gitops-console/index.js');
    expect([res.status, res.body]).toEqual([200, ENTRY]);
  });

  it('leaves non-GET /pstatic to the console page (next) and refuses a chart the webhook rejects', async () => {
    reset();
    expect((await get('/pstatic/dist/gitops-console/index.js', { method: 'POST' })).status).toBe(418);
    reset([{ ...jsBundle, status: { link: '/dist/other/index.js' } }]);
    const res = await get('/pstatic/dist/other/index.js');
    expect(res.status).toBe(500);
    expect(res.body).toContain('the prefix of status.link must be in the format /dist/gitops-console/');
  });
});

describe('/proxy (ks-console → ks-apiserver authorization → reverseproxy filter)', () => {
  it('serves a chunk to a regular user granted GET by GlobalRole + GlobalRoleBinding to system:authenticated', async () => {
    reset();
    const res = await get(CHUNK, { user: 'tenant' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('export const x = 1;\n');
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it("without the grant: 403 with KubeSphere's Status for a regular user or anonymous, 200 for platform-admin", async () => {
    reset([configMap, jsBundle, reverseProxy]);
    const denied = await get(CHUNK, { user: 'tenant' });
    expect(denied.status).toBe(403);
    expect(denied.body).toBe(forbiddenBody('tenant', 'GET', CHUNK));
    expect(denied.headers['content-type']).toBe('application/json');
    expect(denied.headers['x-content-type-options']).toBe('nosniff');
    expect((await get(CHUNK)).body).toBe(forbiddenBody('system:anonymous', 'GET', CHUNK));
    expect((await get(CHUNK, { user: 'admin' })).status).toBe(200);
  });

  it('pretty-prints the Status for a browser user agent', async () => {
    reset([configMap, jsBundle, reverseProxy]);
    const res = await get(CHUNK, { user: 'tenant', headers: { 'user-agent': 'Mozilla/5.0 (X11)' } });
    expect(res.body).toBe(JSON.stringify(JSON.parse(forbiddenBody('tenant', 'GET', CHUNK)), null, 2));
  });

  it('never matches a lower-case verb: the verb is the HTTP method as sent', async () => {
    reset([configMap, jsBundle, reverseProxy, role(['get']), binding]);
    expect((await get(CHUNK, { user: 'tenant' })).status).toBe(403);
  });

  it('grants through a RoleTemplate aggregated into the built-in "authenticated" role', async () => {
    const template: KsObject = {
      apiVersion: 'iam.kubesphere.io/v1beta1',
      kind: 'RoleTemplate',
      metadata: {
        name: 'gitops-console-files',
        labels: { 'iam.kubesphere.io/scope': 'global', 'iam.kubesphere.io/aggregate-to-authenticated': '' },
      },
      spec: { rules: [{ nonResourceURLs: ['/proxy/gitops-console/*'], verbs: ['GET'] }] },
    };
    reset([configMap, jsBundle, reverseProxy, template]);
    expect((await get(CHUNK, { user: 'tenant' })).status).toBe(200);
  });

  it('answers an unknown /proxy path (when authorised) with the go-restful 404', async () => {
    reset();
    const res = await get('/proxy/nothing-here/x.js', { user: 'admin' });
    expect([res.status, res.body, res.headers['content-type']]).toEqual([404, '404: Page Not Found', 'text/plain; charset=utf-8']);
  });

  it("answers 502 with the responder's StatusError when the upstream is unreachable", async () => {
    reset();
    upstreams = {};
    const lookup = await get(CHUNK, { user: 'tenant' });
    expect(lookup.status).toBe(502);
    expect(lookup.headers['content-type']).toBe('application/json');
    const message =
      'Error while proxying request: dial tcp: lookup gitops-console-frontend.extension-gitops-console.svc on 169.254.25.10:53: no such host';
    expect(JSON.parse(lookup.body)).toEqual({ ErrStatus: { metadata: {}, message, reason: 'Bad Gateway', code: 502 } });
    expect(lookup.body.startsWith('{\n  "ErrStatus": {\n    "metadata": {},')).toBe(true);
    const service: KsObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'gitops-console-frontend', namespace: NS } };
    reset([...chart, service]);
    upstreams = {};
    const refused = JSON.parse((await get(CHUNK, { user: 'tenant' })).body);
    expect(refused.ErrStatus.message).toBe(
      'Error while proxying request: dial tcp gitops-console-frontend.extension-gitops-console.svc:80: connect: connection refused',
    );
  });

  it('answers 503 {} for a Disabled ReverseProxy', async () => {
    reset();
    enabled = false;
    const res = await get(CHUNK, { user: 'tenant' });
    expect([res.status, res.body, res.headers['content-type']]).toEqual([503, '{}', 'application/json']);
  });

  it('sends upstream the stripped path, the re-encoded query, the bearer token and no cookie', async () => {
    reset();
    let seen: express.Request | undefined;
    upstreams[ORIGIN] = (req, res) => {
      seen = req;
      res.type('text/plain').send('x'.repeat(2000));
    };
    const res = await get(`${CHUNK}?b=2&a=1%20x&c`, {
      user: 'tenant',
      headers: { cookie: 'emulator-user=tenant; token=abc', 'accept-encoding': 'gzip' },
    });
    expect(seen?.url).toBe('/ListRoute-AbCd1234.js?a=1+x&b=2&c=');
    expect(seen?.headers.authorization).toBe('Bearer abc');
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers.host).toBe('gitops-console-frontend.extension-gitops-console.svc');
    expect(seen?.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(res.headers['content-encoding']).toBe('gzip'); // the console compresses 1 kB and more
    expect(res.body).toBe('x'.repeat(2000));
  });

  it('proxies a rawFrom.url JSBundle to its fixed URL with the request query, repeating Content-Type', async () => {
    reset([{ ...jsBundle, spec: { rawFrom: { url: `${ORIGIN}/index.js` } } }]);
    let seenUrl = '';
    upstreams[ORIGIN] = (req, res) => {
      seenUrl = req.url;
      res.setHeader('Content-Type', 'application/javascript');
      res.end(ENTRY);
    };
    const res = await get('/pstatic/dist/gitops-console/index.js?resourceVersion=7');
    expect(seenUrl).toBe('/index.js?resourceVersion=7');
    expect(res.body).toBe(ENTRY);
    const types = res.raw.filter((_v, i) => i % 2 === 0 && res.raw[i].toLowerCase() === 'content-type').length;
    expect(types).toBe(2);
  });
});
