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

/** Three applications as users created them: one deployed, one whose rollout fails, one the controller ignores. */
const THREE_APPS = {
  objects: [
    application({ name: 'guestbook', automated: true, alias: 'Guest book', description: 'The demo app', created: '2024-01-03T00:00:00Z' }),
    application({ name: 'payments', automated: true, path: 'apps/payment-degraded', created: '2024-01-02T00:00:00Z' }),
    application({ name: 'orphan', noLocation: true, repoURL: 'javascript:alert(1)', created: '2024-01-01T00:00:00Z' }),
  ],
};

const renderList = (options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(<ListPage />, { route: LIST_URL, seed: THREE_APPS, settle: true, polling: true, ...options });

async function rows() {
  const table = await screen.findByRole('table', { name: 'Applications' });
  return within(table).getAllByRole('row').slice(1);
}

describe('the application list', () => {
  it('shows grey bars while loading, then one row per app with its badges', async () => {
    const { container } = renderList();
    expect(container.querySelector('[aria-busy="true"].gitops-list-skeleton')).not.toBeNull();
    const [guestbook, payments, orphan] = await rows();
    expect(within(guestbook).getByRole('link', { name: 'guestbook' }).getAttribute('href')).toBe(`${LIST_URL}/applications/guestbook`);
    expect(guestbook.textContent).toContain('Guest book');
    expect(guestbook.textContent).toContain('The demo app');
    expect(guestbook.textContent).toContain('Healthy');
    expect(guestbook.textContent).toContain('Synced');
    expect(payments.textContent).toContain('Degraded');
    // No status labels: Unknown, with the reason for it.
    expect(orphan.textContent).toContain('Unknown');
    expect(orphan.textContent).toContain('argocd-location is missing');
    expect(screen.getByText('Total: 3')).toBeTruthy();
  });

  it('links a repository only when its URL is http(s)', async () => {
    renderList();
    const [, , orphan] = await rows();
    expect(within(orphan).queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(orphan.textContent).toContain('javascript:alert(1)');
  });

  it('reads the repository link of a normal app', async () => {
    renderList();
    const [guestbook] = await rows();
    const repo = within(guestbook).getByRole('link', { name: 'github.com/stoneshi-yunify/argocd-example-apps' });
    expect(repo.getAttribute('href')).toBe('https://github.com/stoneshi-yunify/argocd-example-apps');
    expect(repo.getAttribute('rel')).toContain('noopener');
  });

  it('marks an app whose sync is running and explains why it cannot be synced again', async () => {
    // The demo seed's sync-waves is in the middle of a long sync.
    renderList({ seed: 'demo', settle: false, route: `${LIST_URL}?name=sync-waves` });
    const [busy] = await rows();
    expect(within(busy).getByText('Syncing')).toBeTruthy();
    const sync = await within(busy).findByRole('button', { name: 'Sync sync-waves', description: /already running/ });
    expect(sync.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(sync);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('summary filters', () => {
  it('filters the list by a status on click and clears the filter on a second click', async () => {
    const page = renderList();
    const health = await screen.findByRole('group', { name: 'Health Status' });
    const degraded = await within(health).findByRole('button', { name: /Degraded/ });
    expect(degraded.getAttribute('aria-pressed')).toBe('false');
    expect(degraded.textContent).toContain('1');

    fireEvent.click(degraded);
    await waitFor(() => expect(page.location()).toContain('health=Degraded'));
    expect(degraded.getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    expect(page.requests('healthStatus=Degraded')).toHaveLength(1);

    fireEvent.click(degraded);
    await waitFor(() => expect(page.location()).not.toContain('health='));
    expect(degraded.getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect(await rows()).toHaveLength(3));
  });

  it('shows the sync counts, and a filter from the URL as pressed', async () => {
    // Never synced: the controller reports it OutOfSync.
    renderList({ seed: { objects: [...THREE_APPS.objects, application({ name: 'inventory' })] }, route: `${LIST_URL}?sync=OutOfSync` });
    const sync = await screen.findByRole('group', { name: 'Sync Status' });
    expect((await within(sync).findByRole('button', { name: /Out of sync/ })).getAttribute('aria-pressed')).toBe('true');
    expect(
      within(sync)
        .getByRole('button', { name: /Synced/ })
        .getAttribute('aria-pressed'),
    ).toBe('false');
    await waitFor(async () => expect((await rows()).map((r) => r.querySelector('a')?.textContent)).toEqual(['inventory']));
  });
});

describe('search, sort and paging', () => {
  it('sends one request for a burst of typing, and keeps the search in the URL', async () => {
    const page = renderList();
    await rows();
    const box = screen.getByRole('searchbox', { name: 'Search applications by name or alias' });
    for (const text of ['g', 'gu', 'gue']) fireEvent.change(box, { target: { value: text } });
    await waitFor(() => expect(page.location()).toContain('name=gue'));
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    expect(page.requests('name=')).toEqual([expect.stringContaining('name=gue')]);
  });

  it('joins a refresh already under way instead of sending another request', async () => {
    const page = renderList();
    await rows();
    page.emulator.setFaults({ latencyMs: 50 });
    const lists = () => page.requests('GET /kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications?');
    const before = lists().length;
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    for (let i = 0; i < 4; i += 1) fireEvent.click(refresh);
    await waitFor(() => expect(lists().length).toBeGreaterThan(before));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lists().length - before).toBe(1);
  });

  it('pages with previous/next and changes the page size', async () => {
    // app-00000 … app-00024, newest last.
    const page = renderList({ seed: { seed: 'large-list', count: 25 } });
    expect(await rows()).toHaveLength(10);
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(page.location()).toContain('page=2'));
    await screen.findByText('Page 2 of 3');
    await waitFor(async () => expect((await rows())[0].textContent).toContain('app-00014'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Per page' }), { target: { value: '50' } });
    await waitFor(() => expect(page.location()).toContain('limit=50'));
    expect(page.location()).not.toContain('page=');
    await waitFor(async () => expect(await rows()).toHaveLength(25));
  });

  it('sorts by name on the server', async () => {
    const page = renderList();
    await rows();
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort applications' }), { target: { value: 'name-asc' } });
    await waitFor(() => expect(page.location()).toContain('sortBy=name'));
    await waitFor(async () =>
      expect((await rows()).map((r) => r.querySelector('a')?.textContent)).toEqual(['guestbook', 'orphan', 'payments']),
    );
    expect(page.requests('sortBy=name&ascending=true').length).toBeGreaterThan(0);
  });
});

describe('states', () => {
  it('explains GitOps in an empty project and offers Create to those allowed to', async () => {
    renderList({ seed: 'empty', user: 'tenant' });
    const empty = (await screen.findByRole('heading', { name: 'No GitOps applications yet' })).parentElement!;
    expect(empty.textContent).toMatch(/deploys what a Git repository describes/);
    await waitFor(() => expect(within(empty).getByRole('link', { name: 'Create' }).getAttribute('href')).toBe(`${LIST_URL}/create`));
  });

  it('offers no Create to a user who may only view', async () => {
    renderList({ seed: 'empty', user: 'viewer' });
    await screen.findByRole('heading', { name: 'No GitOps applications yet' });
    await screen.findByText(/You can view the applications of this DevOps project/);
    expect(screen.queryByRole('link', { name: 'Create' })).toBeNull();
  });

  it('says nothing matches when filters hide every app, and clears them', async () => {
    const page = renderList({ route: `${LIST_URL}?name=zzz` });
    fireEvent.click(await screen.findByRole('button', { name: 'Clear search and filters' }));
    await waitFor(async () => expect(await rows()).toHaveLength(3));
    expect(page.location()).not.toContain('name=');
  });

  it('forgets a search still being typed when the filters are cleared', async () => {
    const page = renderList({ route: `${LIST_URL}?health=Missing` });
    const clear = await screen.findByRole('button', { name: 'Clear search and filters' });
    const box = screen.getByRole('searchbox', { name: 'Search applications by name or alias' }) as HTMLInputElement;
    fireEvent.change(box, { target: { value: 'zzzq' } });
    fireEvent.click(clear);
    await waitFor(async () => expect(await rows()).toHaveLength(3));
    expect((screen.getByRole('searchbox', { name: 'Search applications by name or alias' }) as HTMLInputElement).value).toBe('');
    // Past the typing pause: the cleared text is not searched for after all.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(page.location()).not.toMatch(/name=|health=/);
    expect(page.requests('name=zzzq')).toEqual([]);
  });

  it('tells what an admin must set when the GitOps routes are missing', async () => {
    const page = renderList({ seed: 'empty' });
    // A KubeSphere without the DevOps extension's GitOps API: go-restful's 404.
    page.intercept(/^\/kapis\/gitops\.kubesphere\.io\//, () => textResponse(404, '404: Page Not Found'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'GitOps is not enabled' })).toBeTruthy();
    expect(alert.textContent).toContain('DevOps extension');
    expect(alert.textContent).toContain('agent.argocd.enabled: true');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(within(alert).getByRole('link', { name: 'Change cluster or project' })).toBeTruthy();
  });

  it('asks to log in again on 401', async () => {
    renderList({ before: (emulator) => emulator.setFaults({ sessionExpired: true }) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your session has expired');
    expect(within(alert).getByRole('button', { name: 'Log in again' })).toBeTruthy();
  });

  it('says the user has no access on 403', async () => {
    renderList({ user: 'outsider' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'No access to this DevOps project' })).toBeTruthy();
  });

  it('offers a retry after a network error, which loads the list', async () => {
    const page = renderList();
    const reconnect = page.intercept(/./, 'network-error');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Cannot reach the server');
    reconnect();
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await rows()).toHaveLength(3);
  });

  it('keeps the rows with a visible stale mark when a refresh fails', async () => {
    const page = renderList();
    await rows();
    page.emulator.setFaults({ errorRate: 1, errorStatus: 500 });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    const stale = await screen.findByText(/^Stale:/);
    expect(stale.textContent).toContain('etcdserver: request timed out');
    expect(await rows()).toHaveLength(3);
  });
});

describe('the page header', () => {
  it('shows the cluster and DevOps project with a way to change them', async () => {
    renderList({ seed: 'empty' });
    const context = screen.getByRole('navigation', { name: 'Cluster and DevOps project' });
    expect(context.textContent).toContain('host');
    expect(context.textContent).toContain('demo-project');
    expect(within(context).getByRole('link', { name: 'Change cluster or project' }).getAttribute('href')).toBe(
      '/workspaces/demo-workspace/gitops?pick=1',
    );
    await screen.findByRole('heading', { name: 'No GitOps applications yet' });
  });

  it("lists a member cluster's applications through its /clusters prefix in a multicluster console", async () => {
    const page = renderList({
      seed: 'demo',
      settle: false,
      multicluster: true,
      user: 'tenant',
      route: '/workspaces/demo-workspace/gitops/member-1/demo-project',
    });
    expect(screen.getByRole('navigation', { name: 'Cluster and DevOps project' }).textContent).toContain('member-1');
    await waitFor(async () =>
      expect((await rows()).map((r) => r.querySelector('a')?.textContent)).toEqual(['sock-shop', 'guestbook-edge']),
    );
    expect(page.requests('/applications?').every((line) => line.startsWith('GET /clusters/member-1/kapis/gitops.kubesphere.io/'))).toBe(
      true,
    );
  });
});
