import { describe, expect, it } from 'vitest';
import { isApiError } from './errors';
import { applicationPath, applicationsPath, summaryPath, userSegment, withQuery } from './url';

const single = { cluster: 'member-1', multicluster: false };
const multi = { cluster: 'member-1', multicluster: true };

describe('request paths', () => {
  it('adds the cluster prefix only in multicluster mode', () => {
    expect(applicationsPath(single, 'demo')).toBe('/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo/applications');
    expect(applicationPath(multi, 'demo', 'guestbook')).toBe(
      '/clusters/member-1/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo/applications/guestbook',
    );
    expect(summaryPath(multi, 'demo')).toBe('/clusters/member-1/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo/application-summary');
  });

  it.each([
    ['a slash', 'x/sync'],
    ['an encoded slash', 'x%2Fsync'],
    ['a dot segment', '..'],
    ['a query', 'x?cascade=true'],
    ['markup', '<img src=x>'],
    ['upper case', 'Guestbook'],
    ['an empty name', ''],
    ['a name too long', 'a'.repeat(254)],
  ])('refuses %s as a name, with an "invalid" API error', (_label, name) => {
    let error: unknown;
    try {
      applicationPath(single, 'demo', name);
    } catch (e) {
      error = e;
    }
    expect(isApiError(error) && error.kind).toBe('invalid');
  });

  it('encodes a user name and refuses separators in it', () => {
    expect(userSegment('jane.doe@example.com')).toBe('jane.doe%40example.com');
    expect(() => userSegment('a/b')).toThrow();
    expect(() => userSegment('..')).toThrow();
  });

  it('leaves empty query values out', () => {
    expect(withQuery('/x', { page: 1, name: '', sync: undefined, ascending: true })).toBe('/x?page=1&ascending=true');
  });
});
