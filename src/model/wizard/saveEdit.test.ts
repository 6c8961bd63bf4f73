import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application } from '../application/types';
import { AUTO_RESENDS, CATCH_UP_DELAYS_MS, saveEdit, type SaveEditIo } from './saveEdit';
import { newApplication, stripForEdit } from './wizardSubmit';

const CONFLICT = { kind: 'conflict', status: 409 };

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The GitOps API as ks-devops serves it: writes go to kube-apiserver, reads (and the read inside
 * PUT) to a cache that shows each write `lagMs` after it, on a virtual clock moved by `wait`.
 */
class LaggingServer {
  now = 0;
  puts: Application[] = [];
  waited: number[] = [];
  private history: Array<{ at: number; app: Application }> = [];

  constructor(
    start: Application,
    readonly lagMs: number,
  ) {
    this.history.push({ at: -Infinity, app: { ...clone(start), metadata: { ...start.metadata, resourceVersion: '1' } } });
  }

  get stored(): Application {
    return this.history[this.history.length - 1].app;
  }

  private cached(): Application {
    return [...this.history].reverse().find((h) => h.at + this.lagMs <= this.now)!.app;
  }

  /** A write (anyone's): stored now, seen by reads `lagMs` later. */
  write(change: (app: Application) => void): void {
    const next = clone(this.stored);
    change(next);
    next.metadata.resourceVersion = String(Number(this.stored.metadata.resourceVersion) + 1);
    this.history.push({ at: this.now, app: next });
  }

  io(events: string[] = []): SaveEditIo {
    return {
      read: async () => clone(this.cached()),
      put: async (body) => {
        this.puts.push(clone(body));
        // ks-devops `gitops/handler.go`: the cached resourceVersion goes into the body.
        if (this.cached().metadata.resourceVersion !== this.stored.metadata.resourceVersion) throw CONFLICT;
        this.write((app) => Object.assign(app, clone({ ...body, metadata: { ...body.metadata } })));
        return clone(this.stored);
      },
      isConflict: (e) => e === CONFLICT,
      wait: async (ms) => {
        this.waited.push(ms);
        this.now += ms;
      },
      onRebased: (latest) => events.push(`rebased:${latest.metadata.resourceVersion}`),
      onCatchingUp: () => events.push('catching-up'),
    };
  }
}

function start(): Application {
  const app = newApplication('demo-project');
  app.metadata.name = 'app';
  app.spec.argoApp!.spec.source = { repoURL: 'https://example.com/repo.git', path: 'one', targetRevision: 'HEAD' };
  app.spec.argoApp!.spec.destination = { server: 'https://kubernetes.default.svc', namespace: 'one' };
  return app;
}

/** The user's edit of what the wizard opened: the path. */
function edit(opened: Application, path = 'mine'): Application {
  const draft = clone(opened);
  draft.spec.argoApp!.spec.source.path = path;
  return draft;
}

describe('saveEdit', () => {
  it('saves at once when the server is up to date', async () => {
    const server = new LaggingServer(start(), 0);
    const opened = stripForEdit(server.stored);
    const outcome = await saveEdit(edit(opened), opened, server.io());
    expect(outcome).toMatchObject({ kind: 'saved', caughtUp: false });
    expect(server.puts).toHaveLength(1);
    expect(server.stored.spec.argoApp?.spec.source.path).toBe('mine');
  });

  it('after a 409 from its own earlier write, waits for the server to catch up and sends again', async () => {
    const server = new LaggingServer(start(), 800);
    // The first save changed the namespace; the wizard was opened again from the stale cache.
    const opened = stripForEdit(server.stored);
    server.write((app) => (app.spec.argoApp!.spec.destination.namespace = 'first-save'));
    const events: string[] = [];
    const outcome = await saveEdit(edit(opened), opened, server.io(events));
    expect(outcome).toMatchObject({ kind: 'saved', caughtUp: true });
    expect(events).toEqual(['catching-up', 'rebased:2']);
    expect(server.puts).toHaveLength(2);
    expect(server.stored.spec.argoApp?.spec.source.path).toBe('mine');
    expect(server.stored.spec.argoApp?.spec.destination.namespace).toBe('first-save');
    expect(server.waited.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(800);
  });

  it('never re-applies the edits onto a copy older than the one the wizard opened', async () => {
    const server = new LaggingServer(start(), 700);
    // The first save changed the namespace, and the wizard opened the copy that save returned.
    server.write((app) => (app.spec.argoApp!.spec.destination.namespace = 'first-save'));
    const opened = stripForEdit(server.stored);
    const events: string[] = [];
    const outcome = await saveEdit(edit(opened), opened, server.io(events));
    expect(outcome).toMatchObject({ kind: 'saved', caughtUp: false });
    expect(events).toEqual([]);
    expect(server.puts).toHaveLength(1);
    expect(server.stored.spec.argoApp?.spec.destination.namespace).toBe('first-save');
    expect(server.stored.spec.argoApp?.spec.source.path).toBe('mine');
  });

  it('stops for the user when someone else changed the same field meanwhile', async () => {
    const server = new LaggingServer(start(), 500);
    const opened = stripForEdit(server.stored);
    server.write((app) => (app.spec.argoApp!.spec.source.path = 'theirs'));
    const outcome = await saveEdit(edit(opened), opened, server.io());
    expect(outcome).toMatchObject({ kind: 'conflict', conflicts: ['spec.argoApp.spec.source.path'] });
    if (outcome.kind !== 'conflict') return;
    expect(outcome.rebased.spec.argoApp?.spec.source.path).toBe('mine');
    expect(outcome.latest.metadata.resourceVersion).toBe('2');
    expect(server.stored.spec.argoApp?.spec.source.path).toBe('theirs');
  });

  it('says the server is lagging, never that saving failed, when it does not catch up in time', async () => {
    const server = new LaggingServer(start(), 60_000);
    const opened = stripForEdit(server.stored);
    server.write((app) => (app.spec.argoApp!.spec.destination.namespace = 'first-save'));
    const outcome = await saveEdit(edit(opened), opened, server.io());
    expect(outcome).toEqual({ kind: 'lagging' });
    expect(server.puts).toHaveLength(AUTO_RESENDS + 1);
    const budget = CATCH_UP_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(budget).toBeLessThanOrEqual(4_000);
    expect(server.now).toBe(budget * AUTO_RESENDS);
  });

  it('passes on any other failure', async () => {
    const server = new LaggingServer(start(), 0);
    const opened = stripForEdit(server.stored);
    const refused = { kind: 'invalid', status: 422 };
    const io = server.io();
    expect(await saveEdit(edit(opened), opened, { ...io, put: () => Promise.reject(refused) })).toEqual({ kind: 'failed', error: refused });
    expect(await saveEdit(edit(opened), opened, { ...io, read: () => Promise.reject(refused) })).toEqual({
      kind: 'failed',
      error: refused,
    });
  });

  it('never loses the edit: whatever the lag, it is saved with the earlier write, or the user is told to try again', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 12_000 }),
        fc.constantFrom('none', 'opened-before', 'opened-after'),
        async (lagMs, earlier) => {
          const server = new LaggingServer(start(), lagMs);
          // An earlier save of the namespace, which the wizard opened before or after.
          let opened = stripForEdit(server.stored);
          if (earlier !== 'none') server.write((app) => (app.spec.argoApp!.spec.destination.namespace = 'first-save'));
          if (earlier === 'opened-after') opened = stripForEdit(server.stored);
          const outcome = await saveEdit(edit(opened), opened, server.io());
          expect(['saved', 'lagging']).toContain(outcome.kind);
          if (outcome.kind === 'saved') {
            expect(server.stored.spec.argoApp?.spec.source.path).toBe('mine');
            if (earlier !== 'none') expect(server.stored.spec.argoApp?.spec.destination.namespace).toBe('first-save');
          }
          if (earlier === 'none' || lagMs <= 3_000) expect(outcome.kind).toBe('saved');
        },
      ),
      { seed: 11, numRuns: 150 },
    );
  });
});
