import type { ResourceFilter } from '../../model';

/** The filter controls' values; an empty string means "any". */
export interface TreeFilterState {
  name: string;
  kind: string;
  health: string;
  sync: string;
}

export const NO_FILTER: TreeFilterState = { name: '', kind: '', health: '', sync: '' };

export function isFilterActive(f: TreeFilterState): boolean {
  return f.name.trim() !== '' || f.kind !== '' || f.health !== '' || f.sync !== '';
}

/** The model's filter for these control values. */
export function toResourceFilter(f: TreeFilterState): ResourceFilter {
  const filter: ResourceFilter = {};
  if (f.name.trim()) filter.name = f.name.trim();
  if (f.kind) filter.kinds = [f.kind];
  if (f.health) filter.health = [f.health];
  if (f.sync) filter.sync = [f.sync];
  return filter;
}

/** Filters that match few resources open every group, so the matches are visible at once. */
export const AUTO_EXPAND_LIMIT = 200;
