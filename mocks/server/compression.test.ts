import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCompression } from './compression';

const big = JSON.stringify({ items: Array.from({ length: 400 }, (_, i) => ({ name: `component-${i}`, kind: 'Deployment' })) });

let server: http.Server;
let base = '';
beforeAll(async () => {
  const app = express();
  app.use(consoleCompression());
  // An answer streamed in pieces, as the API's large answers are.
  app.get(['/clusters/host/kapis/big', '/kapis/big', '/_emulator/v1/big'], (_req, res) => {
    res.type('application/json');
    for (let i = 0; i < big.length; i += 2048) res.write(big.slice(i, i + 2048));
    res.end();
  });
  // As http-proxy writes an upstream answer: status and headers at once, then the body.
  app.get('/apis/proxied', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(big.slice(0, 3000));
    res.end(big.slice(3000));
  });
  app.get('/kapis/small', (_req, res) => res.type('application/json').end('{"healthy":3}'));
  app.get('/api/v1/namespaces/p/pods/x/log', (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    if (req.query.follow !== 'true') return void res.end('line\n'.repeat(1000));
    res.write('first line\n');
    setTimeout(() => res.end('line\n'.repeat(1000)), 1000);
  });
  app.get('/apis/encoded', (_req, res) => {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(zlib.gzipSync(big));
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

/** node:http rather than fetch: the body as sent, not decompressed. */
function get(path: string, acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    http
      .get(base + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** The headers and the first piece of a streamed body, without waiting for its end. */
function firstChunk(path: string, acceptEncoding: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(base + path, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      res.once('data', (c: Buffer) => {
        resolve({ headers: res.headers, body: c });
        request.destroy();
      });
    });
    request.on('error', reject);
  });
}

describe("the console's compression of API answers", () => {
  it('gzips a large answer for a browser, which reads the same JSON in far fewer bytes', async () => {
    const gz = await get('/clusters/host/kapis/big', 'gzip, deflate, br, zstd');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(big);
    expect(gz.body.length).toBeLessThan(big.length / 5);
    const plain = await get('/clusters/host/kapis/big');
    expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, big]);
  });

  it('leaves small answers, followed logs, encoded answers and other paths as they are', async () => {
    const small = await get('/kapis/small', 'gzip');
    expect([small.headers['content-encoding'], small.headers.vary, small.body.toString()]).toEqual([
      undefined,
      'Accept-Encoding',
      '{"healthy":3}',
    ]);
    const log = await firstChunk('/api/v1/namespaces/p/pods/x/log?follow=true', 'gzip');
    expect([log.headers['content-encoding'], log.headers.vary, log.body.toString()]).toEqual([undefined, undefined, 'first line\n']);
    expect((await get('/api/v1/namespaces/p/pods/x/log', 'gzip')).headers['content-encoding']).toBe('gzip');
    const encoded = await get('/apis/encoded', 'gzip');
    expect(zlib.gunzipSync(encoded.body).toString()).toBe(big);
    const control = await get('/_emulator/v1/big', 'gzip');
    expect([control.headers['content-encoding'], control.headers.vary]).toEqual([undefined, undefined]);
    expect((await get('/kapis/big', 'deflate')).headers['content-encoding']).toBe('deflate');
    const proxied = await get('/apis/proxied', 'gzip');
    expect([proxied.headers['content-encoding'], proxied.headers['content-type']]).toEqual(['gzip', 'application/json']);
    expect(zlib.gunzipSync(proxied.body).toString()).toBe(big);
  });
});
