// @vitest-environment jsdom
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { application, renderWithEmulator, textResponse, type EmulatorRenderOptions } from '../../testing/renderWithEmulator';
import { DetailPage } from './DetailPage';

const show = (name: string, options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(<DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name={name} />, {
    route: `/workspaces/demo-workspace/gitops/host/demo-project/applications/${name}`,
    ...options,
  });

const VIEW_ONLY = 'You can view this application, but not change, sync or delete it.';
const OPERATOR_NOTE = /an operator of this DevOps project can apply it/;

/** The user's role templates cannot be read (iam answers 503). */
const ROLE_TEMPLATES_DOWN = /\/roletemplates\?/;
const unavailable = () => textResponse(503, 'service unavailable\n');

/** A manual app that was never synced: out of sync, with Sync now and automatic sync offered. */
const NEVER_SYNCED = { seed: { objects: [application({ name: 'manual' })] }, settle: true };

describe('the fixes of the diagnostics follow the user’s rights, as the header does', () => {
  it('a view-only user reads the diagnosis and who can fix it, and gets no button', async () => {
    // private-guestbook lacks the location label: the fix would add it.
    show('private-guestbook', { user: 'viewer' });
    expect(await screen.findByText(VIEW_ONLY)).toBeTruthy();
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByText(/Argo CD location label missing/)).toBeTruthy();
    expect(within(diagnostics).getByText(/Add the label gitops.kubesphere.io\/argocd-location/)).toBeTruthy();
    expect(within(diagnostics).getByText(OPERATOR_NOTE)).toBeTruthy();
    expect(within(diagnostics).queryByRole('button')).toBeNull();
  });

  it('offers a view-only user neither Sync now nor automatic sync', async () => {
    show('manual', { user: 'viewer', ...NEVER_SYNCED });
    expect(await screen.findByText(VIEW_ONLY)).toBeTruthy();
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByText(OPERATOR_NOTE)).toBeTruthy();
    expect(within(diagnostics).queryByRole('button')).toBeNull();
  });

  it('offers a project operator the fixes, without the note', async () => {
    show('manual', { user: 'tenant', ...NEVER_SYNCED });
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    expect(await within(diagnostics).findByRole('button', { name: 'Sync now' })).toBeTruthy();
    expect(within(diagnostics).getByRole('button', { name: 'Turn on automatic sync' })).toBeTruthy();
    expect(within(diagnostics).queryByText(OPERATOR_NOTE)).toBeNull();
  });

  it('offers every action, as the list does, when the permission check itself fails, and lets the server judge', async () => {
    const page = show('private-guestbook', { user: 'viewer' });
    page.intercept(ROLE_TEMPLATES_DOWN, unavailable);
    expect(await screen.findByRole('button', { name: 'Sync' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeTruthy();
    expect(screen.queryByText(VIEW_ONLY)).toBeNull();
    const diagnostics = screen.getByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByRole('button', { name: 'Add the label (location: argocd)' })).toBeTruthy();
    expect(within(diagnostics).queryByText(OPERATOR_NOTE)).toBeNull();
  });
});
