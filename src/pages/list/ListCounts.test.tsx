// @vitest-environment jsdom
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SummaryFilters } from '../../components/list/SummaryFilters';
import { statusCounts } from '../../model/list/statusCounts';
import { installTestTranslations } from '../../testing/i18n';
import { application, renderWithEmulator } from '../../testing/renderWithEmulator';
import { ListPage } from './ListPage';

const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';

/** Eleven applications Argo CD reports on, one the controller ignores (no labels ever), one labelled Unknown. */
const THIRTEEN = {
  objects: [
    ...Array.from({ length: 11 }, (_, i) =>
      application({ name: `app-${String(i).padStart(2, '0')}`, automated: i % 2 === 0, created: `2024-01-01T00:00:${10 + i}Z` }),
    ),
    application({ name: 'orphan', noLocation: true, created: '2024-01-01T00:00:01Z' }),
  ],
};

const LABELLED_UNKNOWN = {
  metadata: {
    name: 'lost',
    namespace: 'demo-project',
    creationTimestamp: '2024-01-01T00:00:02Z',
    labels: {
      'gitops.kubesphere.io/argocd-location': 'argocd',
      'gitops.kubesphere.io/health-status': 'Unknown',
      'gitops.kubesphere.io/sync-status': 'Unknown',
    },
  },
  spec: { argoApp: { spec: { project: 'demo-project', source: { repoURL: 'https://example.com/r.git' }, destination: {} } } },
  status: {},
};

/** The count on each chip of a group, by the chip's words. */
function chips(group: HTMLElement): Record<string, number> {
  const result: Record<string, number> = {};
  for (const button of within(group).getAllByRole('button')) {
    const [, label, count] = /^(.*?)(\d+)$/.exec(button.textContent ?? '') ?? [];
    result[label] = Number(count);
  }
  return result;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('the status chips', () => {
  it('count all 13 applications in each group, the unlabelled one as Unknown, and the Unknown chip lists exactly those', async () => {
    const page = renderWithEmulator(<ListPage />, {
      route: LIST_URL,
      seed: THIRTEEN,
      settle: true,
      polling: true,
      before: (emulator) => emulator.store.putRaw('host', 'demo-project', 'lost', LABELLED_UNKNOWN),
    });
    const health = await screen.findByRole('group', { name: 'Health Status' });
    const sync = screen.getByRole('group', { name: 'Sync Status' });
    await waitFor(() => expect(sum(chips(health))).toBe(13));
    expect(sum(chips(sync))).toBe(13);
    expect(chips(health).Unknown).toBe(2);
    expect(chips(sync).Unknown).toBe(2);

    const unknown = within(health).getByRole('button', { name: /Unknown/ });
    expect(unknown.getAttribute('title')).toBe('Show only applications whose status is Unknown or not reported yet');
    fireEvent.click(unknown);
    await waitFor(() => expect(page.location()).toContain('health=Unknown'));
    await waitFor(async () => {
      const rows = within(await screen.findByRole('table', { name: 'Applications' }))
        .getAllByRole('row')
        .slice(1);
      expect(rows.map((row) => row.querySelector('a')?.textContent)).toEqual(['lost', 'orphan']);
    });
    expect(screen.getByText('Total: 2')).toBeTruthy();
    // The server filters and pages them: a label selector, since a missing label has no value to match.
    const [request] = page.requests('label=');
    expect(decodeURIComponent(request.replace(/\+/g, ' '))).toContain(
      'label=gitops.kubesphere.io/health-status notin (Degraded,Healthy,Missing,Progressing,Suspended)',
    );
    expect(request).not.toContain('healthStatus=');
  });
});

describe('SummaryFilters', () => {
  it('shows the counts as given, each chip a toggle named by its status', () => {
    installTestTranslations('en');
    const onToggle = vi.fn();
    const counts = statusCounts({ total: 4, healthStatus: { Healthy: 3 }, syncStatus: { Synced: 2, OutOfSync: 2 } });
    render(<SummaryFilters counts={counts} health="Unknown" sync="" onToggle={onToggle} />);
    const health = screen.getByRole('group', { name: 'Health Status' });
    expect(chips(health)).toEqual({ Healthy: 3, Unknown: 1 });
    const unknown = within(health).getByRole('button', { name: /Unknown/ });
    expect(unknown.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(unknown);
    expect(onToggle).toHaveBeenCalledWith('health', 'Unknown');
    expect(chips(screen.getByRole('group', { name: 'Sync Status' }))).toEqual({ Synced: 2, 'Out of sync': 2 });
    cleanup();
  });
});
