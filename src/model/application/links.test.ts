import { describe, expect, it } from 'vitest';
import {
  withoutCredentials,
  buildSyncRequest,
  commitUrl,
  dnsLabelProblemKey,
  ensureLocationLabel,
  isValidDnsLabel,
  repoWebUrl,
  safeHttpUrl,
  withoutRefreshAnnotation,
  withRefreshAnnotation,
} from './manifest';
import { makeApp } from './testFixtures';
import { ANNOTATION_ARGOCD_REFRESH, type Application, LABEL_ARGOCD_LOCATION } from './types';

function frozen(app: Application): Application {
  const freeze = (o: unknown) => {
    if (o && typeof o === 'object') {
      Object.values(o).forEach(freeze);
      Object.freeze(o);
    }
  };
  freeze(app);
  return app;
}

describe('ensureLocationLabel', () => {
  it('adds the label to a copy, leaving the original untouched', () => {
    const app = frozen(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined } }));
    const fixed = ensureLocationLabel(app);
    expect(fixed).not.toBe(app);
    expect(fixed.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('argocd');
    expect(app.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBeUndefined();
    // Everything else is carried over.
    expect({ ...fixed.metadata.labels, [LABEL_ARGOCD_LOCATION]: undefined }).toEqual({
      ...app.metadata.labels,
      [LABEL_ARGOCD_LOCATION]: undefined,
    });
    expect(fixed.spec).toBe(app.spec);
  });

  it('uses the given location, keeps an existing one, and replaces a blank one', () => {
    expect(
      ensureLocationLabel(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined } }), 'gitops').metadata.labels,
    ).toMatchObject({
      [LABEL_ARGOCD_LOCATION]: 'gitops',
    });
    expect(
      ensureLocationLabel(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: 'argo-2' } }), 'gitops').metadata.labels,
    ).toMatchObject({
      [LABEL_ARGOCD_LOCATION]: 'argo-2',
    });
    expect(ensureLocationLabel(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: ' ' } })).metadata.labels).toMatchObject({
      [LABEL_ARGOCD_LOCATION]: 'argocd',
    });
  });

  it('works on an app without labels at all', () => {
    expect(ensureLocationLabel({ metadata: { name: 'x' }, spec: {} }).metadata).toEqual({
      name: 'x',
      labels: { [LABEL_ARGOCD_LOCATION]: 'argocd' },
    });
  });
});

describe('refresh annotation', () => {
  it('sets normal or hard refresh on a copy, and removes it again', () => {
    const app = frozen(makeApp());
    expect(withRefreshAnnotation(app).metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('normal');
    const hard = withRefreshAnnotation(app, 'hard');
    expect(hard.metadata.annotations).toEqual({ ...app.metadata.annotations, [ANNOTATION_ARGOCD_REFRESH]: 'hard' });
    expect(app.metadata.annotations).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
    const cleared = withoutRefreshAnnotation(frozen(hard));
    expect(cleared.metadata.annotations).toEqual(app.metadata.annotations);
    expect(withoutRefreshAnnotation({ metadata: {}, spec: {} }).metadata.annotations).toEqual({});
  });
});

describe('buildSyncRequest', () => {
  it('sends an empty body for the defaults', () => {
    expect(buildSyncRequest()).toEqual({});
    expect(
      buildSyncRequest({ revision: '  ', prune: false, dryRun: false, force: false, resources: [], syncOptions: [] }),
    ).toEqual({});
  });

  it('names the strategy `strategy`: apply-only with or without force, else hook with force', () => {
    expect(buildSyncRequest({ applyOnly: true })).toEqual({ strategy: { apply: { force: false } } });
    expect(buildSyncRequest({ applyOnly: true, force: true })).toEqual({ strategy: { apply: { force: true } } });
    expect(buildSyncRequest({ force: true })).toEqual({ strategy: { hook: { force: true } } });
    expect(buildSyncRequest({ force: true })).not.toHaveProperty('syncStrategy');
  });

  it('carries revision, prune, dry run and selected resources', () => {
    expect(
      buildSyncRequest({
        revision: ' v1.2.0 ',
        prune: true,
        dryRun: true,
        resources: [
          { group: 'apps', kind: 'Deployment', name: 'web', namespace: 'demo' },
          { group: '', kind: 'Namespace', name: 'demo', namespace: '' },
        ],
      }),
    ).toEqual({
      revision: 'v1.2.0',
      prune: true,
      dryRun: true,
      resources: [
        { group: 'apps', kind: 'Deployment', name: 'web', namespace: 'demo' },
        { kind: 'Namespace', name: 'demo' },
      ],
    });
  });

  it('writes sync options as K=v, from a list or a map', () => {
    expect(buildSyncRequest({ syncOptions: ['CreateNamespace=true', 'PruneLast=true'] }).syncOptions).toEqual([
      'CreateNamespace=true',
      'PruneLast=true',
    ]);
    expect(
      buildSyncRequest({ syncOptions: { Validate: false, PrunePropagationPolicy: 'foreground' } }).syncOptions,
    ).toEqual(['Validate=false', 'PrunePropagationPolicy=foreground']);
  });

  it("keeps the app's own sync options, since the request's list replaces them", () => {
    expect(
      buildSyncRequest({
        inheritSyncOptions: ['CreateNamespace=true', 'Validate=true'],
        syncOptions: ['Validate=false', 'Replace=true'],
      }).syncOptions,
    ).toEqual(['CreateNamespace=true', 'Validate=false', 'Replace=true']);
    expect(buildSyncRequest({ inheritSyncOptions: ['CreateNamespace=true'] }).syncOptions).toEqual([
      'CreateNamespace=true',
    ]);
  });

  it('includes a retry strategy without empty fields', () => {
    expect(
      buildSyncRequest({ retry: { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m0s' } } }),
    ).toEqual({
      retryStrategy: { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m0s' } },
    });
    expect(buildSyncRequest({ retry: { limit: 2, backoff: { duration: '' } } })).toEqual({
      retryStrategy: { limit: 2 },
    });
    expect(buildSyncRequest({ retry: {} })).toEqual({});
  });

  it('does not change the options it is given', () => {
    const options = Object.freeze({
      resources: Object.freeze([Object.freeze({ kind: 'Service', name: 'a' })]),
      syncOptions: Object.freeze(['A=1']),
    });
    const body = buildSyncRequest(options);
    expect(body.resources).not.toBe(options.resources);
  });
});

describe('isValidDnsLabel', () => {
  it.each([['a'], ['demo'], ['my-app-2'], ['0app'], ['a'.repeat(63)]])('accepts %s', (name) => {
    expect(isValidDnsLabel(name)).toEqual({ valid: true });
  });

  it.each([
    ['', 'empty'],
    ['a'.repeat(64), 'too-long'],
    ['My-App', 'invalid-characters'],
    ['my_app', 'invalid-characters'],
    ['my.app', 'invalid-characters'],
    ['应用', 'invalid-characters'],
    ['-app', 'invalid-start'],
    ['app-', 'invalid-end'],
  ])('rejects %j as %s', (name, reason) => {
    expect(isValidDnsLabel(name)).toEqual({ valid: false, reason });
  });

  it('has an i18n key per reason', () => {
    expect(dnsLabelProblemKey('too-long')).toBe('GITOPS_NAME_INVALID_TOO_LONG');
    expect(dnsLabelProblemKey('invalid-characters')).toBe('GITOPS_NAME_INVALID_INVALID_CHARACTERS');
  });
});

const SHA = '1d4fcf1f56f5dbe2ae65abb001ffc304f1d58070';

describe('commitUrl', () => {
  it.each([
    [
      'https://github.com/linuxsuren-bot/open-podcasts/',
      `https://github.com/linuxsuren-bot/open-podcasts/commit/${SHA}`,
    ],
    [
      'https://github.com/argoproj/argocd-example-apps.git',
      `https://github.com/argoproj/argocd-example-apps/commit/${SHA}`,
    ],
    ['git@github.com:org/repo.git', `https://github.com/org/repo/commit/${SHA}`],
    ['ssh://git@github.com/org/repo.git', `https://github.com/org/repo/commit/${SHA}`],
    ['ssh://git@git.example.com:2222/team/repo.git', `https://git.example.com/team/repo/commit/${SHA}`],
    ['https://gitlab.com/group/sub/project.git', `https://gitlab.com/group/sub/project/-/commit/${SHA}`],
    ['git@gitlab.example.com:group/project.git', `https://gitlab.example.com/group/project/-/commit/${SHA}`],
    ['https://gitea.example.com/org/repo', `https://gitea.example.com/org/repo/commit/${SHA}`],
    ['http://10.0.0.5:3000/org/repo.git', `http://10.0.0.5:3000/org/repo/commit/${SHA}`],
    ['https://bitbucket.org/team/repo.git', `https://bitbucket.org/team/repo/commits/${SHA}`],
    ['https://user:token@github.com/org/repo.git', `https://github.com/org/repo/commit/${SHA}`],
  ])('links %s', (repo, url) => {
    expect(commitUrl(repo, SHA)).toBe(url);
  });

  it('accepts short and upper-case ids, lower-casing them', () => {
    expect(commitUrl('https://github.com/o/r', 'ABCDEF1')).toBe('https://github.com/o/r/commit/abcdef1');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)//github.com/o/r'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['ftp://example.com/repo.git'],
    ['git://github.com/o/r.git'],
    ['https://github.com'],
    ['https://github.com/'],
    ['not a url'],
    [''],
  ])('gives no link for the repository %j', (repo) => {
    expect(commitUrl(repo, SHA)).toBeNull();
  });

  it('gives no link for a revision that is not a commit id', () => {
    expect(commitUrl('https://github.com/o/r', 'HEAD')).toBeNull();
    expect(commitUrl('https://github.com/o/r', 'main')).toBeNull();
    expect(commitUrl('https://github.com/o/r', `${SHA}/../../evil`)).toBeNull();
    expect(commitUrl('https://github.com/o/r', undefined)).toBeNull();
  });

  it('repoWebUrl drops queries, fragments and credentials', () => {
    expect(repoWebUrl('https://u:p@github.com/o/r.git?x=1#y')).toBe('https://github.com/o/r');
    expect(repoWebUrl(42)).toBeNull();
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['  http://example.com  ', 'http://example.com/'],
    ['HTTPS://EXAMPLE.com/X', 'https://example.com/X'],
  ])('keeps %j', (input, output) => {
    expect(safeHttpUrl(input)).toBe(output);
  });

  it.each([
    ['javascript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['jav\tascript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['vbscript:msgbox'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['mailto:a@b.c'],
    ['//evil.example.com'],
    ['/relative/path'],
    ['https://exa mple.com'],
    [''],
    [null],
    [{ href: 'https://x' }],
  ])('rejects %j', (input) => {
    expect(safeHttpUrl(input)).toBeNull();
  });
});

describe('withoutCredentials', () => {
  it('drops a user and token from a URL and leaves other URLs alone', () => {
    expect(withoutCredentials('https://user:s3cret@git.example.com/org/repo.git')).toBe('https://git.example.com/org/repo.git');
    expect(withoutCredentials('https://git.example.com/a@b')).toBe('https://git.example.com/a@b');
    expect(withoutCredentials('git@github.com:org/repo.git')).toBe('git@github.com:org/repo.git');
  });
});
