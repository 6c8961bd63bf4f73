/**
 * The application list's view state as it lives in the URL (so a link opens the same view) and
 * as the server's list parameters. Everything filtered, sorted and paged is done by the server.
 */
import { ownChipCodes, UNKNOWN_STATUS, unknownRequirement } from './statusCounts';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type SortField = 'createTime' | 'name';

export interface ListState {
  /** Substring of the name or the alias. */
  name: string;
  health: string;
  sync: string;
  sortBy: SortField;
  ascending: boolean;
  /** 1-based. */
  page: number;
  limit: PageSize;
}

export const DEFAULT_LIST_STATE: Readonly<ListState> = {
  name: '',
  health: '',
  sync: '',
  sortBy: 'createTime',
  ascending: false,
  page: 1,
  limit: 10,
};

const STATUS_CODE = /^[A-Za-z]{1,32}$/;

function positiveInt(text: string | null, fallback: number): number {
  if (text === null || !/^\d{1,6}$/.test(text)) return fallback;
  const n = Number(text);
  return n >= 1 ? n : fallback;
}

/** Reads the view from URL parameters; anything malformed falls back to its default. */
export function parseListState(params: URLSearchParams): ListState {
  const limit = Number(params.get('limit'));
  const sortBy = params.get('sortBy');
  const health = params.get('health') ?? '';
  const sync = params.get('sync') ?? '';
  return {
    name: (params.get('name') ?? '').slice(0, 253),
    health: STATUS_CODE.test(health) ? health : '',
    sync: STATUS_CODE.test(sync) ? sync : '',
    sortBy: sortBy === 'name' ? 'name' : 'createTime',
    ascending: params.get('ascending') === 'true',
    page: positiveInt(params.get('page'), 1),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? (limit as PageSize) : DEFAULT_LIST_STATE.limit,
  };
}

/** The URL parameters of a view, leaving defaults out so links stay short. */
export function serializeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.name) params.set('name', state.name);
  if (state.health) params.set('health', state.health);
  if (state.sync) params.set('sync', state.sync);
  if (state.sortBy !== DEFAULT_LIST_STATE.sortBy) params.set('sortBy', state.sortBy);
  if (state.ascending) params.set('ascending', 'true');
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.limit !== DEFAULT_LIST_STATE.limit) params.set('limit', String(state.limit));
  return params;
}

/**
 * Changes part of the view. Changing what is shown (search, filters, sort, page size) returns to
 * the first page, since the old page number means nothing in the new result.
 */
export function updateListState(state: ListState, change: Partial<ListState>): ListState {
  const next = { ...state, ...change };
  const resetsPage = (['name', 'health', 'sync', 'sortBy', 'ascending', 'limit'] as const).some(
    (key) => key in change && change[key] !== state[key],
  );
  if (resetsPage && !('page' in change)) next.page = 1;
  return next;
}

/** The codes that have a status chip of their own, per group (see `statusCounts.ts`). */
export interface ChipCodes {
  health: readonly string[];
  sync: readonly string[];
}

/** The chips when no summary has been read: the codes this console knows. */
export const DEFAULT_CHIP_CODES: Readonly<ChipCodes> = { health: ownChipCodes('health'), sync: ownChipCodes('sync') };

/**
 * The query parameters of `GET .../applications` for a view. A status filter is the label value,
 * except Unknown: that chip also counts applications without the label, which only a `label`
 * selector can list (see `statusCounts.ts`); `chipCodes` are the codes it must leave out.
 */
export function listRequestParams(state: ListState, chipCodes: ChipCodes = DEFAULT_CHIP_CODES) {
  const unknownHealth = state.health === UNKNOWN_STATUS;
  const unknownSync = state.sync === UNKNOWN_STATUS;
  const label = [
    unknownHealth ? unknownRequirement('health', chipCodes.health) : '',
    unknownSync ? unknownRequirement('sync', chipCodes.sync) : '',
  ]
    .filter(Boolean)
    .join(',');
  return {
    page: state.page,
    limit: state.limit,
    name: state.name || undefined,
    sortBy: state.sortBy,
    ascending: state.ascending || undefined,
    healthStatus: (!unknownHealth && state.health) || undefined,
    syncStatus: (!unknownSync && state.sync) || undefined,
    label: label || undefined,
  };
}

export function pageCount(totalItems: number, limit: number): number {
  return Math.max(1, Math.ceil(totalItems / limit));
}
