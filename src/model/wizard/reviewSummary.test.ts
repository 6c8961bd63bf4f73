import { describe, expect, it } from 'vitest';
import { LABEL_ARGOCD_LOCATION, type Application } from '../application/types';
import { changedPaths } from './reviewChanges';
import { reviewSummary, type ReviewSummary, type SummaryRow, type SummaryValue } from './reviewSummary';
import { formFromManifest } from './wizardForm';
import { applyFormChange } from './wizardFormWrite';
import { newApplication, prepareCreate, prepareUpdate, stripForEdit } from './wizardSubmit';

const NS = 'demo-project';
const msg = (key: string, params?: Record<string, string | number>): SummaryValue =>
  params ? { kind: 'message', key, params } : { kind: 'message', key };
const code = (text: string): SummaryValue => ({ kind: 'text', text, code: true });

/** A draft as the form leaves it: the guide's guestbook, automated with prune, one unknown option. */
function guestbook(): Application {
  let app = newApplication(NS);
  app = applyFormChange(app, {
    name: 'guestbook',
    alias: 'Guestbook',
    repoURL: 'https://github.com/argoproj/argocd-example-apps.git',
    path: 'guestbook',
    destination: { by: 'server', cluster: 'https://kubernetes.default.svc', namespace: 'guestbook' },
    sync: { mode: 'automated', prune: true, selfHeal: false },
  });
  const form = formFromManifest(app);
  app = applyFormChange(app, { syncOptions: { ...form.syncOptions, createNamespace: true, prunePropagationPolicy: 'foreground' } });
  app.spec.argoApp!.spec.syncPolicy!.syncOptions!.push('RespectIgnoreDifferences=true');
  return app;
}

const CLUSTERS = [
  { name: 'in-cluster', server: 'https://kubernetes.default.svc' },
  { name: 'host', server: 'https://kubernetes.default.svc' },
  { name: 'member', server: 'https://member.example:6443' },
];

function rows(summary: ReviewSummary, section: string): Record<string, SummaryRow> {
  const found = summary.sections.find((s) => s.id === section);
  return Object.fromEntries((found?.rows ?? []).map((r) => [r.id, r]));
}

function created(draft = guestbook()) {
  const { body, restoredLabel } = prepareCreate(draft, NS, 'tenant');
  return reviewSummary({ mode: 'create', body, restoredLabel, clusters: CLUSTERS, ownCluster: 'host' });
}

/** The saved application, the edit draft made from it by `change`, and the summary of the PUT. */
function edited(change: (draft: Application) => Application, saved = prepareCreate(guestbook(), NS).body) {
  const server = { ...saved, metadata: { ...saved.metadata, uid: 'u-1', resourceVersion: '7' } } as Application;
  const draft = change(stripForEdit(server));
  const { body, restoredLabel } = prepareUpdate(draft, server);
  return reviewSummary({ mode: 'edit', body, restoredLabel, base: server, clusters: CLUSTERS, ownCluster: 'host' });
}

describe('the review summary', () => {
  it('says what, from where, to where and how it syncs, from the request body', () => {
    const summary = created();
    expect(summary.sections.map((s) => s.id)).toEqual(['basic', 'source', 'destination', 'sync', 'label']);
    expect(rows(summary, 'basic')).toMatchObject({
      action: { value: msg('GITOPS_WIZARD_SUMMARY_CREATE') },
      name: { value: { kind: 'text', text: 'guestbook' } },
      alias: { value: { kind: 'text', text: 'Guestbook' } },
      description: { value: msg('GITOPS_WIZARD_SUMMARY_NOT_SET') },
    });
    const source = rows(summary, 'source');
    expect(source.repoURL.value).toEqual({
      kind: 'link',
      text: 'https://github.com/argoproj/argocd-example-apps.git',
      href: 'https://github.com/argoproj/argocd-example-apps.git',
    });
    expect(source).toMatchObject({
      revision: { value: code('HEAD') },
      path: { value: code('guestbook') },
      sourceType: { value: msg('GITOPS_WIZARD_TYPE_DIRECTORY') },
      'directory.recurse': { value: msg('GITOPS_WIZARD_SUMMARY_NO') },
    });
    expect(rows(summary, 'destination')).toMatchObject({
      clusterBy: { value: msg('GITOPS_WIZARD_CLUSTER_BY_SERVER') },
      // in-cluster is the project's own cluster: both its names are given, KubeSphere's first.
      cluster: { value: { kind: 'text', text: 'host (in-cluster)' } },
      server: { value: code('https://kubernetes.default.svc') },
      namespace: { value: { kind: 'text', text: 'guestbook' } },
      project: { value: msg('GITOPS_WIZARD_SUMMARY_OWN_PROJECT', { project: NS }) },
    });
    expect(rows(summary, 'sync')).toMatchObject({
      syncPolicy: { value: msg('GITOPS_WIZARD_SYNC_AUTOMATED') },
      prune: { value: msg('GITOPS_WIZARD_SUMMARY_YES') },
      selfHeal: { value: msg('GITOPS_WIZARD_SUMMARY_NO') },
      syncOptions: { value: { kind: 'list', items: [msg('GITOPS_WIZARD_OPT_CREATE_NAMESPACE'), code('RespectIgnoreDifferences=true')] } },
      propagation: { value: code('foreground') },
      retry: { value: msg('GITOPS_WIZARD_SUMMARY_RETRY_OFF') },
    });
  });

  it('names a cluster chosen by name with its server, and one nobody lists as written', () => {
    const byName = (cluster: string) =>
      created(applyFormChange(guestbook(), { destination: { by: 'name', cluster, namespace: 'guestbook' } }));
    expect(rows(byName('member'), 'destination')).toMatchObject({
      clusterBy: { value: msg('GITOPS_WIZARD_CLUSTER_BY_NAME') },
      cluster: { value: { kind: 'text', text: 'member' } },
      server: { value: code('https://member.example:6443') },
    });
    const gone = rows(byName('gone'), 'destination');
    expect(gone.cluster.value).toEqual({ kind: 'text', text: 'gone' });
    expect(gone.server).toBeUndefined();
  });

  it('gives the key options of Helm and Kustomize', () => {
    const helm = applyFormChange(guestbook(), {
      source: {
        type: 'helm',
        releaseName: '',
        valueFiles: ['values-prod.yaml'],
        values: 'a: 1',
        parameters: [
          { name: 'x', value: '1' },
          { name: 'y', value: '2' },
        ],
        skipCrds: false,
      },
    });
    expect(rows(created(helm), 'source')).toMatchObject({
      sourceType: { value: msg('GITOPS_WIZARD_TYPE_HELM') },
      'helm.valueFiles': { value: { kind: 'list', items: [code('values-prod.yaml')] } },
      'helm.values': { value: msg('GITOPS_WIZARD_SUMMARY_SET') },
      'helm.parameters': { value: { kind: 'text', text: '2' } },
    });
    const kustomize = applyFormChange(guestbook(), {
      source: {
        type: 'kustomize',
        namePrefix: 'prod-',
        nameSuffix: '',
        images: ['nginx=nginx:1.25'],
        commonLabels: {},
        commonAnnotations: {},
      },
    });
    expect(rows(created(kustomize), 'source')).toMatchObject({
      'kustomize.namePrefix': { value: code('prod-') },
      'kustomize.images': { value: { kind: 'list', items: [code('nginx=nginx:1.25')] } },
    });
  });

  it('links only an http(s) repository, and never shows its credentials', () => {
    const repo = (repoURL: string) => rows(created(applyFormChange(guestbook(), { repoURL })), 'source').repoURL.value;
    expect(repo('git@github.com:org/repo.git')).toEqual(code('git@github.com:org/repo.git'));
    expect(repo('javascript:alert(1)')).toEqual(code('javascript:alert(1)'));
    expect(repo('https://user:secret@git.example/org/repo')).toEqual({
      kind: 'link',
      text: 'https://git.example/org/repo',
      href: 'https://git.example/org/repo',
    });
  });

  it('tells whether the location label was added for the user or is their own', () => {
    const label = (s: ReviewSummary) => rows(s, 'label').locationLabel;
    expect(label(created())).toMatchObject({
      label: LABEL_ARGOCD_LOCATION,
      rawLabel: true,
      value: code('argocd'),
      note: msg('GITOPS_WIZARD_SUMMARY_LABEL_ADDED'),
    });
    const bare = guestbook();
    delete bare.metadata.labels;
    expect(label(created(bare))).toMatchObject({ value: code('argocd'), note: msg('GITOPS_WIZARD_SUMMARY_LABEL_ADDED') });
    const own = guestbook();
    own.metadata.labels = { [LABEL_ARGOCD_LOCATION]: 'argocd-2' };
    expect(label(created(own)).note).toBeUndefined();
    expect(label(created(own)).value).toEqual(code('argocd-2'));
  });

  it('keeps the saved label when editing, and says so', () => {
    const summary = edited((d) => d);
    expect(rows(summary, 'label').locationLabel.note).toEqual(msg('GITOPS_WIZARD_SUMMARY_LABEL_KEPT'));
    expect(rows(summary, 'basic').action.value).toEqual(msg('GITOPS_WIZARD_SUMMARY_EDIT'));
  });
});

describe('the changes of an edit', () => {
  it('are none when nothing was changed', () => {
    expect(edited((d) => d).changes).toEqual({ rows: [], other: [] });
  });

  it('lists each changed field with its old and new value', () => {
    const { changes } = edited((d) =>
      applyFormChange(d, {
        description: 'Mine',
        path: 'helm-guestbook',
        sync: { mode: 'manual' },
        retry: { enabled: true, limit: '3', duration: '5s', factor: '2', maxDuration: '1m' },
      }),
    );
    expect(changes?.other).toEqual([]);
    expect(changes?.rows).toEqual([
      {
        id: 'description',
        label: 'GITOPS_WIZARD_DESCRIPTION',
        before: msg('GITOPS_WIZARD_SUMMARY_NOT_SET'),
        after: { kind: 'text', text: 'Mine' },
      },
      { id: 'path', label: 'GITOPS_WIZARD_PATH', before: code('guestbook'), after: code('helm-guestbook') },
      {
        id: 'syncPolicy',
        label: 'GITOPS_WIZARD_SYNC_POLICY',
        before: msg('GITOPS_WIZARD_SYNC_AUTOMATED'),
        after: msg('GITOPS_WIZARD_SYNC_MANUAL'),
      },
      {
        id: 'retry',
        label: 'GITOPS_WIZARD_RETRY',
        before: msg('GITOPS_WIZARD_SUMMARY_RETRY_OFF'),
        after: msg('GITOPS_WIZARD_SUMMARY_RETRY', { limit: '3', duration: '5s', factor: '2', maxDuration: '1m' }),
      },
      // Rows only the saved application had come last, with nothing after them.
      { id: 'prune', label: 'GITOPS_WIZARD_SYNC_PRUNE', before: msg('GITOPS_WIZARD_SUMMARY_YES'), after: undefined },
      { id: 'selfHeal', label: 'GITOPS_WIZARD_SYNC_SELF_HEAL', before: msg('GITOPS_WIZARD_SUMMARY_NO'), after: undefined },
    ]);
  });

  it('shows a changed location label, and names changes no row shows in full', () => {
    const { changes } = edited((d) => {
      d.metadata.labels = { ...d.metadata.labels, [LABEL_ARGOCD_LOCATION]: 'argocd-2', team: 'a' };
      d.spec.argoApp!.spec.ignoreDifferences = [{ kind: 'Deployment', jsonPointers: ['/spec/replicas'] }];
      return d;
    });
    expect(changes?.rows).toEqual([
      { id: 'locationLabel', label: LABEL_ARGOCD_LOCATION, rawLabel: true, before: code('argocd'), after: code('argocd-2') },
    ]);
    expect(changes?.other).toEqual(['metadata.labels.team', 'spec.argoApp.spec.ignoreDifferences']);
  });

  it('leaves what a count stands for to the request body', () => {
    const helm = (value: string) => (d: Application) =>
      applyFormChange(d, {
        source: { type: 'helm', releaseName: '', valueFiles: [], values: '', parameters: [{ name: 'x', value }], skipCrds: false },
      });
    const saved = prepareCreate(helm('1')(guestbook()), NS).body;
    const { changes } = edited(helm('2'), saved);
    expect(changes).toEqual({ rows: [], other: ['spec.argoApp.spec.source.helm.parameters'] });
  });
});

describe('changedPaths', () => {
  it('walks into objects that one side lacks and treats arrays as one value', () => {
    expect(changedPaths({ a: { b: 1 }, c: [1] }, { a: { b: 1 }, c: [1, 2], d: { e: { f: 1 } } })).toEqual([['c'], ['d', 'e', 'f']]);
    expect(changedPaths({ a: {} }, {})).toEqual([['a']]);
    expect(changedPaths({ a: 'x' }, { a: { b: 1 } })).toEqual([['a']]);
  });
});
