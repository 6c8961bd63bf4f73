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

/** A page chunk (or one it imports) could not be downloaded: the file server, not the page, failed. */
export class ChunkLoadError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ChunkLoadError';
  }
}

type Loader = () => Promise<{ default: React.ComponentType }>;

/**
 * SystemJS keeps a failed load in its registry, so importing the same URL again fails again. The
 * build (build/entryImports.ts) appends `import.meta.gitopsRetry` to every chunk URL the entry
 * imports; a retry sets it, so the chunk is asked for under a new module id. `import.meta` is
 * the entry module's own object in SystemJS, not a global of the console page.
 */
let attempts = 0;
const meta = import.meta as ImportMeta & { gitopsRetry?: string };
function nextAttempt() {
  attempts += 1;
  meta.gitopsRetry = `?retry=${attempts}`;
}

/** What the entry's chunk imports append now (empty until a retry). */
export const retrySuffix = () => meta.gitopsRetry ?? '';

const ADMIN_CHECKS: Array<[string, string | null]> = [
  ['GITOPS_FILES_CHECK_POD', 'kubectl -n extension-gitops-console get pods'],
  ['GITOPS_FILES_CHECK_PROXY', 'kubectl get reverseproxy gitops-console'],
  ['GITOPS_FILES_CHECK_ROLE', 'kubectl get globalrolebinding gitops-console-files'],
  ['GITOPS_FILES_CHECK_VERSION', null],
];

const h = React.createElement;
// Explicit colours: a console's own `code` style may not meet contrast on this page's background.
const CODE_STYLE = { color: '#242e42', background: '#eff4f9', padding: '1px 4px', borderRadius: 2, fontSize: 12 };

function FilesUnavailable({ onRetry }: { onRetry: () => void }) {
  return h(
    'div',
    { role: 'alert', style: { padding: 24, maxWidth: 760 } },
    h('h2', { style: { fontSize: 16, margin: '0 0 8px' } }, t('GITOPS_FILES_UNAVAILABLE')),
    h('p', { style: { margin: '0 0 8px' } }, t('GITOPS_FILES_UNAVAILABLE_DESC')),
    h(
      'ul',
      { style: { margin: '0 0 12px', paddingLeft: 20, lineHeight: 1.8 } },
      ADMIN_CHECKS.map(([key, command]) =>
        h('li', { key }, t(key), command ? ' ' : null, command ? h('code', { style: CODE_STYLE }, command) : null),
      ),
    ),
    h('button', { type: 'button', onClick: onRetry }, t('GITOPS_RETRY')),
  );
}

function PageFailed({ onRetry }: { onRetry: () => void }) {
  return h(
    'div',
    { role: 'alert', style: { padding: 24 } },
    h('h2', { style: { fontSize: 16, margin: '0 0 8px' } }, t('GITOPS_PAGE_LOAD_FAILED')),
    h('p', { style: { margin: '0 0 12px' } }, t('GITOPS_PAGE_LOAD_FAILED_DESC')),
    h('button', { type: 'button', onClick: onRetry, style: { marginRight: 8 } }, t('GITOPS_RETRY')),
    h('button', { type: 'button', onClick: () => window.location.reload() }, t('GITOPS_RELOAD')),
  );
}

interface BoundaryProps {
  children?: React.ReactNode;
  onRetry: () => void;
}

interface BoundaryState {
  error: unknown;
}

/**
 * Shows a readable message instead of a blank page when a page cannot be shown: when its code
 * cannot be downloaded (the file server is down, its image cannot be pulled, an upgrade removed
 * the old chunk while the tab stayed open) it says so and what an administrator checks.
 */
class PageErrorBoundary extends React.Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children ?? null;
    return this.state.error instanceof ChunkLoadError
      ? h(FilesUnavailable, { onRetry: this.retry })
      : h(PageFailed, { onRetry: this.retry });
  }
}

function Loading() {
  return h('div', { role: 'status', 'aria-live': 'polite', style: { padding: 24, color: '#79879c' } }, t('GITOPS_LOADING'));
}

/** A route element whose code is fetched only when the route is first shown. */
export function lazyPage(load: Loader): React.ComponentType {
  let failed = false;
  const lazyOf = () =>
    React.lazy(() =>
      load().catch((error: unknown) => {
        failed = true;
        throw new ChunkLoadError(error);
      }),
    );
  // One lazy component for every visit while it loads fine; a retry after a failed download makes
  // a new one that asks for the chunk again. Retrying after a render error just renders again.
  let Page = lazyOf();
  const retry = () => {
    if (!failed) return;
    failed = false;
    nextAttempt();
    Page = lazyOf();
  };
  return function LazyRoutePage() {
    const [, rerender] = React.useState(0);
    const onRetry = () => {
      retry();
      rerender((n) => n + 1);
    };
    return h(PageErrorBoundary, { onRetry }, h(React.Suspense, { fallback: h(Loading) }, h(Page)));
  };
}
