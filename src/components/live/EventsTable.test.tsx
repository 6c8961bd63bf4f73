// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import type { EventRow } from '../../model/live/events';
import { installTestTranslations } from '../../testing/i18n';
import { EventsTable } from './EventsTable';

const NOW = Date.parse('2025-06-01T12:00:00Z');

const event = (e: Partial<EventRow> & Pick<EventRow, 'key'>): EventRow => ({
  type: 'Normal',
  reason: 'Scheduled',
  message: 'Successfully assigned payments/web-1 to node-1',
  count: 1,
  source: 'default-scheduler',
  object: { kind: 'Pod', name: 'web-1', namespace: 'payments' },
  lastSeen: '2025-06-01T11:55:00Z',
  ...e,
});

const ROWS: EventRow[] = [
  event({
    key: 'w',
    type: 'Warning',
    reason: 'BackOff',
    message: 'Back-off restarting failed container app in pod web-1',
    count: 42,
    lastSeen: '2025-06-01T12:00:00Z',
  }),
  event({
    key: 'n',
    object: { kind: 'Deployment', name: 'web', namespace: 'payments' },
    reason: 'ScalingReplicaSet',
    message: 'Scaled up',
  }),
  event({ key: 'o', type: 'Audit', reason: 'Custom', message: 'written by a tool', count: 3 }),
];

const show = (props: Partial<React.ComponentProps<typeof EventsTable>> = {}) =>
  render(
    <KubedConfigProvider>
      <EventsTable events={ROWS} now={NOW} caption="Events of web" {...props} />
    </KubedConfigProvider>,
  );

const bodyRows = () => within(within(screen.getByRole('table', { name: 'Events of web' })).getAllByRole('rowgroup')[1]).getAllByRole('row');
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);

beforeAll(() => installTestTranslations());
afterEach(cleanup);

describe('events table', () => {
  it('shows type words, reason, message, count and when last seen, in the order given', () => {
    show();
    expect(headers()).toEqual(['Type', 'Reason', 'Message', 'Count', 'Last seen']);
    const [warning, normal, other] = bodyRows().map(cells);
    expect(warning.slice(0, 4)).toEqual(['Warning', 'BackOff', 'Back-off restarting failed container app in pod web-1', '42']);
    expect(warning[4]).toBe('just now');
    expect(normal.slice(0, 4)).toEqual(['Normal', 'ScalingReplicaSet', 'Scaled up', '1']);
    expect(normal[4]).toMatch(/5 minutes ago/);
    // A type Kubernetes does not define is shown as written.
    expect(other[0]).toBe('Audit');
    expect(other[3]).toBe('3');
  });

  it('says which object each event is about only when asked (a workload’s table)', () => {
    show({ showObject: true });
    expect(headers()).toEqual(['Type', 'Reason', 'Object', 'Message', 'Count', 'Last seen']);
    expect(bodyRows().map((r) => cells(r)[2])).toEqual(['Pod/web-1', 'Deployment/web', 'Pod/web-1']);
  });

  it('has no object column for one object’s events', () => {
    show({ showObject: false });
    expect(headers()).not.toContain('Object');
    expect(screen.queryByText('Pod/web-1')).toBeNull();
  });

  it('says there are none, and how long Kubernetes keeps them', () => {
    show({ events: [] });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No events in the last hour (Kubernetes keeps events about an hour).')).toBeTruthy();
  });

  it('renders what the server wrote as text', () => {
    show({ events: [event({ key: 'x', reason: '<b>r</b>', message: '<img src=x onerror=alert(1)>' })] });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('table img, table b')).toBeNull();
  });
});
