import { beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../model/application/types';
import { makeApp } from '../model/testFixtures';
import { argoStatusOf, clearDecodedStatuses, selectDecodedApplication, selectDecodedList } from './argoStatus';

// Every decode makes a new object, so "decoded once" shows as the very same object coming back.

/** A fresh copy, as every poll returns one: same content, new objects. */
function copy(name: string, resourceVersion: string, reconciledAt = '2024-01-01T00:00:00Z'): Application {
  const app = makeApp({ name, argoApp: JSON.stringify({ reconciledAt, health: { status: 'Healthy' } }) });
  app.metadata.uid = `uid-${name}`;
  app.metadata.resourceVersion = resourceVersion;
  return app;
}

beforeEach(() => {
  clearDecodedStatuses();
});

describe('status.argoApp decoded once per application version', () => {
  it('decodes a list once, and not again for the next poll of the same versions', () => {
    const list = { items: [copy('a', '1'), copy('b', '7')], totalItems: 2 };
    expect(selectDecodedList(list)).toBe(list);
    const [a, b] = list.items.map((app) => argoStatusOf(app));
    expect(a.status?.health?.status).toBe('Healthy');
    const next = { items: [copy('a', '1'), copy('b', '7')], totalItems: 2 };
    selectDecodedList(next);
    expect(argoStatusOf(next.items[0])).toBe(a);
    expect(argoStatusOf(next.items[1])).toBe(b);
  });

  it('shares the result between the list row and the detail page', () => {
    const row = copy('a', '3');
    selectDecodedList({ items: [row], totalItems: 1 });
    const detail = copy('a', '3');
    expect(selectDecodedApplication(detail)).toBe(detail);
    expect(argoStatusOf(detail)).toBe(argoStatusOf(row));
  });

  it('decodes a new version, and never answers with another text than the one asked about', () => {
    const first = argoStatusOf(copy('a', '1'));
    const next = argoStatusOf(copy('a', '2', '2024-01-01T00:00:09Z'));
    expect(next).not.toBe(first);
    expect(next.status?.reconciledAt).toBe('2024-01-01T00:00:09Z');
    // Same version, other text (a fixture reusing a version): decoded again, not taken from the cache.
    const odd = argoStatusOf(copy('a', '1', '2024-01-02T00:00:00Z'));
    expect(odd.status?.reconciledAt).toBe('2024-01-02T00:00:00Z');
    expect(first.status?.reconciledAt).toBe('2024-01-01T00:00:00Z');
  });

  it('reuses the result for a new version whose status did not change (an edit of labels or spec)', () => {
    const before = argoStatusOf(copy('a', '1'));
    const relabelled = copy('a', '2');
    relabelled.metadata.labels = { ...relabelled.metadata.labels, team: 'blue' };
    expect(argoStatusOf(relabelled)).toBe(before);
  });

  it('decodes an object without a version once, and has one answer for no application', () => {
    const bare = makeApp({ name: 'bare', argoApp: '{}' });
    delete bare.metadata.resourceVersion;
    expect(argoStatusOf(bare)).toBe(argoStatusOf(bare));
    expect(argoStatusOf(undefined)).toBe(argoStatusOf(undefined));
    expect(argoStatusOf(undefined).status).toBeNull();
  });

  it('keeps a bounded number of versions, the least recently used going first', () => {
    const first = argoStatusOf(copy('app-0', '1'));
    for (let i = 1; i < 600; i++) argoStatusOf(copy(`app-${i}`, '1'));
    const recent = argoStatusOf(copy('app-599', '1'));
    expect(argoStatusOf(copy('app-599', '1'))).toBe(recent);
    // app-0 was pushed out (its uid's last version too, by the same bound): decoded anew.
    expect(argoStatusOf(copy('app-0', '1'))).not.toBe(first);
  });

  it('keeps the resource objects a new version did not change, and decodes the changed ones', () => {
    const resources = (web: string) => [
      { version: 'v1', kind: 'Service', namespace: 'demo', name: 'web', status: 'Synced', health: { status: web } },
      { group: 'apps', version: 'v1', kind: 'Deployment', namespace: 'demo', name: 'web', status: 'Synced', health: { status: 'Healthy' } },
    ];
    const version = (resourceVersion: string, web: string) => {
      const app = makeApp({ name: 'a', argoApp: JSON.stringify({ reconciledAt: resourceVersion, resources: resources(web) }) });
      app.metadata.uid = 'uid-a';
      app.metadata.resourceVersion = resourceVersion;
      return app;
    };
    const first = argoStatusOf(version('1', 'Healthy')).status!;
    const reconciled = argoStatusOf(version('2', 'Healthy')).status!;
    expect(reconciled.reconciledAt).toBe('2');
    expect(reconciled.resources).toBe(first.resources);
    const degraded = argoStatusOf(version('3', 'Degraded')).status!;
    expect(degraded.resources![0].health?.status).toBe('Degraded');
    expect(degraded.resources![0]).not.toBe(first.resources![0]);
    expect(degraded.resources![1]).toBe(first.resources![1]);
  });
});
