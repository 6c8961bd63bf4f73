// @vitest-environment jsdom
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithEmulator, type EmulatorRenderOptions, type EmulatorRenderResult } from '../../testing/renderWithEmulator';
import { DetailPage } from './DetailPage';
import type { PodJson } from '../../testing/kube';

const APP = 'payment-service';
const DEPLOYMENT = 'payment-degraded';
const DEPLOYMENT_KEY = 'apps/v1/Deployment/payments/payment-degraded';
const PODS = '/api/v1/namespaces/payments/pods?labelSelector=app%3Dpayment-degraded';
const NO_ACCESS = /No access to payments on host/;

const page = (name: string) => <DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name={name} />;

const show = (name = APP, query = '?tab=resources', options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(page(name), {
    route: `/workspaces/demo-workspace/gitops/host/demo-project/applications/${name}${query}`,
    ...options,
  });

/** What the page asked the destination cluster's kube-apiserver for (not the GitOps API under /kapis). */
const liveRequests = (p: EmulatorRenderResult) => p.requests().filter((r) => / \/apis?\//.test(r));

const tree = () => screen.getByRole('tree', { name: 'Resources of the application' });
const rows = () => within(tree()).getAllByRole('treeitem');
/** The name a row shows (its first titled cell). */
const nameOf = (row: HTMLElement) => row.querySelector('[title]')?.textContent ?? '';
const kindOf = (row: HTMLElement, kind: string) => within(row).queryAllByText(kind, { exact: true }).length > 0;
const row = (name: string, kind: string) => rows().find((r) => nameOf(r) === name && kindOf(r, kind));
const podRows = () => rows().filter((r) => kindOf(r, 'Pod'));

async function findRow(name: string, kind: string): Promise<HTMLElement> {
  await waitFor(() => expect(row(name, kind)).toBeTruthy());
  return row(name, kind)!;
}

/** The page has loaded the app and the user's rights: anything it would read on its own is read. */
async function settled(p: EmulatorRenderResult) {
  await findRow(DEPLOYMENT, 'Deployment');
  await waitFor(() => expect(p.requests('roletemplates').length).toBeGreaterThan(0));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

async function expandDeployment(): Promise<void> {
  const deployment = await findRow(DEPLOYMENT, 'Deployment');
  fireEvent.click(deployment.querySelector('[data-tree-toggle]')!);
}

/** Pods as the API answers them (as admin, outside the page). */
async function livePods(p: EmulatorRenderResult) {
  const response = await p.send('GET', PODS);
  return (await response.json()) as { items: PodJson[] };
}

interface PodFacts {
  name: string;
  ready: string;
  restarts: number;
}

function factsOf(pod: PodJson): PodFacts {
  const statuses: Array<{ ready: boolean; restartCount: number }> = pod.status?.containerStatuses ?? [];
  const count = pod.spec.containers.length;
  return {
    name: pod.metadata.name,
    ready: `${statuses.filter((s) => s.ready).length}/${count}`,
    restarts: statuses.reduce((n, s) => n + s.restartCount, 0),
  };
}

/** The panel of an object: the section its heading names (a role query over the whole page is slow in jsdom). */
const panelRegion = async (kind: string, name: string) =>
  (await screen.findByText(`${kind} ${name}`, { selector: '.gitops-live-panel h2' })).closest('section')!;

/** The panel of an object, once the object is read and its tabs show. */
async function panel(kind: string, name: string): Promise<HTMLElement> {
  const region = await panelRegion(kind, name);
  await within(region).findByRole('tablist', { name: `Details of ${name}` });
  return region;
}

describe('the Resources tab reads the cluster only for what the user opens', () => {
  it('asks nothing live on first render, and the ReplicaSet and pods once the Deployment is expanded with its chevron', async () => {
    const p = show();
    await settled(p);
    expect(liveRequests(p)).toEqual([]);
    const deployment = row(DEPLOYMENT, 'Deployment')!;
    expect(deployment.getAttribute('aria-expanded')).toBe('false');

    await expandDeployment();
    await waitFor(() => expect(podRows().length).toBe(3));
    expect(row(DEPLOYMENT, 'Deployment')!.getAttribute('aria-expanded')).toBe('true');
    expect(liveRequests(p)).toEqual(
      expect.arrayContaining([
        'GET /apis/apps/v1/namespaces/payments/deployments/payment-degraded',
        expect.stringMatching(/^GET \/apis\/apps\/v1\/namespaces\/payments\/replicasets\?/),
        `GET ${PODS}`,
      ]),
    );
    // The current ReplicaSet holds the pods, one level under the Deployment.
    const replicaSets = rows().filter((r) => kindOf(r, 'ReplicaSet'));
    expect(replicaSets.length).toBeGreaterThan(0);
    const current = replicaSets.find((r) => r.getAttribute('aria-expanded') === 'true')!;
    expect(nameOf(current)).toMatch(/^payment-degraded-/);
    expect(current.getAttribute('aria-level')).toBe(String(Number(deployment.getAttribute('aria-level')) + 1));
    for (const pod of podRows()) {
      expect(pod.getAttribute('aria-level')).toBe(String(Number(current.getAttribute('aria-level')) + 1));
      expect(nameOf(pod).startsWith(nameOf(current))).toBe(true);
    }
  });

  it('shows each pod’s status, ready count and restarts as the cluster reports them', async () => {
    const p = show();
    await expandDeployment();
    await waitFor(() => expect(podRows().length).toBe(3));
    const live = (await livePods(p)).items.map(factsOf);
    expect(live).toHaveLength(3);
    for (const pod of live) {
      const shown = row(pod.name, 'Pod')!;
      expect(shown).toBeTruthy();
      expect(within(shown).getByText(`Ready ${pod.ready}`)).toBeTruthy();
      expect(within(shown).getByText(pod.restarts === 1 ? '1 restart' : `${pod.restarts} restarts`)).toBeTruthy();
    }
    const words = podRows().map((r) =>
      within(r).queryByText('CrashLoopBackOff') ? 'CrashLoopBackOff' : within(r).queryByText('Pending') ? 'Pending' : '?',
    );
    expect(words.filter((w) => w === 'CrashLoopBackOff')).toHaveLength(2);
    expect(words.filter((w) => w === 'Pending')).toHaveLength(1);
    // The crashing pods have restarted; the one that was never scheduled has not.
    const pending = podRows().find((r) => within(r).queryByText('Pending'))!;
    expect(within(pending).getByText('0 restarts')).toBeTruthy();
    expect(within(pending).getByText('Ready 0/2')).toBeTruthy();
  });

  it('lists failing pods before healthy ones, whatever their names', async () => {
    const p = show();
    const list = await livePods(p);
    const template = list.items[0];
    // A healthy replica whose name sorts first.
    const healthy = JSON.parse(JSON.stringify(template));
    healthy.metadata.name = `${template.metadata.name.replace(/-[^-]+$/, '')}-00000`;
    healthy.metadata.uid = 'healthy-pod-uid';
    healthy.status = {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True' }],
      containerStatuses: template.spec.containers.map((c: { name: string; image: string }) => ({
        name: c.name,
        image: c.image,
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: template.metadata.creationTimestamp } },
        lastState: {},
      })),
    };
    const answer = JSON.stringify({ ...list, items: [healthy, ...list.items] });
    p.intercept(
      /^\/api\/v1\/namespaces\/payments\/pods\?labelSelector=/,
      () => new Response(answer, { headers: { 'content-type': 'application/json' } }),
    );

    await expandDeployment();
    await waitFor(() => expect(podRows().length).toBe(4));
    const names = podRows().map(nameOf);
    expect(names[names.length - 1]).toBe(healthy.metadata.name);
    expect(within(podRows()[3]).getByText('Running')).toBeTruthy();
  });

  it('expands the focused Deployment with ArrowRight', async () => {
    const p = show();
    const deployment = await findRow(DEPLOYMENT, 'Deployment');
    deployment.focus();
    fireEvent.keyDown(deployment, { key: 'ArrowRight' });
    await waitFor(() => expect(podRows().length).toBe(3));
    expect(row(DEPLOYMENT, 'Deployment')!.getAttribute('aria-expanded')).toBe('true');
    expect(p.requests(PODS)).toHaveLength(1);
    // ArrowLeft closes it again; the pods leave the tree.
    fireEvent.keyDown(row(DEPLOYMENT, 'Deployment')!, { key: 'ArrowLeft' });
    await waitFor(() => expect(podRows()).toHaveLength(0));
  });
});

describe('the panel of a resource', () => {
  it('opens on a click on a pod row, with the pod’s containers, and keeps the selection in the URL', async () => {
    const p = show();
    await expandDeployment();
    await waitFor(() => expect(podRows().length).toBe(3));
    const crashing = podRows().find((r) => within(r).queryByText('CrashLoopBackOff'))!;
    const name = nameOf(crashing);
    fireEvent.click(crashing);

    const region = await panel('Pod', name);
    expect(screen.getByRole('region', { name: `Pod ${name} Namespace payments on cluster host` })).toBe(region);
    expect(within(region).getByText('Namespace payments on cluster host')).toBeTruthy();
    expect(await within(region).findByText('Containers')).toBeTruthy();
    const table = within(region).getAllByRole('table')[0];
    expect(within(table).getByText('app')).toBeTruthy();
    expect(within(table).getByText('log-shipper')).toBeTruthy();
    expect(within(table).getAllByText(/CrashLoopBackOff/).length).toBeGreaterThan(0);
    expect(within(region).getByRole('button', { name: 'Logs of app' })).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Logs of the previous run of app' })).toBeTruthy();
    // A pod was not applied by Argo CD: it has no drift tab, but it has logs.
    const tabs = within(region)
      .getAllByRole('tab')
      .map((t) => t.textContent);
    expect(tabs).toEqual(['Status', 'Events', 'Live YAML', 'Logs']);

    expect(p.location()).toContain(`resource=${encodeURIComponent(`/v1/Pod/payments/${name}`)}`);
    expect(row(name, 'Pod')!.getAttribute('aria-selected')).toBe('true');
  });

  it('opens the panel of the focused row on Enter', async () => {
    show();
    const deployment = await findRow(DEPLOYMENT, 'Deployment');
    deployment.focus();
    fireEvent.keyDown(deployment, { key: 'Enter' });
    const region = await panel('Deployment', DEPLOYMENT);
    expect(
      within(region)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Status', 'Events', 'Live YAML', 'Drift']);
    expect(row(DEPLOYMENT, 'Deployment')!.getAttribute('aria-selected')).toBe('true');
  });

  it('gives the keyboard back to the row when the panel is closed', async () => {
    show();
    const deployment = await findRow(DEPLOYMENT, 'Deployment');
    deployment.focus();
    fireEvent.keyDown(deployment, { key: 'Enter' });
    const region = await panel('Deployment', DEPLOYMENT);
    const close = within(region).getByRole('button', { name: `Close the panel of ${DEPLOYMENT}` });
    close.focus();
    fireEvent.click(close);
    await waitFor(() => expect(document.querySelector('.gitops-live-panel')).toBeNull());
    expect(document.activeElement).toBe(row(DEPLOYMENT, 'Deployment'));
  });

  it('reaches a pod with the keyboard alone and opens it with Enter', async () => {
    show();
    const deployment = await findRow(DEPLOYMENT, 'Deployment');
    deployment.focus();
    fireEvent.keyDown(deployment, { key: 'ArrowRight' }); // open the Deployment
    await waitFor(() => expect(podRows().length).toBe(3));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // to its first child, the current ReplicaSet
    await waitFor(() => expect(kindOf(document.activeElement as HTMLElement, 'ReplicaSet')).toBe(true));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' }); // to its first pod
    await waitFor(() => expect(kindOf(document.activeElement as HTMLElement, 'Pod')).toBe(true));
    const name = nameOf(document.activeElement as HTMLElement);
    expect(name).toBe(nameOf(podRows()[0]));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const region = await panel('Pod', name);
    expect(await within(region).findByText('Containers')).toBeTruthy();
    expect(row(name, 'Pod')!.getAttribute('aria-selected')).toBe('true');
    // The keyboard user is still where they were in the tree.
    expect(document.activeElement).toBe(row(name, 'Pod'));
  });

  it('lists the Deployment’s events and its pods’, warnings first', async () => {
    const p = show(APP, `?tab=resources&resource=${encodeURIComponent(DEPLOYMENT_KEY)}`);
    const region = await panel('Deployment', DEPLOYMENT);
    fireEvent.click(within(region).getByRole('tab', { name: 'Events' }));
    await waitFor(() => expect(p.location()).toContain('panel=events'));
    const table = await within(region).findByRole('table', { name: `Events of ${DEPLOYMENT}` });
    const body = within(table).getAllByRole('rowgroup')[1];
    const types = within(body)
      .getAllByRole('row')
      .map((r) => within(r).getAllByRole('cell')[0].textContent);
    expect(types[0]).toBe('Warning');
    expect(types).toContain('Normal');
    // No warning after the first normal event.
    expect(types.slice(types.indexOf('Normal'))).not.toContain('Warning');
    // A workload's table says which object each event is about: its pods' are there.
    expect(within(table).getByRole('columnheader', { name: 'Object' })).toBeTruthy();
    expect(within(table).getAllByText(/^Pod\/payment-degraded-/).length).toBeGreaterThan(0);
    expect(within(table).getAllByText('BackOff').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('FailedScheduling').length).toBeGreaterThan(0);
  });

  it('lists spec.replicas on the Deployment’s Drift tab', async () => {
    show(APP, `?tab=resources&resource=${encodeURIComponent(DEPLOYMENT_KEY)}&panel=drift`);
    const region = await panel('Deployment', DEPLOYMENT);
    expect(within(region).getByRole('tab', { name: 'Drift' }).getAttribute('aria-selected')).toBe('true');
    const fields = await within(region).findByRole('list', { name: 'Changed fields' });
    expect(
      within(fields)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['spec.replicas']);
    expect(within(region).getByText(/Changed in the cluster since the last sync: 1 field\./)).toBeTruthy();
  });

  it('says on the ConfigMap’s Drift tab that server-side apply keeps no copy to compare', async () => {
    show();
    fireEvent.click(await findRow('payment-degraded-config', 'ConfigMap'));
    const region = await panel('ConfigMap', 'payment-degraded-config');
    fireEvent.click(await within(region).findByRole('tab', { name: 'Drift' }));
    expect(await within(region).findByText(/Drift cannot be shown here: this object was applied with server-side apply/)).toBeTruthy();
    expect(within(region).queryByRole('list', { name: 'Changed fields' })).toBeNull();
  });

  it('survives a re-render from the URL, and closing it removes resource from the URL', async () => {
    const p = show(APP, `?tab=resources&resource=${encodeURIComponent(DEPLOYMENT_KEY)}&panel=events`);
    const region = await panel('Deployment', DEPLOYMENT);
    expect(within(region).getByRole('tab', { name: 'Events' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(row(DEPLOYMENT, 'Deployment')!.getAttribute('aria-selected')).toBe('true'));

    p.rerender(page(APP));
    const again = await panel('Deployment', DEPLOYMENT);
    expect(within(again).getByRole('tab', { name: 'Events' }).getAttribute('aria-selected')).toBe('true');
    expect(row(DEPLOYMENT, 'Deployment')!.getAttribute('aria-selected')).toBe('true');

    fireEvent.click(within(again).getByRole('button', { name: `Close the panel of ${DEPLOYMENT}` }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Deployment payment-degraded/ })).toBeNull());
    expect(p.location()).not.toContain('resource=');
    expect(p.location()).not.toContain('panel=');
    expect(p.location()).toContain('tab=resources');
    expect(row(DEPLOYMENT, 'Deployment')!.getAttribute('aria-selected')).toBe('false');
  });
});

describe('a DevOps project member who may not read the destination namespace', () => {
  it('reads “No access” in the tree and in the panel, while Argo CD’s rows stay', async () => {
    const p = show(APP, '?tab=resources', { user: 'devops-only' });
    await expandDeployment();
    expect(await within(tree()).findByText(NO_ACCESS)).toBeTruthy();
    expect(p.requests('/apis/apps/v1/namespaces/payments/deployments/payment-degraded').length).toBeGreaterThan(0);
    // Argo CD's view of the app is still all there.
    expect(row(DEPLOYMENT, 'Deployment')).toBeTruthy();
    expect(row(DEPLOYMENT, 'Service')).toBeTruthy();
    expect(row('payment-degraded-config', 'ConfigMap')).toBeTruthy();
    expect(podRows()).toHaveLength(0);

    fireEvent.click(row(DEPLOYMENT, 'Deployment')!);
    const region = await panelRegion('Deployment', DEPLOYMENT);
    expect(await within(region).findByText(NO_ACCESS)).toBeTruthy();
    expect(within(region).queryByRole('tablist')).toBeNull();
  });
});

describe('an application deployed to a cluster this console does not manage', () => {
  const elsewhere: EmulatorRenderOptions = {
    before: (emulator) => {
      const app = emulator.store.getApplication('host', 'demo-project', APP)!;
      const argo = (app.spec as { argoApp: { spec: { destination: Record<string, string> } } }).argoApp.spec;
      argo.destination = { server: 'https://203.0.113.10:6443', namespace: 'payments' };
      emulator.store.putRaw('host', 'demo-project', APP, app);
    },
  };

  it('says so in the tree and in the panel, and reads nothing live', async () => {
    const p = show(APP, '?tab=resources', elsewhere);
    await expandDeployment();
    expect(await within(tree()).findByText(/The destination is not a cluster this console manages/)).toBeTruthy();
    fireEvent.click(row(DEPLOYMENT, 'Deployment')!);
    const region = await panelRegion('Deployment', DEPLOYMENT);
    expect(await within(region).findByText(/The destination is not a cluster this console manages/)).toBeTruthy();
    expect(liveRequests(p)).toEqual([]);
    expect(row('payment-degraded-config', 'ConfigMap')).toBeTruthy();
  });
});

describe('members who may read the destination namespace', () => {
  for (const user of ['tenant', 'viewer']) {
    it(`${user} sees the pods and opens a pod’s panel`, async () => {
      show(APP, '?tab=resources', { user });
      await expandDeployment();
      await waitFor(() => expect(podRows().length).toBe(3));
      expect(within(tree()).queryByText(NO_ACCESS)).toBeNull();
      const first = podRows()[0];
      fireEvent.click(first);
      const region = await panel('Pod', nameOf(first));
      expect(await within(region).findByText('Containers')).toBeTruthy();
    });
  }
});
