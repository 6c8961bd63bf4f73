// @vitest-environment jsdom
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetDeletions } from '../../state/deletedApps';
import {
  application,
  renderWithEmulator,
  textResponse,
  type EmulatorRenderOptions,
  type EmulatorRenderResult,
} from '../../testing/renderWithEmulator';
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

async function names() {
  const table = await screen.findByRole('table', { name: 'Applications' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('a')?.textContent);
}

const row = async (name: string) => (await screen.findByRole('link', { name })).closest('tr') as HTMLElement;

/** The number in the summary's "Applications" group. */
const summaryTotal = () => screen.getByRole('region', { name: 'Application status summary' }).querySelector('div span + span')?.textContent;

/** What the server lists now, as another client would see it. */
async function serverNames(page: EmulatorRenderResult): Promise<string[]> {
  const body = (await (await page.send('GET', API)).json()) as { items: Array<{ metadata: { name: string } }> };
  return body.items.map((item) => item.metadata.name);
}

/** Answers the next request matching `match` with `reply`, then lets requests through again. */
function once(page: EmulatorRenderResult, match: RegExp, reply: () => Response) {
  const remove = page.intercept(match, () => {
    remove();
    return reply();
  });
}

async function bulk(action: 'Sync' | 'Delete', ...apps: string[]) {
  for (const name of apps) fireEvent.click(await screen.findByRole('checkbox', { name: `Select ${name}` }));
  fireEvent.click(screen.getByRole('button', { name: `${action} selected` }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: action }));
  return screen.findByRole('region', { name: 'Action results' });
}

describe('deleting from the list', () => {
  it('hides the deleted rows at once and for good, while the server still lists them being deleted', async () => {
    const page = renderList();
    expect(await names()).toEqual(['guestbook', 'payments', 'reports']);
    const results = await bulk('Delete', 'guestbook', 'payments');
    await waitFor(() => expect(results.textContent).toContain('Delete: 2 succeeded, 0 failed'));

    // KubeSphere keeps both, terminating, until the controller removes their finalizers.
    expect(await serverNames(page)).toEqual(['guestbook', 'payments', 'reports']);
    const before = page.requests('GET').length;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(page.requests('GET').length).toBeGreaterThan(before));
    expect(await names()).toEqual(['reports']);
    await waitFor(() => expect(screen.getByText('Total: 1')).toBeTruthy());
    expect(summaryTotal()).toBe('1');
    // Only the deleted names are looked for, never the whole project again.
    expect(page.requests('names=')[0]).toContain('names=guestbook%2Cpayments');

    page.emulator.settle();
    await waitFor(() => expect(page.requests('names=').length).toBeGreaterThan(1), { timeout: 4000 });
    expect(await names()).toEqual(['reports']);
    expect(summaryTotal()).toBe('1');
  });

  it('keeps a deleted row away while a lagging cache still lists it as it was', async () => {
    const page = renderList({ before: (emulator) => emulator.setCacheLag(10_000) });
    fireEvent.click(within(await row('guestbook')).getByRole('button', { name: 'Delete guestbook' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'guestbook' } });
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Action results' }).textContent).toContain('1 succeeded'));

    const listed = (await (await page.send('GET', API)).json()) as { items: Array<{ metadata: Record<string, unknown> }> };
    expect(listed.items[0].metadata).toMatchObject({ name: 'guestbook' });
    expect(listed.items[0].metadata.deletionTimestamp).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getByText('Total: 2')).toBeTruthy());
    expect(await names()).toEqual(['payments', 'reports']);

    page.emulator.advance(11_000);
    page.emulator.settle();
    await waitFor(() => expect(summaryTotal()).toBe('2'), { timeout: 4000 });
    expect(await names()).toEqual(['payments', 'reports']);
  });

  it('marks an application someone else is deleting and offers nothing that would fail on it', async () => {
    const page = renderList();
    await names();
    expect((await page.send('DELETE', `${API}/payments`)).status).toBe(200);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    const payments = await row('payments');
    await waitFor(() => expect(payments.textContent).toContain('Deleting'));
    const reason = /This application is being deleted/;
    for (const action of ['Sync', 'Edit', 'Delete']) {
      const button = within(payments).getByRole('button', { name: `${action} payments`, description: reason });
      expect(button.getAttribute('aria-disabled')).toBe('true');
    }
    expect(within(payments).queryByRole('link', { name: 'Edit payments' })).toBeNull();
    expect((within(payments).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all applications on this page' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
  });
});

describe('bulk results', () => {
  it('retries a conflict that heals by itself and reports each application on its own', async () => {
    const page = renderList();
    await names();
    once(page, /\/payments\/sync$/, () =>
      textResponse(
        409,
        'Operation cannot be fulfilled on applications.gitops.kubesphere.io "payments": the object has been modified; please apply your changes to the latest version and try again\n',
      ),
    );
    const results = await bulk('Sync', 'guestbook', 'payments');
    await waitFor(() => expect(results.textContent).toContain('Sync requested: 2 succeeded, 0 failed'), { timeout: 4000 });
    const lines = within(results).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual(['Succeededguestbook', 'Succeededpayments(after 2 attempts)']);
    expect(page.requests('POST').filter((line) => line.includes('/payments/sync'))).toHaveLength(2);
    expect(screen.queryByText(/changed at the same time/)).toBeNull();
  });

  it('reports an application someone else deleted already as deleted, after brief retries', async () => {
    const page = renderList();
    await names();
    await page.send('DELETE', `${API}/reports`);
    page.emulator.settle();
    const results = await bulk('Delete', 'guestbook', 'reports');
    await waitFor(() => expect(results.textContent).toContain('Delete: 2 succeeded, 0 failed'), { timeout: 6000 });
    expect(within(results).getAllByRole('listitem')[1].textContent).toBe('Already deletedreports(after 4 attempts)');
    expect(page.requests('DELETE').filter((line) => line.endsWith('/reports'))).toHaveLength(4);
  });

  it('explains a cascade delete refused because someone else is deleting the application already', async () => {
    const page = renderList();
    await names();
    await page.send('DELETE', `${API}/payments`);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select payments' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('checkbox'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const results = await screen.findByRole('region', { name: 'Action results' });
    await waitFor(() => expect(results.textContent).toContain('Delete: 0 succeeded, 1 failed'));
    expect(results.textContent).toContain('This application is already being deleted');
    expect(results.textContent).toContain('no new finalizers can be added if the object is being deleted');
  });
});

describe('a list that heals by itself', () => {
  it('shows no error for a poll that fails with 404 once, right after a write', async () => {
    const page = renderList();
    await names();
    once(page, /\/applications\?page=/, () => textResponse(404, 'Application.gitops.kubesphere.io "guestbook" not found\n'));
    const lists = () => page.requests(`GET ${API}?page=`).length;
    const before = lists();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(lists()).toBe(before + 2), { timeout: 3000 });
    expect(screen.queryByText(/^Stale:/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await names()).toEqual(['guestbook', 'payments', 'reports']);
  });
});

describe('an application Argo CD never got', () => {
  it('offers no sync for a name too long to mirror, and says why', async () => {
    const long = `shop-${'frontend-'.repeat(7)}canary`;
    renderList({ seed: { objects: [...APPS.objects, application({ name: long, created: '2023-12-31T00:00:00Z' })], reconcile: false } });
    const sync = within(await row(long)).getByRole('button', { name: `Sync ${long}` });
    expect(sync.getAttribute('aria-disabled')).toBe('true');
    expect(sync.getAttribute('title')).toBe('Sync and refresh are unavailable: Argo CD has no application for this name.');
  });
});
