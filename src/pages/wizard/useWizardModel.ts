import * as React from 'react';
import { currentUsername } from '../../host';
import type { Application } from '../../model/application/types';
import { validateAgainstSchema } from '../../model/schema/appSchemaValidate';
import type { WizardDraft } from '../../model/wizard/draft';
import { formFromManifest } from '../../model/wizard/wizardForm';
import { prepareCreate, prepareUpdate } from '../../model/wizard/wizardSubmit';
import { appsSharingTarget } from '../../model/wizard/wizardTargets';
import { validateForm, type FieldError } from '../../model/wizard/wizardValidate';
import { applicationPath, applicationsPath, clusterContext, type ProjectRef } from '../../queries/applications';

export interface WizardModelOptions {
  mode: 'create' | 'edit';
  project: ProjectRef;
  /** Edit: the application's name. */
  name?: string;
  draft: WizardDraft;
  /** The project's applications, to warn about a shared target. */
  apps: Application[];
  /** The name the server already has an application under. */
  takenName?: string;
}

/**
 * What the draft amounts to: the form it shows, its errors, the request that would be sent and
 * what the schema and the project's other applications say about it.
 */
export function useWizardModel({ mode, project, name, draft, apps, takenName }: WizardModelOptions) {
  const { manifest, base } = draft;
  const form = React.useMemo(() => formFromManifest(manifest), [manifest]);
  const errors = React.useMemo(() => validateForm(form, mode), [form, mode]);
  const prepared = React.useMemo(
    () =>
      mode === 'edit' && base ? prepareUpdate(manifest, base) : prepareCreate(manifest, project.namespace, currentUsername() || undefined),
    [mode, manifest, base, project.namespace],
  );
  // An edit cannot rename: an existing name the create rules would refuse (a dot, say) is no reason to block saving.
  const issues = React.useMemo(
    () => validateAgainstSchema(prepared.body).filter((i) => !(mode === 'edit' && i.path.join('.') === 'metadata.name')),
    [prepared, mode],
  );
  const sharedWith = React.useMemo(() => appsSharingTarget(manifest, apps), [manifest, apps]);
  const ctx = clusterContext(project.cluster);
  const request = {
    method: mode === 'edit' ? ('PUT' as const) : ('POST' as const),
    path: mode === 'edit' ? applicationPath(ctx, project.namespace, name ?? '') : applicationsPath(ctx, project.namespace),
    body: prepared.body,
  };
  const nameProblem: FieldError | undefined =
    takenName && takenName === form.name ? { key: 'GITOPS_WIZARD_ERR_NAME_TAKEN', params: { name: form.name } } : undefined;
  /** What keeps the draft from being sent: form errors and schema errors. */
  const blockers = Object.keys(errors).length + issues.filter((i) => i.severity === 'error').length;
  return { form, errors, prepared, issues, sharedWith, request, nameProblem, blockers };
}

export type WizardModel = ReturnType<typeof useWizardModel>;
