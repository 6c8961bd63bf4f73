import { describe, expect, it } from 'vitest';
import type { Application } from '../../model/application/types';
import { sameRow, type AppRowProps } from './AppRow';
import { APP_COLUMNS } from './columns';

const RECONCILED = Date.parse('2024-05-01T12:00:00Z');

function app(rv: string, reconciledAt: string | null = new Date(RECONCILED).toISOString()): Application {
  return {
    apiVersion: 'gitops.kubesphere.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'guestbook', namespace: 'demo-project', uid: 'uid-guestbook', resourceVersion: rv },
    spec: {},
    status: { argoApp: JSON.stringify(reconciledAt ? { reconciledAt } : {}) },
  } as Application;
}

const noop = () => undefined;
const ACTIONS = {};

function props(change: Partial<AppRowProps> = {}): AppRowProps {
  return {
    columns: APP_COLUMNS,
    app: APP,
    now: RECONCILED + 10 * 60_000 + 5_000,
    detailTo: '/detail/guestbook',
    selected: false,
    onSelect: noop,
    actions: ACTIONS,
    onSync: noop,
    onDelete: noop,
    ...change,
  };
}

const APP = app('10');

describe('sameRow: a row is drawn again only when what it shows may change', () => {
  it('not for a later list clock that leaves its age as it was ("10 minutes ago")', () => {
    expect(sameRow(props(), props({ now: RECONCILED + 10 * 60_000 + 50_000 }))).toBe(true);
  });

  it('for a clock that moves its age to the next minute', () => {
    expect(sameRow(props(), props({ now: RECONCILED + 11 * 60_000 }))).toBe(false);
  });

  it('for a clock that moves its age by a second while it is counted in seconds', () => {
    const recent = { now: RECONCILED + 20_000 };
    expect(sameRow(props(recent), props({ now: RECONCILED + 21_000 }))).toBe(false);
  });

  it('not for any clock when it was never reconciled', () => {
    const never = app('12', null);
    expect(sameRow(props({ app: never }), props({ app: never, now: RECONCILED + 3 * 86_400_000 }))).toBe(true);
  });

  it('for a new version of its application, its selection or its links', () => {
    expect(sameRow(props(), props({ app: app('11') }))).toBe(false);
    expect(sameRow(props(), props({ selected: true }))).toBe(false);
    expect(sameRow(props(), props({ editTo: '/edit/guestbook' }))).toBe(false);
  });
});
