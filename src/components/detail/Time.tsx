import * as React from 'react';
import { t } from '../../host';
import { durationBetween, durationKey, formatTime } from './format';

/** A timestamp in the console's language, with the exact value for machines; a dash when unknown. */
export function Time({ value }: { value: string | undefined }) {
  const text = formatTime(value);
  if (!text || !value) return <span>{t('GITOPS_NONE')}</span>;
  return <time dateTime={value}>{text}</time>;
}

/** How long from `start` to `end` (a timestamp or epoch milliseconds); a dash when unknown. */
export function Duration({ start, end }: { start: string | undefined; end: string | number | undefined }) {
  const parts = durationBetween(start, end);
  if (!parts) return <span>{t('GITOPS_NONE')}</span>;
  const { key, params } = durationKey(parts);
  return <span>{t(key, params)}</span>;
}
