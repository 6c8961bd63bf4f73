import * as React from 'react';
import { t } from '../../host';
import type { ProjectRef } from '../../queries/applications';
import { useApplicationPermissions } from '../../queries/permissions';
import { PageFrame } from '../../components/layout/PageFrame';
import { PermissionNotice } from '../../components/wizard/PermissionNotice';
import { Help } from '../../components/wizard/styles';

export type WizardAccess = { state: 'checking' } | { state: 'allowed' } | { state: 'denied'; canView: boolean };

/**
 * Whether this user may create (or edit) applications in the project: the check the list makes
 * before it offers Create and Edit, made again here for those who arrive by URL. When the check
 * itself fails the wizard opens and the server stays the judge, as on the list: a role that merely
 * could not be read must not lock anyone out.
 */
export function useWizardAccess(mode: 'create' | 'edit', project: ProjectRef): WizardAccess {
  const query = useApplicationPermissions(project);
  const can = query.data;
  if (can) return (mode === 'edit' ? can.edit : can.create) ? { state: 'allowed' } : { state: 'denied', canView: can.view };
  return query.isError ? { state: 'allowed' } : { state: 'checking' };
}

export interface WizardAccessPageProps {
  mode: 'create' | 'edit';
  title: string;
  access: WizardAccess;
  /** The list (create) or the application (edit). */
  backTo: string;
}

/** What the wizard's route shows instead of the form: the check under way, or why this user cannot go on. */
export function WizardAccessPage({ mode, title, access, backTo }: WizardAccessPageProps) {
  return (
    <PageFrame title={title}>
      {access.state === 'denied' ? (
        <PermissionNotice mode={mode} canView={access.canView} backTo={backTo} />
      ) : (
        <Help role="status">{t('GITOPS_LOADING')}</Help>
      )}
    </PageFrame>
  );
}
