/**
 * Contract of the ApplicationReconciler (ks-devops controllers/argocd/application_controller.go):
 * which changes wake it (L392-452), names it cannot mirror into Argo CD (L119-132, L205-209)
 * and the controller-runtime backoff that follows, and terminating applications (L76-105).
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import { reconcilerWakesOn } from '../sim/predicates';
import type { Change } from '../sim/store';
import { call, DEMO_NS, newApp, useEmulator } from './harness';

const env = useEmulator({ seed: 'empty' });

const LOCATION = 'gitops.kubesphere.io/argocd-location';
const ARGO_APP = 'gitops.kubesphere.io/argocd-application';
const REFRESH = 'argocd.argoproj.io/refresh';
const FINALIZER = 'application.gitops.kubesphere.io';
const CASCADE = 'resources-finalizer.argocd.argoproj.io';

const ks = (name: string) => env.emulator.store.getApplication('host', 'demo-project', name);
const argo = (name: string) => env.emulator.store.getArgoApplication('host', name);
const events = (name: string, reason: string) => env.emulator.events({ name }).filter((e) => e.reason === reason);

async function put(app: Loose): Promise<void> {
  const r = await call(`${DEMO_NS}/applications/${app.metadata.name}`, { method: 'PUT', body: app });
  expect(r.status).toBe(200);
}

async function created(name: string, overrides: Record<string, Loose> = {}): Promise<void> {
  expect((await call(`${DEMO_NS}/applications`, { method: 'POST', body: newApp(name, overrides) })).status).toBe(200);
}

/** An application as kubectl would leave it: no location label, so the controller only records Invalid. */
function withoutLocation(name: string): void {
  env.emulator.reset({ objects: [{ metadata: { name, namespace: 'demo-project' }, spec: newApp(name).spec }] });
  env.emulator.settle();
}

describe('the event filter: predicate.Or(generation, finalizers, argoproj.io keys) (L443-453)', () => {
  const meta = (m: Record<string, Loose>) => ({ metadata: { generation: 1, ...m } });
  const change = (before: Record<string, Loose>, after: Record<string, Loose>): Change => ({
    cluster: 'host',
    namespace: 'demo-project',
    name: 'a',
    kind: 'modified',
    before: meta(before),
    after: meta(after),
  });

  it('drops resync updates, whose old and new objects are identical', () => {
    const same = {
      labels: { [LOCATION]: 'argocd', 'argocd.argoproj.io/instance': 'x' },
      annotations: { [REFRESH]: 'hard' },
      finalizers: [FINALIZER],
    };
    expect(reconcilerWakesOn(change(same, same))).toBe(false);
  });

  it('ignores a label change when no label key, old or new, contains argoproj.io', () => {
    expect(reconcilerWakesOn(change({}, { labels: { [LOCATION]: 'argocd' } }))).toBe(false);
  });

  it('fires on generation and on finalizer changes', () => {
    expect(reconcilerWakesOn(change({}, { generation: 2 }))).toBe(true);
    expect(reconcilerWakesOn(change({ finalizers: [FINALIZER] }, { finalizers: [] }))).toBe(true);
  });

  it('looks at every key, changed or not, of both maps (mapKeysContains, L430-439)', () => {
    const argoLabel = { 'argocd.argoproj.io/instance': 'x' };
    expect(reconcilerWakesOn(change({ labels: argoLabel }, { labels: { ...argoLabel, team: 'a' } }))).toBe(true);
    expect(reconcilerWakesOn(change({ labels: argoLabel }, {}))).toBe(true);
    const argoNote = { [REFRESH]: 'normal' };
    expect(reconcilerWakesOn(change({ annotations: argoNote }, { annotations: { ...argoNote, note: 'x' } }))).toBe(true);
  });

  it('once the annotations changed, only annotation keys count, not the labels (L419-426)', () => {
    const before = { annotations: { note: 'a' }, labels: {} };
    const after = { annotations: { note: 'b' }, labels: { 'argocd.argoproj.io/instance': 'x' } };
    expect(reconcilerWakesOn(change(before, after))).toBe(false);
  });

  it('adding only the location label leaves an ignored app ignored', async () => {
    withoutLocation('later');
    const app = ks('later')!;
    app.metadata.labels = { [LOCATION]: 'argocd' };
    await put(app);
    env.emulator.settle();
    expect(argo('later')).toBeUndefined();
    expect(ks('later')?.metadata.labels).toEqual({ [LOCATION]: 'argocd' });
    expect(events('later', 'Invalid')[0].count).toBe(1);
  });

  const wakers: Array<[string, (app: Loose) => void]> = [
    ['a refresh annotation', (app) => (app.metadata.annotations = { [REFRESH]: 'normal' })],
    ['a finalizer', (app) => (app.metadata.finalizers = ['example.com/keep'])],
    ['a spec change', (app) => (app.spec.argoApp.spec.source.targetRevision = 'main')],
  ];
  it.each(wakers)('adding the location label together with %s gets the app mirrored', async (_, extra) => {
    withoutLocation('later');
    const app = ks('later')!;
    app.metadata.labels = { [LOCATION]: 'argocd' };
    extra(app);
    await put(app);
    env.emulator.settle();
    expect(argo('later')?.spec.project).toBe('demo-project');
    expect(ks('later')?.metadata.labels[ARGO_APP]).toBe('later');
    expect(ks('later')?.metadata.finalizers).toContain(FINALIZER);
  });
});

/** The 64-character name of these tests and the event the controller records for it. */
const LONG = `long-${'x'.repeat(54)}-name`;
const failure = (name: string) =>
  `failed to create application to ArgoCD, error is: Application.argoproj.io "${name}" is invalid: metadata.labels: Invalid value: "${name}": must be no more than 63 characters`;

describe('names over 63 characters (L119-132, L205-209)', () => {
  it('are accepted by the API and never mirrored: one Warning FailedWithArgoCD, no label, finalizer or status', async () => {
    expect(LONG).toHaveLength(64);
    await created(LONG, { project: 'demo-project' });
    env.emulator.settle();
    expect(env.emulator.store.listArgoApplications('host')).toEqual([]);
    const app = ks(LONG)!;
    expect(app.metadata.labels).toEqual({ [LOCATION]: 'argocd' });
    expect(app.metadata.finalizers).toBeUndefined();
    expect(app.status).toEqual({ fluxApp: {} });
    expect(app.metadata.generation).toBe(1);
    expect(env.emulator.events({ name: LONG })).toEqual([
      expect.objectContaining({ type: 'Warning', reason: 'FailedWithArgoCD', message: failure(LONG), count: 1 }),
    ]);
    // The retries are background work: settle ends and nothing is pending.
    expect(env.emulator.pending).toBe(0);
  });

  it('63 characters still fit', async () => {
    const name = LONG.slice(1);
    await created(name);
    env.emulator.settle();
    expect(argo(name)?.labels['gitops.kubesphere.io/application-name']).toBe(name);
    expect(env.emulator.events({ name })).toEqual([]);
  });

  it('are retried with exponential backoff, 5 ms doubling up to 1000 s, the event counting each attempt', async () => {
    const em = env.emulator;
    await created(LONG);
    em.tick();
    const first = em.now();
    const count = () => events(LONG, 'FailedWithArgoCD')[0].count;
    expect(count()).toBe(1);
    em.advance(4);
    expect(count()).toBe(1);
    em.advance(1);
    expect(count()).toBe(2);
    em.advance(10);
    expect(count()).toBe(3);
    em.advance(20);
    expect(count()).toBe(4);
    // After 18 doublings (5 ms * 2^18 > 1000 s) every retry waits the cap.
    let expected = 4;
    let elapsed = 35;
    const hour = 3_600_000;
    for (let n = 4; elapsed + Math.min(5 * 2 ** (n - 1), 1_000_000) <= 35 + hour; n++) {
      elapsed += Math.min(5 * 2 ** (n - 1), 1_000_000);
      expected++;
    }
    em.advance(hour);
    expect(count()).toBe(expected);
    const event = events(LONG, 'FailedWithArgoCD')[0];
    expect(Date.parse(event.lastTimestamp)).toBe(Math.floor((first + elapsed) / 1000) * 1000);
    expect(em.store.listArgoApplications('host')).toEqual([]);
  });

  it('a change that wakes the controller fails again at once; deleting the app ends the retries', async () => {
    const em = env.emulator;
    await created(LONG);
    em.settle();
    const app = ks(LONG)!;
    app.spec.argoApp.spec.source.targetRevision = 'main';
    await put(app);
    em.tick();
    expect(events(LONG, 'FailedWithArgoCD')[0].count).toBe(2);
    expect((await call(`${DEMO_NS}/applications/${LONG}`, { method: 'DELETE' })).status).toBe(200);
    expect(ks(LONG)).toBeUndefined();
    em.advance(3_600_000);
    expect(events(LONG, 'FailedWithArgoCD')[0].count).toBe(2);
  });
});

describe('terminating applications (L87-105)', () => {
  it('lose the Argo CD app and both finalizers at the reconciler’s first step, without waiting for Argo CD', async () => {
    const em = env.emulator;
    await created('bye', { destination: { server: 'https://kubernetes.default.svc', namespace: 'bye' }, syncPolicy: { automated: {} } });
    em.settle();
    expect(em.store.liveObjects('host').length).toBeGreaterThan(0);
    expect((await call(`${DEMO_NS}/applications/bye?cascade=true`, { method: 'DELETE' })).status).toBe(200);
    expect(ks('bye')?.metadata.finalizers).toEqual([FINALIZER, CASCADE]);
    em.tick();
    expect(ks('bye')).toBeUndefined();
    // Argo CD got the cascade finalizer and finishes on its own, a step later.
    expect(argo('bye')?.finalizers).toEqual([CASCADE]);
    em.settle();
    expect(argo('bye')).toBeUndefined();
    expect(em.store.liveObjects('host')).toEqual([]);
  });

  async function stuck(): Promise<void> {
    const em = env.emulator;
    await created('stuck', {
      destination: { server: 'https://kubernetes.default.svc', namespace: 'stuck' },
      syncPolicy: { automated: {} },
    });
    em.settle();
    const app = ks('stuck')!;
    delete app.metadata.labels[LOCATION];
    await put(app);
    em.settle();
    expect(em.events({ name: 'stuck' })).toEqual([]);
    expect((await call(`${DEMO_NS}/applications/stuck?cascade=true`, { method: 'DELETE' })).status).toBe(200);
    em.settle();
  }

  it('without the location label stay terminating for good, with a Warning Invalid event', async () => {
    const em = env.emulator;
    await stuck();
    em.advance(24 * 3_600_000);
    const app = ks('stuck')!;
    expect(app.metadata.deletionTimestamp).toBeDefined();
    expect(app.metadata.finalizers).toEqual([FINALIZER, CASCADE]);
    expect(argo('stuck')?.finalizers).toEqual([]);
    expect(events('stuck', 'Invalid')).toEqual([
      expect.objectContaining({
        type: 'Warning',
        count: 1,
        message: 'Cannot find the namespace of the Argo CD instance from key: gitops.kubesphere.io/argocd-location',
      }),
    ]);
  });

  it('finish once the label is back together with a change that wakes the controller', async () => {
    const em = env.emulator;
    await stuck();
    const app = ks('stuck')!;
    app.metadata.labels[LOCATION] = 'argocd';
    await put(app);
    em.settle();
    expect(ks('stuck')?.metadata.deletionTimestamp).toBeDefined();
    const again = ks('stuck')!;
    again.metadata.annotations = { ...again.metadata.annotations, [REFRESH]: 'normal' };
    await put(again);
    em.tick();
    expect(ks('stuck')).toBeUndefined();
    em.settle();
    expect(argo('stuck')).toBeUndefined();
    expect(em.store.liveObjects('host')).toEqual([]);
  });
});
