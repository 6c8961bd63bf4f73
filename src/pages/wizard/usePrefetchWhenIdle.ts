import * as React from 'react';

/** Long enough for the wizard's own first render and requests to go first. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Runs `prefetch` once, when the browser is next idle after the page mounted (or after
 * `IDLE_TIMEOUT_MS` at the latest): the wizard fetches the YAML editor's chunks while the user
 * reads the form, so the YAML view opens without waiting for the network. Never in the entry,
 * which every console page loads. A browser without `requestIdleCallback` (Safari) prefetches
 * when the pointer or focus reaches the YAML switch instead, as before: a timer could land in the
 * middle of the user's first clicks.
 */
export function usePrefetchWhenIdle(prefetch: () => void): void {
  const run = React.useRef(prefetch);
  run.current = prefetch;
  React.useEffect(() => {
    const w = window as Window & {
      requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
      cancelIdleCallback?: (id: number) => void;
    };
    if (!w.requestIdleCallback) return undefined;
    const id = w.requestIdleCallback(() => run.current(), { timeout: IDLE_TIMEOUT_MS });
    return () => w.cancelIdleCallback?.(id);
  }, []);
}
