// @vitest-environment jsdom
import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithEmulator } from '../../testing/renderWithEmulator';
import { ListPage } from './ListPage';

const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';

const renderList = (user: string) => renderWithEmulator(<ListPage />, { route: LIST_URL, seed: 'empty', user });

/** What the list says about the user's rights: only what is true for them. */
describe('the notes about what the user may do', () => {
  it('tell a user without access only that they have none', async () => {
    const page = renderList('outsider');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'No access to this DevOps project' })).toBeTruthy();
    // The rights are known too, and still nothing says this user could view.
    await waitFor(() => expect(page.requests('/roletemplates').length).toBeGreaterThan(0));
    await waitFor(() => expect(page.client.isFetching()).toBe(0));
    expect(document.body.textContent).not.toMatch(/You can view/);
  });

  it('tell a viewer that they may only view', async () => {
    renderList('viewer');
    await screen.findByText(/You can view the applications of this DevOps project/);
  });
});
