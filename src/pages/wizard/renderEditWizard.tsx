import * as React from 'react';
import type { Application } from '../../model/application/types';
import { stripForEdit } from '../../model/wizard/wizardSubmit';
import type { WizardDraft } from '../../state/drafts';
import { application, renderWithEmulator, type EmulatorRenderResult } from '../../testing/renderWithEmulator';
import { WizardPage } from './WizardPage';

export interface EditWizardOptions {
  user?: string;
  /** The step the wizard opens on. */
  step?: WizardDraft['step'];
  /** The application `app` as the server holds it before the wizard opens. */
  app?: Parameters<typeof application>[0];
}

/**
 * The edit wizard of `app` in demo-project on host, opened from the server's copy as the edit
 * route does (the copy is read from the emulator once it is seeded): for the wizard's page tests.
 */
export function renderEditWizard({
  user = 'tenant',
  step = 'source',
  app = { name: 'app', path: 'one' },
}: EditWizardOptions = {}): EmulatorRenderResult {
  let opened: Application | undefined;
  const fresh = (): WizardDraft => ({ mode: 'form', step, manifest: opened!, base: opened! });
  const project = { cluster: 'host', namespace: 'demo-project' };
  return renderWithEmulator(<WizardPage mode="edit" workspace="demo-workspace" project={project} name={app.name} fresh={fresh} />, {
    route: `/workspaces/demo-workspace/gitops/host/demo-project/applications/${app.name}/edit`,
    user,
    seed: { objects: [application(app)] },
    settle: true,
    before: (emulator) => {
      opened = stripForEdit(emulator.store.getApplication('host', 'demo-project', app.name) as unknown as Application);
    },
  });
}
