// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type Application, LABEL_ARGOCD_LOCATION } from '../../model';
import { FAILED_SYNC_STATUS, makeApp } from '../../model/testFixtures';
import { ApiError, fakeApi, installTestTranslations, renderWithProviders } from '../../components/detail/testing';
import { DetailPage } from './DetailPage';

const page = <DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name="guestbook" />;
const URL = '/workspaces/demo-workspace/gitops/host/demo-project/applications/guestbook';

function show(get: () => Promise<Application>, extra: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ get: vi.fn(get), list: vi.fn().mockResolvedValue({ items: [], totalItems: 0 }), ...extra });
  renderWithProviders(page, { api, url: URL, path: '/workspaces/:workspace/gitops/:cluster/:namespace/applications/:name' });
  return api;
}

beforeAll(() => installTestTranslations());
afterEach(cleanup);

describe('detail page states', () => {
  const cases: Array<[string, ApiError, string]> = [
    ['not found', new ApiError(404, 'not-found', 'applications.gitops.kubesphere.io "guestbook" not found'), 'Application "guestbook" not found'],
    ['forbidden', new ApiError(403, 'forbidden', 'forbidden'), 'No permission to view this application'],
    ['session expired', new ApiError(401, 'unauthorized', 'Unauthorized'), 'Your session has expired'],
  ];
  for (const [label, error, text] of cases) {
    it(`explains ${label}`, async () => {
      show(() => Promise.reject(error));
      expect((await screen.findByRole('alert')).textContent).toContain(text);
      expect(screen.getAllByRole('link', { name: 'Back to applications' }).length).toBeGreaterThan(0);
    });
  }

  it('offers a retry after a network error, which loads the app', async () => {
    let calls = 0;
    show(() => (++calls === 1 ? Promise.reject(new ApiError(0, 'network', 'Failed to fetch')) : Promise.resolve(makeApp({ name: 'guestbook' }))));
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('tablist', { name: 'Application details' })).toBeTruthy();
  });

  it('says when Argo CD has not reported yet', async () => {
    show(() => Promise.resolve(makeApp({ name: 'guestbook', labels: { 'gitops.kubesphere.io/health-status': undefined as unknown as string } })));
    expect(await screen.findByText(/has not reported a status for this application yet/)).toBeTruthy();
  });
});

describe('detail page content', () => {
  it('renders messages and names that contain HTML as text', async () => {
    const status = JSON.parse(FAILED_SYNC_STATUS) as { operationState: { message: string } };
    status.operationState.message = '<b>boom</b><script>alert(1)</script>';
    show(() => Promise.resolve(makeApp({ name: 'guestbook', argoApp: JSON.stringify(status), labels: { 'gitops.kubesphere.io/health-status': 'Degraded' } })));
    await screen.findByRole('tablist');
    fireEvent.click(screen.getByRole('tab', { name: 'Sync status' }));
    expect(await screen.findByText('<b>boom</b><script>alert(1)</script>')).toBeTruthy();
    expect(document.querySelector('b, script')).toBeNull();
  });

  it('adds the missing location label with a full PUT', async () => {
    const bare = makeApp({ name: 'guestbook', labels: { [LABEL_ARGOCD_LOCATION]: undefined as unknown as string } });
    const update = vi.fn((_ctx: unknown, app: Application) => Promise.resolve(app));
    show(() => Promise.resolve(bare), { update });
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    fireEvent.click(within(diagnostics).getByRole('button', { name: 'Add the label (location: argocd)' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][1].metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('argocd');
    expect(update.mock.calls[0][1].spec).toEqual(bare.spec);
    expect(await screen.findByText(/Label added/)).toBeTruthy();
  });

  it('keeps the open tab in the URL and moves between tabs with the arrow keys', async () => {
    show(() => Promise.resolve(makeApp({ name: 'guestbook' })));
    const overview = await screen.findByRole('tab', { name: 'Overview' });
    expect(overview.getAttribute('aria-selected')).toBe('true');
    overview.focus();
    fireEvent.keyDown(overview, { key: 'ArrowRight' });
    const resources = screen.getByRole('tab', { name: 'Resources' });
    expect(resources.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(resources);
    fireEvent.keyDown(resources, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
  });
});
