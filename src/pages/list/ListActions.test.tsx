// @vitest-environment jsdom
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetDeletions } from '../../state/deletedApps';
import { application, renderWithEmulator, textResponse, type EmulatorRenderOptions } from '../../testing/renderWithEmulator';
import { ListPage } from './ListPage';

// What one test deleted must not hide an application of the next (the emulator's uids repeat).
afterEach(forgetDeletions);

const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';
const API = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';

const APPS = {
  objects: [
    application({ name: 'guestbook', automated: true, created: '2024-01-03T00:00:00Z' }),
    application({ name: 'payments', path: 'payments', created: '2024-01-02T00:00:00Z' }),
    application({ name: 'reports', path: 'reports', created: '2024-01-01T00:00:00Z' }),
  ],
};

const renderList = (options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(<ListPage />, { route: LIST_URL, seed: APPS, settle: true, polling: true, ...options });

/** The user's role templates cannot be read (iam answers 503): the page offers every action and the server judges. */
const ROLE_TEMPLATES_DOWN = /\/roletemplates\?/;
const unavailable = () => textResponse(503, 'service unavailable\n');

async function rows() {
  const table = await screen.findByRole('table', { name: 'Applications' });
  return within(table).getAllByRole('row').slice(1);
}

function confirmDelete(name: string) {
  return screen.findByRole('dialog').then((dialog) => {
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: name } });
    fireEvent.submit(dialog.querySelector('form')!);
  });
}

describe('bulk actions', () => {
  it('syncs the selected apps and lists which succeeded and which failed, and why', async () => {
    const page = renderList({ user: 'tenant' });
    await rows();
    // Someone else starts a sync of payments after the page has loaded.
    expect((await page.send('POST', `${API}/payments/sync`, {})).status).toBe(200);
    const before = page.sent.length;
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select all applications on this page' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select reports' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync selected' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Sync 2 applications?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sync' }));

    const results = await screen.findByRole('region', { name: 'Action results' });
    await waitFor(() => expect(results.textContent).toContain('1 succeeded, 1 failed'));
    expect(results.textContent).toContain('Another operation is already in progress');
    const posts = page.sent
      .slice(before)
      .filter((r) => r.method === 'POST')
      .map((r) => r.url);
    expect(posts.sort()).toEqual([`${API}/guestbook/sync`, `${API}/payments/sync`]);
    expect(page.emulator.store.getApplication('host', 'demo-project', 'guestbook')?.spec.argoApp.operation.initiatedBy).toEqual({
      username: 'tenant',
    });
  });

  it('disables an action the server refused with 403, with the reason', async () => {
    const page = renderList({ user: 'viewer' });
    page.intercept(ROLE_TEMPLATES_DOWN, unavailable);
    await rows();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select reports' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const results = await screen.findByRole('region', { name: 'Action results' });
    await waitFor(() => expect(results.textContent).toContain('You do not have permission to do this.'));
    const [, , row] = await rows();
    const reason = /You do not have permission to delete applications/;
    const remove = within(row).getByRole('button', { name: 'Delete reports', description: reason });
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(reason, { selector: '.gitops-denied' })).toBeTruthy();
    expect(page.emulator.store.getApplication('host', 'demo-project', 'reports')?.metadata.deletionTimestamp).toBeUndefined();
  });
});

describe('permissions', () => {
  it('shows a view-only user the list without Create, Sync, Delete or selection', async () => {
    renderList({ user: 'viewer' });
    await screen.findByText(/You can view the applications of this DevOps project/);
    const [guestbook] = await rows();
    expect(within(guestbook).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Create' })).toBeNull();
  });

  it('offers the actions, and lets the server judge, when the permission check fails', async () => {
    const page = renderList({ user: 'viewer' });
    page.intercept(ROLE_TEMPLATES_DOWN, unavailable);
    const [guestbook] = await rows();
    expect(await within(guestbook).findByRole('button', { name: 'Sync guestbook' })).toBeTruthy();
  });
});

describe('row actions', () => {
  it('opens the sync dialog of one application from its row', async () => {
    renderList();
    const [guestbook] = await rows();
    fireEvent.click(await within(guestbook).findByRole('button', { name: 'Sync guestbook' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('form')).not.toBeNull();
  });

  it('deletes one application through the delete dialog and reports it', async () => {
    const page = renderList();
    const [guestbook] = await rows();
    fireEvent.click(await within(guestbook).findByRole('button', { name: 'Delete guestbook' }));
    await confirmDelete('guestbook');
    const results = await screen.findByRole('region', { name: 'Action results' });
    expect(results.textContent).toContain('Delete: 1 succeeded, 0 failed');
    expect(page.requests('DELETE')).toEqual([`DELETE ${API}/guestbook`]);
    // KubeSphere keeps the object until its controller has removed the finalizers.
    page.emulator.settle();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(async () => expect((await rows()).map((r) => r.querySelector('a')?.textContent)).toEqual(['payments', 'reports']));
  });

  it("a 403 in a row's dialog disables that action on every row, with the reason", async () => {
    const page = renderList({ user: 'viewer' });
    page.intercept(ROLE_TEMPLATES_DOWN, unavailable);
    const [guestbook] = await rows();
    fireEvent.click(await within(guestbook).findByRole('button', { name: 'Delete guestbook' }));
    await confirmDelete('guestbook');
    const reason = /You do not have permission to delete applications/;
    await waitFor(() => {
      for (const row of screen.getAllByRole('row').slice(1)) {
        const remove = within(row).queryByRole('button', { name: /^Delete / });
        if (remove) expect(remove.getAttribute('aria-disabled')).toBe('true');
      }
      expect(screen.getByText(reason, { selector: '.gitops-denied' })).toBeTruthy();
    });
  });
});
