import { t } from '../../host';

export type RelativeUnit = 'now' | 'seconds' | 'minutes' | 'hours' | 'days';

export interface RelativeTime {
  unit: RelativeUnit;
  count: number;
}

/**
 * How long ago `thenMs` was, in the largest whole unit. A time in the future (a clock that runs
 * ahead of the server's) counts as now rather than as a negative age.
 */
export function relativeTime(thenMs: number, nowMs: number): RelativeTime {
  const seconds = Math.max(0, Math.floor((nowMs - thenMs) / 1000));
  if (seconds < 5) return { unit: 'now', count: 0 };
  if (seconds < 60) return { unit: 'seconds', count: seconds };
  if (seconds < 3600) return { unit: 'minutes', count: Math.floor(seconds / 60) };
  if (seconds < 86_400) return { unit: 'hours', count: Math.floor(seconds / 3600) };
  return { unit: 'days', count: Math.floor(seconds / 86_400) };
}

const KEYS: Record<RelativeUnit, string> = {
  now: 'GITOPS_LIST_TIME_JUST_NOW',
  seconds: 'GITOPS_LIST_TIME_SECONDS_AGO',
  minutes: 'GITOPS_LIST_TIME_MINUTES_AGO',
  hours: 'GITOPS_LIST_TIME_HOURS_AGO',
  days: 'GITOPS_LIST_TIME_DAYS_AGO',
};

export function relativeText(thenMs: number, nowMs: number): string {
  const { unit, count } = relativeTime(thenMs, nowMs);
  return t(KEYS[unit], { count });
}

/** A server timestamp as relative text plus the absolute local time, or `null` if it is not a time. */
export function describeTime(iso: string | undefined, nowMs: number): { text: string; absolute: string } | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return { text: relativeText(ms, nowMs), absolute: new Date(ms).toLocaleString() };
}
