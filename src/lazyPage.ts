import * as React from 'react';

/**
 * The entry must not share a module with the page chunks: Rollup would then split the entry into
 * a facade plus a chunk, costing every console page load one more request. So this boundary reads
 * the console's global `t` itself instead of importing `host/i18n`.
 */
function t(key: string): string {
  const hostT = typeof window === 'undefined' ? undefined : (window as unknown as { t?: (k: string) => string }).t;
  return typeof hostT === 'function' ? hostT(key) : key;
}

interface BoundaryState {
  failed: boolean;
}

/**
 * Shows a readable message instead of a blank page when a lazy chunk cannot be fetched
 * (an offline cluster, an upgrade that removed the old chunk while the tab stayed open).
 */
class ChunkErrorBoundary extends React.Component<{ children?: React.ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children ?? null;
    return React.createElement(
      'div',
      { role: 'alert', style: { padding: 24 } },
      React.createElement('h2', { style: { fontSize: 16, margin: '0 0 8px' } }, t('GITOPS_PAGE_LOAD_FAILED')),
      React.createElement('p', { style: { margin: '0 0 12px' } }, t('GITOPS_PAGE_LOAD_FAILED_DESC')),
      React.createElement('button', { type: 'button', onClick: () => window.location.reload() }, t('GITOPS_RELOAD')),
    );
  }
}

function Loading() {
  return React.createElement(
    'div',
    { role: 'status', 'aria-live': 'polite', style: { padding: 24, color: '#79879c' } },
    t('GITOPS_LOADING'),
  );
}

/** A route element whose code is fetched only when the route is first shown. */
export function lazyPage(load: () => Promise<{ default: React.ComponentType }>): React.ComponentType {
  const Page = React.lazy(load);
  return function LazyRoutePage() {
    return React.createElement(
      ChunkErrorBoundary,
      null,
      React.createElement(React.Suspense, { fallback: React.createElement(Loading) }, React.createElement(Page)),
    );
  };
}
