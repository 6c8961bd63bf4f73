import { getResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createEmulator } from '../../mocks/emulator';
import { applicationsWatchPath, kubeApplicationsPath, listResourceVersion, parseWatchFrame, watchUrl } from './watch';

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

describe('listResourceVersion', () => {
  it('learns where to watch from without downloading an application of 2,000 resources', async () => {
    const emulator = createEmulator({ timing: 'instant', seed: { seed: 'large-tree', resources: 2_000 } });
    const bodies: string[] = [];
    const fetchImpl = async (input: string, init?: RequestInit) => {
      const response = (await getResponse(emulator.handlers, new Request(new URL(input, 'http://localhost'), init)))!;
      bodies.push(await response.clone().text());
      return response;
    };
    try {
      const rv = await listResourceVersion(single, 'demo-project', {}, fetchImpl);
      const full = await fetchImpl(`${kubeApplicationsPath(single, 'demo-project')}?limit=1`);
      expect(rv).toBe(((await full.json()) as { metadata: { resourceVersion: string } }).metadata.resourceVersion);
      expect(bodies[1].length).toBeGreaterThan(100_000);
      expect(bodies[0].length).toBeLessThan(2_000);
      expect(bodies[0]).not.toContain('argoApp');
    } finally {
      emulator.dispose();
    }
  });

  it('reads a plain list too, from a server that does not convert', async () => {
    const plain = {
      apiVersion: 'gitops.kubesphere.io/v1alpha1',
      kind: 'ApplicationList',
      metadata: { resourceVersion: '1234' },
      items: [],
    };
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify(plain), { headers: { 'content-type': 'application/json' } }));
    expect(await listResourceVersion(single, 'demo-project', {}, fetchImpl)).toBe('1234');
  });
});
