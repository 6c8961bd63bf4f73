// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import {
  ANNOTATION_ARGOCD_REFRESH,
  type Application,
  FINALIZER_APPLICATION,
  FINALIZER_ARGOCD_RESOURCES,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
} from '../../model';
import { application, renderWithEmulator, textResponse, type EmulatorRenderOptions } from '../../testing/renderWithEmulator';
import { formatDateTime } from '../../components/common/localeFormat';
import { CREATING_GRACE_MS, DetailPage } from './DetailPage';

const BASE = '/workspaces/demo-workspace/gitops/host/demo-project';
const API = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';
const page = (name: string) => <DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name={name} />;
const show = (name: string, options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(page(name), { route: `${BASE}/applications/${name}`, ...options });

let routerState: unknown;
function StateProbe() {
  routerState = useLocation().state;
  return null;
}

/** The detail page as the wizard opens it after a create: with `{ justCreated: true }` in the router state. */
const showAfterCreate = (name: string, options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(
    <Routes>
      <Route path="/created" element={<Navigate to={`${BASE}/applications/${name}`} replace state={{ justCreated: true }} />} />
      <Route
        path={`${BASE}/applications/:name`}
        element={
          <>
            {page(name)}
            <StateProbe />
          </>
        }
      />
    </Routes>,
    { route: '/created', path: '*', ...options },
  );

/** Records whether an alert was ever shown, even for a moment. */
function watchAlerts(): () => boolean {
  let seen = false;
  const observer = new MutationObserver(() => {
    seen ||= document.querySelector('[role="alert"]') !== null;
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

/** What the API answers while its cache has not seen the new app yet. */
const notYetCached = (name: string) => () => textResponse(404, `Application.gitops.kubesphere.io "${name}" not found\n`);

/** Marks an app of the emulator as terminating, as the API leaves it after a DELETE, without waking the controller. */
function terminate(emulator: Parameters<NonNullable<EmulatorRenderOptions['before']>>[0], name: string, finalizers: string[]) {
  const app = emulator.store.getApplication('host', 'demo-project', name)!;
  const deletionTimestamp = new Date(emulator.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  emulator.store.putRaw('host', 'demo-project', name, { ...app, metadata: { ...app.metadata, deletionTimestamp, finalizers } });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('detail page right after our own create', () => {
  it('reads a 404 as "being created", without an error, until the server has it', async () => {
    const alerted = watchAlerts();
    const view = showAfterCreate('fresh', { seed: { objects: [application({ name: 'fresh' })] } });
    const lagging = view.intercept(/\/applications\/fresh$/, notYetCached('fresh'));
    expect((await screen.findByRole('status')).textContent).toContain('Creating application "fresh"');
    expect(routerState).toEqual({ justCreated: true });
    // It keeps asking, calmly.
    await waitFor(() => expect(view.requests(`GET ${API}/fresh`).length).toBeGreaterThanOrEqual(3), { timeout: 5000 });
    lagging();
    expect(await screen.findByRole('tablist', { name: 'Application details' }, { timeout: 3000 })).toBeTruthy();
    expect(alerted()).toBe(false);
    // A reload later must not wait for a create again: the router state is dropped.
    await waitFor(() => expect(routerState).toBeNull());
    expect(view.location()).toBe(`${BASE}/applications/fresh`);
  });

  it('shows the usual "not found" once the grace is over', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const view = showAfterCreate('ghost');
    view.intercept(/\/applications\/ghost$/, notYetCached('ghost'));
    expect((await screen.findByRole('status')).textContent).toContain('Creating application "ghost"');
    expect(screen.queryByRole('alert')).toBeNull();
    vi.setSystemTime(Date.now() + CREATING_GRACE_MS + 1000);
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toContain('Application "ghost" not found');
  });
});

describe('a terminating application', () => {
  it('says what the deletion waits for, offers no action, and says when it is gone', async () => {
    const view = show('guestbook', { before: (e) => terminate(e, 'guestbook', [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES]) });
    const notice = (await screen.findByText(/Deletion requested at/)).closest('[role="status"]') as HTMLElement;
    expect(notice.textContent).toContain(
      `the KubeSphere controller to delete the Argo CD application guestbook (${FINALIZER_APPLICATION})`,
    );
    expect(notice.textContent).toContain(
      `Argo CD to delete the resources this application deployed, a cascade delete (${FINALIZER_ARGOCD_RESOURCES})`,
    );
    expect(notice.textContent).toContain('normally takes a few seconds');
    expect(screen.getByText('No actions are available while the application is being deleted.')).toBeTruthy();
    for (const name of ['Sync', 'Delete', 'Refresh', 'Sync now']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Diagnostics' })).toBeNull();
    expect(screen.queryByText(/has not reported a status/)).toBeNull();

    // The controller removes the finalizers: the object is gone.
    const app = view.emulator.store.getApplication('host', 'demo-project', 'guestbook')!;
    await view.send('PUT', `${API}/guestbook`, { ...app, metadata: { ...app.metadata, finalizers: [] } });
    expect(view.emulator.store.getApplication('host', 'demo-project', 'guestbook')).toBeUndefined();
    await act(() => view.client.invalidateQueries());
    expect((await screen.findByText('Application "guestbook" has been deleted')).closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByText(/Deletion requested at/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('without the location label and never mirrored: removes the finalizers, and no Argo CD application is touched', async () => {
    // Never mirrored (no argocd-application label, no status) and named like demo-staging's app:
    // woken up, the controller would delete that project's Argo CD application guestbook-staging.
    const view = show('guestbook-staging', {
      before: (e) => {
        const template = e.store.getApplication('host', 'demo-project', 'private-guestbook')!;
        e.store.putRaw('host', 'demo-project', 'guestbook-staging', {
          ...template,
          metadata: { ...template.metadata, name: 'guestbook-staging', uid: 'same-name-uid' },
        });
        terminate(e, 'guestbook-staging', [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES]);
      },
    });
    expect(view.emulator.store.getArgoApplication('host', 'guestbook-staging')).toBeTruthy();
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByText(/It never got an Argo CD application/)).toBeTruthy();
    expect(within(diagnostics).queryByRole('button', { name: /Restore the label/ })).toBeNull();
    // Offered once the user's rights are known, as the header's actions are.
    fireEvent.click(await within(diagnostics).findByRole('button', { name: 'Remove the controller finalizers and finish deleting' }));
    expect(await screen.findByText(/Finalizers removed/)).toBeTruthy();

    // Only the finalizers go: no label, no annotation, nothing the controller wakes up for.
    const sent = view.sent.find((r) => r.method === 'PUT')!.body as Application;
    expect(sent.metadata.finalizers).toEqual([]);
    expect(sent.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBeUndefined();
    expect(sent.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBeUndefined();
    view.emulator.settle();
    expect(view.emulator.store.getApplication('host', 'demo-project', 'guestbook-staging')).toBeUndefined();
    // The other project's application and its deployment live on.
    expect(view.emulator.store.getArgoApplication('host', 'guestbook-staging')).toBeTruthy();
    expect(view.emulator.store.getApplication('host', 'demo-staging', 'guestbook-staging')).toBeTruthy();
    await act(() => view.client.invalidateQueries());
    expect(await screen.findByText('Application "guestbook-staging" has been deleted')).toBeTruthy();
  });

  it('sends nothing when the app no longer is as the page showed it', async () => {
    const view = show('private-guestbook', { before: (e) => terminate(e, 'private-guestbook', [FINALIZER_ARGOCD_RESOURCES]) });
    const remove = await screen.findByRole('button', { name: 'Remove the controller finalizers and finish deleting' });
    // Meanwhile it turns out to have had an Argo CD application after all.
    const app = view.emulator.store.getApplication('host', 'demo-project', 'private-guestbook')!;
    const labels = { ...app.metadata.labels, [LABEL_ARGOCD_APPLICATION]: 'private-guestbook' };
    view.emulator.store.putRaw('host', 'demo-project', 'private-guestbook', { ...app, metadata: { ...app.metadata, labels } });
    fireEvent.click(remove);
    expect(await screen.findByText(/changed after this page showed it, so nothing was sent/)).toBeTruthy();
    expect(view.requests('PUT')).toEqual([]);
  });

  it('without the location label, its Argo CD application named: the fix restores the label and the controller finishes', async () => {
    const view = show('guestbook', {
      before: (e) => {
        terminate(e, 'guestbook', [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES]);
        const app = e.store.getApplication('host', 'demo-project', 'guestbook')!;
        const labels = { ...app.metadata.labels };
        delete labels[LABEL_ARGOCD_LOCATION];
        e.store.putRaw('host', 'demo-project', 'guestbook', { ...app, metadata: { ...app.metadata, labels } });
      },
    });
    expect(await screen.findByText(/cannot finish by itself/)).toBeTruthy();
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByText(/Deletion cannot finish/)).toBeTruthy();
    expect(within(diagnostics).queryByRole('button', { name: /Add the label/ })).toBeNull();
    fireEvent.click(await within(diagnostics).findByRole('button', { name: 'Restore the label (location: argocd) and finish deleting' }));
    expect(await screen.findByText(/Label restored/)).toBeTruthy();

    // The label, and an annotation change the controller wakes up for; no new finalizer (422).
    const sent = view.sent.find((r) => r.method === 'PUT')!.body as Application;
    expect(sent.metadata.labels?.[LABEL_ARGOCD_LOCATION]).toBe('argocd');
    expect(sent.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('normal');
    expect(sent.metadata.finalizers).toEqual([FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES]);
    view.emulator.settle();
    expect(view.emulator.store.getApplication('host', 'demo-project', 'guestbook')).toBeUndefined();
    expect(view.emulator.store.getArgoApplication('host', 'guestbook')).toBeUndefined();
    await act(() => view.client.invalidateQueries());
    expect(await screen.findByText('Application "guestbook" has been deleted')).toBeTruthy();
  });

  it('writes when the deletion was requested as a date of the console, not as a raw timestamp', async () => {
    let since = '';
    show('private-guestbook', {
      before: (e) => {
        terminate(e, 'private-guestbook', [FINALIZER_ARGOCD_RESOURCES]);
        since = e.store.getApplication('host', 'demo-project', 'private-guestbook')!.metadata.deletionTimestamp as string;
      },
    });
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    const cause = within(diagnostics).getByText(/waiting to be deleted since/);
    expect(cause.textContent).toContain(`since ${formatDateTime(since, 'en')}, but`);
    expect(cause.textContent).not.toContain(since);
    expect(screen.getByText(/Deletion requested at/).textContent).toContain(formatDateTime(since, 'en'));
  });

  it('says it in Chinese too, with the date and the list written the Chinese way', async () => {
    let since = '';
    show('private-guestbook', {
      lang: 'zh',
      before: (e) => {
        terminate(e, 'private-guestbook', [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES]);
        since = e.store.getApplication('host', 'demo-project', 'private-guestbook')!.metadata.deletionTimestamp as string;
      },
    });
    expect(await screen.findByText('删除无法完成', { exact: false })).toBeTruthy();
    expect(await screen.findByRole('button', { name: '移除控制器的终结器并完成删除' })).toBeTruthy();
    expect(screen.getByText('应用删除期间不可执行任何操作。')).toBeTruthy();
    const cause = screen.getByText(/起等待删除/);
    expect(cause.textContent).toContain(`应用自 ${formatDateTime(since, 'zh-CN')} 起`);
    expect(cause.textContent).toContain(`（${FINALIZER_APPLICATION}、${FINALIZER_ARGOCD_RESOURCES}）`);
  });

  it('shows a view-only user why it never finishes, and who can fix it, without a button', async () => {
    show('private-guestbook', { user: 'viewer', before: (e) => terminate(e, 'private-guestbook', [FINALIZER_ARGOCD_RESOURCES]) });
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByText(/Deletion cannot finish/)).toBeTruthy();
    expect(await within(diagnostics).findByText(/an operator of this DevOps project can apply it/)).toBeTruthy();
    expect(within(diagnostics).queryByRole('button')).toBeNull();
  });
});

describe('a name the controller cannot mirror', () => {
  const LONG = `shop-${'frontend-'.repeat(7)}canary`; // 74 characters

  it('explains the length and offers to create it again from a copy of its manifest', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    show(LONG, { seed: { objects: [application({ name: LONG })], reconcile: false } });
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByText(/Name too long for Argo CD/)).toBeTruthy();
    expect(within(diagnostics).getByText(/The name has 74 characters/)).toBeTruthy();
    expect(within(diagnostics).getAllByRole('listitem')).toHaveLength(1);
    // No promise of a status that will never come.
    expect(screen.queryByText(/has not reported a status/)).toBeNull();
    expect((await within(diagnostics).findByRole('link', { name: 'Create an application' })).getAttribute('href')).toBe(`${BASE}/create`);
    fireEvent.click(within(diagnostics).getByRole('button', { name: 'Copy the manifest' }));
    await waitFor(() => expect(copied).not.toBe(''));
    const manifest = JSON.parse(copied) as Application;
    expect(manifest.metadata.name).toBe(LONG);
    expect(manifest.status).toBeUndefined();
    expect(manifest.metadata.labels?.[LABEL_ARGOCD_APPLICATION]).toBeUndefined();
    expect(manifest.spec.argoApp?.spec.source?.path).toBe('guestbook');
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('offers no sync or refresh, which would be accepted and never run, and names no Argo CD application', async () => {
    show(LONG, { seed: { objects: [application({ name: LONG })], reconcile: false } });
    expect(await screen.findByText('Sync and refresh are unavailable: Argo CD has no application for this name.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sync' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(screen.getByText('Not created (see Diagnostics)')).toBeTruthy();
  });
});
