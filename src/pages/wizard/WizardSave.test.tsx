// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../model/application/types';
import { forgetDraftStores } from '../../state/drafts';
import type { EmulatorRenderResult } from '../../testing/renderWithEmulator';
import { renderEditWizard } from './renderEditWizard';

const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';
const APP_URL = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/app';

const field = (name: string) => screen.getByRole('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

/** Someone writes the application straight to the server (not through the page). */
async function write(page: EmulatorRenderResult, change: (app: Application) => void) {
  const app = page.emulator.store.getApplication('host', 'demo-project', 'app') as unknown as Application;
  change(app);
  expect((await page.send('PUT', APP_URL, app, 'admin')).status).toBe(200);
}

/** How far the emulator's informer cache trails its store, on its clock (which moves only when told). */
const LAG_MS = 500;

/**
 * A write the server's reads do not show yet (reference §1.5): from now on the emulator's cache
 * trails its store, so GETs answer the copy from before `change`, and a PUT meanwhile is refused
 * with the 409 the handler gives when it copies the cached resourceVersion.
 */
async function lagOneWrite(page: EmulatorRenderResult, change: (app: Application) => void) {
  page.emulator.setCacheLag(LAG_MS);
  await write(page, change);
}

/** The cache catches up: the emulator's clock moves past the lag. */
const catchUp = (page: EmulatorRenderResult) => page.emulator.advance(LAG_MS + 1);

async function save() {
  click(/Review/);
  await screen.findByRole('button', { name: 'Save' });
  click('Save');
}

afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('saving while the server catches up with a recent write', () => {
  it('sends again by itself and keeps both changes, with no error on the way', async () => {
    const page = renderEditWizard();
    // An earlier save (the user's own, a moment ago) changed the namespace; reads do not show it yet.
    await lagOneWrite(page, (app) => (app.spec.argoApp!.spec.destination.namespace = 'first-save'));
    type('Path', 'mine');
    await save();
    expect((await screen.findByTestId('wizard-save-progress')).textContent).toContain('still catching up');
    expect(screen.getByRole('button', { name: /Sending/ })).toHaveProperty('disabled', true);
    catchUp(page);
    await waitFor(() => expect(page.location()).toBe(`${LIST_URL}/applications/app`), { timeout: 4_000 });
    expect(screen.queryByTestId('wizard-submit-error')).toBeNull();
    expect(screen.queryByTestId('wizard-conflict')).toBeNull();
    expect(page.requests(`PUT ${APP_URL}`)).toHaveLength(2);
    const saved = page.emulator.store.getApplication('host', 'demo-project', 'app')!;
    expect(saved.spec.argoApp.spec.source.path).toBe('mine');
    expect(saved.spec.argoApp.spec.destination.namespace).toBe('first-save');
  });

  it('stops for the user when someone else changed the same field, keeping what was typed', async () => {
    const page = renderEditWizard();
    await lagOneWrite(page, (app) => (app.spec.argoApp!.spec.source.path = 'theirs'));
    type('Path', 'mine');
    await save();
    await screen.findByTestId('wizard-save-progress');
    catchUp(page);
    const conflict = await screen.findByTestId('wizard-conflict', {}, { timeout: 4_000 });
    expect(conflict.textContent).toContain('spec.argoApp.spec.source.path');
    expect(screen.queryByTestId('wizard-submit-error')).toBeNull();
    expect(page.requests(`PUT ${APP_URL}`)).toHaveLength(1);
    fireEvent.click(within(conflict).getByRole('button', { name: 'Load the latest version and re-apply my changes' }));
    await screen.findByTestId('wizard-reapplied');
    click('Save');
    await waitFor(() => expect(page.location()).toBe(`${LIST_URL}/applications/app`));
    expect(page.emulator.store.getApplication('host', 'demo-project', 'app')!.spec.argoApp.spec.source.path).toBe('mine');
  });

  it('keeps what is typed while a save waits, and says it is still to be saved', async () => {
    const page = renderEditWizard();
    await lagOneWrite(page, (app) => (app.spec.argoApp!.spec.destination.namespace = 'first-save'));
    type('Path', 'mine');
    await save();
    await screen.findByTestId('wizard-save-progress');
    // Back on the source step while it waits, the revision is changed too.
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Steps' })).getByRole('button', { name: /Code repository/ }));
    type('Revision', 'v2');
    catchUp(page);
    await waitFor(() => expect(screen.getByTestId('wizard-save-progress').textContent).toContain('not saved yet'), { timeout: 4_000 });
    expect(page.location()).toBe(`${LIST_URL}/applications/app/edit`);
    expect(field('Revision')).toHaveProperty('value', 'v2');
    const saved = page.emulator.store.getApplication('host', 'demo-project', 'app')!;
    expect(saved.spec.argoApp.spec.source).toMatchObject({ path: 'mine', targetRevision: 'HEAD' });
    // The controller's own writes after that save reach the cache too.
    page.emulator.settle();
    catchUp(page);
    await save();
    await waitFor(() => expect(page.location()).toBe(`${LIST_URL}/applications/app`));
    expect(page.emulator.store.getApplication('host', 'demo-project', 'app')!.spec.argoApp.spec.source).toMatchObject({
      path: 'mine',
      targetRevision: 'v2',
    });
  });
});
