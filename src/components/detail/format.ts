/**
 * Small formatters for the detail page. Dates are shown in the console's language and the
 * browser's time zone (see common/localeFormat); the raw RFC 3339 value goes into `<time dateTime>`.
 */
import { sourceTypeLabelKey } from '../../model';
import { t } from '../../host';
import { formatDateTime } from '../common/localeFormat';

/** The first 7 characters of a commit id; other revisions (branches, tags, chart versions) as they are. */
export function shortRevision(revision: string | undefined): string {
  if (!revision) return '';
  return /^[0-9a-f]{40,64}$/i.test(revision) ? revision.slice(0, 7) : revision;
}

/** A timestamp for display in the console's language (or `locale`), or `null` when it is absent or not a date. */
export function formatTime(iso: string | undefined, locale?: string): string | null {
  return formatDateTime(iso, locale);
}

export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/** Milliseconds between two timestamps split into h/m/s, or `null` if either is missing or the order is wrong. */
export function durationBetween(start: string | undefined, end: string | number | undefined): DurationParts | null {
  if (!start || end === undefined) return null;
  const from = Date.parse(start);
  const to = typeof end === 'number' ? end : Date.parse(end);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return null;
  const total = Math.floor((to - from) / 1000);
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/** The i18n key and params for a duration: `1h 2m 3s`, `2m 3s` or `3s` in the user's language. */
export function durationKey(parts: DurationParts): { key: string; params: Record<string, number> } {
  if (parts.hours > 0) return { key: 'GITOPS_DURATION_HMS', params: { ...parts } };
  if (parts.minutes > 0) return { key: 'GITOPS_DURATION_MS', params: { minutes: parts.minutes, seconds: parts.seconds } };
  return { key: 'GITOPS_DURATION_S', params: { seconds: parts.seconds } };
}

/** A source type as shown: `Directory` and `Plugin` translated, tool names (Helm, Kustomize) as they are. */
export function sourceTypeWord(type: string): string {
  const key = sourceTypeLabelKey(type);
  return key ? t(key) : type;
}
