// @vitest-environment jsdom
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithEmulator } from '../../testing/renderWithEmulator';
import { ContextPage } from './ContextRoute';

const CONTEXT_URL = '/workspaces/demo-workspace/gitops';

const openPicker = (user: string, multicluster: boolean) => renderWithEmulator(<ContextPage />, { route: CONTEXT_URL, user, multicluster });

describe('the project picker', () => {
  it('lists the DevOps projects a member may open', async () => {
    openPicker('tenant', true);
    expect(await screen.findByRole('link', { name: 'Open the applications of Demo Project' })).toBeTruthy();
  });

  it('tells a user outside the workspace so, with several clusters too, instead of showing nothing', async () => {
    openPicker('outsider', true);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You do not have access to this workspace.');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('tells a user outside the workspace that the projects cannot be listed, with one cluster', async () => {
    openPicker('outsider', false);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You are not allowed to list the DevOps projects of this workspace.');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
