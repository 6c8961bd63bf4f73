import * as React from 'react';
import { t } from '../../host';
import { Notice } from './styles';

/** Says that the server will refuse to create or save, when the user's role does not allow it. */
export function PermissionNotice({ mode, permissions }: { mode: 'create' | 'edit'; permissions?: { create: boolean; edit: boolean } }) {
  if (!permissions || (mode === 'edit' ? permissions.edit : permissions.create)) return null;
  return (
    <Notice tone="warning">
      <p>{t(mode === 'edit' ? 'GITOPS_WIZARD_NO_EDIT_PERMISSION' : 'GITOPS_WIZARD_NO_CREATE_PERMISSION')}</p>
    </Notice>
  );
}
