import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refPath, revisionLink } from './revisionLinks';

const SHA = '1d4fcf1f56f5dbe2ae65abb001ffc304f1d58070';

describe('revisionLink', () => {
  it('links a commit as commitUrl does, on any http(s) host', () => {
    expect(revisionLink('https://github.com/o/r.git', SHA)).toEqual({ href: `https://github.com/o/r/commit/${SHA}`, kind: 'commit' });
    expect(revisionLink('https://git.example.com/o/r', SHA)).toEqual({ href: `https://git.example.com/o/r/commit/${SHA}`, kind: 'commit' });
  });

  it.each([
    ['https://github.com/o/r.git', 'main', 'https://github.com/o/r/tree/main'],
    ['git@github.com:o/r.git', 'release/1.2', 'https://github.com/o/r/tree/release/1.2'],
    ['https://gitlab.com/g/sub/p.git', 'v1.0.0', 'https://gitlab.com/g/sub/p/-/tree/v1.0.0'],
    ['https://gitlab.example.com/g/p', 'refs/heads/dev', 'https://gitlab.example.com/g/p/-/tree/dev'],
    ['https://gitee.com/o/r', 'refs/tags/v2', 'https://gitee.com/o/r/tree/v2'],
    ['https://bitbucket.org/t/r.git', 'feature/x', 'https://bitbucket.org/t/r/src/feature/x'],
    ['https://github.com/o/r', 'fix#12', 'https://github.com/o/r/tree/fix%2312'],
    ['https://github.com/o/r', 'ü/β', 'https://github.com/o/r/tree/%C3%BC/%CE%B2'],
  ])('links the ref on %s @ %s', (repo, ref, href) => {
    expect(revisionLink(repo, ref)).toEqual({ href, kind: 'ref' });
  });

  it.each([
    ['https://github.com/o/r', 'HEAD'],
    ['https://github.com/o/r', ''],
    ['https://github.com/o/r', '  '],
    ['https://github.com/o/r', 42],
    ['https://git.example.com/o/r', 'main'],
    ['https://charts.example.com', '1.2.*'],
    ['javascript:alert(1)//github.com/o/r', 'main'],
    ['ftp://github.com/o/r', 'main'],
    ['https://github.com/o/r', 'a..b'],
    ['https://github.com/o/r', 'a b'],
    ['https://github.com/o/r', '-x'],
    ['https://github.com/o/r', 'a//b'],
  ])('gives no link for %s @ %j', (repo, ref) => {
    expect(revisionLink(repo, ref)).toBeNull();
  });

  it('keeps every ref link on the repository page, one encoded segment per ref segment', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), (segments) => {
        const link = revisionLink('https://github.com/o/r', segments.join('/'));
        if (!link || link.kind !== 'ref') return;
        expect(link.href.startsWith('https://github.com/o/r/tree/')).toBe(true);
        const path = link.href.slice('https://github.com/o/r/tree/'.length);
        expect(path.split('/').map(decodeURIComponent)).toEqual(refPath(segments.join('/').trim())!.split('/').map(decodeURIComponent));
        expect(new URL(link.href).origin).toBe('https://github.com');
      }),
      { seed: 53, numRuns: 300 },
    );
  });
});
