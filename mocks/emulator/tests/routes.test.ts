/**
 * Contract of the eight gitops.kubesphere.io/v1alpha1 routes: URL forms,
 * parameters, bodies and every error format of the reference.
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import { call, DEMO_NS, GITOPS, newApp, useEmulator } from './harness';

useEmulator();

const TEXT = 'text/plain; charset=utf-8';
const names = (r: { json: Loose }) => r.json.items.map((i: Loose) => i.metadata.name);

describe('encoding', () => {
  it('pretty-prints JSON with a one-space indent, Go escaping and no trailing newline', async () => {
    const r = await call(`${DEMO_NS}/applications/broken-config`);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(
      r.text.startsWith(
        '{\n "kind": "Application",\n "apiVersion": "gitops.kubesphere.io/v1alpha1",\n "metadata": {\n  "name": "broken-config"',
      ),
    ).toBe(true);
    expect(r.text.endsWith('}')).toBe(true);
    expect(r.text).toContain('"kubesphere.io/alias-name": "Frontend \\u0026 API \\u003cbeta\\u003e"');
    expect(r.json.metadata.annotations['kubesphere.io/alias-name']).toBe('Frontend & API <beta>');
  });

  it('serves an empty namespace exactly as the Go server does', async () => {
    const list = await call(`${GITOPS}/namespaces/nowhere/applications`);
    expect(list.text).toBe('{\n "items": [],\n "totalItems": 0\n}');
    const summary = await call(`${GITOPS}/namespaces/nowhere/application-summary`);
    expect(summary.text).toBe('{\n "total": 0,\n "healthStatus": {},\n "syncStatus": {}\n}');
  });

  it('writes handler errors as sanitised text with a newline', async () => {
    const r = await call(`${DEMO_NS}/applications/%3Cb%3Ex%26y`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe(TEXT);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.text).toBe('Application.gitops.kubesphere.io "&lt;b&gt;x&amp;y" not found\n');
  });
});

describe('URL forms and clusters', () => {
  it('answers the plain, /clusters/{c}/kapis and legacy /kapis/clusters/{c} forms alike', async () => {
    const plain = await call(`${DEMO_NS}/applications?limit=5`);
    const prefixed = await call(`/clusters/host${DEMO_NS}/applications?limit=5`);
    const legacy = await call('/kapis/clusters/host/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications?limit=5');
    expect(prefixed.text).toBe(plain.text);
    expect(legacy.text).toBe(plain.text);
  });

  it('keeps one state per cluster', async () => {
    const member = await call(`/clusters/member-1${DEMO_NS}/applications`);
    expect(names(member).sort()).toEqual(['guestbook-edge', 'sock-shop']);
    const legacy = await call('/kapis/clusters/member-1/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/guestbook-edge');
    expect(legacy.status).toBe(200);
    expect((await call(`${DEMO_NS}/applications/guestbook-edge`)).status).toBe(404);
  });

  it('rejects an unknown cluster with the raw StatusError body', async () => {
    const r = await call(`/clusters/nope${DEMO_NS}/applications`);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.text).toBe(
      '{\n  "ErrStatus": {\n    "metadata": {},\n    "status": "Failure",\n    "message": "cluster nope not exists",\n    "reason": "BadRequest",\n    "code": 400\n  }\n}',
    );
    expect((await call('/kapis/clusters/nope/gitops.kubesphere.io/v1alpha1/clusters')).status).toBe(400);
  });

  it('lists Argo CD destinations: in-cluster first, then the KubeSphere clusters (host only)', async () => {
    const host = await call(`${GITOPS}/clusters`);
    expect(host.json).toEqual([
      { server: 'https://kubernetes.default.svc', name: 'in-cluster' },
      { server: 'https://10.233.0.1:443', name: 'host' },
      { server: 'https://192.168.20.10:6443', name: 'member-1' },
    ]);
    expect(host.text.startsWith('[\n {\n  "server": "https://kubernetes.default.svc",\n  "name": "in-cluster"\n }')).toBe(true);
    const member = await call(`/clusters/member-1${GITOPS}/clusters`);
    expect(member.json).toEqual([{ server: 'https://kubernetes.default.svc', name: 'in-cluster' }]);
  });
});

describe('routing errors', () => {
  it('answers PATCH with 405 and the Allow header of the path', async () => {
    const one = await call(`${DEMO_NS}/applications/guestbook`, { method: 'PATCH', body: {} });
    expect(one.status).toBe(405);
    expect(one.text).toBe('405: Method Not Allowed');
    expect(one.headers.get('allow')).toBe('GET, DELETE, PUT');
    const coll = await call(`${DEMO_NS}/applications`, { method: 'PATCH', body: {} });
    expect(coll.headers.get('allow')).toBe('GET, POST');
  });

  it('answers unknown paths with the go-restful 404 and tolerates a trailing slash', async () => {
    const r = await call(`${DEMO_NS}/applications/guestbook/resource-tree`);
    expect(r.status).toBe(404);
    expect(r.text).toBe('404: Page Not Found');
    expect((await call(`${DEMO_NS}/applications/`)).status).toBe(200);
  });

  it('answers 406 when JSON is not acceptable', async () => {
    const r = await call(`${DEMO_NS}/applications`, { headers: { accept: 'text/html' } });
    expect(r.status).toBe(406);
  });
});

describe('list', () => {
  it('returns every item without limit (v4 semantics) and pages with page/limit', async () => {
    const all = await call(`${DEMO_NS}/applications`);
    expect(all.json.totalItems).toBe(14);
    expect(all.json.items).toHaveLength(14);
    const p2 = await call(`${DEMO_NS}/applications?limit=5&page=2`);
    expect(p2.json.totalItems).toBe(14);
    expect(names(p2)).toEqual(names(all).slice(5, 10));
    expect((await call(`${DEMO_NS}/applications?limit=5&page=4`)).json.items).toEqual([]);
    expect((await call(`${DEMO_NS}/applications?limit=0`)).json.items).toEqual([]);
    expect((await call(`${DEMO_NS}/applications?limit=abc`)).json.items).toHaveLength(14);
  });

  it('sorts newest first by default, by name and ascending on request', async () => {
    const byTime = names(await call(`${DEMO_NS}/applications`));
    expect(byTime[0]).toBe('inventory');
    expect(byTime[byTime.length - 1]).toBe('guestbook');
    const byName = names(await call(`${DEMO_NS}/applications?sortBy=name&ascending=true`));
    expect(byName).toEqual([...byName].sort());
    const desc = names(await call(`${DEMO_NS}/applications?sortBy=name`));
    expect(desc).toEqual([...byName].reverse());
  });

  it('filters by name or alias substring and by status labels', async () => {
    expect(names(await call(`${DEMO_NS}/applications?name=guestbook&sortBy=name&ascending=true`))).toEqual([
      'guestbook',
      'guestbook-mirror',
      'helm-guestbook',
      'kustomize-guestbook',
      'private-guestbook',
    ]);
    expect(names(await call(`${DEMO_NS}/applications?name=${encodeURIComponent('slow rollout')}`))).toEqual(['podinfo']);
    expect(names(await call(`${DEMO_NS}/applications?name=Slow`))).toEqual([]);
    expect(names(await call(`${DEMO_NS}/applications?healthStatus=Degraded&sortBy=name&ascending=true`))).toEqual([
      'broken-config',
      'payment-service',
    ]);
    expect(names(await call(`${DEMO_NS}/applications?syncStatus=Unknown`))).toEqual(['legacy-portal']);
    expect(names(await call(`${DEMO_NS}/applications?healthStatus=healthy`))).toEqual([]);
    const both = await call(`${DEMO_NS}/applications?healthStatus=Healthy&syncStatus=OutOfSync`);
    expect(names(both).sort()).toEqual(['guestbook-mirror', 'kustomize-guestbook']);
  });

  it('summarises health and sync labels', async () => {
    const r = await call(`${DEMO_NS}/application-summary`);
    expect(r.json).toEqual({
      // The app whose name is too long for Argo CD has no status labels: in no count, but in the total.
      total: 14,
      healthStatus: { Degraded: 2, Healthy: 6, Missing: 1, Progressing: 1, Suspended: 1, Unknown: 1 },
      syncStatus: { OutOfSync: 4, Synced: 7, Unknown: 1 },
    });
  });
});

describe('create', () => {
  it('forces the path namespace and the argocd-location label, drops status and unknown fields', async () => {
    const body = newApp('fresh');
    body.apiVersion = 'devops.kubesphere.io/v1alpha1';
    body.metadata.namespace = 'elsewhere';
    body.metadata.labels = { 'gitops.kubesphere.io/argocd-location': 'other', team: 'a' };
    body.status = { argoApp: '{}' };
    body.spec.argoApp.spec.syncPolicy = { manual: {}, automated: { prune: false } };
    body.spec.unknown = 1;
    const r = await call(`${DEMO_NS}/applications`, { method: 'POST', body });
    expect(r.status).toBe(200);
    expect(r.json.kind).toBeUndefined();
    expect(r.json.apiVersion).toBeUndefined();
    expect(r.json.metadata).toMatchObject({
      name: 'fresh',
      namespace: 'demo-project',
      generation: 1,
      labels: { 'gitops.kubesphere.io/argocd-location': 'argocd', team: 'a' },
    });
    expect(r.json.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.json.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(r.json.status).toEqual({ fluxApp: {} });
    expect(r.json.spec.argoApp.spec.syncPolicy).toEqual({ automated: {} });
    expect(r.json.spec.unknown).toBeUndefined();
    const got = await call(`${DEMO_NS}/applications/fresh`);
    expect(got.json.kind).toBe('Application');
  });

  it('answers 409, 422 and 404 with the apimachinery messages', async () => {
    const dup = await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('guestbook') });
    expect(dup.status).toBe(409);
    expect(dup.text).toBe('applications.gitops.kubesphere.io "guestbook" already exists\n');
    const noName = newApp('');
    delete noName.metadata.name;
    const missing = await call(`${DEMO_NS}/applications`, { method: 'POST', body: noName });
    expect(missing.status).toBe(422);
    expect(missing.text).toBe(
      'Application.gitops.kubesphere.io "" is invalid: metadata.name: Required value: name or generateName is required\n',
    );
    const bad = await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp('Bad_Name') });
    expect(bad.status).toBe(422);
    expect(bad.text).toMatch(
      /^Application\.gitops\.kubesphere\.io "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/,
    );
    const nsMissing = await call(`${GITOPS}/namespaces/ghost/applications`, { method: 'POST', body: newApp('x') });
    expect(nsMissing.status).toBe(404);
    expect(nsMissing.text).toBe('namespaces "ghost" not found\n');
  });

  it('names objects from generateName', async () => {
    const body = newApp('');
    delete body.metadata.name;
    body.metadata.generateName = 'gen-';
    const r = await call(`${DEMO_NS}/applications`, { method: 'POST', body });
    expect(r.status).toBe(200);
    expect(r.json.metadata.name).toMatch(/^gen-[a-z0-9]{5}$/);
  });

  it('rejects bodies the way go-restful and encoding/json do', async () => {
    const path = `${DEMO_NS}/applications`;
    const plain = await call(path, { method: 'POST', raw: '{}', contentType: 'text/plain;charset=UTF-8' });
    expect(plain.status).toBe(400);
    expect(plain.text).toBe('[ServiceError:400] Unable to unmarshal content of type:text/plain;charset=UTF-8\n');
    const none = await call(path, { method: 'POST', raw: '{}', contentType: null });
    expect(none.text).toBe('[ServiceError:400] Unable to unmarshal content of type:\n');
    const cases: Array<[string, string]> = [
      ['kubesphere', "invalid character 'k' looking for beginning of value"],
      ['{"metadata": fals}', "invalid character '}' in literal false (expecting 'e')"],
      ['{"a" 1}', "invalid character '1' after object key"],
      ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
      ['', 'EOF'],
      ['{"metadata":', 'unexpected EOF'],
      [
        '{"spec":{"argoApp":{"spec":{"source":{"repoURL":5}}}}}',
        'json: cannot unmarshal number into Go struct field ApplicationSource.spec.argoApp.spec.source.repoURL of type string',
      ],
      ['[]', 'json: cannot unmarshal array into Go value of type v1alpha1.Application'],
    ];
    for (const [raw, message] of cases) {
      const r = await call(path, { method: 'POST', raw });
      expect([r.status, r.text]).toEqual([500, message + '\n']);
    }
    // The Decoder stops after the first value: trailing bytes are ignored.
    const trailing = await call(path, { method: 'POST', raw: JSON.stringify(newApp('trailing')) + ' garbage' });
    expect(trailing.status).toBe(200);
  });
});

describe('update', () => {
  it('replaces metadata and spec, keeps status, bumps generation on spec change', async () => {
    const app = (await call(`${DEMO_NS}/applications/helm-guestbook`)).json;
    const status = app.status;
    app.metadata.annotations = { 'kubesphere.io/description': 'new' };
    app.spec.argoApp.spec.source.targetRevision = 'v2';
    app.status = { argoApp: 'tampered' };
    app.metadata.resourceVersion = '1';
    const r = await call(`${DEMO_NS}/applications/helm-guestbook`, { method: 'PUT', body: app });
    expect(r.status).toBe(200);
    expect(r.json.kind).toBeUndefined();
    expect(r.json.metadata.annotations).toEqual({ 'kubesphere.io/description': 'new' });
    expect(r.json.metadata.generation).toBe(app.metadata.generation + 1);
    expect(r.json.status).toEqual(status);
    expect(Number(r.json.metadata.resourceVersion)).toBeGreaterThan(Number(app.metadata.resourceVersion));
  });

  it('targets the body namespace/name with the path object resourceVersion', async () => {
    const other = (await call(`${DEMO_NS}/applications/inventory`)).json;
    const conflict = await call(`${DEMO_NS}/applications/guestbook`, { method: 'PUT', body: other });
    expect(conflict.status).toBe(409);
    expect(conflict.text).toBe(
      'Operation cannot be fulfilled on applications.gitops.kubesphere.io "inventory": the object has been modified; please apply your changes to the latest version and try again\n',
    );
    const missingPath = await call(`${DEMO_NS}/applications/nope`, { method: 'PUT', body: other });
    expect(missingPath.text).toBe('Application.gitops.kubesphere.io "nope" not found\n');
    other.metadata.name = 'ghost';
    // The body's uid is a precondition kube-apiserver checks first, against the missing object.
    const missingBody = await call(`${DEMO_NS}/applications/inventory`, { method: 'PUT', body: other });
    expect([missingBody.status, missingBody.text]).toEqual([
      409,
      `Operation cannot be fulfilled on applications.gitops.kubesphere.io "ghost": StorageError: invalid object, Code: 4, Key: /registry/gitops.kubesphere.io/applications/demo-project/ghost, ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: ${other.metadata.uid}, UID in object meta: \n`,
    ]);
    delete other.metadata.uid;
    const noUid = await call(`${DEMO_NS}/applications/inventory`, { method: 'PUT', body: other });
    expect([noUid.status, noUid.text]).toEqual([404, 'applications.gitops.kubesphere.io "ghost" not found\n']);
  });

  it('needs a JSON content type too', async () => {
    const r = await call(`${DEMO_NS}/applications/guestbook`, { method: 'PUT', raw: '{}', contentType: 'application/yaml' });
    expect(r.text).toBe('[ServiceError:400] Unable to unmarshal content of type:application/yaml\n');
  });
});

describe('delete', () => {
  it('adds the cascade finalizer only for the literal cascade=true', async () => {
    const loose = await call(`${DEMO_NS}/applications/inventory?cascade=True`, { method: 'DELETE' });
    expect(loose.status).toBe(200);
    expect(loose.json.kind).toBe('Application');
    expect(loose.json.metadata.finalizers).toEqual(['application.gitops.kubesphere.io']);
    const strict = await call(`${DEMO_NS}/applications/payment-service?cascade=true`, { method: 'DELETE' });
    expect(strict.json.metadata.finalizers).toEqual(['application.gitops.kubesphere.io', 'resources-finalizer.argocd.argoproj.io']);
    expect((await call(`${DEMO_NS}/applications/nope`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('sync', () => {
  it('maps every request field onto spec.argoApp.operation', async () => {
    const body = {
      revision: 'v1.2.0',
      dryRun: true,
      prune: true,
      strategy: { apply: { force: true } },
      resources: [{ group: 'apps', kind: 'Deployment', name: 'guestbook-ui', namespace: 'helm' }],
      manifests: ['apiVersion: v1'],
      infos: [{ name: 'reason', value: 'hotfix' }],
      retryStrategy: { limit: 3, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } },
      syncOptions: ['Validate=false'],
      syncStrategy: { apply: { force: true } },
    };
    const r = await call(`${DEMO_NS}/applications/helm-guestbook/sync`, { method: 'POST', body, user: 'tenant' });
    expect(r.status).toBe(200);
    expect(r.json.kind).toBeUndefined();
    expect(r.json.spec.argoApp.operation).toEqual({
      sync: {
        revision: 'v1.2.0',
        prune: true,
        dryRun: true,
        syncStrategy: { apply: { force: true } },
        resources: [{ group: 'apps', kind: 'Deployment', name: 'guestbook-ui', namespace: 'helm' }],
        manifests: ['apiVersion: v1'],
        syncOptions: ['Validate=false'],
      },
      initiatedBy: { username: 'tenant' },
      info: [{ name: 'reason', value: 'hotfix' }],
      retry: { limit: 3, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } },
    });
  });

  it('falls back to the spec sync options; an explicit empty list replaces them', async () => {
    const fallback = await call(`${DEMO_NS}/applications/guestbook/sync`, { method: 'POST', body: {} });
    expect(fallback.json.spec.argoApp.operation.sync).toEqual({ syncOptions: ['CreateNamespace=true'] });
    const replaced = await call(`/clusters/host${GITOPS}/namespaces/demo-staging/applications/guestbook-staging/sync`, {
      method: 'POST',
      body: { syncOptions: [] },
    });
    expect(replaced.json.spec.argoApp.operation.sync).toEqual({});
  });

  it('reports every sync error of the handler', async () => {
    const path = `${DEMO_NS}/applications/guestbook/sync`;
    for (const options of [{ raw: 'nope' }, { raw: '' }, { raw: '{}', contentType: null }, { raw: '{"prune":"yes"}' }]) {
      const r = await call(path, { method: 'POST', ...options });
      expect([r.status, r.text]).toEqual([400, '[ServiceError:400] invalid application sync request\n']);
    }
    const missing = await call(`${DEMO_NS}/applications/nope/sync`, { method: 'POST', body: {} });
    expect([missing.status, missing.text]).toEqual([404, 'Application.gitops.kubesphere.io "nope" not found\n']);
    const bare = newApp('bare');
    bare.spec = { kind: 'argocd' };
    expect((await call(`${DEMO_NS}/applications`, { method: 'POST', body: bare })).status).toBe(200);
    const uninit = await call(`${DEMO_NS}/applications/bare/sync`, { method: 'POST', body: {} });
    expect([uninit.status, uninit.text]).toEqual([
      400,
      '[ServiceError:400] application is not initialized, please confirm you have already configured it\n',
    ]);
    const busy = await call(`${DEMO_NS}/applications/sync-waves/sync`, { method: 'POST', body: {} });
    expect([busy.status, busy.text]).toEqual([400, '[ServiceError:400] another operation is already in progress\n']);
  });
});
