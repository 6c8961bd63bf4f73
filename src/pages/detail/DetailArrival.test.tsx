// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import type { Application } from '../../model/application/types';
import { stripForEdit } from '../../model/wizard/wizardSubmit';
import { forgetDraftStores, type WizardDraft } from '../../state/drafts';
import { application, renderWithEmulator, type EmulatorRenderResult } from '../../testing/renderWithEmulator';
import { WizardPage } from '../wizard/WizardPage';
import { DetailPage } from './DetailPage';

const BASE = '/workspaces/demo-workspace/gitops/host/demo-project';
const APP_URL = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/app';
const SAVED_NOTE = 'Saved. The server took a moment to catch up with your previous change.';
/** How far the emulator's informer cache trails its store, on its clock (which moves only when told). */
const LAG_MS = 500;

let routerState: unknown;
function StateProbe() {
  routerState = useLocation().state;
  return null;
}

/** The edit wizard of `app`, and the detail page it opens after saving, as the console routes them. */
function editThenDetail() {
  let opened: Application | undefined;
  const fresh = (): WizardDraft => ({ mode: 'form', step: 'source', manifest: opened!, base: opened! });
  const project = { cluster: 'host', namespace: 'demo-project' };
  return renderWithEmulator(
    <Routes>
      <Route
        path={`${BASE}/applications/app/edit`}
        element={<WizardPage mode="edit" workspace="demo-workspace" project={project} name="app" fresh={fresh} />}
      />
      <Route
        path={`${BASE}/applications/app`}
        element={
          <>
            <DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name="app" />
            <StateProbe />
          </>
        }
      />
    </Routes>,
    {
      route: `${BASE}/applications/app/edit`,
      path: '*',
      user: 'tenant',
      seed: { objects: [application({ name: 'app', path: 'one' })] },
      settle: true,
      before: (emulator) => {
        opened = stripForEdit(emulator.store.getApplication('host', 'demo-project', 'app') as unknown as Application);
      },
    },
  );
}

/** The user's previous save, which the server's reads do not show yet: the next PUT gets a 409. */
async function previousSaveNotCachedYet(page: EmulatorRenderResult) {
  page.emulator.setCacheLag(LAG_MS);
  const app = page.emulator.store.getApplication('host', 'demo-project', 'app') as unknown as Application;
  app.spec.argoApp!.spec.destination.namespace = 'first-save';
  expect((await page.send('PUT', APP_URL, app, 'admin')).status).toBe(200);
}

async function changePathAndSave() {
  fireEvent.change(await screen.findByRole('textbox', { name: 'Path' }), { target: { value: 'mine' } });
  fireEvent.click(screen.getByRole('button', { name: /Review/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
}

afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('the detail page after a save that waited for the server', () => {
  it('says calmly that the save went through, once, and can be dismissed', async () => {
    const page = editThenDetail();
    await previousSaveNotCachedYet(page);
    await changePathAndSave();
    await screen.findByTestId('wizard-save-progress');
    page.emulator.advance(LAG_MS + 1);
    await waitFor(() => expect(page.location()).toBe(`${BASE}/applications/app`), { timeout: 4_000 });
    expect(page.requests(`PUT ${APP_URL}`)).toHaveLength(2);

    const note = (await screen.findByText(SAVED_NOTE)).closest('[role="status"]') as HTMLElement;
    expect(screen.queryByRole('alert')).toBeNull();
    // Said once: a reload or a way back here later does not say it again.
    await waitFor(() => expect(routerState).toBeNull());
    expect(screen.getByText(SAVED_NOTE)).toBeTruthy();
    fireEvent.click(within(note).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(SAVED_NOTE)).toBeNull();
    expect(await screen.findByRole('tablist', { name: 'Application details' })).toBeTruthy();
  });

  it('says nothing of the kind after a save that went through at once', async () => {
    const page = editThenDetail();
    await changePathAndSave();
    await waitFor(() => expect(page.location()).toBe(`${BASE}/applications/app`));
    expect(await screen.findByRole('tablist', { name: 'Application details' })).toBeTruthy();
    expect(screen.queryByText(SAVED_NOTE)).toBeNull();
    expect(page.requests(`PUT ${APP_URL}`)).toHaveLength(1);
  });

  it('says it in Chinese too', async () => {
    renderWithEmulator(
      <Routes>
        <Route path="/saved" element={<Navigate to={`${BASE}/applications/guestbook`} replace state={{ caughtUp: true }} />} />
        <Route
          path={`${BASE}/applications/guestbook`}
          element={<DetailPage workspace="demo-workspace" cluster="host" namespace="demo-project" name="guestbook" />}
        />
      </Routes>,
      { route: '/saved', path: '*', lang: 'zh' },
    );
    const note = (await screen.findByText('已保存。服务器花了一点时间才跟上您之前的修改。')).closest('[role="status"]') as HTMLElement;
    expect(within(note).getByRole('button', { name: '关闭' })).toBeTruthy();
  });
});
