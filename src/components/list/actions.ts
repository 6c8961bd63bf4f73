import type { ItemResult, ListActionKind } from '../../model/list/bulk';

/** What the list's actions report to the page; the page runs them, these components show them. */
export type { ListActionKind } from '../../model/list/bulk';

/** One application's outcome (see `itemResults`). */
export type ActionOutcome = ItemResult;

export interface ActionReport {
  kind: ListActionKind;
  outcomes: ActionOutcome[];
}

export interface ActionProgress {
  kind: ListActionKind;
  settled: number;
  total: number;
}
