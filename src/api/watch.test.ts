import { describe, expect, it } from 'vitest';
import { applicationsWatchPath, kubeApplicationsPath, parseWatchFrame, watchUrl } from './watch';

const single = { multicluster: false };
const multi = { multicluster: true, cluster: 'member-1' };

describe('watch paths', () => {
  it('uses the legacy watch path of the console, with the starting point and bookmarks', () => {
    expect(applicationsWatchPath(single, 'demo-project')).toBe(
      '/apis/gitops.kubesphere.io/v1alpha1/watch/namespaces/demo-project/applications',
    );
    expect(applicationsWatchPath(multi, 'demo-project', '42')).toBe(
      '/clusters/member-1/apis/gitops.kubesphere.io/v1alpha1/watch/namespaces/demo-project/applications?resourceVersion=42&allowWatchBookmarks=true',
    );
    expect(kubeApplicationsPath(multi, 'demo-project')).toBe(
      '/clusters/member-1/apis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications',
    );
  });

  it('refuses what could add a segment, and drops a resourceVersion that is not a number', () => {
    expect(() => applicationsWatchPath(single, '../x')).toThrow();
    expect(() => applicationsWatchPath({ multicluster: true, cluster: 'a/b' }, 'ns')).toThrow();
    expect(applicationsWatchPath(single, 'ns', '1&watch=false')).toBe(
      '/apis/gitops.kubesphere.io/v1alpha1/watch/namespaces/ns/applications',
    );
  });

  it('opens ws: or wss: on the page host', () => {
    expect(watchUrl({ protocol: 'http:', host: 'console:8080' }, '/p')).toBe('ws://console:8080/p');
    expect(watchUrl({ protocol: 'https:', host: 'console' }, '/p')).toBe('wss://console/p');
  });
});

describe('parseWatchFrame', () => {
  const app = { kind: 'Application', metadata: { name: 'guestbook', namespace: 'demo-project', resourceVersion: '7' } };

  it('reads one event per frame, with the encoder newline', () => {
    expect(parseWatchFrame(JSON.stringify({ type: 'MODIFIED', object: app }) + '\n')).toEqual({
      type: 'MODIFIED',
      object: app,
      resourceVersion: '7',
    });
    expect(parseWatchFrame(JSON.stringify({ type: 'ADDED', object: app }))).toMatchObject({ type: 'ADDED', resourceVersion: '7' });
    expect(parseWatchFrame(JSON.stringify({ type: 'DELETED', object: app }))).toMatchObject({ type: 'DELETED' });
  });

  it('reads bookmarks and the Status of an ERROR event', () => {
    const bookmark = { type: 'BOOKMARK', object: { kind: 'Application', metadata: { resourceVersion: '99' } } };
    expect(parseWatchFrame(JSON.stringify(bookmark) + '\n')).toEqual({ type: 'BOOKMARK', resourceVersion: '99' });
    const expired = {
      type: 'ERROR',
      object: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'too old resource version: 1 (5)',
        reason: 'Expired',
        code: 410,
      },
    };
    expect(parseWatchFrame(JSON.stringify(expired) + '\n')).toEqual({
      type: 'ERROR',
      code: 410,
      reason: 'Expired',
      message: 'too old resource version: 1 (5)',
    });
  });

  it('ignores what is not an event', () => {
    for (const frame of [
      '',
      '\n',
      'not json',
      '{"type":"MODIFIED"',
      '[]',
      'null',
      '{"type":"MODIFIED"}',
      '{"type":"MODIFIED","object":[]}',
      '{"type":"UNKNOWN","object":{}}',
      '{"type":"MODIFIED","object":{"metadata":{}}}',
      '{"type":"ADDED","object":{"metadata":{"name":""}}}',
      '{"type":"ADDED","object":{"metadata":{"name":5}}}',
    ])
      expect(parseWatchFrame(frame)).toBeUndefined();
    expect(parseWatchFrame(new ArrayBuffer(4))).toBeUndefined();
    expect(parseWatchFrame(undefined)).toBeUndefined();
  });
});
