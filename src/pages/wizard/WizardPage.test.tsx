// @vitest-environment jsdom
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetDraftStores } from '../../state/drafts';
import type { Application } from '../../model/application/types';
import { newApplication } from '../../model/wizard/wizardSubmit';
import { application, renderWithEmulator, textResponse } from '../../testing/renderWithEmulator';
import { WizardPage } from './WizardPage';
import { renderEditWizard } from './renderEditWizard';

const project = { cluster: 'host', namespace: 'demo-project' };
const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';
const API = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';

function renderCreate() {
  const fresh = () => ({ mode: 'form' as const, step: 'basic' as const, manifest: newApplication('demo-project') });
  return renderWithEmulator(<WizardPage mode="create" workspace="demo-workspace" project={project} fresh={fresh} />, {
    route: `${LIST_URL}/create`,
    user: 'tenant',
  });
}

const field = (name: string) => screen.getByRole('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

/** The error a control points at through aria-describedby. */
function describedError(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function fillValidCreate() {
  type('Name', 'my-app');
  click('Next');
  await screen.findByRole('heading', { name: /Step 2 of 5/ });
  type('Repository URL', 'https://github.com/stoneshi-yunify/argocd-example-apps');
  type('Path', 'guestbook');
  click('Next');
  await screen.findByRole('heading', { name: /Step 3 of 5/ });
  type('Namespace', 'my-app');
  click(/Review/);
  await screen.findByRole('heading', { name: /Step 5 of 5/ });
}

afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('the wizard', () => {
  it('checks the name as it is typed and links the error to the field', () => {
    renderCreate();
    type('Name', 'My_App');
    const name = field('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(name)).toContain('only lowercase letters, digits and hyphens');
    type('Name', 'a'.repeat(64));
    expect(describedError(name)).toContain('at most 63 characters');
    type('Name', 'my-app');
    expect(name.getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps the user on a step with errors and shows them all', async () => {
    renderCreate();
    click('Next');
    await waitFor(() => expect(field('Name').getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(field('Name'));
    expect(screen.getByRole('heading', { name: /Step 1 of 5/ })).toBeTruthy();
    type('Name', 'ok');
    click('Next');
    await screen.findByRole('heading', { name: /Step 2 of 5/ });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: /Step 2 of 5/ })));
    click('Next');
    await waitFor(() => expect(describedError(field('Repository URL'))).toContain('Enter the repository URL'));
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    const current = within(steps).getByRole('button', { current: 'step' });
    expect(current.textContent).toBe('Code repository (has errors)');
  });

  it('says next to the name when the name is taken, checked with a GET', async () => {
    const page = renderCreate();
    type('Name', 'guestbook');
    click('Next');
    await waitFor(() => expect(describedError(field('Name'))).toContain('An application named guestbook already exists'));
    expect(page.requests(`GET ${API}/guestbook`)).toHaveLength(1);
  });

  it('creates the application and opens it', async () => {
    const page = renderCreate();
    await fillValidCreate();
    click('Create');
    await waitFor(() => expect(page.location()).toBe(`${LIST_URL}/applications/my-app`));
    const created = page.emulator.store.getApplication('host', 'demo-project', 'my-app')!;
    expect(created.metadata.labels['gitops.kubesphere.io/argocd-location']).toBe('argocd');
    expect(created.spec.argoApp.spec.source).toMatchObject({
      repoURL: 'https://github.com/stoneshi-yunify/argocd-example-apps',
      path: 'guestbook',
    });
  });

  it('sends once while a create is in flight and shows a 409 next to the name', async () => {
    const page = renderCreate();
    await fillValidCreate();
    page.emulator.setFaults({ latencyMs: 300 });
    click('Create');
    await waitFor(() => expect(page.requests(`POST ${API}`)).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: /Sending/ })).toHaveProperty('disabled', true));
    fireEvent.click(screen.getByRole('button', { name: /Sending/ }));
    // While the page's create is on its way, someone else takes the name.
    page.emulator.setFaults({ latencyMs: 0 });
    expect((await page.send('POST', API, application({ name: 'my-app' }), 'tenant')).status).toBe(200);
    await screen.findByRole('heading', { name: /Step 1 of 5/ });
    await waitFor(() => expect(describedError(field('Name'))).toContain('An application named my-app already exists'));
    expect(field('Name')).toHaveProperty('value', 'my-app');
    const posts = page.sent.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect((posts[0].body as Application).metadata.labels?.['gitops.kubesphere.io/argocd-location']).toBe('argocd');
  });

  it("shows the server's words next to the step a failure concerns, keeping what was typed", async () => {
    const page = renderCreate();
    await fillValidCreate();
    // What devops-apiserver's decoder answers for a wrongly typed field (the wizard's own checks never send one).
    page.intercept(/^\/kapis\/gitops\.kubesphere\.io\/v1alpha1\/namespaces\/demo-project\/applications$/, (request) =>
      request.method === 'POST'
        ? textResponse(
            500,
            'json: cannot unmarshal string into Go struct field RetryStrategy.spec.argoApp.spec.syncPolicy.retry.limit of type int64\n',
          )
        : textResponse(405, '405: Method Not Allowed'),
    );
    click('Create');
    const alert = await screen.findByTestId('wizard-submit-error');
    expect(screen.getByRole('heading', { name: /Step 4 of 5: Sync policy/ })).toBeTruthy();
    expect(alert.textContent).toContain('a field has a value of the wrong type');
    expect(alert.textContent).toContain('syncPolicy.retry.limit');
  });

  it('offers to re-apply the edits when someone else changed the same field', async () => {
    const page = renderEditWizard();
    // Someone else changes the path and the revision while the wizard is open.
    const theirs = page.emulator.store.getApplication('host', 'demo-project', 'app')!;
    theirs.spec.argoApp.spec.source = { ...theirs.spec.argoApp.spec.source, path: 'theirs', targetRevision: 'main' };
    expect((await page.send('PUT', `${API}/app`, theirs, 'admin')).status).toBe(200);
    const latestVersion = page.emulator.store.getApplication('host', 'demo-project', 'app')!.metadata.resourceVersion;

    type('Path', 'mine');
    click(/Review/);
    await screen.findByRole('button', { name: 'Save' });
    click('Save');
    const conflict = await screen.findByTestId('wizard-conflict');
    expect(conflict.textContent).toContain('spec.argoApp.spec.source.path');
    expect(page.requests('PUT')).toEqual([]);
    fireEvent.click(within(conflict).getByRole('button', { name: 'Load the latest version and re-apply my changes' }));
    expect((await screen.findByTestId('wizard-reapplied')).textContent).toContain('spec.argoApp.spec.source.path');
    click('Save');
    await waitFor(() => expect(page.location()).toBe(`${LIST_URL}/applications/app`));
    const sent = page.sent.find((r) => r.method === 'PUT')!.body as Application;
    expect(sent.spec.argoApp?.spec.source).toMatchObject({ path: 'mine', targetRevision: 'main' });
    expect(sent.metadata.resourceVersion).toBe(latestVersion);
    expect(page.emulator.store.getApplication('host', 'demo-project', 'app')!.spec.argoApp.spec.source).toMatchObject({
      path: 'mine',
      targetRevision: 'main',
    });
  });
});
