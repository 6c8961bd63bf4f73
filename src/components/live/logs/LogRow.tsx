import * as React from 'react';
import { highlightSegments, timestampLength } from '../../../model/logs';
import { t } from '../../../host';

/** Longer lines are cut on screen (a megabyte-long line would stall layout); the download keeps them whole. */
export const MAX_SHOWN_CHARS = 10_000;

export interface LogRowProps {
  line: string;
  /** Absolute line number, for finding the row of a match. */
  number: number;
  showTimestamps: boolean;
  query: string;
  current: boolean;
  style?: React.CSSProperties;
}

/** One log line as text: the timestamp muted, matches marked. Never HTML: the log is untrusted. */
export const LogRow = React.memo(function LogRow({ line, number, showTimestamps, query, current, style }: LogRowProps) {
  const prefix = timestampLength(line);
  const full = showTimestamps ? line : line.slice(prefix);
  const cut = full.length > MAX_SHOWN_CHARS ? full.length - MAX_SHOWN_CHARS : 0;
  const shown = cut ? full.slice(0, MAX_SHOWN_CHARS) : full;
  const segments = highlightSegments(shown, showTimestamps ? prefix : 0, query);
  return (
    <div style={style} data-line={number} data-current={current || undefined} className="gitops-logs-line">
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className={s.timestamp ? 'gitops-logs-ts' : undefined}>
            {s.text}
          </mark>
        ) : (
          <span key={i} className={s.timestamp ? 'gitops-logs-ts' : undefined}>
            {s.text}
          </span>
        ),
      )}
      {/* A line of only a newline keeps its height. */}
      {shown.length === 0 ? ' ' : null}
      {cut ? <span className="gitops-logs-cut"> {t('GITOPS_LOGS_LINE_CUT', { count: cut })}</span> : null}
    </div>
  );
});
