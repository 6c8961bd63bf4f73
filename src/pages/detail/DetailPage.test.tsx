// @vitest-environment jsdom
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FINALIZER_APPLICATION, LABEL_ARGOCD_APPLICATION, LABEL_ARGOCD_LOCATION } from '../../model';
import { FAILED_SYNC_STATUS } from '../../model/testFixtures';
import { application, renderWithEmulator, type EmulatorRenderOptions } from '../../testing/renderWithEmulator';
import { DetailPage } from './DetailPage';

const show = (name: string, options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(<DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name={name} />, {
    route: `/workspaces/demo-workspace/gitops/host/demo-project/applications/${name}`,
    ...options,
  });

describe('detail page states', () => {
  const cases: Array<[string, string, EmulatorRenderOptions, string]> = [
    ['not found', 'missing', {}, 'Application "missing" not found'],
    ['forbidden', 'guestbook', { user: 'outsider' }, 'No permission to view this application'],
    ['session expired', 'guestbook', { before: (emulator) => emulator.setFaults({ sessionExpired: true }) }, 'Your session has expired'],
  ];
  for (const [label, name, options, text] of cases) {
    it(`explains ${label}`, async () => {
      show(name, options);
      expect((await screen.findByRole('alert')).textContent).toContain(text);
      expect(screen.getAllByRole('link', { name: 'Back to applications' }).length).toBeGreaterThan(0);
    });
  }

  it('offers a retry after a network error, which loads the app', async () => {
    const page = show('guestbook');
    const reconnect = page.intercept(/./, 'network-error');
    const retry = await screen.findByRole('button', { name: 'Retry' });
    reconnect();
    fireEvent.click(retry);
    expect(await screen.findByRole('tablist', { name: 'Application details' })).toBeTruthy();
  });

  it('says when Argo CD has not reported yet', async () => {
    // Just created: the controllers have not run yet.
    show('fresh', { seed: { objects: [application({ name: 'fresh' })] } });
    expect(await screen.findByText(/has not reported a status for this application yet/)).toBeTruthy();
  });
});

describe('detail page content', () => {
  it('renders messages and names that contain HTML as text', async () => {
    const status = JSON.parse(FAILED_SYNC_STATUS) as { operationState: { message: string } };
    status.operationState.message = '<b>boom</b><script>alert(1)</script>';
    show('guestbook', {
      before: (emulator) => {
        const app = emulator.store.getApplication('host', 'demo-project', 'guestbook')!;
        app.metadata.labels['gitops.kubesphere.io/health-status'] = 'Degraded';
        emulator.store.putRaw('host', 'demo-project', 'guestbook', { ...app, status: { argoApp: JSON.stringify(status) } });
      },
    });
    await screen.findByRole('tablist');
    fireEvent.click(screen.getByRole('tab', { name: 'Sync status' }));
    expect(await screen.findByText('<b>boom</b><script>alert(1)</script>')).toBeTruthy();
    expect(document.querySelector('b, script')).toBeNull();
  });

  it('adds the missing location label with a full PUT', async () => {
    // The demo seed's private-guestbook was created without the label: the controller ignores it.
    const page = show('private-guestbook');
    const before = page.emulator.store.getApplication('host', 'demo-project', 'private-guestbook')!;
    expect(before.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBeUndefined();
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    fireEvent.click(await within(diagnostics).findByRole('button', { name: 'Add the label (location: argocd)' }));
    expect(await screen.findByText(/Label added/)).toBeTruthy();
    expect(page.requests('PUT')).toEqual([
      'PUT /kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/private-guestbook',
    ]);
    const sent = page.sent.find((r) => r.method === 'PUT')!.body as typeof before;
    expect(sent.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('argocd');
    expect(sent.spec).toEqual(before.spec);
    const after = page.emulator.store.getApplication('host', 'demo-project', 'private-guestbook')!;
    expect(after.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('argocd');
    // The label alone passes none of the controller's event filters: the finalizer it adds anyway does.
    expect(sent.metadata.finalizers).toEqual([FINALIZER_APPLICATION]);
    page.emulator.settle();
    const mirrored = page.emulator.store.getApplication('host', 'demo-project', 'private-guestbook')!;
    expect(mirrored.metadata.labels?.[LABEL_ARGOCD_APPLICATION]).toBeTruthy();
  });

  it('keeps the open tab in the URL and moves between tabs with the arrow keys', async () => {
    const page = show('guestbook');
    const overview = await screen.findByRole('tab', { name: 'Overview' });
    expect(overview.getAttribute('aria-selected')).toBe('true');
    overview.focus();
    fireEvent.keyDown(overview, { key: 'ArrowRight' });
    const resources = screen.getByRole('tab', { name: 'Resources' });
    expect(resources.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(resources);
    await waitFor(() => expect(page.location()).toContain('tab=resources'));
    fireEvent.keyDown(resources, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
  });
});
