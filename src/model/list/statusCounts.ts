/**
 * The status chips above the list: how many applications have each health and sync status, and
 * the server filter that lists exactly the applications a chip counts.
 *
 * The summary endpoint (ks-devops `argocd/handler.go` L61-93) counts the values of the status
 * labels `gitops.kubesphere.io/health-status` and `sync-status`, skipping applications without
 * them, while its `total` counts every application. An application the controller has not
 * labelled yet (no `argocd-location`, a name too long for Argo CD, a status not reported yet)
 * is therefore in no chip, although the table shows it as Unknown. Here the difference is
 * counted as Unknown, so each group of chips adds up to the total.
 *
 * The list endpoint's `healthStatus=Unknown` matches the label value only and can never select an
 * application without the label. The Unknown chip filters with the generic `label` parameter
 * instead: KubeSphere 4 parses it as a Kubernetes label selector (kubesphere
 * `pkg/models/resources/v1alpha3/interface.go` `labelMatch` → apimachinery `labels.Parse`), and
 * `key notin (a,b)` also matches objects without the key. Listing every other code the chips
 * show keeps out exactly the applications counted elsewhere, so the server filters, pages and
 * totals the Unknown chip's applications itself: the pager stays honest at any list size.
 */
import {
  type ApplicationsSummary,
  KNOWN_HEALTH_STATUSES,
  KNOWN_SYNC_STATUSES,
  LABEL_HEALTH_STATUS,
  LABEL_SYNC_STATUS,
} from '../application/types';

export const UNKNOWN_STATUS = 'Unknown';

export type StatusGroup = 'health' | 'sync';

export const STATUS_LABEL: Readonly<Record<StatusGroup, string>> = { health: LABEL_HEALTH_STATUS, sync: LABEL_SYNC_STATUS };

const KNOWN: Readonly<Record<StatusGroup, readonly string[]>> = { health: KNOWN_HEALTH_STATUSES, sync: KNOWN_SYNC_STATUSES };

/** What a Kubernetes label value may be; anything else cannot go into a selector. */
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/** The count per chip: `Unknown` holds labelled-Unknown plus unlabelled applications. */
export interface StatusCounts {
  total: number;
  health: Record<string, number>;
  sync: Record<string, number>;
}

/**
 * The codes that have a chip of their own (every code but Unknown): the known ones, whether or
 * not an application has them now, and any other code the summary reports.
 */
export function ownChipCodes(group: StatusGroup, counts?: Record<string, number>): string[] {
  const codes = new Set<string>(KNOWN[group]);
  for (const code of Object.keys(counts ?? {})) if (LABEL_VALUE.test(code)) codes.add(code);
  codes.delete(UNKNOWN_STATUS);
  return [...codes];
}

function groupCounts(group: StatusGroup, total: number, counts: Record<string, number> | undefined): Record<string, number> {
  const result: Record<string, number> = {};
  let counted = 0;
  for (const code of ownChipCodes(group, counts)) {
    const n = Math.max(0, counts?.[code] ?? 0);
    if (n > 0) result[code] = n;
    counted += n;
  }
  // Whatever is not in a chip of its own is Unknown: labelled Unknown, unlabelled, or a label
  // value that cannot be a chip. Never negative, even from an inconsistent answer.
  const unknown = Math.max(0, total - counted);
  if (unknown > 0) result[UNKNOWN_STATUS] = unknown;
  return result;
}

/** The chips' counts from the summary; each group adds up to `total`. */
export function statusCounts(summary: ApplicationsSummary): StatusCounts {
  const total = Math.max(0, summary.total ?? 0);
  return {
    total,
    health: groupCounts('health', total, summary.healthStatus),
    sync: groupCounts('sync', total, summary.syncStatus),
  };
}

/** The label selector requirement that lists what the Unknown chip of `group` counts ('' = all). */
export function unknownRequirement(group: StatusGroup, ownCodes: readonly string[]): string {
  const codes = [...ownCodes].filter((code) => code !== UNKNOWN_STATUS && LABEL_VALUE.test(code)).sort();
  // Without other codes every application is Unknown: no requirement (`notin ()` does not parse).
  if (codes.length === 0) return '';
  return `${STATUS_LABEL[group]} notin (${codes.join(',')})`;
}

/**
 * Whether an application whose status label has `value` (`undefined` or empty: no label) is
 * counted by the chip `code`, given the codes with a chip of their own; the server filter's rule.
 */
export function chipMatches(code: string, value: string | undefined, ownCodes: readonly string[]): boolean {
  if (code === UNKNOWN_STATUS) return !value || !ownCodes.includes(value);
  return value === code;
}
