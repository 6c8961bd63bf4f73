/**
 * The one place dates, times and lists become text. Everything goes through `Intl` with the
 * console's language (`consoleLocale()`), not the browser's: a Chinese console shows
 * "2026年12月1日 23:03:08" and "3分钟前" even in an English browser. The time zone stays the
 * browser's, where the user is.
 */
import { consoleLocale } from '../../host';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

// Formatters are costly to build and the list renders one time per row: one per locale is kept.
function cached<F>(cache: Map<string, F>, locale: string, make: () => F): F {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = make();
    cache.set(locale, formatter);
  }
  return formatter;
}

/** Epoch milliseconds of a timestamp (RFC 3339 text or milliseconds), or `null` when it is absent or not a date. */
export function toMillis(value: string | number | undefined | null): number | null {
  if (value === undefined || value === null || value === '') return null;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Date and time, with the month as a word rather than a number, so neither language can read
 * 12/1 as 12 January: "Dec 1, 2026, 11:03:08 PM", "2026年12月1日 23:03:08".
 */
export function formatDateTime(value: string | number | undefined | null, locale = consoleLocale()): string | null {
  const ms = toMillis(value);
  if (ms === null) return null;
  const format = cached(dateTimeFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }));
  return format.format(ms);
}

/** The time of day only, for "data received at …" within the current visit. */
export function formatClock(value: string | number | undefined | null, locale = consoleLocale()): string | null {
  const ms = toMillis(value);
  if (ms === null) return null;
  return cached(clockFormats, locale, () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' })).format(ms);
}

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

const INTL_UNIT: Record<Exclude<RelativeUnit, 'now'>, Intl.RelativeTimeFormatUnit> = {
  seconds: 'second',
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
};

/**
 * "3 minutes ago", "3分钟前", "yesterday", "昨天"; `null` for the first seconds, which the caller
 * words itself ("just now"), because `Intl` only offers "now", which reads as a clock.
 */
export function formatAgo(thenMs: number, nowMs: number, locale = consoleLocale()): string | null {
  const { unit, count } = relativeTime(thenMs, nowMs);
  if (unit === 'now') return null;
  const format = cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  return format.format(-count, INTL_UNIT[unit]);
}

/** Items run together as the language does: "Prune, Dry run, Force", "清理资源、试运行、强制". */
export function formatList(items: readonly string[], locale = consoleLocale()): string {
  return cached(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })).format(items);
}
