/**
 * Helpers for the wizard's component tests: a `window.t` reading the real locale tables and a
 * render with the console's providers. Never imported by shipped code.
 */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { type ContextApi, fakeApi, fakeContextApi, type GitOpsApi, testQueryClient } from '../../testing/api';

export { installTestTranslations, localeTable } from '../../testing/i18n';
export { ApiError, fakeApi, fakeContextApi } from '../../testing/api';

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
  const client = testQueryClient();
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
