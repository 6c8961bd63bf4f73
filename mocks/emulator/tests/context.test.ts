/**
 * The KubeSphere context endpoints the GitOps pages call, per user.
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './harness';

useEmulator();

const TENANT = '/kapis/tenant.kubesphere.io/v1beta1';
const DEVOPS = '/kapis/devops.kubesphere.io/v1alpha3';
const IAM = '/kapis/iam.kubesphere.io/v1beta1';
const names = (r: { json: Loose }) => r.json.items.map((i: Loose) => i.metadata.name);

const rules = (r: { json: Loose }) =>
  Object.assign({}, ...r.json.items.map((t: Loose) => JSON.parse(t.metadata.annotations['iam.kubesphere.io/role-template-rules'])));

describe('workspaces and clusters', () => {
  it('lists the workspaces a user belongs to (all for the platform admin)', async () => {
    const admin = await call(`${TENANT}/workspacetemplates`);
    expect(names(admin).sort()).toEqual(['demo-workspace', 'platform-ops']);
    expect(admin.json.items[0]).toMatchObject({ kind: 'WorkspaceTemplate', apiVersion: 'tenant.kubesphere.io/v1beta1' });
    const demo = admin.json.items.find((w: Loose) => w.metadata.name === 'demo-workspace');
    expect(demo.spec).toEqual({
      template: { spec: { manager: 'admin' } },
      placement: { clusters: [{ name: 'host' }, { name: 'member-1' }] },
    });
    expect(demo.metadata.annotations['kubesphere.io/alias-name']).toBe('Demo Workspace');
    expect(names(await call(`${TENANT}/workspacetemplates`, { user: 'tenant' }))).toEqual(['demo-workspace']);
    expect((await call(`${TENANT}/workspacetemplates`, { user: 'outsider' })).json).toEqual({ items: [], totalItems: 0 });
    expect((await call(`${TENANT}/workspacetemplates/platform-ops`, { user: 'tenant' })).status).toBe(403);
    expect((await call(`${TENANT}/workspaces/demo-workspace`, { user: 'tenant' })).json.kind).toBe('Workspace');
  });

  it('lists clusters with the host label and Ready condition', async () => {
    const r = await call(`${TENANT}/clusters`);
    expect(names(r).sort()).toEqual(['host', 'member-1']);
    const host = r.json.items.find((c: Loose) => c.metadata.name === 'host');
    expect(host.apiVersion).toBe('cluster.kubesphere.io/v1alpha1');
    expect(host.metadata.labels).toHaveProperty('cluster-role.kubesphere.io/host', '');
    expect(host.status.conditions[0]).toMatchObject({ type: 'Ready', status: 'True' });
    expect(names(await call(`${TENANT}/workspaces/demo-workspace/clusters`, { user: 'tenant' })).sort()).toEqual(['host', 'member-1']);
    expect((await call(`${TENANT}/clusters`, { user: 'outsider' })).json.totalItems).toBe(0);
  });
});

describe('DevOps projects and repositories', () => {
  it('lists the DevOps projects of a workspace on the addressed cluster', async () => {
    const host = await call(`${DEVOPS}/workspaces/demo-workspace/devops`);
    expect(names(host).sort()).toEqual(['demo-project', 'demo-staging']);
    expect(host.json.items[0]).toMatchObject({ kind: 'DevOpsProject', apiVersion: 'devops.kubesphere.io/v1alpha3', spec: {} });
    const project = host.json.items.find((p: Loose) => p.metadata.name === 'demo-project');
    expect(project.status).toEqual({ adminNamespace: 'demo-project' });
    expect(project.metadata.labels).toEqual({ 'kubesphere.io/workspace': 'demo-workspace' });
    expect(names(await call(`/clusters/member-1${DEVOPS}/workspaces/demo-workspace/devops`))).toEqual(['demo-project']);
    expect(names(await call(`${DEVOPS}/workspaces/demo-workspace/devops?limit=1&sortBy=name&ascending=true`))).toEqual(['demo-project']);
    expect((await call(`${DEVOPS}/workspaces/demo-workspace/devops`, { user: 'outsider' })).status).toBe(403);
    expect((await call(`${DEVOPS}/workspaces/demo-workspace/devops/demo-project`, { user: 'viewer' })).status).toBe(200);
  });

  it('lists git repositories of a DevOps project', async () => {
    const r = await call(`${DEVOPS}/namespaces/demo-project/gitrepositories?sortBy=name&ascending=true`, { user: 'tenant' });
    expect(names(r)).toEqual(['argocd-example-apps', 'internal-charts', 'podinfo']);
    expect(r.json.items[0]).toMatchObject({
      kind: 'GitRepository',
      metadata: { namespace: 'demo-project' },
      spec: {
        provider: 'github',
        url: 'https://github.com/stoneshi-yunify/argocd-example-apps',
        owner: 'stoneshi-yunify',
        repo: 'argocd-example-apps',
      },
    });
    expect(r.json.items[1].spec.secret).toEqual({ name: 'gitlab-token', namespace: 'demo-project' });
    const denied = await call(`${DEVOPS}/namespaces/demo-project/gitrepositories`, { user: 'outsider' });
    expect(denied.json.message).toBe(
      'gitrepositories.devops.kubesphere.io is forbidden: User "outsider" cannot list resource "gitrepositories" in API group "devops.kubesphere.io" in the namespace "demo-project"',
    );
  });
});

describe('user and permissions', () => {
  it('describes the current user', async () => {
    const r = await call(`${IAM}/users/tenant`, { user: 'tenant' });
    expect(r.json).toMatchObject({
      kind: 'User',
      metadata: { name: 'tenant', annotations: { 'iam.kubesphere.io/globalrole': 'platform-regular' } },
      spec: { email: 'tenant@example.com' },
    });
    expect((await call(`${IAM}/users/admin`, { user: 'tenant' })).status).toBe(403);
    expect((await call(`${IAM}/users/tenant`)).status).toBe(200);
  });

  it('returns the DevOps role templates of the user in a project', async () => {
    const q = (user: string, ns: string, cluster = '') =>
      call(`${cluster}${IAM}/users/${user}/roletemplates?scope=namespace&namespace=${ns}`, { user });
    expect(rules(await q('tenant', 'demo-project'))).toMatchObject({ applications: 'manage', gitrepositories: 'manage' });
    expect(rules(await q('tenant', 'demo-staging'))).toMatchObject({ applications: 'view', gitrepositories: 'view' });
    expect(rules(await q('viewer', 'demo-project'))).toMatchObject({ applications: 'view' });
    expect(rules(await q('admin', 'demo-project'))).toMatchObject({ applications: 'manage', 'devops-settings': 'manage' });
    expect((await q('outsider', 'demo-project')).json).toEqual({ items: [], totalItems: 0 });
    expect(rules(await q('tenant', 'demo-project', '/clusters/member-1'))).toMatchObject({ applications: 'manage' });
    const viewTemplate = (await q('viewer', 'demo-project')).json.items.find(
      (t: Loose) => t.metadata.name === 'devops-view-gitops-applications',
    );
    expect(viewTemplate.apiVersion).toBe('iam.kubesphere.io/v1beta1');
    expect(viewTemplate.metadata.labels['iam.kubesphere.io/scope']).toBe('namespace');
  });

  it('answers workspace and global scopes', async () => {
    expect(rules(await call(`${IAM}/users/viewer/roletemplates?scope=workspace&workspace=demo-workspace`, { user: 'viewer' }))).toEqual({
      devops: 'view',
    });
    expect(rules(await call(`${IAM}/users/admin/roletemplates?scope=global`))).toMatchObject({ workspaces: 'manage' });
    expect((await call(`${IAM}/users/tenant/roletemplates?scope=global`, { user: 'tenant' })).json.items).toEqual([]);
    const other = await call(`${IAM}/users/admin/roletemplates?scope=global`, { user: 'tenant' });
    expect([other.status, other.text]).toEqual([403, 'users.iam.kubesphere.io "admin" is forbidden: not allow to get users\n']);
  });

  it('is read-only', async () => {
    const r = await call(`${TENANT}/workspacetemplates`, { method: 'POST', body: {} });
    expect(r.status).toBe(405);
  });
});
