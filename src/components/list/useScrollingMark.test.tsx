// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { SCROLL_SETTLE_MS, SCROLLING_ATTRIBUTE, useScrollingMark } from './useScrollingMark';

function Shield() {
  const ref = React.useRef<HTMLDivElement>(null);
  useScrollingMark(ref);
  return (
    <div style={{ overflow: 'auto' }} data-testid="scroller">
      <div ref={ref} data-testid="shield" />
    </div>
  );
}

describe('useScrollingMark: the rows ignore the pointer only while the page scrolls', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('marks the shield from the first scroll event until the scrolling has settled', () => {
    const { getByTestId } = render(<Shield />);
    const shield = getByTestId('shield');
    expect(shield.hasAttribute(SCROLLING_ATTRIBUTE)).toBe(false);
    // The page scrolling: browsers fire it at the document.
    fireEvent.scroll(document);
    expect(shield.hasAttribute(SCROLLING_ATTRIBUTE)).toBe(true);
    // Each scroll event keeps it: a wheel sends one every frame or so.
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(SCROLL_SETTLE_MS - 10);
      fireEvent.scroll(document);
      expect(shield.hasAttribute(SCROLLING_ATTRIBUTE)).toBe(true);
    }
    vi.advanceTimersByTime(SCROLL_SETTLE_MS);
    expect(shield.hasAttribute(SCROLLING_ATTRIBUTE)).toBe(false);
  });

  it('sees a scrolling container as well as the page, and lets go when unmounted', () => {
    const { getByTestId, unmount } = render(<Shield />);
    const shield = getByTestId('shield');
    fireEvent.scroll(getByTestId('scroller'));
    expect(shield.hasAttribute(SCROLLING_ATTRIBUTE)).toBe(true);
    unmount();
    expect(shield.hasAttribute(SCROLLING_ATTRIBUTE)).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
