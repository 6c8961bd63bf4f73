import type { DiagnosticParam } from '../../model';
import { formatDateTime, formatList } from '../common/localeFormat';

/**
 * A diagnostic's params as the console's language writes them: a list joined ("a, b", "a、b"), a
 * time as a date ("Dec 1, 2026, 11:03:08 PM", "2026年12月1日 23:03:08"; one that is not a date as
 * it came), text and numbers as they are.
 */
export function paramsText(params: Readonly<Record<string, DiagnosticParam>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = value;
    else if (isList(value)) out[name] = formatList(value);
    else out[name] = formatDateTime(value.time) ?? value.time;
  }
  return out;
}

const isList = (value: DiagnosticParam): value is readonly string[] => Array.isArray(value);
