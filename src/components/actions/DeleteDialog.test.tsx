// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { makeApp } from '../../model/testFixtures';
import { ApiError, fakeApi, type GitOpsApi, installTestTranslations, renderWithProviders } from '../detail/testing';
import { DeleteDialog } from './DeleteDialog';

function Harness({ onDeleted }: { onDeleted(cascade: boolean): void }) {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open delete
      </button>
      <DeleteDialog open={open} onClose={() => setOpen(false)} project={{ cluster: 'host', namespace: 'demo-project' }} name="guestbook" onDeleted={onDeleted} />
    </>
  );
}

async function openDialog(remove: GitOpsApi['remove']) {
  const onDeleted = vi.fn();
  renderWithProviders(<Harness onDeleted={onDeleted} />, { api: fakeApi({ remove }) });
  const trigger = screen.getByRole('button', { name: 'open delete' });
  trigger.focus();
  fireEvent.click(trigger);
  await screen.findByRole('dialog');
  return onDeleted;
}

const confirmButton = () => screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement;
const typeName = (value: string) => fireEvent.change(screen.getByLabelText('Enter the application name guestbook to confirm'), { target: { value } });

beforeAll(() => installTestTranslations());
afterEach(cleanup);

describe('delete dialog', () => {
  it('explains both choices and deletes only once the exact name is typed', async () => {
    const remove = vi.fn().mockResolvedValue(makeApp({ name: 'guestbook' }));
    const onDeleted = await openDialog(remove);
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
    expect(remove).toHaveBeenCalledWith(expect.objectContaining({ cluster: 'host' }), 'demo-project', 'guestbook', false);
  });

  it('asks for cascade deletion of the deployed resources when chosen', async () => {
    const remove = vi.fn().mockResolvedValue(makeApp({ name: 'guestbook' }));
    const onDeleted = await openDialog(remove);
    fireEvent.click(screen.getByLabelText('Also delete the resources deployed by this application'));
    expect(screen.getByText('The application and all the resources it deployed will be deleted.')).toBeTruthy();
    typeName('guestbook');
    fireEvent.click(confirmButton());
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(true));
    expect(remove.mock.calls[0][3]).toBe(true);
  });

  it('treats an application that is already gone as deleted', async () => {
    const remove = vi.fn().mockRejectedValue(new ApiError(404, 'not-found', 'applications.gitops.kubesphere.io "guestbook" not found'));
    const onDeleted = await openDialog(remove);
    typeName('guestbook');
    fireEvent.click(confirmButton());
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(false));
  });

  it('shows a refusal in words and keeps the dialog open', async () => {
    const remove = vi.fn().mockRejectedValue(new ApiError(403, 'forbidden', 'forbidden'));
    const onDeleted = await openDialog(remove);
    typeName('guestbook');
    fireEvent.click(confirmButton());
    expect((await screen.findByRole('alert')).textContent).toContain('You do not have permission to do this.');
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('closes with Cancel and gives focus back', async () => {
    await openDialog(vi.fn());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'open delete' }));
  });
});
