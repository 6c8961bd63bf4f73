/**
 * Contract of the live Kubernetes objects: GET/LIST under every cluster URL
 * form, selectors, the owner chain, events as the console asks for them,
 * authorization, drift and server-side apply. Logs: live-logs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Loose } from '../core/util';
import { call, useEmulator } from './harness';

const ctx = useEmulator();
const CORE = '/api/v1/namespaces';
const APPS = '/apis/apps/v1/namespaces';

const pods = async (ns: string, query = '', user?: string): Promise<Loose[]> =>
  (await call(`${CORE}/${ns}/pods${query}`, { user })).json.items;
const reasonOf = (p: Loose) => p.status.containerStatuses?.[0]?.state?.waiting?.reason ?? p.status.phase;

describe('GET and LIST', () => {
  it('serves the objects Argo CD deployed, under the three cluster URL forms', async () => {
    for (const prefix of ['', '/clusters/host']) {
      const r = await call(`${prefix}${APPS}/guestbook/deployments/guestbook-ui`);
      expect([r.status, r.json.kind, r.json.apiVersion, r.json.metadata.labels['app.kubernetes.io/instance']]).toEqual([
        200,
        'Deployment',
        'apps/v1',
        'guestbook',
      ]);
    }
    const legacy = await call('/api/clusters/host/v1/namespaces/guestbook/services/guestbook-ui');
    expect([legacy.status, legacy.json.spec.type]).toEqual([200, 'ClusterIP']);
    // member-1's own Argo CD deployed guestbook-edge into member-1's guestbook namespace.
    const edge = await call(`/clusters/member-1${APPS}/guestbook/deployments/guestbook-ui`);
    expect(edge.json.metadata.labels['app.kubernetes.io/instance']).toBe('guestbook-edge');
    expect((await call(`/clusters/member-1${APPS}/payments/deployments/payment-degraded`)).status).toBe(404);
  });

  it('answers full Kubernetes shapes and lists with a List kind and resourceVersion', async () => {
    const list = await call(`${CORE}/guestbook/pods`);
    expect([list.status, list.json.kind, list.json.apiVersion, typeof list.json.metadata.resourceVersion]).toEqual([
      200,
      'PodList',
      'v1',
      'string',
    ]);
    const [pod] = list.json.items;
    expect(pod.kind).toBeUndefined();
    expect(pod.metadata).toMatchObject({
      namespace: 'guestbook',
      uid: expect.any(String),
      resourceVersion: expect.any(String),
      creationTimestamp: expect.any(String),
    });
    expect(pod.spec.nodeName).toMatch(/^node-\d$/);
    expect(pod.status).toMatchObject({ phase: 'Running', podIP: expect.stringMatching(/^10\.233\./), startTime: expect.any(String) });
    expect(pod.status.containerStatuses[0]).toMatchObject({
      image: 'gcr.io/heptio-images/ks-guestbook-demo:0.2',
      ready: true,
      restartCount: 0,
      started: true,
    });
    expect((await call(`/apis/batch/v1/namespaces/guestbook/jobs`)).json).toMatchObject({
      kind: 'JobList',
      apiVersion: 'batch/v1',
      items: [],
    });
  });

  it('filters by labelSelector and fieldSelector, and pages with limit/continue', async () => {
    expect(await pods('guestbook', '?labelSelector=app%3Dguestbook-ui')).toHaveLength(1);
    expect(await pods('guestbook', '?labelSelector=app%3Dother')).toHaveLength(0);
    const all = await pods('payments');
    expect(all).toHaveLength(3);
    const name = all[1].metadata.name;
    expect((await pods('payments', `?fieldSelector=metadata.name%3D${name}`)).map((p) => p.metadata.name)).toEqual([name]);
    expect(await pods('payments', '?fieldSelector=status.phase%3DPending')).toHaveLength(1);
    const first = await call(`${CORE}/payments/pods?limit=2`);
    expect(first.json.items).toHaveLength(2);
    expect(first.json.metadata.remainingItemCount).toBe(1);
    const next = await call(`${CORE}/payments/pods?limit=2&continue=${encodeURIComponent(first.json.metadata.continue)}`);
    expect(next.json.items.map((p: Loose) => p.metadata.name)).toEqual([all[2].metadata.name]);
    const bad = await call(`${APPS}/payments/replicasets?fieldSelector=spec.foo%3Dx`);
    expect([bad.status, bad.json.message]).toEqual([
      400,
      '"spec.foo" is not a known field selector: only "metadata.name", "metadata.namespace"',
    ]);
    expect((await call(`${CORE}/payments/pods?fieldSelector=spec.foo%3Dx`)).json.message).toBe('field label not supported: spec.foo');
  });

  it('answers NotFound as kube-apiserver does', async () => {
    const pod = await call(`${CORE}/guestbook/pods/nope`);
    expect([pod.status, pod.json.message, pod.json.details]).toEqual([404, 'pods "nope" not found', { name: 'nope', kind: 'pods' }]);
    const dep = await call(`${APPS}/guestbook/deployments/nope`);
    expect([dep.json.message, dep.json.details]).toEqual([
      'deployments.apps "nope" not found',
      { name: 'nope', group: 'apps', kind: 'deployments' },
    ]);
  });
});

describe('owner chain and pod states', () => {
  it('links Pod -> ReplicaSet -> Deployment with controller ownerReferences; an old ReplicaSet at 0', async () => {
    const dep = (await call(`${APPS}/guestbook/deployments/guestbook-ui`)).json;
    const rss = (await call(`${APPS}/guestbook/replicasets`)).json.items;
    expect(rss.map((rs: Loose) => rs.spec.replicas).sort()).toEqual([0, 1]);
    const current = rss.find((rs: Loose) => rs.spec.replicas === 1);
    expect(current.metadata.ownerReferences).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'guestbook-ui',
        uid: dep.metadata.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ]);
    expect(current.metadata.annotations['deployment.kubernetes.io/revision']).toBe(
      dep.metadata.annotations['deployment.kubernetes.io/revision'],
    );
    const [pod] = await pods('guestbook');
    expect(pod.metadata.ownerReferences[0]).toMatchObject({
      kind: 'ReplicaSet',
      name: current.metadata.name,
      uid: current.metadata.uid,
      controller: true,
    });
    expect(pod.metadata.name.startsWith(`${current.metadata.name}-`)).toBe(true);
    expect((await call(`${APPS}/guestbook/replicasets/${current.metadata.name}`)).json.metadata.uid).toBe(current.metadata.uid);
    expect((await call(`${CORE}/guestbook/pods/${pod.metadata.name}`)).json.metadata.uid).toBe(pod.metadata.uid);
  });

  it('keeps names stable across resets', async () => {
    const before = (await pods('payments')).map((p) => p.metadata.name);
    ctx.emulator.reset('demo');
    expect((await pods('payments')).map((p) => p.metadata.name)).toEqual(before);
  });

  it('shows CrashLoopBackOff, OOMKilled and an unschedulable pod for payment-service, ImagePullBackOff for broken-config', async () => {
    const payments = await pods('payments');
    expect(payments.map(reasonOf).sort()).toEqual(['CrashLoopBackOff', 'CrashLoopBackOff', 'Pending']);
    const last = payments.map((p) => p.status.containerStatuses?.[0]?.lastState?.terminated).filter(Boolean);
    expect(last.map((t: Loose) => [t.reason, t.exitCode]).sort()).toEqual([
      ['Error', 1],
      ['OOMKilled', 137],
    ]);
    expect(payments.every((p) => !p.status.containerStatuses || p.status.containerStatuses[0].restartCount > 0)).toBe(true);
    const pending = payments.find((p) => p.status.phase === 'Pending');
    expect(pending.spec.nodeName).toBeUndefined();
    expect(pending.status.conditions[0]).toMatchObject({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' });
    expect((await pods('frontend')).map(reasonOf)).toEqual(['ImagePullBackOff', 'ImagePullBackOff']);
    expect((await pods('podinfo')).map(reasonOf)).toEqual(['ContainerCreating', 'ContainerCreating']);
  });

  it('chains CronJob -> Job -> Pod', async () => {
    const cron = (await call('/apis/batch/v1/namespaces/jobs/cronjobs/report-suspended')).json;
    expect(cron.spec.suspend).toBe(true);
    const [job] = (await call('/apis/batch/v1/namespaces/jobs/jobs')).json.items;
    expect(job.metadata.ownerReferences[0]).toMatchObject({ kind: 'CronJob', uid: cron.metadata.uid, controller: true });
    const [pod] = await pods('jobs', `?labelSelector=job-name%3D${job.metadata.name}`);
    expect([pod.status.phase, pod.metadata.ownerReferences[0].uid]).toEqual(['Succeeded', job.metadata.uid]);
  });
});

describe('events', () => {
  it('answers the console Events widget query (involvedObject name, namespace, kind, uid)', async () => {
    const pod = (await pods('payments')).find((p) => p.status.containerStatuses?.[0]?.lastState?.terminated?.reason === 'Error');
    const q = `involvedObject.name=${pod.metadata.name},involvedObject.namespace=payments,involvedObject.kind=Pod,involvedObject.uid=${pod.metadata.uid}`;
    const r = await call(`${CORE}/payments/events?fieldSelector=${encodeURIComponent(q)}`);
    expect(r.json.kind).toBe('EventList');
    const reasons = r.json.items.map((e: Loose) => e.reason);
    expect(reasons).toEqual(expect.arrayContaining(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started', 'BackOff']));
    const backOff = r.json.items.find((e: Loose) => e.reason === 'BackOff');
    expect(backOff).toMatchObject({
      type: 'Warning',
      message: `Back-off restarting failed container app in pod ${pod.metadata.name}_payments(${pod.metadata.uid})`,
      source: { component: 'kubelet', host: pod.spec.nodeName },
      involvedObject: {
        kind: 'Pod',
        name: pod.metadata.name,
        namespace: 'payments',
        uid: pod.metadata.uid,
        apiVersion: 'v1',
        fieldPath: 'spec.containers{app}',
      },
    });
    expect(backOff.count).toBeGreaterThan(1);
    expect(r.json.items.every((e: Loose) => e.involvedObject.name === pod.metadata.name)).toBe(true);
  });

  it('records FailedScheduling, image pull failures and the controllers events', async () => {
    const warnings = (await call(`${CORE}/payments/events?fieldSelector=type%3DWarning`)).json.items;
    expect(warnings.find((e: Loose) => e.reason === 'FailedScheduling')).toMatchObject({
      source: { component: 'default-scheduler' },
      message:
        '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    });
    const frontend = (await call(`${CORE}/frontend/events?fieldSelector=reason%3DFailed`)).json.items.map((e: Loose) => e.message);
    expect(frontend).toEqual(expect.arrayContaining(['Error: ErrImagePull', 'Error: ImagePullBackOff']));
    expect(frontend.some((m: string) => m.startsWith('Failed to pull image "nginx:1.25.3": '))).toBe(true);
    const dep = (await call(`${CORE}/guestbook/events?fieldSelector=involvedObject.kind%3DDeployment`)).json.items;
    expect(dep.map((e: Loose) => e.reason)).toEqual(['ScalingReplicaSet', 'ScalingReplicaSet']);
    const rs = (await call(`${CORE}/guestbook/events?fieldSelector=involvedObject.kind%3DReplicaSet,reason%3DSuccessfulCreate`)).json.items;
    expect(rs[0].message).toMatch(/^Created pod: guestbook-ui-/);
  });
});

describe('authorization (ks-apiserver RBAC)', () => {
  const FORBIDDEN = (user: string, verb: string, resource: string, ns: string, name?: string) =>
    `${name ? `pods "${name}"` : resource.split('/')[0]} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "" in the namespace "${ns}"`;

  it('lets project members and workspace viewers read, and refuses the others with the Forbidden Status', async () => {
    for (const user of ['admin', 'tenant', 'viewer']) expect((await call(`${CORE}/guestbook/pods`, { user })).status).toBe(200);
    const [pod] = await pods('guestbook');
    for (const user of ['devops-only', 'outsider']) {
      const list = await call(`${CORE}/guestbook/pods`, { user });
      expect(list.text).toBe(
        `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":${JSON.stringify(FORBIDDEN(user, 'list', 'pods', 'guestbook'))},"reason":"Forbidden","details":{"kind":"pods"},"code":403}\n`,
      );
      const log = await call(`${CORE}/guestbook/pods/${pod.metadata.name}/log`, { user });
      expect([log.status, log.json.message]).toEqual([403, FORBIDDEN(user, 'get', 'pods/log', 'guestbook', pod.metadata.name)]);
      const events = await call(`${CORE}/guestbook/events?fieldSelector=involvedObject.kind%3DPod`, { user });
      expect([events.status, events.json.message]).toEqual([
        403,
        `events is forbidden: User "${user}" cannot list resource "events" in API group "" in the namespace "guestbook"`,
      ]);
    }
    // devops-only still sees the applications themselves.
    expect((await call('/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications', { user: 'devops-only' })).status).toBe(
      200,
    );
    expect((await call('/api/v1/pods', { user: 'tenant' })).json.message).toBe(
      'pods is forbidden: User "tenant" cannot list resource "pods" in API group "" at the cluster scope',
    );
  });
});

describe('drift and server-side apply', () => {
  it('seeds payment-service drifted: replicas 3 live, 2 in last-applied-configuration', async () => {
    const dep = (await call(`${APPS}/payments/deployments/payment-degraded`)).json;
    const applied = JSON.parse(dep.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']);
    expect([dep.spec.replicas, applied.spec.replicas, applied.status]).toEqual([3, 2, undefined]);
    expect(applied.metadata.labels).toEqual({ 'app.kubernetes.io/instance': 'payment-service' });
  });

  it('drifts a live object through the control call, leaving the annotation alone', async () => {
    const path = '/_emulator/v1/clusters/host/live/guestbook/deployments/guestbook-ui';
    const before = (await call(`${APPS}/guestbook/deployments/guestbook-ui`)).json;
    const patch = await call(path, {
      method: 'PATCH',
      body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } } } },
    });
    expect(patch.status).toBe(200);
    const after = (await call(`${APPS}/guestbook/deployments/guestbook-ui`)).json;
    expect(after.spec.template.spec.containers).toEqual([{ name: 'app', image: 'nginx:1.27' }]);
    expect(after.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toBe(
      before.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration'],
    );
    expect(after.metadata.resourceVersion).not.toBe(before.metadata.resourceVersion);
    expect((await call('/_emulator/v1/clusters/host/live/guestbook/deployments/ghost', { method: 'PATCH', body: {} })).status).toBe(404);
  });

  it('applies one demo resource with server-side apply: no last-applied, managedFields Apply by argocd-controller', async () => {
    const cm = (await call(`${CORE}/payments/configmaps/payment-degraded-config`)).json;
    expect(cm.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-options': 'ServerSideApply=true' });
    expect(cm.metadata.managedFields[0]).toMatchObject({ manager: 'argocd-controller', operation: 'Apply' });
  });
});
