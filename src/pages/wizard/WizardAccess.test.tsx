// @vitest-environment jsdom
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetDraftStores } from '../../state/drafts';
import { application, renderWithEmulator } from '../../testing/renderWithEmulator';
import { CreateWizard } from './CreateRoute';
import { EditLoader } from './EditRoute';

const project = { cluster: 'host', namespace: 'demo-project' };
const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';
const APP_URL = `${LIST_URL}/applications/app`;

const openCreate = (user: string, lang: 'en' | 'zh' = 'en') =>
  renderWithEmulator(<CreateWizard />, { route: `${LIST_URL}/create`, user, lang });

const openEdit = (user: string) =>
  renderWithEmulator(<EditLoader workspace="demo-workspace" project={project} name="app" />, {
    route: `${APP_URL}/edit`,
    user,
    seed: { objects: [application({ name: 'app' })] },
    settle: true,
  });

afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('the wizard for a user who may not use it', () => {
  it('tells a viewer at once that they cannot create here, shows no form and leads back to the list', async () => {
    openCreate('viewer');
    const notice = await screen.findByTestId('wizard-no-permission');
    expect(within(notice).getByRole('heading', { name: 'You cannot create applications here' })).toBeTruthy();
    expect(notice.textContent).toContain('lets you view its applications, but not create them');
    expect(within(notice).getByRole('link', { name: 'Back to applications' }).getAttribute('href')).toBe(LIST_URL);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Next|Create|Discard/ })).toBeNull();
  });

  it('tells a viewer they cannot edit the application and leads back to it', async () => {
    openEdit('viewer');
    const notice = await screen.findByTestId('wizard-no-permission');
    expect(within(notice).getByRole('heading', { name: 'You cannot edit this application' })).toBeTruthy();
    expect(within(notice).getByRole('link', { name: 'Back to the application' }).getAttribute('href')).toBe(APP_URL);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('tells a user without any access only that, never what their role would let them view', async () => {
    openEdit('outsider');
    const notice = await screen.findByTestId('wizard-no-permission');
    expect(notice.textContent).toContain('You have no access to the applications of this DevOps project');
    expect(document.body.textContent).not.toMatch(/lets you view|No permission to view/);
  });

  it('says it in Chinese too', async () => {
    openCreate('viewer', 'zh');
    const notice = await screen.findByTestId('wizard-no-permission');
    expect(within(notice).getByRole('heading', { name: '您无法在此创建应用' })).toBeTruthy();
    expect(within(notice).getByRole('link', { name: '返回应用列表' })).toBeTruthy();
  });

  it('opens the form for a user who may create, after the check', async () => {
    openCreate('tenant');
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(await screen.findByRole('textbox', { name: 'Name' })).toBeTruthy();
    expect(screen.queryByTestId('wizard-no-permission')).toBeNull();
  });

  it('opens the form for a user who may edit', async () => {
    openEdit('tenant');
    expect(await screen.findByRole('textbox', { name: 'Description' })).toBeTruthy();
  });
});
