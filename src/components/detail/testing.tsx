/**
 * Helpers for component tests of the detail page, its tree and its dialogs: the shared test
 * `window.t`, a fake API, and a render with the providers the console gives a page.
 * Never imported by shipped code.
 */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { fakeApi, type GitOpsApi, testQueryClient } from '../../testing/api';

export { installTestTranslations, localeTable } from '../../testing/i18n';
export { ApiError, fakeApi, type GitOpsApi, testQueryClient } from '../../testing/api';

export interface RenderOptions {
  api?: GitOpsApi;
  /** The URL the router starts at; `path` is the route pattern rendering `ui`. */
  url?: string;
  path?: string;
  /** Extra routes, to check where a page navigates. */
  routes?: Array<{ path: string; element: React.ReactElement }>;
}

/**
 * Renders `ui` inside the kube-design theme, a router and the GitOps provider. The providers are
 * a wrapper, so `rerender(ui)` keeps them (and the query cache).
 */
export function renderWithProviders(ui: React.ReactElement, options: RenderOptions = {}): RenderResult {
  const api = options.api ?? fakeApi();
  const client = testQueryClient();
  function Providers({ children }: { children?: React.ReactNode }) {
    return (
      <KubedConfigProvider>
        <MemoryRouter initialEntries={[options.url ?? '/']}>
          <GitOpsProvider api={api} client={client}>
            {children}
          </GitOpsProvider>
        </MemoryRouter>
      </KubedConfigProvider>
    );
  }
  if (!options.path && !options.routes) return render(ui, { wrapper: Providers });
  return render(
    <Routes>
      <Route path={options.path ?? '*'} element={ui} />
      {(options.routes ?? []).map((r) => (
        <Route key={r.path} path={r.path} element={r.element} />
      ))}
    </Routes>,
    { wrapper: Providers },
  );
}
