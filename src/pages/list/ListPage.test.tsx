// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeBackend, installTestTranslations, LIST_URL, makeApp, renderList, statusBody } from './testing';

const location = () => screen.getByTestId('location').textContent ?? '';

function demoApps() {
  return [
    makeApp({ name: 'guestbook', health: 'Healthy', sync: 'Synced', alias: 'Guest book', description: 'The demo app', created: '2024-01-03T00:00:00Z' }),
    makeApp({ name: 'payments', health: 'Degraded', sync: 'OutOfSync', created: '2024-01-02T00:00:00Z' }),
    makeApp({ name: 'orphan', noLocation: true, repoURL: 'javascript:alert(1)', created: '2024-01-01T00:00:00Z' }),
  ];
}

async function rows() {
  const table = await screen.findByRole('table', { name: 'Applications' });
  return within(table).getAllByRole('row').slice(1);
}

beforeEach(() => installTestTranslations('en'));
afterEach(cleanup);

describe('the application list', () => {
  it('shows grey bars while loading, then one row per app with its badges', async () => {
    const backend = new FakeBackend(demoApps());
    const { container } = renderList(backend);
    expect(container.querySelector('[aria-busy="true"].gitops-list-skeleton')).not.toBeNull();
    const [guestbook, payments, orphan] = await rows();
    expect(within(guestbook).getByRole('link', { name: 'guestbook' }).getAttribute('href')).toBe(`${LIST_URL}/applications/guestbook`);
    expect(guestbook.textContent).toContain('Guest book');
    expect(guestbook.textContent).toContain('The demo app');
    expect(guestbook.textContent).toContain('Healthy');
    expect(payments.textContent).toContain('Degraded');
    expect(payments.textContent).toContain('Out of sync');
    // No status labels: Unknown, with the reason for it.
    expect(orphan.textContent).toContain('Unknown');
    expect(orphan.textContent).toContain('argocd-location is missing');
    expect(screen.getByText('Total: 3')).toBeTruthy();
  });

  it('links a repository only when its URL is http(s)', async () => {
    renderList(new FakeBackend(demoApps()));
    const [, , orphan] = await rows();
    expect(within(orphan).queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(orphan.textContent).toContain('javascript:alert(1)');
  });

  it('reads the repository link of a normal app', async () => {
    renderList(new FakeBackend(demoApps()));
    const [guestbook] = await rows();
    const repo = within(guestbook).getByRole('link', { name: 'github.com/argoproj/argocd-example-apps' });
    expect(repo.getAttribute('href')).toBe('https://github.com/argoproj/argocd-example-apps');
    expect(repo.getAttribute('rel')).toContain('noopener');
  });

  it('marks an app whose sync is running and explains why it cannot be synced again', async () => {
    renderList(new FakeBackend([makeApp({ name: 'busy', health: 'Progressing', sync: 'OutOfSync', operation: true })]));
    const [busy] = await rows();
    expect(within(busy).getByText('Syncing')).toBeTruthy();
    const sync = within(busy).getByRole('button', { name: 'Sync busy', description: /already running/ });
    expect(sync.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(sync);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('summary filters', () => {
  it('filters the list by a status on click and clears the filter on a second click', async () => {
    const backend = new FakeBackend(demoApps());
    renderList(backend);
    const health = await screen.findByRole('group', { name: 'Health Status' });
    const degraded = within(health).getByRole('button', { name: /Degraded/ });
    expect(degraded.getAttribute('aria-pressed')).toBe('false');
    expect(degraded.textContent).toContain('1');

    fireEvent.click(degraded);
    await waitFor(() => expect(location()).toContain('health=Degraded'));
    expect(degraded.getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    expect(backend.listRequests('healthStatus=Degraded').length).toBe(1);

    fireEvent.click(degraded);
    await waitFor(() => expect(location()).not.toContain('health='));
    expect(degraded.getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect(await rows()).toHaveLength(3));
  });

  it('shows the sync counts, and a filter from the URL as pressed', async () => {
    renderList(new FakeBackend(demoApps()), `${LIST_URL}?sync=OutOfSync`);
    const sync = await screen.findByRole('group', { name: 'Sync Status' });
    expect(within(sync).getByRole('button', { name: /Out of sync/ }).getAttribute('aria-pressed')).toBe('true');
    expect(within(sync).getByRole('button', { name: /Synced/ }).getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect(await rows()).toHaveLength(1));
  });
});

describe('search, sort and paging', () => {
  it('sends one request for a burst of typing, and keeps the search in the URL', async () => {
    const backend = new FakeBackend(demoApps());
    renderList(backend);
    await rows();
    const box = screen.getByRole('searchbox', { name: 'Search applications by name or alias' });
    for (const text of ['g', 'gu', 'gue']) fireEvent.change(box, { target: { value: text } });
    await waitFor(() => expect(location()).toContain('name=gue'));
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    expect(backend.listRequests('name=')).toEqual([expect.stringContaining('name=gue')]);
  });

  it('joins a refresh already under way instead of sending another request', async () => {
    const backend = new FakeBackend(demoApps());
    const realFetch = backend.fetch;
    backend.fetch = (async (input: string, init?: RequestInit) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return realFetch(input, init);
    }) as typeof backend.fetch;
    renderList(backend);
    await rows();
    const before = backend.listRequests().length;
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    for (let i = 0; i < 4; i += 1) fireEvent.click(refresh);
    await waitFor(() => expect(backend.listRequests().length).toBeGreaterThan(before));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(backend.listRequests().length - before).toBe(1);
  });

  it('pages with previous/next and changes the page size', async () => {
    const apps = Array.from({ length: 25 }, (_, i) => makeApp({ name: `app-${String(i).padStart(2, '0')}`, health: 'Healthy', sync: 'Synced', created: `2024-01-01T00:00:${String(i).padStart(2, '0')}Z` }));
    const backend = new FakeBackend(apps);
    renderList(backend);
    expect(await rows()).toHaveLength(10);
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(location()).toContain('page=2'));
    await screen.findByText('Page 2 of 3');
    await waitFor(async () => expect((await rows())[0].textContent).toContain('app-14'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Per page' }), { target: { value: '50' } });
    await waitFor(() => expect(location()).toContain('limit=50'));
    expect(location()).not.toContain('page=');
    await waitFor(async () => expect(await rows()).toHaveLength(25));
  });

  it('sorts by name on the server', async () => {
    const backend = new FakeBackend(demoApps());
    renderList(backend);
    await rows();
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort applications' }), { target: { value: 'name-asc' } });
    await waitFor(() => expect(location()).toContain('sortBy=name'));
    await waitFor(async () => expect((await rows()).map((r) => r.querySelector('a')?.textContent)).toEqual(['guestbook', 'orphan', 'payments']));
    expect(backend.listRequests('sortBy=name&ascending=true').length).toBeGreaterThan(0);
  });
});

describe('states', () => {
  it('explains GitOps in an empty project and offers Create to those allowed to', async () => {
    renderList(new FakeBackend([]));
    const empty = (await screen.findByRole('heading', { name: 'No GitOps applications yet' })).parentElement!;
    expect(empty.textContent).toMatch(/deploys what a Git repository describes/);
    await waitFor(() => expect(within(empty).getByRole('link', { name: 'Create' }).getAttribute('href')).toBe(`${LIST_URL}/create`));
  });

  it('offers no Create to a user who may only view', async () => {
    renderList(new FakeBackend([]), LIST_URL, 'view');
    await screen.findByRole('heading', { name: 'No GitOps applications yet' });
    await screen.findByText(/You can view the applications of this DevOps project/);
    expect(screen.queryByRole('link', { name: 'Create' })).toBeNull();
  });

  it('says nothing matches when filters hide every app, and clears them', async () => {
    renderList(new FakeBackend(demoApps()), `${LIST_URL}?name=zzz`);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear search and filters' }));
    await waitFor(async () => expect(await rows()).toHaveLength(3));
    expect(location()).not.toContain('name=');
  });

  it('tells what an admin must set when the GitOps routes are missing', async () => {
    const backend = new FakeBackend([]);
    backend.failList = { status: 404, body: '404: Page Not Found' };
    backend.failSummary = backend.failList;
    renderList(backend);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'GitOps is not enabled' })).toBeTruthy();
    expect(alert.textContent).toContain('DevOps extension');
    expect(alert.textContent).toContain('agent.argocd.enabled: true');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(within(alert).getByRole('link', { name: 'Change cluster or project' })).toBeTruthy();
  });

  it('asks to log in again on 401', async () => {
    const backend = new FakeBackend([]);
    backend.failList = statusBody(401, 'Unauthorized', 'token expired');
    renderList(backend);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your session has expired');
    expect(within(alert).getByRole('button', { name: 'Log in again' })).toBeTruthy();
  });

  it('says the user has no access on 403', async () => {
    const backend = new FakeBackend([]);
    backend.failList = statusBody(403, 'Forbidden', 'applications.gitops.kubesphere.io is forbidden: User "x" cannot list resource');
    renderList(backend);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'No access to this DevOps project' })).toBeTruthy();
  });

  it('offers a retry after a network error, which loads the list', async () => {
    const backend = new FakeBackend(demoApps());
    const realFetch = backend.fetch;
    let down = true;
    backend.fetch = (async (input: string, init?: RequestInit) => {
      if (down) throw new TypeError('Failed to fetch');
      return realFetch(input, init);
    }) as typeof backend.fetch;
    renderList(backend);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Cannot reach the server');
    down = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await rows()).toHaveLength(3);
  });

  it('keeps the rows with a visible stale mark when a refresh fails', async () => {
    const backend = new FakeBackend(demoApps());
    renderList(backend);
    await rows();
    backend.failList = { status: 500, body: 'etcd is down\n' };
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    const stale = await screen.findByText(/^Stale:/);
    expect(stale.textContent).toContain('etcd is down');
    expect(await rows()).toHaveLength(3);
  });
});

describe('bulk actions', () => {
  it('syncs the selected apps and lists which succeeded and which failed, and why', async () => {
    const apps = [
      makeApp({ name: 'a1', health: 'Healthy', sync: 'OutOfSync' }),
      makeApp({ name: 'a2', health: 'Healthy', sync: 'OutOfSync' }),
      makeApp({ name: 'a3', health: 'Healthy', sync: 'OutOfSync' }),
    ];
    const backend = new FakeBackend(apps);
    backend.failAction.a2 = { status: 400, body: '[ServiceError:400] another operation is already in progress\n' };
    renderList(backend);
    await rows();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all applications on this page' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select a3' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync selected' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Sync 2 applications?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sync' }));

    const results = await screen.findByRole('region', { name: 'Action results' });
    await waitFor(() => expect(results.textContent).toContain('1 succeeded, 1 failed'));
    expect(results.textContent).toContain('Another operation is already in progress');
    expect(backend.requests.filter((r) => r.startsWith('POST'))).toHaveLength(2);
    expect(backend.requests.some((r) => r.includes('/a3/sync'))).toBe(false);
  });

  it('disables an action the server refused with 403, with the reason', async () => {
    const backend = new FakeBackend([makeApp({ name: 'a1', health: 'Healthy', sync: 'Synced' })]);
    backend.failAction.a1 = statusBody(403, 'Forbidden', 'cannot delete');
    renderList(backend);
    await rows();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select a1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const results = await screen.findByRole('region', { name: 'Action results' });
    await waitFor(() => expect(results.textContent).toContain('You do not have permission to do this.'));
    const [row] = await rows();
    const reason = /You do not have permission to delete applications/;
    const remove = within(row).getByRole('button', { name: 'Delete a1', description: reason });
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(reason, { selector: '.gitops-denied' })).toBeTruthy();
  });
});

describe('permissions', () => {
  it('shows a view-only user the list without Create, Sync, Delete or selection', async () => {
    renderList(new FakeBackend(demoApps()), LIST_URL, 'view');
    await screen.findByText(/You can view the applications of this DevOps project/);
    const [guestbook] = await rows();
    expect(within(guestbook).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Create' })).toBeNull();
  });

  it('offers the actions, and lets the server judge, when the permission check fails', async () => {
    renderList(new FakeBackend(demoApps()), LIST_URL, 'unreadable');
    const [guestbook] = await rows();
    expect(await within(guestbook).findByRole('button', { name: 'Sync guestbook' })).toBeTruthy();
  });
});

describe('row actions', () => {
  it('opens the sync dialog of one application from its row', async () => {
    renderList(new FakeBackend(demoApps()));
    const [guestbook] = await rows();
    fireEvent.click(await within(guestbook).findByRole('button', { name: 'Sync guestbook' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('form')).not.toBeNull();
  });

  it('deletes one application through the delete dialog and reports it', async () => {
    const backend = new FakeBackend(demoApps());
    renderList(backend);
    const [guestbook] = await rows();
    fireEvent.click(await within(guestbook).findByRole('button', { name: 'Delete guestbook' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'guestbook' } });
    fireEvent.submit(dialog.querySelector('form')!);
    const results = await screen.findByRole('region', { name: 'Action results' });
    expect(results.textContent).toContain('Delete: 1 succeeded, 0 failed');
    expect(backend.requests).toContain('DELETE /kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo/applications/guestbook');
    await waitFor(async () => expect(await rows()).toHaveLength(2));
  });

  it("a 403 in a row's dialog disables that action on every row, with the reason", async () => {
    const backend = new FakeBackend(demoApps());
    backend.failAction.guestbook = statusBody(403, 'Forbidden', 'cannot delete');
    renderList(backend);
    const [guestbook] = await rows();
    fireEvent.click(await within(guestbook).findByRole('button', { name: 'Delete guestbook' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'guestbook' } });
    fireEvent.submit(dialog.querySelector('form')!);
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

describe('the page header', () => {
  it('shows the cluster and DevOps project with a way to change them', async () => {
    renderList(new FakeBackend([]));
    const context = screen.getByRole('navigation', { name: 'Cluster and DevOps project' });
    expect(context.textContent).toContain('host');
    expect(context.textContent).toContain('demo');
    expect(within(context).getByRole('link', { name: 'Change cluster or project' }).getAttribute('href')).toBe('/workspaces/ws/gitops?pick=1');
    await screen.findByRole('heading', { name: 'No GitOps applications yet' });
  });
});
