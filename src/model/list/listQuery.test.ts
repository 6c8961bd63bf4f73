import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_LIST_STATE,
  PAGE_SIZES,
  listRequestParams,
  parseListState,
  serializeListState,
  updateListState,
  type ListState,
} from './listQuery';

describe('list view state in the URL', () => {
  it('an empty URL is the default view', () => {
    expect(parseListState(new URLSearchParams(''))).toEqual(DEFAULT_LIST_STATE);
    expect(serializeListState(DEFAULT_LIST_STATE).toString()).toBe('');
  });

  it('reads filters, sort and paging', () => {
    const state = parseListState(
      new URLSearchParams('name=guest&health=Degraded&sync=OutOfSync&sortBy=name&ascending=true&page=3&limit=50'),
    );
    expect(state).toEqual({ name: 'guest', health: 'Degraded', sync: 'OutOfSync', sortBy: 'name', ascending: true, page: 3, limit: 50 });
  });

  it('ignores malformed values instead of sending them to the server', () => {
    const state = parseListState(new URLSearchParams('page=-2&limit=7&health=<script>&sortBy=evil&sync=a%20b'));
    expect(state).toEqual(DEFAULT_LIST_STATE);
  });

  it('round-trips every valid view through the URL', () => {
    const arbitraryState: fc.Arbitrary<ListState> = fc.record({
      name: fc.string({ maxLength: 40 }),
      health: fc.constantFrom('', 'Healthy', 'Degraded', 'Progressing', 'Suspended', 'Missing', 'Unknown'),
      sync: fc.constantFrom('', 'Synced', 'OutOfSync', 'Unknown'),
      sortBy: fc.constantFrom('createTime' as const, 'name' as const),
      ascending: fc.boolean(),
      page: fc.integer({ min: 1, max: 9999 }),
      limit: fc.constantFrom(...PAGE_SIZES),
    });
    fc.assert(
      fc.property(arbitraryState, (state) => {
        expect(parseListState(new URLSearchParams(serializeListState(state).toString()))).toEqual(state);
      }),
    );
  });

  it('changing a filter returns to the first page; paging keeps the filters', () => {
    const onPage3 = { ...DEFAULT_LIST_STATE, page: 3, health: 'Healthy' };
    expect(updateListState(onPage3, { sync: 'Synced' }).page).toBe(1);
    expect(updateListState(onPage3, { page: 4 })).toEqual({ ...onPage3, page: 4 });
    expect(updateListState(onPage3, { health: 'Healthy' }).page).toBe(3);
  });

  it('maps the view to the server list parameters', () => {
    expect(listRequestParams({ ...DEFAULT_LIST_STATE, health: 'Healthy', name: 'a' })).toEqual({
      page: 1,
      limit: 10,
      name: 'a',
      sortBy: 'createTime',
      ascending: undefined,
      healthStatus: 'Healthy',
      syncStatus: undefined,
    });
  });

  it('lists what the Unknown chips count with a label selector: the server cannot match a missing label by value', () => {
    const params = listRequestParams({ ...DEFAULT_LIST_STATE, health: 'Unknown' });
    expect(params.healthStatus).toBeUndefined();
    expect(params.label).toBe('gitops.kubesphere.io/health-status notin (Degraded,Healthy,Missing,Progressing,Suspended)');
    const both = listRequestParams(
      { ...DEFAULT_LIST_STATE, health: 'Unknown', sync: 'Unknown' },
      { health: ['Healthy', 'Exploded'], sync: ['Synced', 'OutOfSync'] },
    );
    expect(both.label).toBe(
      'gitops.kubesphere.io/health-status notin (Exploded,Healthy),gitops.kubesphere.io/sync-status notin (OutOfSync,Synced)',
    );
    expect(listRequestParams({ ...DEFAULT_LIST_STATE, health: 'Unknown', sync: 'Synced' })).toMatchObject({ syncStatus: 'Synced' });
  });
});
