// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ResourceResult } from '../../model';
import { installTestTranslations } from '../../testing/i18n';
import { SyncResultTable } from './SyncResultTable';

beforeEach(() => installTestTranslations('en'));
afterEach(cleanup);

// As Argo CD leaves them after a successful sync: ordinary resources keep `hookPhase: Running`.
const ORDINARY: ResourceResult[] = [
  {
    kind: 'Service',
    namespace: 'demo',
    name: 'web',
    status: 'Synced',
    message: 'service/web configured',
    hookPhase: 'Running',
    syncPhase: 'Sync',
  },
  { kind: 'ConfigMap', namespace: 'demo', name: 'old', status: 'Pruned', message: 'pruned', hookPhase: 'Running', syncPhase: 'Sync' },
];
const HOOK: ResourceResult = {
  group: 'batch',
  kind: 'Job',
  namespace: 'demo',
  name: 'smoke',
  hookType: 'PostSync',
  hookPhase: 'Succeeded',
  message: 'job completed',
  syncPhase: 'PostSync',
};

function rowOf(name: string): HTMLElement {
  return screen.getByRole('cell', { name }).closest('tr')!;
}

describe('the sync result table', () => {
  it('shows what the sync did to ordinary resources, never a hook phase left at Running', () => {
    render(<SyncResultTable results={ORDINARY} />);
    expect(screen.queryByRole('columnheader', { name: 'Hook' })).toBeNull();
    expect(screen.queryByText('Running')).toBeNull();
    expect(within(rowOf('web')).getByText('Synced')).toBeTruthy();
    expect(within(rowOf('web')).getByText('service/web configured')).toBeTruthy();
    expect(within(rowOf('old')).getByText('Pruned')).toBeTruthy();
  });

  it('shows the type and phase of hooks only', () => {
    render(<SyncResultTable results={[...ORDINARY, HOOK]} />);
    expect(screen.getByRole('columnheader', { name: 'Hook' })).toBeTruthy();
    const hookCell = within(rowOf('smoke')).getAllByRole('cell')[4];
    expect(hookCell.textContent).toContain('PostSync');
    expect(within(hookCell).getByText('Succeeded')).toBeTruthy();
    expect(within(rowOf('web')).getAllByRole('cell')[4].textContent).toBe('');
    expect(screen.queryByText('Running')).toBeNull();
  });
});
