/**
 * KubeSphere v4 list semantics (`query.ParseQueryParameter` +
 * `v1alpha3.DefaultList`), shared by every list the emulator serves:
 * no `limit` means no paging; `page`/`limit` are parsed with Go's Atoi;
 * default order is newest first with ties broken by name; `name` matches a
 * substring of the name or of the `kubesphere.io/alias-name` annotation.
 */
import { selectorMatches } from '../core/selector';
import { isRecord, stringMap, type Loose } from '../core/util';

export interface ListQuery {
  limit: number;
  offset: number;
  sortBy: string;
  ascending: boolean;
  filters: Array<[string, string]>;
}

const RESERVED = new Set(['page', 'limit', 'sortBy', 'ascending']);

/** Go strconv.Atoi: optional sign and decimal digits only, within int64. */
export function goAtoi(s: string | null): number | undefined {
  if (s === null || !/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Go strconv.ParseBool. */
export function goParseBool(s: string | null): boolean | undefined {
  if (s === null) return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const limit = goAtoi(params.get('limit')) ?? -1;
  const page = goAtoi(params.get('page')) ?? 1;
  const filters: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (RESERVED.has(key) || seen.has(key)) continue;
    seen.add(key);
    filters.push([key, value]);
  }
  return {
    limit,
    offset: (page - 1) * limit,
    sortBy: params.get('sortBy') || 'creationTimestamp',
    ascending: goParseBool(params.get('ascending')) ?? false,
    filters,
  };
}

/** Pagination.GetValidPagination. */
export function pageBounds(q: Pick<ListQuery, 'limit' | 'offset'>, total: number): [number, number] {
  if (q.limit === -1) return [0, total];
  if (q.limit < 0 || q.offset < 0 || q.offset > total) return [0, 0];
  return [q.offset, Math.min(q.offset + q.limit, total)];
}

export interface Listable {
  name: string;
  createdMs: number;
  obj: Record<string, Loose>;
}

/** A string value as `stringMap(map)[key]` reads it, without copying the map. */
export function stringAt(map: unknown, key: string): string | undefined {
  if (!isRecord(map) || !Object.prototype.hasOwnProperty.call(map, key)) return undefined;
  const value = map[key];
  return typeof value === 'string' ? value : undefined;
}

/** DefaultObjectMetaFilter; unknown fields (e.g. syncStatus) do not filter. */
export function metaFilter(item: Listable, field: string, value: string): boolean {
  const meta = item.obj.metadata ?? {};
  switch (field) {
    case 'names':
      return value.split(',').includes(item.name);
    case 'name': {
      // A lookup rather than `stringMap`, which copies the annotations: a search reads every item.
      const alias = stringAt(meta.annotations, 'kubesphere.io/alias-name');
      if (alias && alias.includes(value)) return true;
      return item.name.includes(value);
    }
    case 'uid':
      return meta.uid === value;
    case 'namespace':
      return meta.namespace === value;
    case 'ownerReference':
      return Array.isArray(meta.ownerReferences) && meta.ownerReferences.some((r: Loose) => r?.uid === value);
    case 'ownerKind':
      return Array.isArray(meta.ownerReferences) && meta.ownerReferences.some((r: Loose) => r?.kind === value);
    case 'annotation':
      return selectorMatches(value, stringMap(meta.annotations));
    case 'label':
      return selectorMatches(value, stringMap(meta.labels));
    default:
      return true;
  }
}

/** The ascending order of `defaultList`: creation time then name, or name alone; names are unique in a namespace. */
export function compareAsc(a: Listable, b: Listable, sortBy: string): number {
  if (sortBy !== 'name' && a.createdMs !== b.createdMs) return a.createdMs - b.createdMs;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Filters, sorts and pages without copying the objects. */
export function defaultList<T extends Listable>(items: T[], q: ListQuery): { items: T[]; totalItems: number } {
  const filtered = q.filters.length === 0 ? items.slice() : items.filter((it) => q.filters.every(([f, v]) => metaFilter(it, f, v)));
  const sign = q.ascending ? 1 : -1;
  filtered.sort((a, b) => sign * compareAsc(a, b, q.sortBy));
  const [start, end] = pageBounds(q, filtered.length);
  return { items: filtered.slice(start, end), totalItems: filtered.length };
}
