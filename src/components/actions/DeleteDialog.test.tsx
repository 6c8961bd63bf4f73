// @vitest-environment jsdom
import * as React from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithEmulator, type EmulatorRenderOptions } from '../../testing/renderWithEmulator';
import { DeleteDialog } from './DeleteDialog';

const APP_URL = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/guestbook';

function Harness({ onDeleted }: { onDeleted(cascade: boolean): void }) {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open delete
      </button>
      <DeleteDialog
        open={open}
        onClose={() => setOpen(false)}
        project={{ cluster: 'host', namespace: 'demo-project' }}
        name="guestbook"
        onDeleted={onDeleted}
      />
    </>
  );
}

/** The dialog for the demo seed's guestbook, as `tenant` (who manages demo-project) unless told otherwise. */
async function openDialog(options: EmulatorRenderOptions = {}) {
  const onDeleted = vi.fn();
  const page = renderWithEmulator(<Harness onDeleted={onDeleted} />, { user: 'tenant', ...options });
  const trigger = screen.getByRole('button', { name: 'open delete' });
  trigger.focus();
  fireEvent.click(trigger);
  await screen.findByRole('dialog');
  return { page, onDeleted, stored: () => page.emulator.store.getApplication('host', 'demo-project', 'guestbook') };
}

const confirmButton = () => screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement;
const typeName = (value: string) =>
  fireEvent.change(screen.getByLabelText('Enter the application name guestbook to confirm'), { target: { value } });

describe('delete dialog', () => {
  it('explains both choices and deletes only once the exact name is typed', async () => {
    const { page, onDeleted, stored } = await openDialog();
    expect(screen.getByText(/only the application is deleted/)).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);
    typeName('guestboo');
    expect(confirmButton().disabled).toBe(true);
    typeName('Guestbook');
    expect(confirmButton().disabled).toBe(true);
    typeName('guestbook');
    expect(confirmButton().disabled).toBe(false);
    fireEvent.click(confirmButton());
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(false));
    expect(page.requests('DELETE')).toEqual([`DELETE ${APP_URL}`]);
    // Deleting: KubeSphere keeps the object until its controller has removed the finalizers.
    expect(stored()?.metadata.deletionTimestamp).toBeTruthy();
    expect(stored()?.metadata.finalizers).not.toContain('resources-finalizer.argocd.argoproj.io');
    page.emulator.settle();
    expect(stored()).toBeUndefined();
  });

  it('asks for cascade deletion of the deployed resources when chosen', async () => {
    const { page, onDeleted, stored } = await openDialog();
    fireEvent.click(screen.getByLabelText('Also delete the resources deployed by this application'));
    expect(screen.getByText('The application and all the resources it deployed will be deleted.')).toBeTruthy();
    typeName('guestbook');
    fireEvent.click(confirmButton());
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(true));
    expect(page.requests('DELETE')).toEqual([`DELETE ${APP_URL}?cascade=true`]);
    // Argo CD is told to delete what it deployed.
    expect(stored()?.metadata.finalizers).toContain('resources-finalizer.argocd.argoproj.io');
  });

  it('treats an application that is already gone as deleted', async () => {
    const { onDeleted } = await openDialog({ seed: 'empty' });
    typeName('guestbook');
    fireEvent.click(confirmButton());
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(false));
  });

  it('shows a refusal in words and keeps the dialog open', async () => {
    // viewer may only look at the applications of demo-project.
    const { onDeleted, stored } = await openDialog({ user: 'viewer' });
    typeName('guestbook');
    fireEvent.click(confirmButton());
    expect((await screen.findByRole('alert')).textContent).toContain('You do not have permission to do this.');
    expect(onDeleted).not.toHaveBeenCalled();
    expect(stored()?.metadata.deletionTimestamp).toBeUndefined();
  });

  it('explains the refusal to delete the resources of an application already being deleted', async () => {
    const { page, onDeleted } = await openDialog();
    // Someone else deleted it a moment ago; KubeSphere keeps it until its finalizers are removed.
    expect((await page.send('DELETE', APP_URL)).status).toBe(200);
    fireEvent.click(screen.getByLabelText('Also delete the resources deployed by this application'));
    typeName('guestbook');
    fireEvent.click(confirmButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This application is already being deleted, so the resources it deployed can no longer be added');
    // The server's own words stay readable below.
    expect(alert.textContent).toContain('no new finalizers can be added if the object is being deleted');
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('closes with Cancel and gives focus back', async () => {
    const { page } = await openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'open delete' }));
    expect(page.sent).toEqual([]);
  });
});
