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

describe('useRefreshApplication', () => {
  it('sets the annotation, then removes it once Argo CD has reconciled', async () => {
    const update = vi.fn((_ctx: unknown, app: Application) => Promise.resolve(app));
    const first = appAt('2024-01-01T00:00:00Z', '10');
    const view = renderWithProviders(<Harness app={first} />, { api: fakeApi({ update }) });

    fireEvent.click(screen.getByRole('button', { name: 'Hard refresh' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    const sent = update.mock.calls[0][1];
    expect(sent.metadata.annotations?.[ANNOTATION_ARGOCD_REFRESH]).toBe('hard');
    // The full object goes back, resourceVersion and labels included.
    expect(sent.metadata.resourceVersion).toBe('10');
    expect(sent.metadata.labels).toEqual(first.metadata.labels);
    expect(screen.getByRole('status').textContent).toContain('Hard refreshing');
    expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(true);

    // A poll that has not seen a reconcile yet changes nothing.
    view.rerender(<Harness app={appAt('2024-01-01T00:00:00Z', '11', { [ANNOTATION_ARGOCD_REFRESH]: 'hard' })} />);
    expect(update).toHaveBeenCalledTimes(1);

    view.rerender(<Harness app={appAt('2024-01-01T00:00:09Z', '12', { [ANNOTATION_ARGOCD_REFRESH]: 'hard' })} />);
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    const cleared = update.mock.calls[1][1];
    expect(cleared.metadata.annotations).not.toHaveProperty(ANNOTATION_ARGOCD_REFRESH);
    expect(cleared.metadata.resourceVersion).toBe('12');
    expect(await screen.findByText('Refreshed.')).toBeTruthy();
  });
});
