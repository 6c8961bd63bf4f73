// @vitest-environment jsdom
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newApplication } from '../../model/wizard/wizardSubmit';
import { draftStore, forgetDraftStores, type WizardDraft } from '../../state/drafts';
import { renderWithEmulator } from '../../testing/renderWithEmulator';
import { WizardPage } from './WizardPage';
import { renderEditWizard } from './renderEditWizard';

const project = { cluster: 'host', namespace: 'demo-project' };
const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';
const DISCARD_QUESTION = 'Discard all changes of this draft?';

const freshCreate = (): WizardDraft => ({ mode: 'form', step: 'basic', manifest: newApplication('demo-project') });

function renderCreate(user = 'tenant') {
  return renderWithEmulator(<WizardPage mode="create" workspace="demo-workspace" project={project} fresh={freshCreate} />, {
    route: `${LIST_URL}/create`,
    user,
  });
}

const field = (name: string) => screen.getByRole('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

function describedError(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** The form as it opens: nothing asked, no error shown anywhere. */
function expectPristine() {
  expect(screen.queryByRole('group', { name: DISCARD_QUESTION })).toBeNull();
  expect(field('Name').getAttribute('aria-invalid')).toBeNull();
  expect(describedError(field('Name'))).not.toContain('Enter a name');
  const steps = screen.getByRole('navigation', { name: 'Steps' });
  expect(within(steps).queryByText(/has errors/)).toBeNull();
}

afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('discarding a draft', () => {
  it('on Create closes the question and leaves an empty form that shows no error yet', async () => {
    renderCreate();
    type('Name', 'my-app');
    click('Discard draft');
    click('Discard');
    expect(field('Name')).toHaveProperty('value', '');
    expectPristine();
    const told = screen.getByTestId('wizard-draft-discarded');
    expect(told.textContent).toContain('The draft was discarded');
    await waitFor(() => expect(document.activeElement).toBe(told));
    // Errors still show once the user acts.
    click('Next');
    await waitFor(() => expect(describedError(field('Name'))).toContain('Enter a name'));
  });

  it('on Edit closes the question and shows the application as saved', () => {
    renderEditWizard({ user: 'tenant', step: 'basic', app: { name: 'app', description: 'as saved' } });
    type('Description', 'mine');
    click('Discard draft');
    click('Discard');
    expect(field('Description')).toHaveProperty('value', 'as saved');
    expect(screen.queryByRole('group', { name: DISCARD_QUESTION })).toBeNull();
    expect(screen.getByTestId('wizard-draft-discarded').textContent).toContain('as it was saved when you opened this page');
    // The message stays only until the user acts.
    type('Description', 'again');
    expect(screen.queryByTestId('wizard-draft-discarded')).toBeNull();
  });

  it('offers one Discard, in line with the message that a draft was restored', () => {
    draftStore({ user: 'tenant', ...project })
      .getState()
      .replace({ ...freshCreate(), step: 'source', manifest: { ...newApplication('demo-project'), metadata: { name: 'kept' } } });
    renderCreate();
    const banner = screen.getByTestId('wizard-draft-restored');
    expect(screen.getAllByRole('button', { name: 'Discard draft' })).toHaveLength(1);
    const button = within(banner).getByRole('button', { name: 'Discard draft' });
    const message = within(banner).getByText(/has been restored/);
    expect(button.parentElement).toBe(message.parentElement);
    expect(getComputedStyle(message.parentElement!).flexDirection).not.toBe('column');

    fireEvent.click(button);
    click('Discard');
    expect(screen.queryByTestId('wizard-draft-restored')).toBeNull();
    expect(screen.getByRole('heading', { name: /Step 1 of 5/ })).toBeTruthy();
    expect(field('Name')).toHaveProperty('value', '');
    expectPristine();
    // With the banner gone, Discard is back among the actions, once.
    expect(screen.getAllByRole('button', { name: 'Discard draft' })).toHaveLength(1);
  });
});

describe('a draft', () => {
  it('belongs to the user who wrote it', () => {
    const first = renderEditWizard({ user: 'admin', step: 'basic', app: { name: 'app', description: 'as saved' } });
    type('Description', 'typed by admin');
    first.unmount();

    renderEditWizard({ user: 'tenant', step: 'basic', app: { name: 'app', description: 'as saved' } });
    expect(screen.queryByTestId('wizard-draft-restored')).toBeNull();
    expect(field('Description')).toHaveProperty('value', 'as saved');
  });

  it('comes back for the same user', () => {
    const first = renderEditWizard({ user: 'tenant', step: 'basic', app: { name: 'app', description: 'as saved' } });
    type('Description', 'typed by tenant');
    first.unmount();

    renderEditWizard({ user: 'tenant', step: 'basic', app: { name: 'app', description: 'as saved' } });
    expect(screen.getByTestId('wizard-draft-restored')).toBeTruthy();
    expect(field('Description')).toHaveProperty('value', 'typed by tenant');
  });
});
