// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import { DetailPage } from '../../pages/detail/DetailPage';
import { renderWithEmulator, textResponse, type Emulator, type EmulatorRenderOptions } from '../../testing/renderWithEmulator';
import { installTestTranslations } from '../../testing/i18n';
import { HistoryTable } from './HistoryTable';

/** The detail page's History tab, as the console shows it. */
const showHistory = (name: string, options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(<DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name={name} />, {
    route: `/workspaces/demo-workspace/gitops/host/demo-project/applications/${name}?tab=history`,
    ...options,
  });

const REDEPLOY = /^Redeploy revision \w+ \(#\d+(, current)?\)$/;
const historyTable = async () => within(await screen.findByRole('table'));

/** Marks an app as terminating, as the API leaves it after a DELETE, without waking the controller. */
function terminate(emulator: Emulator, name: string) {
  const app = emulator.store.getApplication('host', 'demo-project', name)!;
  const deletionTimestamp = new Date(emulator.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  emulator.store.putRaw('host', 'demo-project', name, { ...app, metadata: { ...app.metadata, deletionTimestamp } });
}

describe('history: redeploy is offered as the header offers Sync', () => {
  it('gives a project operator one named Redeploy button per entry, the newest marked current', async () => {
    showHistory('guestbook', { user: 'tenant' });
    await screen.findByRole('button', { name: 'Sync' });
    const table = await historyTable();
    const buttons = table.getAllByRole('button', { name: REDEPLOY });
    expect(buttons.map((b) => b.getAttribute('aria-label')!.replace(/revision \w+/, 'revision x'))).toEqual([
      'Redeploy revision x (#2, current)',
      'Redeploy revision x (#1)',
      'Redeploy revision x (#0)',
    ]);
    expect(buttons.every((b) => b.textContent === 'Redeploy')).toBe(true);
    expect(table.getByText('Current')).toBeTruthy();
  });

  it('shows a view-only user the history and no Redeploy', async () => {
    showHistory('guestbook', { user: 'viewer' });
    expect(await screen.findByText('You can view this application, but not change, sync or delete it.')).toBeTruthy();
    const table = await historyTable();
    expect(table.getAllByRole('row')).toHaveLength(4);
    expect(table.queryByRole('button')).toBeNull();
    expect(table.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });

  it('offers it when the permission check fails, and lets the server judge, as the header does', async () => {
    const page = showHistory('guestbook', { user: 'viewer' });
    page.intercept(/\/roletemplates\?/, () => textResponse(503, 'service unavailable\n'));
    await screen.findByRole('button', { name: 'Sync' });
    expect((await historyTable()).getAllByRole('button', { name: REDEPLOY })).toHaveLength(3);
  });

  it('offers nothing for an application being deleted', async () => {
    showHistory('guestbook', { user: 'tenant', before: (e) => terminate(e, 'guestbook') });
    expect(await screen.findByText('No actions are available while the application is being deleted.')).toBeTruthy();
    expect((await historyTable()).queryByRole('button')).toBeNull();
  });
});

describe('history table', () => {
  // Rendered without the emulator kit, which would clean up after itself.
  afterEach(cleanup);

  it('links each revision to its commit page on a known forge, and shows it short', () => {
    installTestTranslations('en');
    const sha = 'a'.repeat(40);
    render(<HistoryTable history={[{ id: 1, revision: sha }]} repoURL="https://github.com/example/apps.git" />);
    const link = screen.getByRole('link', { name: 'aaaaaaa' });
    expect(link.getAttribute('href')).toBe(`https://github.com/example/apps/commit/${sha}`);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('links a tag to its page on a known forge and leaves it as text elsewhere', () => {
    installTestTranslations('en');
    const { unmount } = render(<HistoryTable history={[{ id: 1, revision: 'v1.2.0' }]} repoURL="https://gitee.com/example/apps" />);
    expect(screen.getByRole('link', { name: 'v1.2.0' }).getAttribute('href')).toBe('https://gitee.com/example/apps/tree/v1.2.0');
    unmount();
    render(<HistoryTable history={[{ id: 1, revision: 'v1.2.0' }]} repoURL="https://git.example.com/apps" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('v1.2.0')).toBeTruthy();
  });

  it('redeploys the first revision of a multi-source entry', () => {
    installTestTranslations('en');
    const chosen: unknown[] = [];
    // kube-design's Button needs its theme.
    render(
      <KubedConfigProvider>
        <HistoryTable history={[{ id: 4, revisions: ['b'.repeat(40), 'c'.repeat(40)] }]} repoURL="" onRedeploy={(e) => chosen.push(e)} />
      </KubedConfigProvider>,
    );
    screen.getByRole('button', { name: 'Redeploy revision bbbbbbb (#4, current)' }).click();
    expect(chosen).toEqual([{ id: 4, revisions: ['b'.repeat(40), 'c'.repeat(40)] }]);
  });

  it('keeps a row, and the focus on its button, when a new deployment is added above it', () => {
    installTestTranslations('en');
    const one = { id: 1, revision: 'd'.repeat(40) };
    const table = (history: { id: number; revision: string }[]) => (
      <KubedConfigProvider>
        <HistoryTable history={history} repoURL="" onRedeploy={() => undefined} />
      </KubedConfigProvider>
    );
    const { rerender } = render(table([one]));
    const button = screen.getByRole('button', { name: 'Redeploy revision ddddddd (#1, current)' });
    button.focus();
    rerender(table([one, { id: 2, revision: 'e'.repeat(40) }]));
    expect(screen.getByRole('button', { name: 'Redeploy revision ddddddd (#1)' })).toBe(button);
    expect(document.activeElement).toBe(button);
  });
});
