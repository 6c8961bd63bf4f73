import { describe, expect, it } from 'vitest';
import type { WatchClose } from '../api/watch';
import type { Application } from '../model/application/types';
import {
  compareResourceVersions,
  listMembershipSignature,
  newerApplication,
  reconnectDelay,
  watchCloseOutcome,
  watchTimeoutSeconds,
  WATCH_RECONNECT_MAX_MS,
} from './watchPolicy';

describe('reconnectDelay', () => {
  it('starts at 1 s and doubles up to 30 s without jitter in the middle', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20, 1000].map((n) => reconnectDelay(n, 0.5))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('jitters by at most a fifth and never passes 30 s', () => {
    expect(reconnectDelay(0, 0)).toBe(800);
    expect(reconnectDelay(0, 0.999999)).toBe(1_200);
    expect(reconnectDelay(3, 0)).toBe(6_400);
    for (let attempt = 0; attempt < 40; attempt++)
      for (const r of [0, 0.25, 0.5, 0.75, 0.9999]) {
        const d = reconnectDelay(attempt, r);
        expect(d).toBeGreaterThanOrEqual(800);
        expect(d).toBeLessThanOrEqual(WATCH_RECONNECT_MAX_MS);
      }
    expect(reconnectDelay(-3, 0.5)).toBe(1_000);
  });
});

describe('watchCloseOutcome', () => {
  const close = (c: Partial<WatchClose>): WatchClose => ({ opened: true, errored: false, messages: 3, code: 1006, byClient: false, ...c });

  it('a refused upgrade (browser: no open; msw: error before any frame) is told apart from a drop', () => {
    expect(watchCloseOutcome(close({ opened: false, errored: true, messages: 0 }))).toBe('refused');
    expect(watchCloseOutcome(close({ opened: false, errored: false, messages: 0 }))).toBe('refused');
    expect(watchCloseOutcome(close({ opened: true, errored: true, messages: 0 }))).toBe('refused');
  });

  it('an ERROR event (410 Expired) relists; a clean end resumes; a drop reconnects; our own close does nothing', () => {
    expect(watchCloseOutcome(close({ errorStatus: 410, code: 1000 }))).toBe('relist');
    expect(watchCloseOutcome(close({ code: 1000 }))).toBe('resume');
    // Closed cleanly before any frame: the ERROR event was lost (msw) or never sent; list again.
    expect(watchCloseOutcome(close({ code: 1000, messages: 0 }))).toBe('relist');
    expect(watchCloseOutcome(close({ code: 1000, messages: 0, opened: false }))).toBe('relist');
    expect(watchCloseOutcome(close({ code: 1006 }))).toBe('reconnect');
    expect(watchCloseOutcome(close({ code: 1006, messages: 0 }))).toBe('reconnect');
    expect(watchCloseOutcome(close({ code: 1006, errored: true, messages: 2 }))).toBe('reconnect');
    expect(watchCloseOutcome(close({ byClient: true, code: 1000 }))).toBe('none');
  });
});

const app = (uid: string, rv: string, labels: Record<string, string> = {}): Application =>
  ({ metadata: { name: 'a', namespace: 'ns', uid, resourceVersion: rv, labels } }) as unknown as Application;

describe('resource versions', () => {
  it('compares numbers as numbers, anything else as unknown', () => {
    expect(compareResourceVersions('10', '9')).toBeGreaterThan(0);
    expect(compareResourceVersions('9', '10')).toBeLessThan(0);
    expect(compareResourceVersions('10', '10')).toBe(0);
    expect(compareResourceVersions('x', '1')).toBeUndefined();
    expect(compareResourceVersions(undefined, '1')).toBeUndefined();
  });

  it('keeps a later version of the same object over a lagging read', () => {
    const later = app('u1', '12');
    const lagging = app('u1', '11');
    expect(newerApplication(later, lagging)).toBe(later);
    expect(newerApplication(lagging, later)).toBe(later);
    expect(newerApplication(app('u2', '50'), lagging)).toBe(lagging);
    expect(newerApplication(undefined, lagging)).toBe(lagging);
    expect(newerApplication(app('u1', 'opaque'), lagging)).toBe(lagging);
  });
});

describe('listMembershipSignature', () => {
  it('changes with the status labels, not with the status text', () => {
    const healthy = app('u', '1', { 'gitops.kubesphere.io/health-status': 'Healthy' });
    const degraded = app('u', '2', { 'gitops.kubesphere.io/health-status': 'Degraded' });
    const sameLabels = { ...healthy, status: { argoApp: '{}' } } as Application;
    expect(listMembershipSignature(healthy)).not.toBe(listMembershipSignature(degraded));
    expect(listMembershipSignature(healthy)).toBe(listMembershipSignature(sameLabels));
  });
});

describe('watchTimeoutSeconds', () => {
  it('asks for 5 to 10 minutes, as client-go does, so watches of many pages do not end together', () => {
    expect(watchTimeoutSeconds(0)).toBe(300);
    expect(watchTimeoutSeconds(0.5)).toBe(450);
    expect(watchTimeoutSeconds(0.999999)).toBe(599);
    expect(watchTimeoutSeconds(7)).toBe(599);
  });
});
