// @vitest-environment jsdom
import { ACTION_RETRY } from '../../model/list/bulk';
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ALL_PERMISSIONS } from '../../model/application/permissions';
import { parseArgoStatus, type RevisionHistory } from '../../model';
import { useApplication } from '../../queries/applications';
import { argoStatusOf } from '../../queries/argoStatus';
import { renderWithEmulator, textResponse, type EmulatorRenderOptions } from '../../testing/renderWithEmulator';
import { HistoryTab } from '../detail/HistoryTable';

const PROJECT = { cluster: 'host', namespace: 'demo-project' };
const APP_URL = (name: string) => `/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/${name}`;

/** The History tab as the detail page shows it to someone who may sync. */
function Harness({ name }: { name: string }) {
  const app = useApplication(PROJECT, name).data;
  if (!app) return null;
  const repoURL = app.spec.argoApp?.spec.source?.repoURL ?? '';
  return <HistoryTab project={PROJECT} app={app} parsed={argoStatusOf(app)} permissions={ALL_PERMISSIONS} repoURL={repoURL} />;
}

type Page = ReturnType<typeof renderWithEmulator>;

/** The app's history as the emulator holds it, oldest first. */
function historyOf(page: Page, name: string): RevisionHistory[] {
  const stored = page.emulator.store.getApplication('host', 'demo-project', name)!;
  return parseArgoStatus(stored.status?.argoApp).status?.history ?? [];
}

/** Opens the dialog for the entry with `id` from its row's button, as a keyboard user would. */
async function openFor(name: string, id: number, options: EmulatorRenderOptions = {}) {
  const page = renderWithEmulator(<Harness name={name} />, { user: 'tenant', ...options });
  const button = await screen.findByRole('button', { name: new RegExp(`^Redeploy revision \\w+ \\(#${id}(, current)?\\)$`) });
  button.focus();
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  const entry = historyOf(page, name).find((h) => h.id === id)!;
  return { page, dialog, entry, button };
}

const writes = (page: Page, name: string) =>
  page.sent.filter((r) => (r.method === 'PUT' && r.url === APP_URL(name)) || (r.method === 'POST' && r.url === `${APP_URL(name)}/sync`));

describe('redeploy dialog', () => {
  it('shows the revision, when it was deployed and the automated-sync warning; Escape gives the focus back', async () => {
    const { dialog, entry, button } = await openFor('guestbook', 1);
    expect(dialog.textContent).toContain(`Redeploy revision ${entry.revision!.slice(0, 7)} (#1)`);
    expect(dialog.textContent).toContain(entry.revision);
    expect(within(dialog).getByText('Automated sync is on: Argo CD will sync back to HEAD within minutes.')).toBeTruthy();
    expect((within(dialog).getByLabelText('Turn off automated sync first') as HTMLInputElement).checked).toBe(true);
    // The sync dialog's options, from the app's own policy.
    expect((within(dialog).getByLabelText('Create the namespace if missing (CreateNamespace)') as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByLabelText('Prune')).toBeTruthy();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('turns automated sync off with a PUT that keeps everything else, then syncs to the revision', async () => {
    const { page, entry } = await openFor('guestbook', 1);
    const before = page.emulator.store.getApplication('host', 'demo-project', 'guestbook')!;
    fireEvent.click(screen.getByLabelText('Prune'));
    fireEvent.click(screen.getByRole('button', { name: 'Redeploy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const [put, sync] = writes(page, 'guestbook');
    expect(writes(page, 'guestbook')).toHaveLength(2);
    expect(put.method).toBe('PUT');
    const body = put.body as typeof before;
    expect(body.spec.argoApp.spec.syncPolicy).toEqual({ syncOptions: ['CreateNamespace=true'] });
    expect({ ...body.spec.argoApp.spec, syncPolicy: undefined }).toEqual({ ...before.spec.argoApp.spec, syncPolicy: undefined });
    expect(body.metadata.labels).toEqual(before.metadata.labels);
    expect(body.metadata.annotations).toEqual(before.metadata.annotations);
    expect(sync.method).toBe('POST');
    expect(sync.body).toEqual({ revision: entry.revision, prune: true, syncOptions: ['CreateNamespace=true'] });

    const stored = page.emulator.store.getApplication('host', 'demo-project', 'guestbook')!;
    expect(stored.spec.argoApp.spec.syncPolicy.automated).toBeUndefined();
    expect(stored.spec.argoApp.operation).toMatchObject({ initiatedBy: { username: 'tenant' }, sync: { revision: entry.revision } });
  });

  it('sends no PUT when the box is cleared', async () => {
    const { page, entry } = await openFor('guestbook', 0);
    fireEvent.click(screen.getByLabelText('Turn off automated sync first'));
    fireEvent.click(screen.getByRole('button', { name: 'Redeploy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writes(page, 'guestbook').map((r) => r.method)).toEqual(['POST']);
    expect(writes(page, 'guestbook')[0].body).toEqual({ revision: entry.revision, syncOptions: ['CreateNamespace=true'] });
    expect(page.emulator.store.getApplication('host', 'demo-project', 'guestbook')!.spec.argoApp.spec.syncPolicy.automated).toBeTruthy();
  });

  it('neither warns nor sends a PUT for an app without automated sync', async () => {
    const { page, dialog, entry } = await openFor('helm-guestbook', 0);
    expect(within(dialog).queryByText(/Automated sync is on/)).toBeNull();
    expect(within(dialog).queryByLabelText('Turn off automated sync first')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Redeploy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writes(page, 'helm-guestbook').map((r) => r.method)).toEqual(['POST']);
    expect((writes(page, 'helm-guestbook')[0].body as { revision: string }).revision).toBe(entry.revision);
  });

  it('sends no sync when turning automated sync off failed, and says so', async () => {
    const { page } = await openFor('guestbook', 1);
    // The fresh read is answered with the stored app; every PUT after it is refused as stale, so the
    // edit's retries (read again, apply again) run out.
    const stored = JSON.stringify(page.emulator.store.getApplication('host', 'demo-project', 'guestbook'));
    page.intercept(/^\/kapis\/.*\/applications\/guestbook$/, (request) =>
      request.method === 'PUT'
        ? textResponse(
            409,
            'Operation cannot be fulfilled on applications.gitops.kubesphere.io "guestbook": the object has been modified\n',
          )
        : new Response(stored, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Redeploy' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Automated sync could not be turned off, so nothing was redeployed.');
    expect(writes(page, 'guestbook').map((r) => r.method)).toEqual(Array(1 + ACTION_RETRY.delaysMs.length).fill('PUT'));
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('says that automated sync is now off when the sync after it was refused', async () => {
    const { page } = await openFor('guestbook', 1);
    page.intercept(/\/applications\/guestbook\/sync$/, () =>
      textResponse(403, 'applications.gitops.kubesphere.io "guestbook" is forbidden\n'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Redeploy' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Automated sync is now off, but the redeploy failed.');
    expect(writes(page, 'guestbook').map((r) => r.method)).toEqual(['PUT', 'POST']);
    expect(page.emulator.store.getApplication('host', 'demo-project', 'guestbook')!.spec.argoApp.spec.syncPolicy.automated).toBeUndefined();
  });
});
