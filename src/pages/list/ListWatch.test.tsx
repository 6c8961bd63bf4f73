// @vitest-environment jsdom
/**
 * The list page kept current by the application watch (queries/watch.ts) through the emulator's
 * msw WebSocket link: rows patched in place, lists and summary refetched once per burst.
 */
import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetDeletions } from '../../state/deletedApps';
import { application, renderWithEmulator, type EmulatorRenderOptions, type EmulatorRenderResult } from '../../testing/renderWithEmulator';
import { WATCH_DEBOUNCE_MS } from '../../queries/watch';
import { ListPage } from './ListPage';

afterEach(forgetDeletions);

const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';
const API = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project';

const APPS = {
  objects: [
    application({ name: 'guestbook', automated: true, created: '2024-01-03T00:00:00Z' }),
    application({ name: 'payments', automated: true, path: 'apps/payment-degraded', created: '2024-01-02T00:00:00Z' }),
  ],
};

const renderList = (options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(<ListPage />, { route: LIST_URL, seed: APPS, settle: true, watch: true, ...options });

async function row(name: string, timeout = 1000) {
  const table = await screen.findByRole('table', { name: 'Applications' });
  const link = await within(table).findByRole('link', { name }, { timeout });
  return link.closest('tr') as HTMLElement;
}

const lists = (page: EmulatorRenderResult) => page.requests(`GET ${API}/applications?`).length;
const summaries = (page: EmulatorRenderResult) => page.requests(`GET ${API}/application-summary`).length;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setHealth(page: EmulatorRenderResult, name: string, health: string) {
  const argo = page.emulator.store.getArgoApplication('host', name) as { status: Record<string, unknown> };
  const response = await page.send('PUT', `/_emulator/v1/clusters/host/namespaces/demo-project/applications/${name}/argo-status`, {
    ...argo.status,
    health: { status: health },
  });
  expect(response.status).toBe(200);
}

async function watching(page: EmulatorRenderResult) {
  await row('guestbook');
  await waitFor(() => expect(page.emulator.openWatches).toBe(1));
}

describe('the list page watches the applications', () => {
  it('changes a row from the watch without a list refetch; the summary is refetched once', async () => {
    const page = renderList();
    await watching(page);
    expect(within(await row('guestbook')).queryByText('Degraded')).toBeNull();
    const before = { lists: lists(page), summaries: summaries(page) };

    await setHealth(page, 'guestbook', 'Degraded');
    await waitFor(async () => expect((await row('guestbook')).textContent).toContain('Degraded'));
    expect(lists(page)).toBe(before.lists);
    // The counts move: the summary is asked for again once the burst is over, the unfiltered page is not.
    await waitFor(() => expect(summaries(page)).toBe(before.summaries + 1), { timeout: WATCH_DEBOUNCE_MS + 1500 });
    await pause(300);
    expect(lists(page)).toBe(before.lists);
  });

  it('refetches a filtered list when an application may have left or entered it', async () => {
    const page = renderList({ route: `${LIST_URL}?health=Degraded` });
    await screen.findByRole('table', { name: 'Applications' });
    await waitFor(() => expect(page.emulator.openWatches).toBe(1));
    await row('payments');
    const before = lists(page);
    await setHealth(page, 'guestbook', 'Degraded');
    expect(await row('guestbook', WATCH_DEBOUNCE_MS + 2000)).toBeTruthy();
    expect(lists(page)).toBe(before + 1);
  });

  it('refetches the list once for a burst of changes, never once per event', async () => {
    const page = renderList();
    await watching(page);
    const before = { lists: lists(page), summaries: summaries(page) };
    // 21 changes of each application; its health ends elsewhere than it began (40 would bring it back).
    const burst = await page.send('POST', '/_emulator/v1/clusters/host/namespaces/demo-project/applications-burst', { count: 42 });
    expect(burst.status).toBe(200);
    await pause(WATCH_DEBOUNCE_MS + 800);
    expect(summaries(page) - before.summaries).toBe(1);
    expect(lists(page)).toBe(before.lists);
  });

  it('shows a created application after one list refetch', async () => {
    const page = renderList();
    await watching(page);
    const before = lists(page);
    const created = await page.send('POST', `${API}/applications`, {
      metadata: { name: 'from-another-tab' },
      spec: { kind: 'argocd', argoApp: { spec: { destination: {}, source: {} } } },
    });
    expect(created.status).toBe(200);
    // After the debounce.
    expect(await row('from-another-tab', WATCH_DEBOUNCE_MS + 2000)).toBeTruthy();
    expect(lists(page)).toBe(before + 1);
  });

  it('polls as before when the watch is refused', async () => {
    const page = renderList({ polling: true, before: (emulator) => emulator.setFaults({ watchDisabled: true }) });
    await row('guestbook');
    const before = lists(page);
    await setHealth(page, 'guestbook', 'Degraded');
    // The list's 10 s poll.
    await waitFor(async () => expect((await row('guestbook')).textContent).toContain('Degraded'), { timeout: 12_000 });
    expect(lists(page)).toBeGreaterThan(before);
    expect(page.emulator.openWatches).toBe(0);
  }, 20_000);

  it('reconnects after a drop and still updates the rows', async () => {
    const page = renderList();
    await watching(page);
    await page.send('PUT', '/_emulator/v1/faults', { dropWatches: true });
    await waitFor(() => expect(page.emulator.openWatches).toBe(1), { timeout: 3000 });
    const before = lists(page);
    await setHealth(page, 'guestbook', 'Degraded');
    await waitFor(async () => expect((await row('guestbook')).textContent).toContain('Degraded'));
    expect(lists(page)).toBe(before);
  });
});
