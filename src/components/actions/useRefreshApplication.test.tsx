// @vitest-environment jsdom
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ANNOTATION_ARGOCD_REFRESH, type Application } from '../../model';
import { useApplication } from '../../queries/applications';
import { application, renderWithEmulator } from '../../testing/renderWithEmulator';
import { RefreshButtons } from './RefreshButtons';
import { useRefreshApplication } from './useRefreshApplication';

const PROJECT = { cluster: 'host', namespace: 'demo-project' };
const APP_URL = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/guestbook';

/** The buttons on the page's copy of the application, as the detail page has them. */
function Harness() {
  const app = useApplication(PROJECT, 'guestbook').data;
  const control = useRefreshApplication(PROJECT, app);
  return app ? <RefreshButtons control={control} /> : null;
}

const puts = (page: ReturnType<typeof renderWithEmulator>) =>
  page.sent.filter((r) => r.method === 'PUT' && r.url === APP_URL).map((r) => r.body as Application);

describe('useRefreshApplication', () => {
  it('sets the annotation on the latest copy, then removes it once Argo CD has reconciled', async () => {
    const page = renderWithEmulator(<Harness />, { user: 'tenant' });
    await screen.findByRole('button', { name: 'Hard refresh' });
    const stored = () => page.emulator.store.getApplication('host', 'demo-project', 'guestbook')!;
    // Someone else edits the application after the page read it.
    const edited = stored();
    edited.metadata.annotations = { ...edited.metadata.annotations, note: 'changed by someone else' };
    expect((await page.send('PUT', APP_URL, edited)).status).toBe(200);
    const latestVersion = stored().metadata.resourceVersion;
    const reconciledBefore = JSON.parse(stored().status.argoApp).reconciledAt;

    fireEvent.click(screen.getByRole('button', { name: 'Hard refresh' }));
    await waitFor(() => expect(puts(page)).toHaveLength(1));
    const [sent] = puts(page);
    expect(sent.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('hard');
    // Built from the copy just read, not the page's older one: the other edit survives.
    expect(sent.metadata.resourceVersion).toBe(latestVersion);
    expect(sent.metadata.annotations?.note).toBe('changed by someone else');
    expect(sent.metadata.labels).toEqual(edited.metadata.labels);
    expect(screen.getByRole('status').textContent).toContain('Hard refreshing');
    expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(true);

    // Argo CD has not reconciled yet: nothing more is sent.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(puts(page)).toHaveLength(1);

    // Argo CD reconciles; the page sees it on its next read (every 2 s while it waits).
    page.emulator.settle();
    expect(JSON.parse(stored().status.argoApp).reconciledAt).not.toBe(reconciledBefore);
    await waitFor(() => expect(puts(page)).toHaveLength(2), { timeout: 4_000 });
    const cleared = puts(page)[1];
    expect(cleared.metadata.annotations ?? {}).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
    expect(cleared.metadata.annotations?.note).toBe('changed by someone else');
    expect(await screen.findByText('Refreshed.')).toBeTruthy();
    expect(stored().metadata.annotations).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
  });

  it('removes an annotation left from an earlier refresh before setting it again', async () => {
    const leftover = application({ name: 'guestbook', annotations: { [ANNOTATION_ARGOCD_REFRESH]: 'normal' } });
    const page = renderWithEmulator(<Harness />, { seed: { objects: [leftover] }, settle: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(puts(page)).toHaveLength(2));
    expect(puts(page)[0].metadata.annotations ?? {}).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
    expect(puts(page)[1].metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('normal');
  });
});
