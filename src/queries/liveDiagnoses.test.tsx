// @vitest-environment jsdom
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithEmulator, type EmulatorRenderOptions, type EmulatorRenderResult } from '../testing/renderWithEmulator';
import { DetailPage } from '../pages/detail/DetailPage';
import type { ContainerStatusJson, PodJson } from '../testing/kube';

const BASE = '/workspaces/demo-workspace/gitops/host/demo-project/applications';

const show = (name: string, options: EmulatorRenderOptions = {}) =>
  renderWithEmulator(<DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name={name} />, {
    route: `${BASE}/${name}`,
    ...options,
  });

/** What the page asked the destination cluster's kube-apiserver for (not the GitOps API under /kapis). */
const liveRequests = (p: EmulatorRenderResult) => p.requests().filter((r) => / \/apis?\//.test(r));

async function livePods(p: EmulatorRenderResult, namespace: string, app: string) {
  const response = await p.send('GET', `/api/v1/namespaces/${namespace}/pods?labelSelector=${encodeURIComponent(`app=${app}`)}`);
  return ((await response.json()) as { items: PodJson[] }).items;
}

/** The diagnosis whose title reads `title`, as a list item of the Diagnostics region. */
async function diagnosis(title: string | RegExp): Promise<HTMLElement> {
  const region = await screen.findByRole('region', { name: 'Diagnostics' });
  const heading = await within(region).findByRole('heading', { name: title }, { timeout: 10_000 });
  return heading.closest('li')!;
}

describe('diagnoses from the pods of an unhealthy application, on the overview', () => {
  it('explains the CrashLoopBackOff and links to the previous run’s logs of the crashing container', async () => {
    const p = show('payment-service');
    const item = await diagnosis(/Containers of payment-degraded keep crashing/);
    const pods = await livePods(p, 'payments', 'payment-degraded');
    const crashing = pods.find((pod) =>
      (pod.status?.containerStatuses ?? []).some(
        (c: ContainerStatusJson) => c.state?.waiting?.reason === 'CrashLoopBackOff' && c.lastState?.terminated?.reason === 'Error',
      ),
    )!;
    expect(crashing).toBeTruthy();
    const name: string = crashing.metadata.name;
    expect(within(item).getByText(new RegExp(`Pod payments/${name} \\(CrashLoopBackOff\\)`))).toBeTruthy();

    const link = within(item).getByRole('link', { name: `Read the logs of ${name}` });
    const href = new URL(link.getAttribute('href')!, 'http://console.test');
    expect(href.pathname).toBe(`${BASE}/payment-service`);
    expect(href.searchParams.get('tab')).toBe('resources');
    expect(href.searchParams.get('resource')).toBe(`/v1/Pod/payments/${name}`);
    expect(href.searchParams.get('panel')).toBe('logs');
    expect(href.searchParams.get('previous')).toBe('1');
    expect(href.searchParams.get('container')).toBe('app');

    // Following it opens the pod's panel on its logs, reading the previous run.
    fireEvent.click(link);
    await waitFor(() => expect(p.location()).toContain('panel=logs'));
    const panel = (await screen.findByText(`Pod ${name}`, { selector: 'h2' })).closest('section')!;
    const logsTab = await within(panel).findByRole('tab', { name: 'Logs' });
    expect(logsTab.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(p.requests(`/api/v1/namespaces/payments/pods/${name}/log?`).join('\n')).toMatch(/previous=true/));
    // The tree opens the Deployment, so the pod shows, selected, among its siblings.
    // (Selectors, not role queries: with 500 log lines on the page those are slow in jsdom.)
    await waitFor(() => {
      const podRow = [...document.querySelectorAll('[role="tree"] [role="treeitem"]')].find(
        (r) => r.querySelector('[title]')?.textContent === name,
      );
      expect(podRow?.getAttribute('aria-selected')).toBe('true');
    });
  });

  it('also names the pod killed for memory and the one that cannot be scheduled', async () => {
    show('payment-service');
    const oom = await diagnosis(/Containers of payment-degraded run out of memory/);
    expect(
      within(oom)
        .getByRole('link', { name: /^Read the logs of payment-degraded-/ })
        .getAttribute('href'),
    ).toMatch(/previous=1/);
    const pending = await diagnosis(/Pods of payment-degraded cannot be scheduled/);
    expect(within(pending).getAllByText(/Insufficient memory/).length).toBeGreaterThan(0);
    // What the scheduler says is in the pod's events, not its logs.
    const href = within(pending)
      .getByRole('link', { name: /^See the events of payment-degraded-/ })
      .getAttribute('href')!;
    expect(href).toMatch(/panel=events/);
    expect(href).not.toMatch(/previous=/);
  });

  it('explains the ImagePullBackOff of broken-config', async () => {
    const p = show('broken-config');
    const item = await diagnosis(/Image of broken-config cannot be pulled/);
    expect(within(item).getAllByText(/ImagePullBackOff/).length).toBeGreaterThan(0);
    expect(
      within(item)
        .getByRole('link', { name: /^See the events of / })
        .getAttribute('href'),
    ).toMatch(/panel=events/);
    expect(liveRequests(p).every((r) => r.includes('/namespaces/frontend/'))).toBe(true);
  });

  it('reads nothing from the cluster for a Healthy application', async () => {
    const p = show('guestbook');
    await screen.findByRole('tablist', { name: 'Application details' });
    await waitFor(() => expect(p.requests('roletemplates').length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(liveRequests(p)).toEqual([]);
    expect(screen.queryByRole('link', { name: /^Read the logs of / })).toBeNull();
  });

  it('gives a user who may not read the namespace no live diagnosis and no error', async () => {
    const p = show('payment-service', { user: 'devops-only' });
    await screen.findByRole('tablist', { name: 'Application details' });
    await waitFor(() => expect(liveRequests(p).length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText(/keep crashing/)).toBeNull();
    expect(screen.queryByRole('link', { name: /^Read the logs of / })).toBeNull();
    expect(screen.queryByText(/forbidden/i)).toBeNull();
  });
});
