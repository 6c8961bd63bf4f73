import * as React from 'react';
import { Button } from '@kubed/components';
import type { LogLines } from '../../../model/logs';
import { t } from '../../../host';
import { rowWindow, scrollToReveal } from '../../tree/virtualWindow';
import { LogRow } from './LogRow';
import { Frame, Hint, ROW_HEIGHT, Viewport } from './styles';

/**
 * With wrapping on, rows have different heights, so this view does not virtualise them: it
 * renders at most this many lines (the newest, or those around the current match) and says so.
 * Without wrapping every row is ROW_HEIGHT tall and only the rows on screen are in the DOM, so
 * the full buffer (50,000 lines, ~10 MB) scrolls with a few dozen rows rendered.
 */
export const WRAP_LIMIT = 500;

export interface LogViewProps {
  lines: LogLines;
  showTimestamps: boolean;
  wrap: boolean;
  query: string;
  /** Absolute number of the current match, brought into view when it changes. */
  currentLine: number | null;
  /** Keep the newest line in view while the user has not scrolled away from it. */
  follow: boolean;
  height?: number;
}

/** The part of the lines to render with wrapping on: around the current match, else the newest. */
export function wrapWindow(count: number, currentIndex: number): { start: number; end: number } {
  if (count <= WRAP_LIMIT) return { start: 0, end: count };
  if (currentIndex < 0) return { start: count - WRAP_LIMIT, end: count };
  const start = Math.max(0, Math.min(count - WRAP_LIMIT, currentIndex - WRAP_LIMIT / 2));
  return { start, end: start + WRAP_LIMIT };
}

export function LogView({ lines, showTimestamps, wrap, query, currentLine, follow, height = 480 }: LogViewProps) {
  const ref = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  // At the end: new lines scroll into view. Scrolling up lets go; "Jump to latest" takes hold again.
  const [pinned, setPinned] = React.useState(true);
  const count = lines.length;
  const currentIndex = currentLine === null ? -1 : currentLine - lines.first;

  React.useEffect(() => {
    if (follow) setPinned(true);
  }, [follow]);

  const atEnd = follow && pinned;
  const bottom = Math.max(0, count * ROW_HEIGHT - height);
  const range = wrap
    ? wrapWindow(count, currentIndex)
    : rowWindow({ scrollTop: atEnd ? bottom : scrollTop, viewportHeight: height, rowHeight: ROW_HEIGHT, count });

  React.useLayoutEffect(() => {
    const el = ref.current;
    if (el && atEnd) el.scrollTop = el.scrollHeight;
  }, [atEnd, lines, wrap]);

  // A new current match: bring it into view, and stop following the end so it stays there.
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el || currentLine === null || currentIndex < 0 || currentIndex >= count) return;
    setPinned(false);
    if (wrap) {
      el.querySelector<HTMLElement>(`[data-line="${currentLine}"]`)?.scrollIntoView?.({ block: 'center' });
    } else {
      const next = scrollToReveal(currentIndex, el.scrollTop, height, ROW_HEIGHT);
      el.scrollTop = next;
      setScrollTop(next);
    }
    // Only when the match changes: following lines must not pull the view back to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentLine, wrap]);

  const onScroll = (event: React.UIEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    setScrollTop(el.scrollTop);
    setPinned(el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_HEIGHT);
  };

  const rows: React.ReactNode[] = [];
  for (let i = range.start; i < range.end; i++) {
    const number = lines.first + i;
    rows.push(
      <LogRow
        key={number}
        line={lines.line(i)}
        number={number}
        showTimestamps={showTimestamps}
        query={query}
        current={number === currentLine}
        style={wrap ? undefined : { position: 'absolute', top: i * ROW_HEIGHT, left: 0, minWidth: '100%', height: ROW_HEIGHT }}
      />,
    );
  }

  return (
    <>
      {wrap && count > WRAP_LIMIT ? (
        <Hint className="gitops-logs-wrap-window">
          {t('GITOPS_LOGS_WRAP_WINDOW', { from: range.start + 1, to: range.end, total: count })}
        </Hint>
      ) : null}
      <Frame>
        {/* Focusable so the keyboard can scroll it; not role="log", which would read every new line aloud. */}
        <Viewport
          ref={ref}
          role="region"
          aria-label={t('GITOPS_LOGS_VIEW')}
          tabIndex={0}
          style={{ height }}
          onScroll={onScroll}
          className={wrap ? 'gitops-logs-view gitops-logs-wrapped' : 'gitops-logs-view'}
        >
          {wrap ? rows : <div style={{ position: 'relative', height: count * ROW_HEIGHT, minWidth: '100%' }}>{rows}</div>}
        </Viewport>
        {follow && !pinned ? (
          <Button className="gitops-logs-jump" size="sm" onClick={() => setPinned(true)}>
            {t('GITOPS_LOGS_JUMP_LATEST')}
          </Button>
        ) : null}
      </Frame>
    </>
  );
}
