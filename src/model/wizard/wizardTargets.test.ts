import { describe, expect, it } from 'vitest';
import { newApplication } from './wizardSubmit';
import { appsSharingTarget, normalizeRepoPath, normalizeRepoUrl } from './wizardTargets';
import type { Application } from '../application/types';

function app(name: string, repoURL: string, path: string, dest: { name?: string; server?: string; namespace?: string }): Application {
  const a = newApplication('p');
  a.metadata.name = name;
  a.spec.argoApp!.spec.source = { repoURL, path };
  a.spec.argoApp!.spec.destination = dest;
  return a;
}

describe('shared targets', () => {
  it('treats spellings of one repository and path alike', () => {
    expect(normalizeRepoUrl('https://GitHub.com/a/b.git/')).toBe(normalizeRepoUrl('git@github.com:a/b'));
    expect(normalizeRepoUrl('https://user:pw@github.com/a/b')).toBe('github.com/a/b');
    expect(normalizeRepoPath('./guestbook/')).toBe('guestbook');
    expect(normalizeRepoPath('.')).toBe(normalizeRepoPath(''));
  });

  it('finds the apps that deploy the same path into the same place', () => {
    const mine = app('new', 'https://github.com/a/b', 'guestbook', { server: 'https://kubernetes.default.svc', namespace: 'gb' });
    const others = [
      app('guestbook', 'https://github.com/a/b.git', './guestbook', { name: 'in-cluster', namespace: 'gb' }),
      app('elsewhere', 'https://github.com/a/b', 'guestbook', { server: 'https://kubernetes.default.svc', namespace: 'other' }),
      app('new', 'https://github.com/a/b', 'guestbook', { server: 'https://kubernetes.default.svc', namespace: 'gb' }),
    ];
    expect(appsSharingTarget(mine, others)).toEqual(['guestbook']);
  });
});
