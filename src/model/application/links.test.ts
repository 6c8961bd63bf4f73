import { describe, expect, it } from 'vitest';
import { commitUrl, repoWebUrl, safeHttpUrl, withoutCredentials } from './links';

const SHA = '1d4fcf1f56f5dbe2ae65abb001ffc304f1d58070';

describe('commitUrl', () => {
  it.each([
    ['https://github.com/linuxsuren-bot/open-podcasts/', `https://github.com/linuxsuren-bot/open-podcasts/commit/${SHA}`],
    ['https://github.com/argoproj/argocd-example-apps.git', `https://github.com/argoproj/argocd-example-apps/commit/${SHA}`],
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
