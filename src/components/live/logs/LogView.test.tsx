// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LogBuffer } from '../../../model/logs';
import { installTestTranslations } from '../../../testing/i18n';
import { LogView, WRAP_LIMIT, wrapWindow } from './LogView';

beforeEach(() => installTestTranslations('en'));
afterEach(cleanup);

/** ~10 MB of log: the buffer keeps its cap, 50,000 lines. */
function bigLog() {
  const buffer = new LogBuffer();
  const line = `2024-05-01T10:00:00.123456789Z INFO request handled path=/api/v1/things status=200 ${'x'.repeat(20)}\n`;
  const chunk = line.repeat(1_000);
  for (let size = 0; size < 10 * 1024 * 1024; size += chunk.length) buffer.append(chunk);
  return buffer.snapshot();
}

describe('LogView', () => {
  it('renders only the rows on screen of 10 MB of log', () => {
    const lines = bigLog();
    render(<LogView lines={lines} showTimestamps wrap={false} query="things" currentLine={null} follow height={480} />);
    const rows = document.querySelectorAll('.gitops-logs-line');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    // Following: the newest line is among them.
    expect(rows[rows.length - 1].getAttribute('data-line')).toBe(String(lines.first + lines.length - 1));
  });

  it('with wrapping, renders a bounded window and says which lines it shows', () => {
    const lines = bigLog();
    render(<LogView lines={lines} showTimestamps={false} wrap query="" currentLine={null} follow={false} />);
    expect(document.querySelectorAll('.gitops-logs-line')).toHaveLength(WRAP_LIMIT);
    expect(screen.getByText(new RegExp(`lines ${50_000 - WRAP_LIMIT + 1} to 50000 of 50000 are shown`))).toBeTruthy();
    expect(wrapWindow(10_000, 100)).toEqual({ start: 0, end: WRAP_LIMIT });
    expect(wrapWindow(10_000, 5_000)).toEqual({ start: 5_000 - WRAP_LIMIT / 2, end: 5_000 + WRAP_LIMIT / 2 });
    expect(wrapWindow(10, -1)).toEqual({ start: 0, end: 10 });
  });

  it('cuts a very long line on screen', () => {
    const buffer = new LogBuffer();
    buffer.append(`${'y'.repeat(25_000)}\n`);
    render(<LogView lines={buffer.snapshot()} showTimestamps wrap={false} query="" currentLine={null} follow={false} />);
    expect(screen.getByText(/15000 more characters/)).toBeTruthy();
  });
});
