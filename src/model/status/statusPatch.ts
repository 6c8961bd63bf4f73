/**
 * A refreshed Argo CD status told as a change of the previous one, so that it can be decoded
 * where the page does not wait (a worker) and sent back small: of 20,000 resources a refresh
 * usually changes a handful, and a structured copy of all of them would cost the page what the
 * decode itself did.
 *
 * Both sides hold the previous status decoded from the same text, so its lists have the same
 * items in the same places: the change names items by their place in the previous lists, and
 * sends only the items that are new.
 */
import type { ArgoStatus, ResourceResult, ResourceStatus } from '../application/types';
import type { ParseProblem } from './argoStatus';
import { shareResources } from '../tree/sharedResources';

/** One list of the new status: for each place, the place in the previous list (-1: the next of `fresh`). */
export interface ItemsChange<T> {
  from: Int32Array;
  fresh: T[];
}

export interface StatusChange {
  problems: ParseProblem[];
  /** The new status without its two long lists (`null` if nothing usable was found). */
  rest: ArgoStatus | null;
  /** Absent: the list is absent. `'same'`: the previous list as it is. */
  resources?: ItemsChange<ResourceStatus> | 'same';
  results?: ItemsChange<ResourceResult> | 'same';
}

function itemsChange<T extends object>(
  previous: readonly T[] | undefined,
  next: readonly T[] | undefined,
): ItemsChange<T> | 'same' | undefined {
  if (!next) return undefined;
  if (next === previous) return 'same';
  const place = new Map<T, number>();
  previous?.forEach((item, i) => place.set(item, i));
  const from = new Int32Array(next.length);
  const fresh: T[] = [];
  for (let i = 0; i < next.length; i++) {
    const j = place.get(next[i]);
    from[i] = j ?? -1;
    if (j === undefined) fresh.push(next[i]);
  }
  return { from, fresh };
}

function withoutLists(status: ArgoStatus): ArgoStatus {
  const { resources: _resources, ...rest } = status;
  const syncResult = status.operationState?.syncResult;
  if (!syncResult?.resources) return rest;
  const { resources: _results, ...result } = syncResult;
  return { ...rest, operationState: { ...status.operationState!, syncResult: result } };
}

/**
 * How `next` (freshly decoded) differs from `previous` (decoded from the text before), with the
 * resources of `previous` kept wherever they are equal (`shareResources`).
 */
export function statusChange(previous: ArgoStatus | null, next: ArgoStatus | null, problems: ParseProblem[]): StatusChange {
  if (!next) return { problems, rest: null };
  const shared = shareResources(previous, next)!;
  return {
    problems,
    rest: withoutLists(shared),
    resources: itemsChange(previous?.resources, shared.resources),
    results: itemsChange(previous?.operationState?.syncResult?.resources, shared.operationState?.syncResult?.resources),
  };
}

function applyItems<T>(previous: readonly T[] | undefined, change: ItemsChange<T> | 'same' | undefined): T[] | undefined {
  if (change === undefined) return undefined;
  if (change === 'same') return previous as T[];
  const out = new Array<T>(change.from.length);
  let k = 0;
  for (let i = 0; i < change.from.length; i++) {
    const j = change.from[i];
    out[i] = j >= 0 ? previous![j] : change.fresh[k++];
  }
  return out;
}

/** The new status, from the previous one (decoded from the same text as the other side's) and the change. */
export function applyStatusChange(previous: ArgoStatus | null, change: StatusChange): ArgoStatus | null {
  if (!change.rest) return null;
  const status: ArgoStatus = { ...change.rest };
  const resources = applyItems(previous?.resources, change.resources);
  if (resources) status.resources = resources;
  const results = applyItems(previous?.operationState?.syncResult?.resources, change.results);
  if (results) {
    const operationState = status.operationState!;
    status.operationState = { ...operationState, syncResult: { ...operationState.syncResult!, resources: results } };
  }
  return status;
}
