/**
 * What an edit changes, for the review step: the summary rows whose value differs between the
 * saved application and the draft, and the changed places that no row shows in full.
 */
import type { Application } from '../application/types';
import { jsonEqual, type MergePath } from './draftMerge';
import type { SummaryRow, SummarySection, SummaryValue } from './reviewSummary';
import { isObject } from './wizardForm';

export interface SummaryChange {
  id: string;
  label: string;
  rawLabel?: boolean;
  /** Absent when the row did not exist on that side (a source type's options, say). */
  before?: SummaryValue;
  after?: SummaryValue;
}

export interface ReviewChanges {
  rows: SummaryChange[];
  /** Changed places no row shows in full, as dotted paths: the request body has them. */
  other: string[];
}

/** Every place where `a` and `b` differ; an object present on one side only is walked down to its values. */
export function changedPaths(a: unknown, b: unknown, path: MergePath = [], out: MergePath[] = []): MergePath[] {
  const aObj = isObject(a);
  const bObj = isObject(b);
  if ((aObj || a === undefined) && (bObj || b === undefined) && (aObj || bObj)) {
    const left = (aObj ? a : {}) as Record<string, unknown>;
    const right = (bObj ? b : {}) as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    if (keys.size === 0 && aObj !== bObj) out.push(path);
    for (const key of keys) changedPaths(left[key], right[key], [...path, key], out);
  } else if (!jsonEqual(a, b)) out.push(path);
  return out;
}

const startsWith = (path: MergePath, prefix: MergePath) =>
  prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]));

function rowsById(sections: SummarySection[]): Map<string, SummaryRow> {
  return new Map(sections.flatMap((s) => s.rows).map((r) => [r.id, r]));
}

/** The rows of `before` and `after` that differ, by row id, and the places of the bodies no row covers. */
export function reviewChanges(before: SummarySection[], after: SummarySection[], savedBody: Application, body: Application): ReviewChanges {
  const old = rowsById(before);
  const now = rowsById(after);
  const ids = [...now.keys(), ...[...old.keys()].filter((id) => !now.has(id))];
  const rows: SummaryChange[] = [];
  for (const id of ids) {
    const o = old.get(id);
    const n = now.get(id);
    if (o && n && jsonEqual(o.value, n.value)) continue;
    const shown = (n ?? o) as SummaryRow;
    rows.push({ id, label: shown.label, ...(shown.rawLabel ? { rawLabel: true } : {}), before: o?.value, after: n?.value });
  }
  const covered = [...old.values(), ...now.values()].flatMap((r) => r.covers ?? []);
  const other = changedPaths(savedBody, body)
    .filter((p) => !covered.some((c) => startsWith(p, c)))
    .map((p) => p.join('.'));
  return { rows, other };
}
