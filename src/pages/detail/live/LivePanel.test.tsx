// @vitest-environment jsdom
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PanelTab } from '../../../components/live/ResourcePanel';
import type { LiveTarget } from '../../../model/live/treeLiveRows';
import { renderWithEmulator, type EmulatorRenderOptions, type EmulatorRenderResult } from '../../../testing/renderWithEmulator';
import { LivePanel, type LogsChoice } from './LivePanel';
import type { ContainerStatusJson, PodJson } from '../../../testing/kube';

interface HarnessProps {
  target: LiveTarget | null;
  cluster?: string;
  applied?: boolean;
  initialTab?: PanelTab;
  now?: number;
}

/** The panel with its tab, logs choice and open state kept as the page keeps them (here in state, not the URL). */
function Harness({ target, cluster, applied = false, initialTab = 'summary', now = 0 }: HarnessProps) {
  const [tab, setTab] = React.useState<PanelTab>(initialTab);
  const [logs, setLogs] = React.useState<LogsChoice>({});
  const [open, setOpen] = React.useState(true);
  if (!target || !open) return <p>No panel</p>;
  return (
    <LivePanel
      target={target}
      cluster={cluster}
      applied={applied}
      tab={tab}
      logs={logs}
      now={now}
      onTab={(next, choice) => {
        setTab(next);
        setLogs(choice ?? {});
      }}
      onClose={() => setOpen(false)}
    />
  );
}

const DEPLOYMENT: LiveTarget = { group: 'apps', version: 'v1', kind: 'Deployment', namespace: 'payments', name: 'payment-degraded' };
const CONFIG_MAP: LiveTarget = { group: '', version: 'v1', kind: 'ConfigMap', namespace: 'payments', name: 'payment-degraded-config' };
const pod = (name: string): LiveTarget => ({ group: '', version: 'v1', kind: 'Pod', namespace: 'payments', name });

const live = (p: EmulatorRenderResult) => p.requests().filter((r) => / \/apis?\//.test(r));

function renderPanel(props: HarnessProps, options: EmulatorRenderOptions = {}) {
  return renderWithEmulator(<Harness cluster="host" {...props} />, options);
}

/** Renders the panel of one of payment-degraded's pods: the crashing one whose last run ended in `Error`, or the Pending one. */
async function renderPodPanel(which: 'crashing' | 'pending', props: Partial<HarnessProps> = {}) {
  const p = renderPanel({ target: null });
  const response = await p.send('GET', '/api/v1/namespaces/payments/pods?labelSelector=app%3Dpayment-degraded');
  const items = ((await response.json()) as { items: PodJson[] }).items;
  const found = items.find((item) =>
    which === 'pending'
      ? item.status.phase === 'Pending'
      : (item.status.containerStatuses ?? []).some((c: ContainerStatusJson) => c.lastState?.terminated?.reason === 'Error'),
  )!;
  const target = pod(found.metadata.name);
  p.rerender(<Harness key={target.name} cluster="host" target={target} now={p.emulator.now()} {...props} />);
  return { p, name: found.metadata.name as string };
}

const heading = (kind: string, name: string) => screen.findByText(`${kind} ${name}`, { selector: 'h2' });
const tabs = () => screen.getAllByRole('tab').map((t) => t.textContent);

describe('the live panel of a pod', () => {
  it('shows the pod’s status and containers, and reads nothing but the pod and its namespace', async () => {
    const { p, name } = await renderPodPanel('crashing');
    await heading('Pod', name);
    const containers = await screen.findByText('Containers');
    const table = containers.nextElementSibling as HTMLElement;
    expect(within(table).getByText('app')).toBeTruthy();
    expect(within(table).getByText('log-shipper')).toBeTruthy();
    expect(within(table).getByText(/^Error, exit code 1,/)).toBeTruthy();
    expect(screen.getAllByText('CrashLoopBackOff').length).toBeGreaterThan(0);
    expect(tabs()).toEqual(['Status', 'Events', 'Live YAML', 'Logs']);
    expect(live(p).sort()).toEqual([`GET /api/v1/namespaces/payments/pods/${name}`, 'GET /api/v1/namespaces/payments'].sort());
    // The console's own page of the pod, in the namespace's workspace.
    expect(screen.getByRole('link', { name: 'Open in KubeSphere' }).getAttribute('href')).toContain(`/pods/${name}`);
  });

  it('opens the previous run’s logs of a container from its row', async () => {
    const { p, name } = await renderPodPanel('crashing');
    fireEvent.click(await screen.findByRole('button', { name: 'Logs of the previous run of app' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Logs' }).getAttribute('aria-selected')).toBe('true'));
    await waitFor(() => expect(p.requests(`/pods/${name}/log?`)).toEqual([expect.stringMatching(/container=app&.*previous=true/)]));
  });

  it('says why a Pending pod cannot be scheduled', async () => {
    const { name } = await renderPodPanel('pending');
    await heading('Pod', name);
    expect(await screen.findByText('Cannot be scheduled')).toBeTruthy();
    expect(screen.getAllByText(/Insufficient memory/).length).toBeGreaterThan(0);
  });

  it('lists the pod’s events, warnings first, without an object column', async () => {
    const { p, name } = await renderPodPanel('crashing', { initialTab: 'events' });
    const table = await screen.findByRole('table', { name: `Events of ${name}` });
    expect(within(table).queryByRole('columnheader', { name: 'Object' })).toBeNull();
    const types = within(within(table).getAllByRole('rowgroup')[1])
      .getAllByRole('row')
      .map((r) => within(r).getAllByRole('cell')[0].textContent);
    expect(types[0]).toBe('Warning');
    expect(types).toContain('Normal');
    expect(types.slice(types.indexOf('Normal'))).not.toContain('Warning');
    expect(within(table).getByText('BackOff')).toBeTruthy();
    expect(p.requests('/events?')).toEqual([
      expect.stringContaining(
        `fieldSelector=${encodeURIComponent(`involvedObject.name=${name},involvedObject.namespace=payments,involvedObject.kind=Pod`)}`,
      ),
    ]);
  });
});

describe('the live panel of what Argo CD applied', () => {
  it('reads events only once the Events tab is open, then the workload’s and its pods’', async () => {
    const p = renderPanel({ target: DEPLOYMENT, applied: true });
    await screen.findByRole('tablist', { name: 'Details of payment-degraded' });
    expect(tabs()).toEqual(['Status', 'Events', 'Live YAML', 'Drift']);
    expect(p.requests('/events')).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Events' }));
    const table = await screen.findByRole('table', { name: 'Events of payment-degraded' });
    expect(within(table).getByRole('columnheader', { name: 'Object' })).toBeTruthy();
    expect(within(table).getAllByText(/^Deployment\/payment-degraded$/).length).toBeGreaterThan(0);
    expect(within(table).getAllByText(/^Pod\/payment-degraded-/).length).toBeGreaterThan(0);
    expect(p.requests('/events?').length).toBe(2);
  });

  it('lists the drifted field of the Deployment', async () => {
    renderPanel({ target: DEPLOYMENT, applied: true, initialTab: 'drift' });
    const fields = await screen.findByRole('list', { name: 'Changed fields' });
    expect(
      within(fields)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['spec.replicas']);
  });

  it('explains that drift of an object applied server-side cannot be computed', async () => {
    renderPanel({ target: CONFIG_MAP, applied: true, initialTab: 'drift' });
    expect(await screen.findByText(/Drift cannot be shown here: this object was applied with server-side apply/)).toBeTruthy();
  });

  it('offers no Drift tab for what Argo CD did not apply, and opens the Status tab instead', async () => {
    renderPanel({ target: DEPLOYMENT, applied: false, initialTab: 'drift' });
    await screen.findByRole('tablist', { name: 'Details of payment-degraded' });
    expect(tabs()).toEqual(['Status', 'Events', 'Live YAML']);
    expect(screen.getByRole('tab', { name: 'Status' }).getAttribute('aria-selected')).toBe('true');
  });

  it('closes', async () => {
    renderPanel({ target: DEPLOYMENT, applied: true });
    await screen.findByRole('tablist', { name: 'Details of payment-degraded' });
    fireEvent.click(screen.getByRole('button', { name: 'Close the panel of payment-degraded' }));
    expect(await screen.findByText('No panel')).toBeTruthy();
  });
});

describe('when the object cannot be shown', () => {
  it('says the user has no access to the namespace', async () => {
    renderPanel({ target: DEPLOYMENT, applied: true }, { user: 'devops-only' });
    await heading('Deployment', 'payment-degraded');
    expect(await screen.findByText(/^No access to payments on host: you are not a member of this project/)).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('says the object is not in the cluster', async () => {
    renderPanel({ target: { ...DEPLOYMENT, name: 'gone' }, applied: true });
    expect(await screen.findByText(/This object is not in the cluster now/)).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('says the destination is not a cluster of this console, and reads nothing', async () => {
    const p = renderPanel({ target: DEPLOYMENT, applied: true, cluster: undefined });
    expect(await screen.findByText(/The destination is not a cluster this console manages/)).toBeTruthy();
    expect(screen.getByText('Deployment payment-degraded', { selector: 'h2' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(live(p)).toEqual([]);
  });

  it('says when Argo CD gave no API version for the kind', async () => {
    const p = renderPanel({
      target: { group: 'example.com', version: '', kind: 'Widget', namespace: 'payments', name: 'w' },
      applied: true,
    });
    expect(await screen.findByText('Argo CD does not say which API version serves Widget, so it cannot be read here.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(p.requests('/widgets')).toEqual([]);
  });
});
