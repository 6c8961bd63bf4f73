import { describe, expect, it } from 'vitest';
import { type Diagnostic, deletionState, diagnose, mayHaveArgoApp } from './diagnostics';
import { ARGO_STATUS, FAILED_SYNC_STATUS, makeApp, type AppOptions } from '../testFixtures';
import {
  type Application,
  FINALIZER_APPLICATION,
  FINALIZER_ARGOCD_RESOURCES,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
  LABEL_HEALTH_STATUS,
  LABEL_SYNC_STATUS,
} from '../application/types';

const NOW = '2024-01-02T04:00:00Z';
const SINCE = '2024-01-02T03:59:00Z';
const LONG_NAME = `a${'-b'.repeat(35)}`; // 71 characters

function terminating(options: AppOptions, finalizers: string[]): Application {
  const app = makeApp(options);
  app.metadata = { ...app.metadata, deletionTimestamp: SINCE, finalizers };
  return app;
}

const run = (app: Application, otherApps?: Application[]): Diagnostic[] => diagnose(app, undefined, { now: NOW, otherApps });
const noLocation = { [LABEL_ARGOCD_LOCATION]: undefined };

describe('deletionState', () => {
  it('is null for a live app', () => {
    expect(deletionState(makeApp())).toBeNull();
  });

  it('says what each finalizer waits for and which Argo CD application goes', () => {
    const app = terminating({ name: 'shop', labels: { [LABEL_ARGOCD_APPLICATION]: 'shopx1y2z' } }, [
      FINALIZER_APPLICATION,
      FINALIZER_ARGOCD_RESOURCES,
      'example.com/backup',
    ]);
    expect(deletionState(app)).toEqual({
      since: SINCE,
      waitingFor: [
        { finalizer: FINALIZER_APPLICATION, role: 'argocd-application' },
        { finalizer: FINALIZER_ARGOCD_RESOURCES, role: 'deployed-resources' },
        { finalizer: 'example.com/backup', role: 'other' },
      ],
      argoApp: 'shopx1y2z',
      stuck: false,
    });
    // Without the label the controller looks for an Argo CD application named like the app.
    expect(deletionState(terminating({ name: 'shop', labels: { [LABEL_ARGOCD_APPLICATION]: undefined } }, []))?.argoApp).toBe('shop');
  });
});

describe('diagnose, terminating', () => {
  it('a normal deletion: nothing to fix, and no sync or edit offered while it runs', () => {
    const app = terminating(
      { argoApp: FAILED_SYNC_STATUS, labels: { [LABEL_HEALTH_STATUS]: 'Degraded', [LABEL_SYNC_STATUS]: 'OutOfSync' } },
      [FINALIZER_APPLICATION],
    );
    expect(run(app)).toEqual([]);
  });

  it('without the location label: stuck for good; offers the label with the wake-up, at the usual location', () => {
    const app = terminating({ name: 'shop', labels: noLocation }, [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES]);
    const peers = [makeApp({ name: 'a', labels: { [LABEL_ARGOCD_LOCATION]: 'gitops-system' } })];
    expect(run(app, peers)).toEqual([
      {
        id: 'stuck-terminating',
        severity: 'error',
        titleKey: 'GITOPS_DIAG_STUCK_TERMINATING_TITLE',
        causeKey: 'GITOPS_DIAG_STUCK_TERMINATING_CAUSE',
        fixKey: 'GITOPS_DIAG_STUCK_TERMINATING_FIX',
        params: {
          label: LABEL_ARGOCD_LOCATION,
          location: 'gitops-system',
          // A time and a list: the page writes them in the reader's language.
          since: { time: SINCE },
          finalizers: [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES],
          argoApp: 'shop',
          name: 'shop',
        },
        action: { type: 'finish-deletion', location: 'gitops-system' },
      },
    ]);
    expect(deletionState(app)?.stuck).toBe(true);
  });

  it('never had an Argo CD application (no argocd-application label, no status): removes the finalizers, wakes nothing', () => {
    // Woken up, the controller would delete the Argo CD application named like the app: maybe another project's.
    const app = terminating({ labels: { ...noLocation, [LABEL_ARGOCD_APPLICATION]: undefined } }, [FINALIZER_ARGOCD_RESOURCES]);
    expect(app.status?.argoApp).toBeUndefined();
    const [d] = run(app);
    expect(d.fixKey).toBe('GITOPS_DIAG_STUCK_TERMINATING_FIX_NO_ARGO_APP');
    expect(d.action).toEqual({ type: 'remove-finalizers' });
    expect(d.params).toMatchObject({ argoApp: 'demo', location: 'argocd', name: 'demo' });
  });

  it('no argocd-application label but a status (it had one, of an unknown name): the label path, with the warning', () => {
    const app = terminating({ labels: { ...noLocation, [LABEL_ARGOCD_APPLICATION]: undefined }, argoApp: ARGO_STATUS }, [
      FINALIZER_APPLICATION,
    ]);
    const [d] = run(app);
    expect(d.fixKey).toBe('GITOPS_DIAG_STUCK_TERMINATING_FIX_UNNAMED_ARGO_APP');
    expect(d.action).toEqual({ type: 'finish-deletion', location: 'argocd' });
  });

  it('claims no cause that is not there', () => {
    // Someone else's finalizer: only they remove it.
    expect(run(terminating({ labels: noLocation }, ['example.com/backup']))).toEqual([]);
    // Flux applications are not handled by this controller.
    const flux = terminating({ labels: noLocation }, [FINALIZER_APPLICATION]);
    flux.spec = { kind: 'fluxcd' };
    expect(run(flux)).toEqual([]);
    expect(deletionState(flux)?.stuck).toBe(false);
  });
});

describe('mayHaveArgoApp', () => {
  const bare = (argoApp?: unknown) => {
    const app = makeApp({ labels: { [LABEL_ARGOCD_APPLICATION]: undefined } });
    app.status = argoApp === undefined ? { fluxApp: {} } : ({ argoApp } as Application['status']);
    return app;
  };

  it('says yes for the label the controller writes once it created one, or any status an Argo CD application wrote', () => {
    expect(mayHaveArgoApp(makeApp())).toBe(true);
    expect(mayHaveArgoApp(bare(ARGO_STATUS))).toBe(true);
    // Unreadable, but written by something: not proof that there is none.
    expect(mayHaveArgoApp(bare({ health: {} }))).toBe(true);
    expect(mayHaveArgoApp(bare('not json'))).toBe(true);
  });

  it('says no only with neither', () => {
    expect(mayHaveArgoApp(bare())).toBe(false);
    expect(mayHaveArgoApp(bare('  '))).toBe(false);
    expect(mayHaveArgoApp(bare(null))).toBe(false);
    expect(mayHaveArgoApp({ metadata: { name: 'x' }, spec: {} })).toBe(false);
  });
});

describe('diagnose, a name too long to mirror', () => {
  const neverMirrored = {
    name: LONG_NAME,
    labels: { [LABEL_ARGOCD_APPLICATION]: undefined, [LABEL_HEALTH_STATUS]: undefined, [LABEL_SYNC_STATUS]: undefined },
  };

  it('explains the length and offers to create it again, and nothing else', () => {
    expect(LONG_NAME).toHaveLength(71);
    expect(run(makeApp(neverMirrored))).toEqual([
      {
        id: 'name-too-long',
        severity: 'error',
        titleKey: 'GITOPS_DIAG_NAME_TOO_LONG_TITLE',
        causeKey: 'GITOPS_DIAG_NAME_TOO_LONG_CAUSE',
        fixKey: 'GITOPS_DIAG_NAME_TOO_LONG_FIX',
        params: { name: LONG_NAME, length: 71, max: 63 },
        action: { type: 'recreate' },
      },
    ]);
    // Adding the missing label would end in the same failure: it is not offered.
    expect(run(makeApp({ ...neverMirrored, labels: { ...neverMirrored.labels, ...noLocation } })).map((d) => d.id)).toEqual([
      'name-too-long',
    ]);
  });

  it('says nothing when the app was mirrored after all, or the name fits', () => {
    expect(run(makeApp({ ...neverMirrored, argoApp: ARGO_STATUS })).map((d) => d.id)).toEqual([]);
    expect(run(makeApp({ name: LONG_NAME })).map((d) => d.id)).toEqual([]);
    expect(run(makeApp({ ...neverMirrored, name: 'a'.repeat(63) })).map((d) => d.id)).toEqual([]);
  });
});
