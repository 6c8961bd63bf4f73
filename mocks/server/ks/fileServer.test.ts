import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileServer, normaliseUri } from './fileServer';

let base = '';
let server: http.Server;
let www = '';
const NOT_FOUND =
  '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

beforeAll(async () => {
  www = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-www-'));
  fs.writeFileSync(path.join(www, 'index.js'), 'export default 1;\n');
  fs.writeFileSync(path.join(www, 'ListRoute-AbCd1234.js'), 'export const x = 1;\n');
  fs.writeFileSync(path.join(www, 'ListRoute-AbCd1234.js.gz'), zlib.gzipSync('export const x = 1;\n'));
  fs.writeFileSync(path.join(www, 'logo-Zz_9-abc.png'), Buffer.from([0x89, 0x50]));
  fs.writeFileSync(path.join(www, 'blob.bin'), 'b');
  fs.mkdirSync(path.join(www, 'assets'));
  const app = express();
  app.use(fileServer(www));
  server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  fs.rmSync(www, { recursive: true, force: true });
});

function req(url: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port: Number(new URL(base).port), path: url, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    r.on('error', reject);
    r.end();
  });
}

describe('fileServer (extension/image/nginx.conf)', () => {
  it('answers /healthz with "ok\\n" for any method', async () => {
    for (const method of ['GET', 'POST']) {
      const res = await req('/healthz', method);
      expect([res.status, res.body.toString(), res.headers['content-type'], res.headers['x-content-type-options']]).toEqual([
        200,
        'ok\n',
        'text/plain; charset=utf-8',
        'nosniff',
      ]);
    }
  });

  it('types files by extension, with charset for charset_types only', async () => {
    const js = await req('/index.js');
    expect([js.status, js.body.toString(), js.headers['content-type']]).toEqual([
      200,
      'export default 1;\n',
      'application/javascript; charset=utf-8',
    ]);
    expect(js.headers['cache-control']).toBe('no-cache');
    expect(js.headers.etag).toMatch(/^"[0-9a-f]+-12"$/);
    expect((await req('/logo-Zz_9-abc.png')).headers['content-type']).toBe('image/png');
    expect((await req('/blob.bin')).headers['content-type']).toBe('application/octet-stream');
  });

  it('serves the .gz twin to gzip clients (gzip_static, gzip_vary) and marks hashed names immutable', async () => {
    const gz = await req('/ListRoute-AbCd1234.js', 'GET', { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(zlib.gunzipSync(gz.body).toString()).toBe('export const x = 1;\n');
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await req('/ListRoute-AbCd1234.js', 'GET', { 'accept-encoding': 'gzip;q=0' });
    expect([plain.headers['content-encoding'], plain.headers.vary, plain.body.toString()]).toEqual([
      undefined,
      'Accept-Encoding',
      'export const x = 1;\n',
    ]);
    expect((await req('/index.js', 'GET', { 'accept-encoding': 'gzip' })).headers.vary).toBeUndefined();
  });

  it("answers missing files with nginx's 404 page, nosniff and no Cache-Control", async () => {
    const res = await req('/missing-AbCd1234.js');
    expect([res.status, res.body.toString(), res.headers['content-type']]).toEqual([404, NOT_FOUND, 'text/html; charset=utf-8']);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBeUndefined();
    const chrome = await req('/missing.js', 'GET', {
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
    });
    expect(chrome.body.toString()).toBe(NOT_FOUND + '<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n'.repeat(6));
  });

  it('redirects a directory to its slash form and forbids listing it (no autoindex)', async () => {
    const redirect = await req('/assets', 'GET', { host: 'gitops-console-frontend.extension-gitops-console.svc' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('http://gitops-console-frontend.extension-gitops-console.svc:8080/assets/');
    expect((await req('/assets/')).status).toBe(403);
    expect((await req('/')).status).toBe(403);
    expect((await req('/nowhere/')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD on files with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await req('/index.js', method);
      expect(res.status).toBe(405);
      expect(res.body.toString()).toContain('<title>405 Not Allowed</title>');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const head = await req('/index.js', 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, '18']);
  });

  it('keeps requests inside the root and revalidates with ETag', async () => {
    expect((await req('/../etc/passwd')).status).toBe(400);
    expect((await req('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(400);
    expect((await req('/assets/../index.js')).body.toString()).toBe('export default 1;\n');
    expect(normaliseUri('/a//b/./c/..')).toBe('/a/b/');
    const first = await req('/index.js');
    const again = await req('/index.js', 'GET', { 'if-none-match': String(first.headers.etag) });
    expect([again.status, again.body.length, again.headers['content-type'], again.headers['cache-control']]).toEqual([
      304,
      0,
      undefined,
      'no-cache',
    ]);
  });
});
