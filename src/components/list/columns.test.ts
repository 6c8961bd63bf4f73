import { describe, expect, it } from 'vitest';
import list from '../../locales/list';
import { APP_COLUMNS, visibleColumns } from './columns';

describe('the list columns', () => {
  it('have unique ids and a name in the list locales', () => {
    const ids = APP_COLUMNS.map((column) => column.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const column of APP_COLUMNS) {
      expect(list.en, column.id).toHaveProperty(column.header);
      expect(list.zh, column.id).toHaveProperty(column.header);
    }
  });

  it('show the selection column only when rows can be selected', () => {
    const ids = (selectable: boolean) => visibleColumns(APP_COLUMNS, { selectable }).map((column) => column.id);
    expect(ids(true)).toEqual(['select', 'name', 'health', 'sync', 'source', 'destination', 'reconciled', 'actions']);
    expect(ids(false)).toEqual(['name', 'health', 'sync', 'source', 'destination', 'reconciled', 'actions']);
  });

  it('leave some columns without a width, to share what the fixed ones leave', () => {
    expect(APP_COLUMNS.filter((column) => !column.width).map((column) => column.id)).toEqual(['name', 'source']);
  });
});
