// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import type { VisibleRow } from '../../model';
import { makePod, terminated, waiting } from '../../model/live/liveFixtures';
import type { OwnedNode } from '../../model/live/ownership';
import type { LiveChildren, LiveRowData } from '../../model/live/treeLiveRows';
import type { ResourceEntry } from '../../model/tree/resourceEntries';
import { installTestTranslations } from '../../testing/i18n';
import { LiveTreeRow } from './LiveTreeRow';

const NOW = Date.parse('2025-06-01T12:00:00Z');

const WORKLOAD: ResourceEntry = {
  key: 'apps/v1/Deployment/payments/web',
  group: 'apps',
  version: 'v1',
  kind: 'Deployment',
  namespace: 'payments',
  name: 'web',
  hook: false,
  requiresPruning: false,
  fromSyncResultOnly: false,
  severity: 'error',
};

const rowFor = (key: string, hasChildren = false, expanded = false): VisibleRow => ({
  key,
  node: { key, type: 'resource', label: '', children: [], counts: { total: 0, health: {}, sync: {}, noHealth: 0 }, severity: 'unknown' },
  depth: 5,
  hasChildren,
  expanded,
  posInSet: 1,
  setSize: 1,
  parentKey: WORKLOAD.key,
});

const show = (live: LiveRowData, row: VisibleRow = rowFor('live-state:x')) =>
  render(
    <KubedConfigProvider>
      <div role="treeitem" aria-selected={false}>
        <LiveTreeRow row={row} live={live} now={NOW} cluster="host" />
      </div>
    </KubedConfigProvider>,
  );

const state = (children: Exclude<LiveChildren, { state: 'ready' }>): LiveRowData => ({ type: 'state', children, workload: WORKLOAD });
const text = () => screen.getByRole('treeitem').textContent;

beforeAll(() => installTestTranslations());
afterEach(cleanup);

describe('the row that says why an open workload shows no pods', () => {
  const cases: Array<[string, Exclude<LiveChildren, { state: 'ready' }>, string]> = [
    ['loading', { state: 'loading' }, 'Reading from the cluster…'],
    [
      'forbidden',
      { state: 'forbidden' },
      'No access to payments on host: you are not a member of this project. Argo CD’s view above still holds.',
    ],
    ['missing', { state: 'missing' }, 'Not in the cluster: the workload was deleted or never created.'],
    [
      'error',
      { state: 'error', message: 'etcdserver: request timed out' },
      'Could not read from the cluster: etcdserver: request timed out',
    ],
    [
      'unknown-cluster',
      { state: 'unknown-cluster' },
      'The destination is not a cluster this console manages, so its live objects cannot be read here.',
    ],
  ];
  for (const [label, children, expected] of cases) {
    it(`words ${label}`, () => {
      show(state(children));
      expect(text()).toBe(expected);
    });
  }

  it('renders the server’s message as text', () => {
    show(state({ state: 'error', message: '<img src=x onerror=alert(1)>' }));
    expect(text()).toBe('Could not read from the cluster: <img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('says when a workload has no pods', () => {
    show({ type: 'empty', workload: WORKLOAD });
    expect(text()).toBe('No pods');
  });
});

const podNode = (object: Record<string, unknown>): OwnedNode => {
  const meta = object.metadata as { name: string; namespace: string; uid: string };
  return { kind: 'Pod', name: meta.name, namespace: meta.namespace, uid: meta.uid, object, inactive: false, children: [] };
};

describe('a pod row', () => {
  it('shows the name, kubectl’s status, ready count, restarts, age and node', () => {
    const object = makePod({
      name: 'web-7d4b9c-abcde',
      namespace: 'payments',
      node: 'node-2',
      containers: [
        { name: 'app', ready: false, restartCount: 7, state: waiting('CrashLoopBackOff'), lastState: terminated('Error', 1) },
        { name: 'log-shipper', ready: true },
      ],
    });
    show({ type: 'owned', node: podNode(object), workload: WORKLOAD }, rowFor('live:uid-web-7d4b9c-abcde'));
    const item = screen.getByRole('treeitem');
    expect(screen.getByTitle('web-7d4b9c-abcde').textContent).toBe('web-7d4b9c-abcde');
    expect(screen.getByText('Pod')).toBeTruthy();
    expect(screen.getByText('CrashLoopBackOff')).toBeTruthy();
    expect(screen.getByText('Ready 1/2')).toBeTruthy();
    expect(screen.getByText('7 restarts')).toBeTruthy();
    expect(screen.getByText('on node-2')).toBeTruthy();
    // Created at 09:59, two hours before `now`.
    expect(item.textContent).toMatch(/2 hours ago/);
  });

  it('says “1 restart” and leaves out the node of a pod not scheduled yet', () => {
    const object = makePod({
      name: 'web-7d4b9c-fghij',
      namespace: 'payments',
      node: '',
      phase: 'Pending',
      containers: [{ name: 'app', ready: false, restartCount: 1, state: waiting('ContainerCreating') }],
    });
    show({ type: 'owned', node: podNode(object), workload: WORKLOAD }, rowFor('live:uid-web-7d4b9c-fghij'));
    expect(screen.getByText('1 restart')).toBeTruthy();
    expect(screen.getByText('Ready 0/1')).toBeTruthy();
    expect(screen.getByText('ContainerCreating')).toBeTruthy();
    expect(screen.queryByText(/^on /)).toBeNull();
  });

  it('shows a ReplicaSet’s revision and desired replicas, and marks an old one', () => {
    const rs: OwnedNode = {
      kind: 'ReplicaSet',
      name: 'web-5f6d7',
      namespace: 'payments',
      uid: 'rs-old',
      object: { metadata: { creationTimestamp: '2025-05-31T12:00:00Z' } },
      revision: '3',
      replicas: 0,
      inactive: true,
      children: [],
    };
    show({ type: 'owned', node: rs, workload: WORKLOAD }, rowFor('live:rs-old'));
    expect(screen.getByText('ReplicaSet')).toBeTruthy();
    expect(screen.getByText('revision 3')).toBeTruthy();
    expect(screen.getByText('0 desired')).toBeTruthy();
    expect(screen.getByText('old (kept for rollback)')).toBeTruthy();
    expect(screen.getByText('yesterday')).toBeTruthy();
  });
});
