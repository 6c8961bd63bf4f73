import { t } from '../../host';
import { formatAgo, formatDateTime } from '../common/localeFormat';

export { relativeTime, type RelativeTime, type RelativeUnit } from '../common/localeFormat';

/** "3 minutes ago" in the console's language; the first seconds are "just now". */
export function relativeText(thenMs: number, nowMs: number): string {
  return formatAgo(thenMs, nowMs) ?? t('GITOPS_LIST_TIME_JUST_NOW');
}

/** A server timestamp as relative text plus the absolute local time, or `null` if it is not a time. */
export function describeTime(iso: string | undefined, nowMs: number): { text: string; absolute: string } | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return { text: relativeText(ms, nowMs), absolute: formatDateTime(ms) ?? iso };
}
