// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { type Application, resourceEntries, parseArgoStatus } from '../../model';
import { makeApp } from '../../model/testFixtures';
import { ApiError, fakeApi, installTestTranslations, renderWithProviders } from '../detail/testing';
import { SyncDialog } from './SyncDialog';

const STATUS = JSON.stringify({
  resources: [
    { group: 'apps', version: 'v1', kind: 'Deployment', namespace: 'demo', name: 'guestbook-ui', status: 'OutOfSync' },
    { version: 'v1', kind: 'Service', namespace: 'demo', name: 'guestbook-ui', status: 'Synced' },
  ],
});

function Harness({ app, preselected }: { app: Application; preselected?: string[] }) {
  const [open, setOpen] = React.useState(false);
  const resources = React.useMemo(() => resourceEntries(parseArgoStatus(app.status?.argoApp).status), [app]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open sync
      </button>
      <SyncDialog open={open} onClose={() => setOpen(false)} project={{ cluster: 'host', namespace: 'demo-project' }} app={app} resources={resources} preselected={preselected} />
    </>
  );
}

const app = () => makeApp({ name: 'guestbook', namespace: 'demo-project', argoApp: STATUS });

function openDialog(ui: React.ReactElement, sync = vi.fn().mockResolvedValue(app())) {
  renderWithProviders(ui, { api: fakeApi({ sync }) });
  const trigger = screen.getByRole('button', { name: 'open sync' });
  // A click focuses the button in a browser, not in jsdom.
  trigger.focus();
  fireEvent.click(trigger);
  return sync;
}

beforeAll(() => installTestTranslations());
afterEach(cleanup);

describe('sync dialog', () => {
  it('moves focus into the dialog, closes on Escape and gives focus back to the trigger', async () => {
    openDialog(<Harness app={app()} />);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Sync guestbook');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    expect(document.activeElement).toBe(screen.getByLabelText('Revision'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'open sync' }));
  });

  it('sends the body the API reads: revision, prune, strategy, sync options and retry', async () => {
    const sync = openDialog(<Harness app={app()} />);
    await screen.findByRole('dialog');
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
    await waitFor(() => expect(sync).toHaveBeenCalledTimes(1));
    const [ctx, namespace, name, body] = sync.mock.calls[0];
    expect(ctx).toMatchObject({ cluster: 'host' });
    expect([namespace, name]).toEqual(['demo-project', 'guestbook']);
    expect(body).toEqual({
      revision: 'v2',
      prune: true,
      strategy: { apply: { force: true } },
      // The app's own CreateNamespace=true is kept: the request's list replaces the app's.
      syncOptions: ['CreateNamespace=true', 'ServerSideApply=true', 'Validate=false', 'PrunePropagationPolicy=orphan'],
      retryStrategy: { limit: 4, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } },
    });
    expect(body).not.toHaveProperty('syncStrategy');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('syncs only the resources chosen beforehand', async () => {
    const entries = resourceEntries(parseArgoStatus(STATUS).status);
    const sync = openDialog(<Harness app={app()} preselected={[entries[0].key]} />);
    await screen.findByRole('dialog');
    expect((screen.getByLabelText('Sync only the selected resources') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('1 of 2 resources selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    await waitFor(() => expect(sync).toHaveBeenCalledTimes(1));
    expect(sync.mock.calls[0][3]).toEqual({
      resources: [{ group: 'apps', kind: 'Deployment', name: 'guestbook-ui', namespace: 'demo' }],
      syncOptions: ['CreateNamespace=true'],
    });
  });

  it('does not send an invalid retry and says why', async () => {
    const sync = openDialog(<Harness app={app()} />);
    await screen.findByRole('dialog');
    fireEvent.click(screen.getByLabelText('Retry a failed sync'));
    fireEvent.change(screen.getByLabelText('Backoff duration'), { target: { value: 'five seconds' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    expect(await screen.findByText('Enter a duration such as 5s, 3m or 1h30m.')).toBeTruthy();
    expect(screen.getByLabelText('Backoff duration').getAttribute('aria-invalid')).toBe('true');
    expect(sync).not.toHaveBeenCalled();
  });

  it('explains a refused second sync in words, and stays open', async () => {
    const refused = vi.fn().mockRejectedValue(new ApiError(400, 'operation-in-progress', '[ServiceError:400] another operation is already in progress'));
    openDialog(<Harness app={app()} />, refused);
    await screen.findByRole('dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Another sync is already running for this application.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
