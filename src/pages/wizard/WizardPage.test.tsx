// @vitest-environment jsdom
import * as React from 'react';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetDraftStores } from '../../state/drafts';
import type { Application } from '../../model/application/types';
import { newApplication, stripForEdit } from '../../model/wizard/wizardSubmit';
import { ApiError, fakeApi, fakeContextApi, installTestTranslations, renderWizard } from '../../components/wizard/testing';
import { WizardPage } from './WizardPage';

const project = { cluster: 'host', namespace: 'demo-project' };
const URL = '/workspaces/ws/gitops/host/demo-project/create';
const PATH = '/workspaces/:workspace/gitops/:cluster/:namespace/create';
const notFound = () => Promise.reject(new ApiError(404, 'not-found', 'applications.gitops.kubesphere.io "x" not found'));

const contextApi = fakeContextApi({
  gitRepositories: () => Promise.resolve({ items: [{ metadata: { name: 'examples' }, spec: { url: 'https://github.com/a/examples' } }], totalItems: 1 }),
});

function api(overrides = {}) {
  return fakeApi({
    list: () => Promise.resolve({ items: [], totalItems: 0 }),
    argoClusters: () => Promise.resolve([{ name: 'in-cluster', server: 'https://kubernetes.default.svc' }]),
    get: notFound,
    ...overrides,
  });
}

function renderCreate(gitops = api()) {
  const fresh = () => ({ mode: 'form' as const, step: 'basic' as const, manifest: newApplication('demo-project') });
  return renderWizard(<WizardPage mode="create" workspace="ws" project={project} fresh={fresh} />, { api: gitops, contextApi, url: URL, path: PATH });
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
  type('Repository URL', 'https://github.com/a/examples');
  type('Path', 'guestbook');
  click('Next');
  await screen.findByRole('heading', { name: /Step 3 of 5/ });
  type('Namespace', 'my-app');
  click(/Review/);
  await screen.findByRole('heading', { name: /Step 5 of 5/ });
}

beforeEach(() => installTestTranslations('en'));
afterEach(() => {
  cleanup();
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
    const get = vi.fn(() => Promise.resolve(newApplication('demo-project')));
    renderCreate(api({ get }));
    type('Name', 'guestbook');
    click('Next');
    await waitFor(() => expect(describedError(field('Name'))).toContain('An application named guestbook already exists'));
    expect(get).toHaveBeenCalledWith(expect.anything(), 'demo-project', 'guestbook');
  });

  it('sends once while a create is in flight and shows a 409 next to the name', async () => {
    let reject: (e: unknown) => void = () => undefined;
    const create = vi.fn(() => new Promise<Application>((_, r) => (reject = r)));
    renderCreate(api({ create }));
    await fillValidCreate();
    const submit = screen.getByRole('button', { name: 'Create' });
    fireEvent.click(submit);
    await waitFor(() => expect(screen.getByRole('button', { name: /Sending/ })).toHaveProperty('disabled', true));
    fireEvent.click(screen.getByRole('button', { name: /Sending/ }));
    expect(create).toHaveBeenCalledTimes(1);
    const body = (create.mock.calls[0] as unknown[])[2] as Application;
    expect(body.metadata.labels?.['gitops.kubesphere.io/argocd-location']).toBe('argocd');
    reject(new ApiError(409, 'already-exists', 'applications.gitops.kubesphere.io "my-app" already exists'));
    await screen.findByRole('heading', { name: /Step 1 of 5/ });
    await waitFor(() => expect(describedError(field('Name'))).toContain('An application named my-app already exists'));
    expect(field('Name')).toHaveProperty('value', 'my-app');
  });

  it("shows the server's words next to the step a failure concerns, keeping what was typed", async () => {
    const create = vi.fn(() => Promise.reject(new ApiError(500, 'server', 'json: cannot unmarshal string into Go struct field RetryStrategy.spec.argoApp.spec.syncPolicy.retry.limit of type int64')));
    renderCreate(api({ create }));
    await fillValidCreate();
    click('Create');
    const alert = await screen.findByTestId('wizard-submit-error');
    expect(screen.getByRole('heading', { name: /Step 4 of 5: Sync policy/ })).toBeTruthy();
    expect(alert.textContent).toContain('a field has a value of the wrong type');
    expect(alert.textContent).toContain('syncPolicy.retry.limit');
  });

  it('offers to re-apply the edits when someone else changed the same field', async () => {
    const opened = stripForEdit({ ...newApplication('demo-project'), metadata: { name: 'app', namespace: 'demo-project', resourceVersion: '1', labels: { 'gitops.kubesphere.io/argocd-location': 'argocd' } } });
    opened.spec.argoApp!.spec.source = { repoURL: 'https://github.com/a/examples', path: 'one' };
    opened.spec.argoApp!.spec.destination = { server: 'https://kubernetes.default.svc', namespace: 'app' };
    const latest = JSON.parse(JSON.stringify(opened)) as Application;
    latest.metadata.resourceVersion = '2';
    latest.spec.argoApp!.spec.source.path = 'theirs';
    latest.spec.argoApp!.spec.source.targetRevision = 'main';
    const update = vi.fn((_ctx: unknown, app: Application) => Promise.resolve(app));
    const fresh = () => ({ mode: 'form' as const, step: 'source' as const, manifest: opened, base: opened });
    renderWizard(<WizardPage mode="edit" workspace="ws" project={project} name="app" fresh={fresh} />, {
      api: api({ get: () => Promise.resolve(latest), update }),
      contextApi,
      url: '/edit',
      path: '/edit',
    });
    type('Path', 'mine');
    click(/Review/);
    await screen.findByRole('button', { name: 'Save' });
    click('Save');
    const conflict = await screen.findByTestId('wizard-conflict');
    expect(conflict.textContent).toContain('spec.argoApp.spec.source.path');
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(within(conflict).getByRole('button', { name: 'Load the latest version and re-apply my changes' }));
    expect((await screen.findByTestId('wizard-reapplied')).textContent).toContain('spec.argoApp.spec.source.path');
    click('Save');
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    const sent = update.mock.calls[0][1];
    expect(sent.spec.argoApp?.spec.source).toMatchObject({ path: 'mine', targetRevision: 'main' });
    expect(sent.metadata.resourceVersion).toBe('2');
  });
});
