// @vitest-environment jsdom
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type Application, resourceEntries } from '../../model';
import { useApplication } from '../../queries/applications';
import { argoStatusOf } from '../../queries/argoStatus';
import { renderWithEmulator } from '../../testing/renderWithEmulator';
import { SyncDialog } from './SyncDialog';

const PROJECT = { cluster: 'host', namespace: 'demo-project' };
const SYNC_URL = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/guestbook/sync';

/** The dialog as the detail page opens it: on the page's copy of the demo seed's guestbook (a Deployment and a Service). */
function Harness({ preselect, argoRunning }: { preselect?: boolean; argoRunning?: boolean }) {
  const [open, setOpen] = React.useState(false);
  const read = useApplication(PROJECT, 'guestbook').data;
  // As the page reads it while Argo CD runs an automated sync: the KubeSphere object holds no operation.
  const app = React.useMemo(() => (read && argoRunning ? withArgoRunning(read) : read), [read, argoRunning]);
  const resources = React.useMemo(() => (app ? resourceEntries(argoStatusOf(app).status) : []), [app]);
  if (!app) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open sync
      </button>
      <SyncDialog
        open={open}
        onClose={() => setOpen(false)}
        project={PROJECT}
        app={app}
        resources={resources}
        preselected={preselect ? [resources[0].key] : undefined}
      />
    </>
  );
}

function withArgoRunning(app: Application): Application {
  const status = JSON.parse(app.status!.argoApp!) as Record<string, unknown>;
  const argoApp = JSON.stringify({
    ...status,
    operationState: { phase: 'Running', operation: { sync: {} }, startedAt: '2026-01-01T00:00:00Z' },
  });
  return { ...app, status: { ...app.status, argoApp } };
}

async function openDialog(ui: React.ReactElement = <Harness />) {
  const page = renderWithEmulator(ui, { user: 'tenant' });
  const trigger = await screen.findByRole('button', { name: 'open sync' });
  // A click focuses the button in a browser, not in jsdom.
  trigger.focus();
  fireEvent.click(trigger);
  await screen.findByRole('dialog');
  return page;
}

const syncs = (page: ReturnType<typeof renderWithEmulator>) => page.sent.filter((r) => r.method === 'POST' && r.url === SYNC_URL);

describe('sync dialog', () => {
  it('moves focus into the dialog, closes on Escape and gives focus back to the trigger', async () => {
    await openDialog();
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Sync guestbook');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    expect(document.activeElement).toBe(screen.getByLabelText('Revision'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'open sync' }));
  });

  it('sends the body the API reads: revision, prune, strategy, sync options and retry', async () => {
    const page = await openDialog();
    fireEvent.change(screen.getByLabelText('Revision'), { target: { value: 'v2' } });
    fireEvent.click(screen.getByLabelText('Prune'));
    fireEvent.click(screen.getByLabelText('Apply only'));
    fireEvent.click(screen.getByLabelText('Force'));
    fireEvent.click(screen.getByLabelText('Server-side apply (ServerSideApply)'));
    fireEvent.click(screen.getByLabelText('Skip schema validation (Validate=false)'));
    fireEvent.change(screen.getByLabelText('Prune propagation policy (PrunePropagationPolicy)'), { target: { value: 'orphan' } });
    fireEvent.click(screen.getByLabelText('Retry a failed sync'));
    fireEvent.change(screen.getByLabelText('Retry limit'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(syncs(page)).toHaveLength(1);
    const body = syncs(page)[0].body;
    expect(body).toEqual({
      revision: 'v2',
      prune: true,
      strategy: { apply: { force: true } },
      // The app's own CreateNamespace=true is kept: the request's list replaces the app's.
      syncOptions: ['CreateNamespace=true', 'ServerSideApply=true', 'Validate=false', 'PrunePropagationPolicy=orphan'],
      retryStrategy: { limit: 4, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } },
    });
    expect(body).not.toHaveProperty('syncStrategy');
    // The server turned it into the operation Argo CD runs, started by the signed-in user.
    const operation = page.emulator.store.getApplication('host', 'demo-project', 'guestbook')!.spec.argoApp.operation;
    expect(operation).toMatchObject({ initiatedBy: { username: 'tenant' }, sync: { revision: 'v2', prune: true }, retry: { limit: 4 } });
  });

  it('syncs only the resources chosen beforehand', async () => {
    const page = await openDialog(<Harness preselect />);
    expect((screen.getByLabelText('Sync only the selected resources') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('1 of 2 resources selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    await waitFor(() => expect(syncs(page)).toHaveLength(1));
    await waitFor(() =>
      expect(syncs(page)[0].body).toEqual({
        resources: [{ group: 'apps', kind: 'Deployment', name: 'guestbook-ui', namespace: 'guestbook' }],
        syncOptions: ['CreateNamespace=true'],
      }),
    );
  });

  it('does not send an invalid retry and says why', async () => {
    const page = await openDialog();
    fireEvent.click(screen.getByLabelText('Retry a failed sync'));
    fireEvent.change(screen.getByLabelText('Backoff duration'), { target: { value: 'five seconds' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    expect(await screen.findByText('Enter a duration such as 5s, 3m or 1h30m.')).toBeTruthy();
    expect(screen.getByLabelText('Backoff duration').getAttribute('aria-invalid')).toBe('true');
    expect(syncs(page)).toHaveLength(0);
  });

  it('waits while Argo CD runs its own operation, saying why, and sends nothing', async () => {
    const page = await openDialog(<Harness argoRunning />);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('status').textContent).toContain('A sync sent now would be dropped when that operation finishes');
    const button = within(dialog).getByRole('button', { name: 'Sync' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    // Enter in a field submits the form: still nothing is sent.
    fireEvent.submit(screen.getByLabelText('Revision').closest('form')!);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(syncs(page)).toHaveLength(0);
  });

  it('explains a refused second sync in words, and stays open', async () => {
    const page = await openDialog();
    // Someone else's sync starts after the page read the application.
    expect((await page.send('POST', SYNC_URL, {}, 'admin')).status).toBe(200);
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Another sync is already running for this application.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
