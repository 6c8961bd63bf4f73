/**
 * Timing modes: real (unref'd) timers in `fast`, nothing moving in `instant`
 * until told, switching modes with work pending, and disposal. Assertions are
 * about states reached, never about how long it took.
 */
import { describe, expect, it, afterEach } from 'vitest';
import { setupServer } from 'msw/node';
import { createEmulator, type Emulator } from '../index';
import { Scheduler } from '../core/scheduler';
import { newApp } from './harness';

const created: Emulator[] = [];
afterEach(() => created.splice(0).forEach((e) => e.dispose()));

function make(timing: 'instant' | 'fast'): Emulator {
  const emulator = createEmulator({ timing, seed: 'empty' });
  created.push(emulator);
  return emulator;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never reached: ${what}`);
}

const label = (em: Emulator, name: string, key: string) =>
  em.store.getApplication('host', 'demo-project', name)?.metadata.labels?.[`gitops.kubesphere.io/${key}`];

describe('timing modes', () => {
  it('fast mode runs the whole timeline on its own', async () => {
    const em = make('fast');
    const server = setupServer(...em.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const body = newApp('auto', { syncPolicy: { automated: { prune: true } } });
      const r = await fetch('http://localhost/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(r.status).toBe(200);
      await until(
        () => label(em, 'auto', 'health-status') === 'Healthy' && label(em, 'auto', 'sync-status') === 'Synced',
        'Healthy/Synced',
      );
      expect(em.pending).toBe(0);
    } finally {
      server.close();
    }
  });

  it('instant mode moves only when told to', async () => {
    const em = make('instant');
    em.reset({
      objects: [
        {
          ...newApp('still'),
          metadata: { name: 'still', namespace: 'demo-project', labels: { 'gitops.kubesphere.io/argocd-location': 'argocd' } },
        },
      ],
    });
    const start = em.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(em.now()).toBe(start);
    expect(em.pending).toBeGreaterThan(0);
    expect(label(em, 'still', 'sync-status')).toBeUndefined();
    expect(em.advance(10_000)).toBeGreaterThan(0);
    expect(label(em, 'still', 'sync-status')).toBe('OutOfSync');
    expect(em.now()).toBe(start + 10_000);
  });

  it('switching from instant to fast carries pending work over to real timers', async () => {
    const em = make('instant');
    em.reset({
      objects: [
        {
          ...newApp('later'),
          metadata: { name: 'later', namespace: 'demo-project', labels: { 'gitops.kubesphere.io/argocd-location': 'argocd' } },
        },
      ],
    });
    expect(em.pending).toBeGreaterThan(0);
    em.setTiming('fast');
    await until(() => label(em, 'later', 'sync-status') === 'OutOfSync', 'reconciled');
  });

  it('dispose drops pending work and ignores new work', async () => {
    const em = make('fast');
    em.reset({
      objects: [
        {
          ...newApp('gone'),
          metadata: { name: 'gone', namespace: 'demo-project', labels: { 'gitops.kubesphere.io/argocd-location': 'argocd' } },
        },
      ],
    });
    em.dispose();
    expect(em.pending).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(label(em, 'gone', 'sync-status')).toBeUndefined();
  });
});

describe('scheduler', () => {
  it('runs tasks in due order, ties in scheduling order', () => {
    const s = new Scheduler('instant', 0);
    const ran: string[] = [];
    s.schedule(2, 'c', () => ran.push('c'));
    s.schedule(1, 'a', () => ran.push('a'));
    s.schedule(1, 'b', () => {
      ran.push('b');
      s.schedule(0, 'b2', () => ran.push('b2'));
    });
    expect(s.advance(1000)).toBe(3);
    expect(ran).toEqual(['a', 'b', 'b2']);
    expect(s.tick()).toBe(true);
    expect(ran).toEqual(['a', 'b', 'b2', 'c']);
    expect(s.now()).toBe(2000);
    expect(s.tick()).toBe(false);
  });

  it('on real timers, a reaction to a write runs before an Argo CD step that fell due while the loop was busy', async () => {
    const s = new Scheduler('fast');
    const ran: string[] = [];
    s.schedule(1, 'argo step', () => ran.push('argo step'));
    // The event loop is busy past the step's due time; then a write wakes a controller.
    const busyUntil = Date.now() + 3 * s.stepMs;
    while (Date.now() < busyUntil) {
      // busy
    }
    s.schedule(0, 'controller', () => ran.push('controller'));
    await until(() => ran.length === 2, 'both tasks ran');
    expect(ran).toEqual(['controller', 'argo step']);
    s.dispose();
  });

  it('reports task errors instead of throwing', () => {
    const errors: string[] = [];
    const s = new Scheduler('instant', 0, (label) => errors.push(label));
    s.schedule(0, 'boom', () => {
      throw new Error('x');
    });
    expect(s.settle()).toBe(1);
    expect(errors).toEqual(['boom']);
  });
});
