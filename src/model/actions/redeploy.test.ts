import { describe, expect, it } from 'vitest';
import type { Application } from '../application/types';
import type { RevisionHistory } from '../application/argoTypes';
import { makeApp } from '../testFixtures';
import { historyRevision, historySourceDiffers, isAutoSyncOn, mayRedeploy, withoutAutoSync } from './redeploy';
import { withAutoSync } from './appEdits';

function frozen<T>(value: T): T {
  const freeze = (o: unknown) => {
    if (o && typeof o === 'object') {
      Object.values(o).forEach(freeze);
      Object.freeze(o);
    }
  };
  freeze(value);
  return value;
}

/** An automated app carrying fields this console does not model, at every level on the way. */
function withUnknownFields(): Application {
  // A plain JSON copy: loosely typed, so fields the type does not know can be added.
  const app = JSON.parse(JSON.stringify(makeApp({ automated: true })));
  app.extra = { kept: true };
  app.metadata.resourceVersion = '42';
  app.spec.unknownSpec = 'x';
  app.spec.argoApp.futureField = [1, 2];
  app.spec.argoApp.spec.syncPolicy.syncOptions = ['CreateNamespace=true'];
  app.spec.argoApp.spec.syncPolicy.retry = { limit: 3 };
  app.spec.argoApp.spec.syncPolicy.managedNamespaceMetadata = { labels: { a: 'b' } };
  app.spec.argoApp.spec.source.helm = { valueFiles: ['v.yaml'] };
  app.status = { argoApp: '{}', fluxApp: {} };
  return frozen(app as Application);
}

describe('isAutoSyncOn', () => {
  it('is on for an automated block, even an empty one, and off without one or when switched off', () => {
    expect(isAutoSyncOn(makeApp({ automated: true }))).toBe(true);
    const empty = makeApp();
    empty.spec.argoApp!.spec.syncPolicy = { automated: {} };
    expect(isAutoSyncOn(empty)).toBe(true);
    expect(isAutoSyncOn(makeApp())).toBe(false);
    const off = makeApp({ automated: true });
    off.spec.argoApp!.spec.syncPolicy!.automated!.enabled = false;
    expect(isAutoSyncOn(off)).toBe(false);
    expect(isAutoSyncOn({ metadata: { name: 'x' }, spec: {} })).toBe(false);
  });
});

describe('withoutAutoSync', () => {
  it('removes only the automated block and keeps every other field, unknown ones included', () => {
    const app = withUnknownFields();
    const next = withoutAutoSync(app)!;
    expect(next).not.toBe(app);
    expect(next.spec.argoApp?.spec.syncPolicy).not.toHaveProperty('automated');
    // Put the block back: the rest is exactly what was there.
    const restored = JSON.parse(JSON.stringify(next));
    restored.spec.argoApp.spec.syncPolicy.automated = app.spec.argoApp!.spec.syncPolicy!.automated;
    expect(restored).toEqual(JSON.parse(JSON.stringify(app)));
    // The input is untouched (it is frozen: a write would have thrown).
    expect(app.spec.argoApp?.spec.syncPolicy?.automated).toEqual({ prune: true, selfHeal: true });
  });

  it('is the mirror image of withAutoSync', () => {
    const manual = frozen(makeApp());
    expect(withoutAutoSync(withAutoSync(manual))).toEqual(manual);
  });

  it('removes a switched-off block too, which the server would read as on', () => {
    const app = makeApp({ automated: true });
    app.spec.argoApp!.spec.syncPolicy!.automated!.enabled = false;
    expect(withoutAutoSync(app)?.spec.argoApp?.spec.syncPolicy).toEqual({});
  });

  it('changes nothing (null) when there is no automated block or no Argo CD spec', () => {
    expect(withoutAutoSync(makeApp())).toBeNull();
    const noPolicy = makeApp();
    delete noPolicy.spec.argoApp!.spec.syncPolicy;
    expect(withoutAutoSync(noPolicy)).toBeNull();
    expect(withoutAutoSync({ metadata: { name: 'x' }, spec: {} })).toBeNull();
  });
});

describe('historyRevision', () => {
  it('takes the revision, else the first of a multi-source entry, else nothing', () => {
    expect(historyRevision({ id: 1, revision: 'abc' })).toBe('abc');
    expect(historyRevision({ id: 1, revisions: ['def', 'ghi'] })).toBe('def');
    expect(historyRevision({ id: 1, revision: ' ', revisions: ['def'] })).toBe('def');
    expect(historyRevision({ id: 1 })).toBeUndefined();
  });
});

describe('historySourceDiffers', () => {
  const app = makeApp({ repoURL: 'https://github.com/example/apps.git' });
  const entry = (source: RevisionHistory['source']): RevisionHistory => ({ id: 1, revision: 'abc', source });

  it('is false for the same repository and path, however the URL is spelled', () => {
    expect(historySourceDiffers(entry({ repoURL: 'https://github.com/Example/apps/', path: 'manifests' }), app)).toBe(false);
    expect(historySourceDiffers(entry(undefined), app)).toBe(false);
  });

  it('is true for another repository, path or chart, also for a multi-source entry', () => {
    expect(historySourceDiffers(entry({ repoURL: 'https://github.com/example/other', path: 'manifests' }), app)).toBe(true);
    expect(historySourceDiffers(entry({ repoURL: 'https://github.com/example/apps', path: 'old' }), app)).toBe(true);
    expect(historySourceDiffers(entry({ repoURL: 'https://github.com/example/apps', path: 'manifests', chart: 'c' }), app)).toBe(true);
    expect(historySourceDiffers({ id: 1, revisions: ['a'], sources: [{ repoURL: 'https://x.io/y', path: 'manifests' }] }, app)).toBe(true);
  });

  it('treats the root path written as "", "." or "./" alike', () => {
    const root = makeApp();
    root.spec.argoApp!.spec.source!.path = '.';
    expect(historySourceDiffers(entry({ repoURL: 'https://github.com/example/apps.git', path: '' }), root)).toBe(false);
    expect(historySourceDiffers(entry({ repoURL: 'https://github.com/example/apps.git', path: './' }), root)).toBe(false);
  });
});

describe('mayRedeploy', () => {
  it('is offered for a live app, not for a terminating one or one never mirrored', () => {
    expect(mayRedeploy(makeApp())).toBe(true);
    const deleting = makeApp();
    deleting.metadata.deletionTimestamp = '2024-01-01T00:00:00Z';
    expect(mayRedeploy(deleting)).toBe(false);
    const longName = makeApp({ name: 'x'.repeat(64), labels: { 'gitops.kubesphere.io/argocd-application': undefined } });
    expect(mayRedeploy(longName)).toBe(false);
  });
});
