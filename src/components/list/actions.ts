/** What the list's actions report to the page; the page runs them, these components show them. */
export type ListActionKind = 'sync' | 'delete';

export interface ActionOutcome {
  name: string;
  ok: boolean;
  error?: unknown;
}

export interface ActionReport {
  kind: ListActionKind;
  outcomes: ActionOutcome[];
}

export interface ActionProgress {
  kind: ListActionKind;
  settled: number;
  total: number;
}
