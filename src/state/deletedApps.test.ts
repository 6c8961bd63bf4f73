import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../model/application/types';
import { DELETION_HIDE_MS } from '../model/list/deletions';
import {
  deletedAppsStore,
  deletionsOf,
  expireDeleted,
  forgetDeletions,
  NO_DELETIONS,
  recordDeleted,
  recordNamesCheck,
} from './deletedApps';

const HOST = { cluster: 'host', namespace: 'demo-project' };
const MEMBER = { cluster: 'member-1', namespace: 'demo-project' };
const app = (name: string, uid = `uid-${name}`) => ({ metadata: { name, uid, labels: {} }, spec: {} }) as Application;

afterEach(forgetDeletions);

describe('deleted applications', () => {
  it('are kept per cluster and project', () => {
    recordDeleted(HOST, [app('a'), app('b')], 1_000);
    expect(deletionsOf(HOST).map((d) => d.name)).toEqual(['a', 'b']);
    expect(deletionsOf(MEMBER)).toBe(NO_DELETIONS);
  });

  it('say once when a check first finds one gone, and not again', () => {
    recordDeleted(HOST, [app('a'), app('b')], 1_000);
    expect(recordNamesCheck(HOST, ['a', 'b'], [app('a'), app('b')], 1_500)).toBe(false);
    expect(recordNamesCheck(HOST, ['a', 'b'], [app('b')], 2_000)).toBe(true);
    expect(recordNamesCheck(HOST, ['b'], [app('b')], 2_500)).toBe(false);
    expect(deletionsOf(HOST).find((d) => d.name === 'a')?.goneAt).toBe(2_000);
  });

  it('are forgotten when their time is up, the project with them', () => {
    recordDeleted(HOST, [app('a')], 1_000);
    recordDeleted(HOST, [app('b')], 20_000);
    expireDeleted(HOST, 1_000 + DELETION_HIDE_MS);
    expect(deletionsOf(HOST).map((d) => d.name)).toEqual(['b']);
    expireDeleted(HOST, 20_000 + DELETION_HIDE_MS);
    expect(deletedAppsStore.getState().byProject).toEqual({});
  });

  it('leave the store untouched when nothing changes, so subscribers do not render for nothing', () => {
    recordDeleted(HOST, [app('a')], 1_000);
    const before = deletedAppsStore.getState();
    recordDeleted(HOST, [], 2_000);
    recordNamesCheck(HOST, ['a'], [app('a')], 2_000);
    expireDeleted(HOST, 2_000);
    expect(deletedAppsStore.getState()).toBe(before);
  });
});
