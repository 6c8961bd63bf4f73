import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifestWithUnknowns, unknownsArb, wizardFormArb } from './wizardArbitraries';
import { applyForm } from './wizardFormWrite';
import { curlCommand, newApplication, prepareCreate, prepareUpdate, rebaseEdit, stripForEdit } from './wizardSubmit';
import { LABEL_ARGOCD_LOCATION, type Application } from '../application/types';

const labelMutation = fc.constantFrom('keep', 'delete', 'blank', 'no-labels', 'other');

function mutateLabel(app: Application, how: string): Application {
  const copy = JSON.parse(JSON.stringify(app)) as Application;
  if (how === 'delete') delete copy.metadata.labels?.[LABEL_ARGOCD_LOCATION];
  if (how === 'blank') copy.metadata.labels = { ...copy.metadata.labels, [LABEL_ARGOCD_LOCATION]: '  ' };
  if (how === 'no-labels') delete copy.metadata.labels;
  if (how === 'other') copy.metadata.labels = { ...copy.metadata.labels, [LABEL_ARGOCD_LOCATION]: 'argocd-2' };
  return copy;
}

function serverCopy(app: Application): Application {
  return {
    ...app,
    metadata: {
      ...app.metadata,
      name: 'guestbook',
      namespace: 'demo-project',
      uid: 'u-1',
      resourceVersion: '42',
      finalizers: ['application.gitops.kubesphere.io'],
      labels: {
        [LABEL_ARGOCD_LOCATION]: 'argocd',
        'gitops.kubesphere.io/argocd-application': 'guestbook',
        'gitops.kubesphere.io/sync-status': 'Synced',
      },
      managedFields: [{ manager: 'controller' }],
    },
    spec: { ...app.spec, argoApp: { ...app.spec.argoApp!, operation: { sync: { revision: 'HEAD' }, initiatedBy: { username: 'admin' } } } },
    status: { argoApp: '{}' },
  };
}

describe('what is sent', () => {
  it('always carries the argocd-location label, on create and on update', () => {
    fc.assert(
      fc.property(unknownsArb, wizardFormArb, labelMutation, (unknowns, form, how) => {
        const draft = mutateLabel(applyForm(manifestWithUnknowns(unknowns), form), how);
        const created = prepareCreate(draft, 'demo-project');
        expect(created.body.metadata.labels?.[LABEL_ARGOCD_LOCATION]?.trim()).toBeTruthy();
        expect(created.restoredLabel).toBe(how === 'delete' || how === 'blank' || how === 'no-labels');
        const updated = prepareUpdate(draft, serverCopy(draft));
        expect(updated.body.metadata.labels?.[LABEL_ARGOCD_LOCATION]?.trim()).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a location the user chose', () => {
    const draft = mutateLabel(newApplication('p'), 'other');
    expect(prepareCreate(draft, 'p').body.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('argocd-2');
  });

  it('creates in the project namespace without server-owned fields', () => {
    const draft = serverCopy(newApplication('elsewhere'));
    const { body } = prepareCreate(draft, 'demo-project', 'tenant');
    expect(body.metadata.namespace).toBe('demo-project');
    expect(body.metadata.resourceVersion).toBeUndefined();
    expect(body.metadata.uid).toBeUndefined();
    expect(body.metadata.finalizers).toBeUndefined();
    expect(body.metadata.labels?.['gitops.kubesphere.io/argocd-application']).toBeUndefined();
    expect(body.metadata.annotations?.['kubesphere.io/creator']).toBe('tenant');
    expect(body.status).toBeUndefined();
  });

  it('carries over what the server and controllers own on update, whatever the draft says', () => {
    const latest = serverCopy(newApplication('demo-project'));
    const draft = stripForEdit(latest);
    expect(draft.status).toBeUndefined();
    expect(draft.metadata.managedFields).toBeUndefined();
    draft.metadata.resourceVersion = '1';
    draft.metadata.finalizers = [];
    draft.metadata.labels = { 'example.com/team': 'a' };
    delete draft.spec.argoApp!.operation;
    draft.metadata.annotations = { 'kubesphere.io/description': 'edited' };
    const { body, restoredLabel } = prepareUpdate(draft, latest);
    expect(restoredLabel).toBe(true);
    expect(body.metadata).toMatchObject({
      name: 'guestbook',
      namespace: 'demo-project',
      uid: 'u-1',
      resourceVersion: '42',
      finalizers: ['application.gitops.kubesphere.io'],
    });
    expect(body.metadata.labels).toEqual({
      'example.com/team': 'a',
      [LABEL_ARGOCD_LOCATION]: 'argocd',
      'gitops.kubesphere.io/argocd-application': 'guestbook',
      'gitops.kubesphere.io/sync-status': 'Synced',
    });
    expect(body.metadata.annotations).toEqual({ 'kubesphere.io/description': 'edited' });
    expect(body.spec.argoApp?.operation).toEqual(latest.spec.argoApp?.operation);
    expect(body.metadata.managedFields).toBeUndefined();
    expect(body.status).toBeUndefined();
  });

  it('builds a curl command whose body is the exact JSON', () => {
    const body = { metadata: { name: "it's" } };
    const cmd = curlCommand('POST', "https://console.example/kapis/x?a='b'", body);
    expect(cmd).toContain(`curl -X POST 'https://console.example/kapis/x?a='\\''b'\\''' \\`);
    expect(cmd).toContain("-H 'Content-Type: application/json'");
    const json = cmd.split("<<'EOF'\n")[1].replace(/\nEOF$/, '');
    expect(JSON.parse(json)).toEqual(body);
  });
});

describe('re-applying an edit onto a newer version', () => {
  it('keeps the user edits, takes theirs elsewhere, and never the stale server fields', () => {
    const base = stripForEdit(serverCopy(newApplication('demo-project')));
    const mine = JSON.parse(JSON.stringify(base)) as Application;
    mine.spec.argoApp!.spec.source.path = 'mine';
    mine.metadata.annotations = { 'kubesphere.io/description': 'by me' };
    const latest = JSON.parse(JSON.stringify(serverCopy(newApplication('demo-project')))) as Application;
    latest.metadata.resourceVersion = '50';
    latest.metadata.labels!['gitops.kubesphere.io/sync-status'] = 'OutOfSync';
    latest.spec.argoApp!.spec.source.targetRevision = 'main';
    delete latest.spec.argoApp!.operation;
    const { manifest, conflicts } = rebaseEdit(base, mine, latest);
    expect(conflicts).toEqual([]);
    expect(manifest.spec.argoApp!.spec.source).toMatchObject({ path: 'mine', targetRevision: 'main' });
    expect(manifest.metadata.annotations).toEqual({ 'kubesphere.io/description': 'by me' });
    expect(manifest.metadata.resourceVersion).toBe('50');
    expect(manifest.metadata.labels!['gitops.kubesphere.io/sync-status']).toBe('OutOfSync');
    expect(manifest.spec.argoApp!.operation).toBeUndefined();
  });

  it('names the fields both sides changed', () => {
    const base = stripForEdit(serverCopy(newApplication('p')));
    const mine = JSON.parse(JSON.stringify(base)) as Application;
    const latest = JSON.parse(JSON.stringify(base)) as Application;
    mine.spec.argoApp!.spec.source.path = 'mine';
    latest.spec.argoApp!.spec.source.path = 'theirs';
    expect(rebaseEdit(base, mine, latest)).toMatchObject({ conflicts: ['spec.argoApp.spec.source.path'] });
  });
});
