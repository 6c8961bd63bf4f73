// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ANNOTATION_ARGOCD_REFRESH, type Application } from '../../model';
import { makeApp } from '../../model/testFixtures';
import { fakeApi, installTestTranslations, renderWithProviders } from '../detail/testing';
import { RefreshButtons } from './RefreshButtons';
import { useRefreshApplication } from './useRefreshApplication';

const PROJECT = { cluster: 'host', namespace: 'demo-project' };

const appAt = (reconciledAt: string, resourceVersion: string, annotations: Record<string, string> = {}): Application => {
  const app = makeApp({ name: 'guestbook', namespace: 'demo-project', argoApp: JSON.stringify({ reconciledAt }), annotations });
  app.metadata.resourceVersion = resourceVersion;
  return app;
};

function Harness({ app }: { app: Application }) {
  const control = useRefreshApplication(PROJECT, app);
  return <RefreshButtons control={control} />;
}

beforeAll(() => installTestTranslations());
afterEach(cleanup);

/** A server holding one application: GET returns it, PUT stores the body with the next resourceVersion. */
function fakeServer(initial: Application) {
  let current = initial;
  const get = vi.fn(() => Promise.resolve(current));
  const update = vi.fn((_ctx: unknown, app: Application) => {
    current = { ...app, metadata: { ...app.metadata, resourceVersion: String(Number(current.metadata.resourceVersion) + 1) } };
    return Promise.resolve(current);
  });
  return { get, update, set: (app: Application) => (current = app), now: () => current };
}

describe('useRefreshApplication', () => {
  it('sets the annotation on the latest copy, then removes it once Argo CD has reconciled', async () => {
    const first = appAt('2024-01-01T00:00:00Z', '10');
    const server = fakeServer(appAt('2024-01-01T00:00:00Z', '11', { note: 'changed by someone else' }));
    const view = renderWithProviders(<Harness app={first} />, { api: fakeApi({ get: server.get, update: server.update }) });

    fireEvent.click(screen.getByRole('button', { name: 'Hard refresh' }));
    await waitFor(() => expect(server.update).toHaveBeenCalledTimes(1));
    const sent = server.update.mock.calls[0][1];
    expect(sent.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('hard');
    // Built from the copy just read, not the page's older one: the other edit survives.
    expect(sent.metadata.resourceVersion).toBe('11');
    expect(sent.metadata.annotations?.note).toBe('changed by someone else');
    expect(sent.metadata.labels).toEqual(first.metadata.labels);
    expect(screen.getByRole('status').textContent).toContain('Hard refreshing');
    expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(true);

    // A poll that has not seen a reconcile yet changes nothing.
    view.rerender(<Harness app={appAt('2024-01-01T00:00:00Z', '12', { [ANNOTATION_ARGOCD_REFRESH]: 'hard' })} />);
    expect(server.update).toHaveBeenCalledTimes(1);

    const reconciled = appAt('2024-01-01T00:00:09Z', '13', { [ANNOTATION_ARGOCD_REFRESH]: 'hard' });
    server.set(reconciled);
    view.rerender(<Harness app={reconciled} />);
    await waitFor(() => expect(server.update).toHaveBeenCalledTimes(2));
    const cleared = server.update.mock.calls[1][1];
    expect(cleared.metadata.annotations ?? {}).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
    expect(cleared.metadata.resourceVersion).toBe('13');
    expect(await screen.findByText('Refreshed.')).toBeTruthy();
  });

  it('removes an annotation left from an earlier refresh before setting it again', async () => {
    const leftover = appAt('2024-01-01T00:00:00Z', '20', { [ANNOTATION_ARGOCD_REFRESH]: 'normal' });
    const server = fakeServer(leftover);
    renderWithProviders(<Harness app={leftover} />, { api: fakeApi({ get: server.get, update: server.update }) });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(server.update).toHaveBeenCalledTimes(2));
    expect(server.update.mock.calls[0][1].metadata.annotations ?? {}).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
    expect(server.update.mock.calls[1][1].metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('normal');
  });
});
