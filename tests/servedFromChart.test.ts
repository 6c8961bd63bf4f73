import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileServer, ksServing, type KsObject, type KsUser } from '../mocks/server/ks';
import { renderChart } from '../scripts/package/build';

// The packaged chart (npm run package, which npm test runs before the unit tests), rendered by
// real Helm and served by the rules of ks-apiserver 4.1.3: what a cluster would serve to whom.
const root = path.resolve(__dirname, '..');
const CHART = path.join(root, 'dist/package/gitops-console');
const WWW = path.join(root, 'dist/package/image/www');
const packaged = fs.existsSync(path.join(CHART, 'Chart.yaml')) && fs.existsSync(WWW);
const FILE_SERVER = 'http://gitops-console-frontend.extension-gitops-console.svc';
const USERS: Record<string, KsUser> = {
  admin: { username: 'admin', globalRole: 'platform-admin' },
  tenant: { username: 'tenant', globalRole: 'platform-regular' },
};

async function serve(objects: KsObject[], fileServerUp = true) {
  const files = fileServer(WWW);
  const app = express();
  app.use(
    ksServing({
      objects: () => objects,
      extension: 'gitops-console',
      enabled: () => true,
      userOf: (req) => USERS[/emulator-user=(\w+)/.exec(req.headers.cookie ?? '')?.[1] ?? ''] ?? null,
      upstream: (origin) => (origin === FILE_SERVER && fileServerUp ? files : undefined),
    }),
  );
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (url: string, user?: string) => fetch(`${base}${url}`, { headers: user ? { cookie: `emulator-user=${user}` } : {} });
  return { get, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe.skipIf(!packaged)('the packaged chart served as KubeSphere 4.1.3 serves it (skipped without npm run package)', () => {
  let entry = '';
  let chunk = '';
  let servers: Array<{ close: () => Promise<unknown> }> = [];
  beforeAll(() => {
    entry = fs.readFileSync(path.join(root, 'dist/gitops-console/index.js'), 'utf8');
    chunk = /\/proxy\/gitops-console\/(ListRoute-[\w-]{8}\.js)/.exec(entry)![1];
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  const start = async (values?: Record<string, unknown>, fileServerUp = true) => {
    const s = await serve(renderChart(CHART, values).objects as KsObject[], fileServerUp);
    servers.push(s);
    return s;
  };

  it('serves the entry at the JSBundle link from the ConfigMap, and no chunk next to it', async () => {
    const { get } = await start();
    const response = await get('/pstatic/dist/gitops-console/index.js?resourceVersion=7');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(entry);
    expect((await get(`/pstatic/dist/gitops-console/${chunk}`)).status).toBe(404);
  });

  it('lets every signed-in user download the pages through the ReverseProxy', async () => {
    const { get } = await start();
    for (const user of ['tenant', 'admin']) {
      const response = await get(`/proxy/gitops-console/${chunk}`, user);
      expect(response.status, user).toBe(200);
      expect(await response.text()).toBe(fs.readFileSync(path.join(WWW, chunk), 'utf8'));
    }
  });

  it("without the chart role a tenant gets KubeSphere's 403 while a platform admin still loads the page", async () => {
    const { get } = await start({ frontend: { filesAccess: { signedInUsers: false } } });
    const denied = await get(`/proxy/gitops-console/${chunk}`, 'tenant');
    expect(denied.status).toBe(403);
    expect((await denied.json()) as { message: string }).toMatchObject({
      message: `forbidden: User "tenant" cannot GET path "/proxy/gitops-console/${chunk}"`,
    });
    expect((await get(`/proxy/gitops-console/${chunk}`, 'admin')).status).toBe(200);
  });

  it('with the file server down the entry is still served and the files answer 502', async () => {
    const { get } = await start(undefined, false);
    expect((await get('/pstatic/dist/gitops-console/index.js')).status).toBe(200);
    expect((await get(`/proxy/gitops-console/${chunk}`, 'tenant')).status).toBe(502);
  });
});
