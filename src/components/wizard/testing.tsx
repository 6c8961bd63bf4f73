/**
 * Helpers for the wizard's component tests: a `window.t` reading the real locale tables and a
 * render with the console's providers. Never imported by shipped code.
 */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type { GitOpsApi } from '../../api/client';
import type { ContextApi } from '../../api/context';
import { ApiError } from '../../api/errors';
import { GitOpsProvider } from '../../queries/GitOpsProvider';

export { installTestTranslations, localeTable } from '../../testing/i18n';

const refuse = () => Promise.reject(new ApiError(500, 'server', 'not stubbed'));

export function fakeApi(overrides: Partial<GitOpsApi> = {}): GitOpsApi {
  return { list: refuse, summary: refuse, get: refuse, create: refuse, update: refuse, remove: refuse, sync: refuse, argoClusters: refuse, ...overrides };
}

export function fakeContextApi(overrides: Partial<ContextApi> = {}): ContextApi {
  return { workspace: refuse, devopsProjects: refuse, gitRepositories: refuse, roleTemplates: refuse, ...overrides };
}

const quiet = () => undefined;

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

export interface WizardRenderOptions {
  api?: GitOpsApi;
  contextApi?: ContextApi;
  url: string;
  path: string;
}

/** Renders `ui` at `url` inside the theme, a router (with a probe showing where it went) and the GitOps provider. */
export function renderWizard(ui: React.ReactElement, options: WizardRenderOptions): RenderResult {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchInterval: false }, mutations: { retry: false } },
    logger: { log: quiet, warn: quiet, error: quiet },
  });
  return render(
    <KubedConfigProvider>
      <MemoryRouter initialEntries={[options.url]}>
        <GitOpsProvider api={options.api ?? fakeApi()} contextApi={options.contextApi ?? fakeContextApi()} client={client}>
          <Routes>
            <Route path={options.path} element={ui} />
            <Route path="*" element={<LocationProbe />} />
          </Routes>
        </GitOpsProvider>
      </MemoryRouter>
    </KubedConfigProvider>,
  );
}
