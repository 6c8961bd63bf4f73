// @vitest-environment jsdom
/**
 * The detail page kept current by the application watch (queries/watch.ts) through the emulator's
 * msw WebSocket link, and polling as the fallback.
 */
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { argoStatusOf, clearDecodedStatuses } from '../../queries/argoStatus';
import type { Application } from '../../model';
import { renderWithEmulator, type EmulatorRenderOptions, type EmulatorRenderResult } from '../../testing/renderWithEmulator';
import { DetailPage } from './DetailPage';

const API = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';
const show = (name: string, options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(<DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name={name} />, {
    route: `/workspaces/demo-workspace/gitops/host/demo-project/applications/${name}`,
    watch: true,
    settle: true,
    ...options,
  });

const header = () => document.querySelector('.gitops-detail-header') as HTMLElement;
const shownHeader = () =>
  waitFor(() => {
    const found = header();
    if (!found) throw new Error('no header yet');
    return found;
  });

/** Argo CD reports another health for `name`, written as the status controller writes it. */
async function setHealth(page: EmulatorRenderResult, name: string, health: string) {
  const argo = page.emulator.store.getArgoApplication('host', name) as { status: Record<string, unknown> };
  const status = { ...argo.status, health: { status: health } };
  const response = await page.send('PUT', `/_emulator/v1/clusters/host/namespaces/demo-project/applications/${name}/argo-status`, status);
  expect(response.status).toBe(200);
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  vi.unstubAllGlobals();
});

const detailGets = (page: EmulatorRenderResult, name: string) => page.requests(`GET ${API}/${name}`).length;

describe('the detail page watches its application', () => {
  it('shows a status change from the watch, without asking for the application again', async () => {
    const page = show('guestbook');
    await within(await shownHeader()).findByText('Healthy');
    await waitFor(() => expect(page.emulator.openWatches).toBe(1));
    // Listed once (kube-apiserver's list of one item) for the resourceVersion to watch from.
    expect(page.requests('GET /apis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications?limit=1')).toHaveLength(1);
    const before = detailGets(page, 'guestbook');

    await setHealth(page, 'guestbook', 'Degraded');
    expect(await within(header()).findByText('Degraded')).toBeTruthy();
    expect(detailGets(page, 'guestbook')).toBe(before);

    await setHealth(page, 'guestbook', 'Healthy');
    expect(await within(header()).findByText('Healthy')).toBeTruthy();
    expect(detailGets(page, 'guestbook')).toBe(before);
  });

  it('reconnects after the connection drops and keeps updating', async () => {
    const page = show('guestbook');
    await within(await shownHeader()).findByText('Healthy');
    await waitFor(() => expect(page.emulator.openWatches).toBe(1));
    const before = detailGets(page, 'guestbook');
    await page.send('PUT', '/_emulator/v1/faults', { dropWatches: true });
    expect(page.emulator.openWatches).toBe(0);
    // A change while disconnected is replayed from the last resourceVersion after the reconnect (1 s ± 20 %).
    await setHealth(page, 'guestbook', 'Degraded');
    await waitFor(() => expect(page.emulator.openWatches).toBe(1), { timeout: 3000 });
    expect(await within(header()).findByText('Degraded')).toBeTruthy();
    await setHealth(page, 'guestbook', 'Progressing');
    expect(await within(header()).findByText('Progressing')).toBeTruthy();
    expect(detailGets(page, 'guestbook')).toBe(before);
    // Resumed, not listed again.
    expect(page.requests('?limit=1')).toHaveLength(1);
  });

  it('lists again and refetches when the resourceVersion has expired (410)', async () => {
    const page = show('guestbook');
    await within(await shownHeader()).findByText('Healthy');
    await waitFor(() => expect(page.emulator.openWatches).toBe(1));
    await page.send('PUT', '/_emulator/v1/faults', { dropWatches: true });
    await setHealth(page, 'guestbook', 'Degraded');
    // The change leaves the server's watch history before the page reconnects.
    page.emulator.advance(6 * 60_000);
    await waitFor(() => expect(page.requests('?limit=1')).toHaveLength(2), { timeout: 4000 });
    await waitFor(() => expect(page.emulator.openWatches).toBe(1));
    expect(await within(header()).findByText('Degraded')).toBeTruthy();
  });

  it('polls as before when the gateway does not pass the upgrade', async () => {
    const page = show('guestbook', { polling: true, before: (emulator) => emulator.setFaults({ watchDisabled: true }) });
    await within(await shownHeader()).findByText('Healthy');
    const before = detailGets(page, 'guestbook');
    await setHealth(page, 'guestbook', 'Degraded');
    // The detail's 5 s poll.
    expect(await within(header()).findByText('Degraded', {}, { timeout: 8000 })).toBeTruthy();
    expect(detailGets(page, 'guestbook')).toBeGreaterThan(before);
    expect(page.emulator.openWatches).toBe(0);
  }, 15_000);

  it('closes the watch while the tab is hidden; shown again, lists, refetches and watches', async () => {
    const page = show('guestbook');
    await within(await shownHeader()).findByText('Healthy');
    await waitFor(() => expect(page.emulator.openWatches).toBe(1));
    const before = detailGets(page, 'guestbook');
    setVisibility('hidden');
    await waitFor(() => expect(page.emulator.openWatches).toBe(0));
    await setHealth(page, 'guestbook', 'Degraded');
    setVisibility('visible');
    expect(await within(header()).findByText('Degraded')).toBeTruthy();
    await waitFor(() => expect(page.emulator.openWatches).toBe(1));
    expect(page.requests('?limit=1')).toHaveLength(2);
    expect(detailGets(page, 'guestbook')).toBe(before + 1);
  });

  it('an expired session is said once the server ends the watch and the next upgrade is refused', async () => {
    const page = show('guestbook');
    await within(await shownHeader()).findByText('Healthy');
    await waitFor(() => expect(page.emulator.openWatches).toBe(1));
    const lists = page.requests('?limit=1').length;
    page.emulator.setFaults({ sessionExpired: true });
    // An open watch outlives its token until the server ends it (its timeoutSeconds; here dropped).
    await page.send('PUT', '/_emulator/v1/faults', { dropWatches: true });
    expect((await screen.findByRole('alert', {}, { timeout: 6_000 })).textContent).toContain('Your session has expired');
    // The refused upgrade was followed by one list asking why, and nothing watches any more.
    expect(page.requests('?limit=1')).toHaveLength(lists + 1);
    expect(page.emulator.openWatches).toBe(0);
  }, 15_000);

  it('polls where there is no WebSocket', async () => {
    vi.stubGlobal('WebSocket', undefined);
    const page = show('guestbook', { polling: true });
    await within(await shownHeader()).findByText('Healthy');
    const before = detailGets(page, 'guestbook');
    await setHealth(page, 'guestbook', 'Degraded');
    expect(await within(header()).findByText('Degraded', {}, { timeout: 8000 })).toBeTruthy();
    expect(detailGets(page, 'guestbook')).toBeGreaterThan(before);
    expect(page.requests('?limit=1')).toHaveLength(0);
  }, 15_000);

  it('does not watch for a user who may not (403 on the list): the page polls', async () => {
    const page = show('guestbook', { user: 'outsider' });
    expect((await screen.findByRole('alert')).textContent).toContain('No permission');
    await waitFor(() => expect(page.requests('?limit=1')).toHaveLength(1));
    expect(page.emulator.openWatches).toBe(0);
  });
});

describe('what the watch sends is what the kapis GET returns', () => {
  it('the same object, decoded to the same status', async () => {
    const page = show('guestbook', { watch: false });
    await within(await shownHeader()).findByText('Healthy');
    const watch = await page.emulator.watch(
      '/apis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications?watch=true&fieldSelector=metadata.name%3Dguestbook',
      { user: 'admin' },
    );
    const [event] = await watch.take(1);
    watch.close();
    const got = (await (await page.send('GET', `${API}/guestbook`)).json()) as Application;
    expect(event.type).toBe('ADDED');
    expect(event.object).toEqual(got);
    clearDecodedStatuses();
    const fromWatch = argoStatusOf(event.object as unknown as Application);
    clearDecodedStatuses();
    expect(fromWatch).toEqual(argoStatusOf(got));
  });
});
