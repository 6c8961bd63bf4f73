/**
 * Argo CD's periodic refresh (timeout.reconciliation, 180 s by default) on the
 * emulator clock, the multicluster destinations, and the two stuck apps of the
 * demo seed.
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import { RESYNC_PERIOD_MS, RESYNC_SLOT_MS, RESYNC_SLOTS } from '../sim/argo-resync';
import { argoStatus, call, DEMO_NS, GITOPS, newApp, useEmulator } from './harness';

const env = useEmulator({ seed: 'demo' });

const reconciledAt = (app: Loose): string => argoStatus(app)?.reconciledAt;
const hostApps = () => env.emulator.store.listArgoApplications('host');

describe('periodic refresh', () => {
  it('re-reconciles every app about every 180 s with nothing changed, and the status controller copies it', async () => {
    const before = new Map(hostApps().map((a) => [a.name, a.status.reconciledAt as string]));
    const ksBefore = (await call(`${DEMO_NS}/applications/guestbook`)).json;
    const r = await call('/_emulator/v1/advance', { method: 'POST', body: { ms: RESYNC_PERIOD_MS } });
    expect(r.status).toBe(200);
    for (const app of hostApps()) expect(Date.parse(app.status.reconciledAt), app.name).toBeGreaterThan(Date.parse(before.get(app.name)!));
    const ksAfter = (await call(`${DEMO_NS}/applications/guestbook`)).json;
    expect(ksAfter.status.argoApp).not.toBe(ksBefore.status.argoApp);
    expect(Date.parse(reconciledAt(ksAfter))).toBeGreaterThan(Date.parse(reconciledAt(ksBefore)));
    // Only the time moved: labels, sync and health are what they were.
    expect(ksAfter.metadata.labels).toEqual(ksBefore.metadata.labels);
    expect({ ...argoStatus(ksAfter), reconciledAt: 0 }).toEqual({ ...argoStatus(ksBefore), reconciledAt: 0 });
  });

  it('spreads the refreshes over the period and refreshes each app once per period', () => {
    const em = env.emulator;
    em.settle();
    const start = em.now();
    em.advance(RESYNC_PERIOD_MS);
    const times = hostApps().map((a) => Date.parse(a.status.reconciledAt));
    expect(new Set(times).size).toBeGreaterThan(3);
    for (const t of times) expect(t).toBeGreaterThan(start - 1000);
    const first = new Map(hostApps().map((a) => [a.name, a.status.reconciledAt]));
    em.advance(RESYNC_PERIOD_MS / 2);
    const moved = hostApps().filter((a) => a.status.reconciledAt !== first.get(a.name)).length;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(hostApps().length);
  });

  it('is background work: settle ends, nothing is pending, tick does not run it', () => {
    const em = env.emulator;
    em.reset('empty');
    expect(em.pending).toBe(0);
    expect(em.settle()).toBe(0);
    expect(em.tick()).toBe(false);
    // One sweeping task per slot, whatever the number of apps.
    expect(em.advance(RESYNC_PERIOD_MS)).toBe(RESYNC_SLOTS);
  });

  it('costs one task per slot on large seeds, and nothing for apps without an Argo CD side', () => {
    const em = env.emulator;
    em.reset({ seed: 'large-list', count: 50_000 });
    const sample = em.store.getApplication('host', 'demo-project', 'app-00007');
    expect(em.advance(RESYNC_PERIOD_MS)).toBe(RESYNC_SLOTS);
    expect(em.store.getApplication('host', 'demo-project', 'app-00007')).toEqual(sample);
  });

  it('refreshes many reconciled apps once each per period, a few per slot', () => {
    const em = env.emulator;
    const objects = Array.from({ length: 300 }, (_, i) => {
      const app = newApp(`many-${i}`);
      return {
        ...app,
        metadata: { ...app.metadata, namespace: 'demo-project', labels: { 'gitops.kubesphere.io/argocd-location': 'argocd' } },
      };
    });
    em.reset({ objects });
    em.settle();
    // settle moved the clock past a slot boundary without running background work; it runs late, now.
    em.advance(0);
    const before = new Map(hostApps().map((a) => [a.name, a.status.reconciledAt]));
    expect(em.advance(RESYNC_SLOT_MS * 2)).toBe(2);
    expect(hostApps().filter((a) => a.status.reconciledAt !== before.get(a.name)).length).toBeLessThan(300 / 4);
    // The first periodic refresh comes 170-350 s after the last reconcile, as with Argo CD's 180 s informer resync.
    expect(em.advance(RESYNC_PERIOD_MS * 2)).toBe(RESYNC_SLOTS * 2);
    expect(hostApps().every((a) => a.status.reconciledAt !== before.get(a.name))).toBe(true);
    // From then on exactly one refresh per app and period.
    const settled = new Map(hostApps().map((a) => [a.name, Date.parse(a.status.reconciledAt)]));
    em.advance(RESYNC_PERIOD_MS);
    for (const app of hostApps()) expect(Date.parse(app.status.reconciledAt) - settled.get(app.name)!).toBe(RESYNC_PERIOD_MS);
  });

  it('leaves a status injected through the control API alone', async () => {
    const em = env.emulator;
    const injected = { health: { status: 'Degraded' }, sync: { status: 'Synced' }, reconciledAt: '2020-01-01T00:00:00Z' };
    const r = await call('/_emulator/v1/clusters/host/namespaces/demo-project/applications/guestbook/argo-status', {
      method: 'PUT',
      body: injected,
    });
    expect(r.status).toBe(200);
    em.advance(RESYNC_PERIOD_MS * 2);
    expect(argoStatus((await call(`${DEMO_NS}/applications/guestbook`)).json)).toEqual(injected);
  });
});

describe('destinations (ks-devops argocd/handler.go L186-215, multi-cluster-controller.go L117-138)', () => {
  it('lists in-cluster, then a Secret per KubeSphere cluster: the host appears twice', async () => {
    const clusters = (await call(`${GITOPS}/clusters`)).json;
    expect(clusters).toEqual([
      { server: 'https://kubernetes.default.svc', name: 'in-cluster' },
      { server: 'https://10.233.0.1:443', name: 'host' },
      { server: 'https://192.168.20.10:6443', name: 'member-1' },
    ]);
    const host = (await call('/kapis/tenant.kubesphere.io/v1beta1/clusters')).json.items.find((c: Loose) => c.metadata.name === 'host');
    expect(host.spec.connection.kubernetesAPIEndpoint).toBe(clusters[1].server);
  });
});

const LONG = 'notification-dispatcher-eu-central-1-production-blue-green-rollout';

describe('demo seed: applications the controller cannot finish', () => {
  it('has an app whose name is too long, failing since its creation with a growing Warning', async () => {
    const em = env.emulator;
    const app = (await call(`${DEMO_NS}/applications/${LONG}`)).json;
    expect(app.metadata.labels).toEqual({ 'gitops.kubesphere.io/argocd-location': 'argocd' });
    expect(app.metadata.finalizers).toBeUndefined();
    expect(app.status).toEqual({ fluxApp: {} });
    expect(em.store.getArgoApplication('host', LONG)).toBeUndefined();
    const [event] = em.events({ name: LONG });
    expect(event).toMatchObject({
      type: 'Warning',
      reason: 'FailedWithArgoCD',
      message: `failed to create application to ArgoCD, error is: Application.argoproj.io "${LONG}" is invalid: metadata.labels: Invalid value: "${LONG}": must be no more than 63 characters`,
      firstTimestamp: app.metadata.creationTimestamp,
    });
    // 19 attempts in the first ~22 minutes, then one per 1000 s.
    const age = em.now() - Date.parse(app.metadata.creationTimestamp);
    expect(event.count).toBe(19 + Math.floor((age - 1_310_715) / 1_000_000));
    em.advance(1_000_000);
    expect(em.events({ name: LONG })[0].count).toBe(event.count + 1);
  });

  it('has an app stuck terminating because its location label was removed, which the label and a refresh set free', async () => {
    const em = env.emulator;
    const app = (await call(`${DEMO_NS}/applications/retired-dashboard`)).json;
    expect(app.metadata.deletionTimestamp).toBeDefined();
    expect(app.metadata.finalizers).toEqual(['application.gitops.kubesphere.io', 'resources-finalizer.argocd.argoproj.io']);
    expect(app.metadata.labels['gitops.kubesphere.io/argocd-location']).toBeUndefined();
    expect(em.events({ name: 'retired-dashboard' })).toEqual([
      expect.objectContaining({ type: 'Warning', reason: 'Invalid', count: 1, firstTimestamp: app.metadata.deletionTimestamp }),
    ]);
    em.advance(RESYNC_PERIOD_MS);
    expect((await call(`${DEMO_NS}/applications/retired-dashboard`)).status).toBe(200);
    const fixed = (await call(`${DEMO_NS}/applications/retired-dashboard`)).json;
    fixed.metadata.labels['gitops.kubesphere.io/argocd-location'] = 'argocd';
    fixed.metadata.annotations['argocd.argoproj.io/refresh'] = 'normal';
    expect((await call(`${DEMO_NS}/applications/retired-dashboard`, { method: 'PUT', body: fixed })).status).toBe(200);
    em.settle();
    expect((await call(`${DEMO_NS}/applications/retired-dashboard`)).status).toBe(404);
    expect(em.store.getArgoApplication('host', 'retired-dashboard')).toBeUndefined();
  });

  it('keeps the first page of the default list and the oldest app as they were', async () => {
    const names = (await call(`${DEMO_NS}/applications`)).json.items.map((a: Loose) => a.metadata.name);
    expect(names.slice(0, 10)).not.toContain(LONG);
    expect(names.slice(0, 10)).not.toContain('retired-dashboard');
    expect(names[names.length - 1]).toBe('guestbook');
  });
});
