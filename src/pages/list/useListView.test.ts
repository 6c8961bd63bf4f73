import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_STATE } from '../../model/list/listQuery';
import { mergeListParams } from './useListView';

describe('mergeListParams', () => {
  it('writes the view and keeps parameters that belong to others', () => {
    const next = mergeListParams(new URLSearchParams('create=1&page=3&health=Degraded'), { ...DEFAULT_LIST_STATE, sync: 'OutOfSync' });
    expect(next.toString()).toBe('create=1&sync=OutOfSync');
  });
});
