import * as React from 'react';

/** How long after the last scroll event the rows take the pointer again. */
export const SCROLL_SETTLE_MS = 150;

/** The attribute set on the shield while the page scrolls; the table's CSS reads it. */
export const SCROLLING_ATTRIBUTE = 'data-gitops-scrolling';

/**
 * Marks `ref`'s element, a transparent shield laid over the rows, while anything on the page
 * scrolls, until `SCROLL_SETTLE_MS` after the last scroll event; marked, it takes the pointer.
 * With the pointer over the rows, every scrolled frame otherwise moves the hover to another row
 * and link, which Chromium answers with hit tests, mouse events and a repaint of rows on the main
 * thread: about twice the main-thread work of the scroll itself at 100 rows. Only the shield's
 * own style changes (letting the rows ignore the pointer instead restyles every cell, which costs
 * more than it saves), and the attribute is set on it directly, not through React state, so
 * scrolling renders nothing.
 */
export function useScrollingMark(ref: React.RefObject<HTMLElement>): void {
  React.useEffect(() => {
    const element = ref.current;
    if (!element || typeof document === 'undefined') return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      timer = undefined;
      element.removeAttribute(SCROLLING_ATTRIBUTE);
    };
    const onScroll = () => {
      if (timer === undefined) element.setAttribute(SCROLLING_ATTRIBUTE, '');
      else clearTimeout(timer);
      timer = setTimeout(settle, SCROLL_SETTLE_MS);
    };
    // Scroll events do not bubble: the capture phase sees the page's and any scrolling container's.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      if (timer !== undefined) clearTimeout(timer);
      element.removeAttribute(SCROLLING_ATTRIBUTE);
    };
  }, [ref]);
}
