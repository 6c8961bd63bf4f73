import { describe, expect, it } from 'vitest';
import type { Application } from '../application/types';
import {
  addDeletions,
  adjustSummary,
  adjustTotal,
  applyNamesCheck,
  DELETION_HIDE_MS,
  expireDeletions,
  hideDeleted,
  isTerminating,
  isTerminatingRefusal,
  matchesView,
  nextExpiry,
  unconfirmedNames,
} from './deletions';
import { DEFAULT_CHIP_CODES } from './listQuery';

function app(name: string, labels: Record<string, string> = {}, uid = `uid-${name}`, alias?: string): Application {
  return {
    metadata: { name, uid, labels, annotations: alias ? { 'kubesphere.io/alias-name': alias } : {} },
    spec: {},
  } as Application;
}

const HEALTHY = { 'gitops.kubesphere.io/health-status': 'Healthy', 'gitops.kubesphere.io/sync-status': 'Synced' };
const T0 = 1_000_000;
const ALL = { state: { name: '', health: '', sync: '' }, chipCodes: DEFAULT_CHIP_CODES };

describe('remembering deletions', () => {
  it('keeps the uid, name, alias and status labels of what the DELETE answered', () => {
    const [d] = addDeletions([], [app('guestbook', HEALTHY, 'u1', 'Guest book')], T0);
    expect(d).toEqual({ uid: 'u1', name: 'guestbook', alias: 'Guest book', health: 'Healthy', sync: 'Synced', deletedAt: T0 });
  });

  it('ignores an answer without a uid and replaces an earlier deletion of the same uid', () => {
    const none: never[] = [];
    expect(addDeletions(none, [{ metadata: { name: 'x' } } as Application], T0)).toBe(none);
    const twice = addDeletions(addDeletions([], [app('a')], T0), [app('a')], T0 + 5);
    expect(twice.map((d) => d.deletedAt)).toEqual([T0 + 5]);
  });

  it('forgets a deletion after a minute, and says when the next one goes', () => {
    const list = addDeletions(addDeletions([], [app('a')], T0), [app('b')], T0 + 10_000);
    expect(nextExpiry(list)).toBe(T0 + DELETION_HIDE_MS);
    expect(expireDeletions(list, T0 + DELETION_HIDE_MS - 1)).toBe(list);
    expect(expireDeletions(list, T0 + DELETION_HIDE_MS).map((d) => d.name)).toEqual(['b']);
    expect(nextExpiry([])).toBeUndefined();
  });
});

describe('checking on the server', () => {
  const list = addDeletions([], [app('a', HEALTHY), app('b', HEALTHY)], T0);

  it('asks for the names not yet seen gone, sorted', () => {
    expect(unconfirmedNames(list)).toEqual(['a', 'b']);
  });

  it('marks gone what a later list of the names no longer holds, and takes the labels of what it still holds', () => {
    const later = applyNamesCheck(list, ['a', 'b'], [app('b', { 'gitops.kubesphere.io/health-status': 'Progressing' })], T0 + 100);
    expect(later.find((d) => d.name === 'a')?.goneAt).toBe(T0 + 100);
    const b = later.find((d) => d.name === 'b');
    expect([b?.goneAt, b?.health, b?.sync]).toEqual([undefined, 'Progressing', undefined]);
    expect(unconfirmedNames(later)).toEqual(['b']);
  });

  it('learns nothing from an answer older than the deletion, or that did not ask for the name', () => {
    expect(applyNamesCheck(list, ['a', 'b'], [], T0 - 1)).toBe(list);
    expect(applyNamesCheck(list, ['c'], [], T0 + 1)).toBe(list);
  });

  it('counts an application created again under the same name as gone: its uid differs', () => {
    expect(applyNamesCheck(list, ['a'], [app('a', HEALTHY, 'new-uid')], T0 + 1)[0].goneAt).toBe(T0 + 1);
  });
});

describe('what the page shows', () => {
  const deleted = addDeletions([], [app('a', HEALTHY)], T0);
  const gone = applyNamesCheck(deleted, ['a'], [], T0 + 2_000);

  it('hides the deleted rows by uid, a new application of the same name stays', () => {
    const rows = [app('a'), app('b')];
    expect(hideDeleted(rows, deleted).map((r) => r.metadata?.name)).toEqual(['b']);
    const recreated = [app('a', {}, 'other')];
    expect(hideDeleted(recreated, deleted)).toBe(recreated);
  });

  it('takes it out of a summary that may still count it, not out of one received after it was gone', () => {
    const summary = { total: 3, healthStatus: { Healthy: 2 }, syncStatus: { Synced: 3 } };
    const minusOne = { total: 2, healthStatus: { Healthy: 1 }, syncStatus: { Synced: 2 } };
    expect(adjustSummary(summary, T0 + 500, deleted)).toEqual(minusOne);
    expect(adjustSummary(summary, T0 + 500, gone)).toEqual(minusOne);
    expect(adjustSummary(summary, T0 + 3_000, gone)).toBe(summary);
  });

  it('takes an unlabelled application out of the total only, so it leaves the Unknown chips', () => {
    const unlabelled = addDeletions([], [app('orphan')], T0);
    expect(adjustSummary({ total: 2, healthStatus: { Healthy: 1 }, syncStatus: {} }, T0, unlabelled)).toEqual({
      total: 1,
      healthStatus: { Healthy: 1 },
      syncStatus: {},
    });
  });

  it('lowers the total by the deleted rows on the page and by those elsewhere that match the view', () => {
    const two = addDeletions([], [app('a', HEALTHY), app('zeta', HEALTHY)], T0);
    expect(adjustTotal(12, [app('a'), app('b')], T0, two, ALL)).toBe(10);
    const byName = { ...ALL, state: { name: 'b', health: '', sync: '' } };
    expect(adjustTotal(2, [app('b'), app('ab')], T0, two, byName)).toBe(2);
    expect(adjustTotal(12, [app('b')], T0 + 3_000, gone, ALL)).toBe(12);
    // Never fewer than the rows left on the page.
    expect(adjustTotal(1, [app('a'), app('b')], T0, two, ALL)).toBe(1);
  });

  it('matches the view as the server filters: name or alias, and the chips', () => {
    const [d] = addDeletions([], [app('payments', { 'gitops.kubesphere.io/sync-status': 'Synced' }, 'u', 'Billing')], T0);
    const view = (state: Partial<typeof ALL.state>) => matchesView(d, { ...ALL.state, ...state }, DEFAULT_CHIP_CODES);
    expect([view({ name: 'pay' }), view({ name: 'Bill' }), view({ name: 'x' })]).toEqual([true, true, false]);
    expect([view({ health: 'Unknown' }), view({ health: 'Healthy' }), view({ sync: 'Synced' })]).toEqual([true, false, true]);
  });
});

describe('terminating applications', () => {
  it('are those with a deletionTimestamp', () => {
    expect(isTerminating(app('a'))).toBe(false);
    expect(isTerminating({ metadata: { name: 'a', deletionTimestamp: '2024-01-01T00:00:00Z' } } as Application)).toBe(true);
  });

  it('recognises the 422 of a cascade delete on one, and nothing else', () => {
    const message =
      'Application.gitops.kubesphere.io "a" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"resources-finalizer.argocd.argoproj.io"}';
    expect(isTerminatingRefusal({ status: 422, kind: 'invalid', serverMessage: message })).toBe(true);
    expect(isTerminatingRefusal({ status: 422, kind: 'invalid', serverMessage: 'metadata.name: Required value' })).toBe(false);
    expect(isTerminatingRefusal(new Error(message))).toBe(false);
  });
});
