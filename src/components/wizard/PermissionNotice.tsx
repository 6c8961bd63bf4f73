import * as React from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { t } from '../../host';
import { colors } from '../theme';
import { Heading, Notice } from './styles';

const Back = styled(Link)`
  color: ${colors.text.link};
`;

export interface PermissionNoticeProps {
  mode: 'create' | 'edit';
  /** The user may at least view the project's applications: the reason then names what is missing. */
  canView: boolean;
  /** Where to go instead: the list (create) or the application (edit). */
  backTo: string;
}

/**
 * Says as the page opens that this user may not create (or edit) here, and why; the page shows
 * no form, so nobody fills one in only to be refused on Save. One reason, the one that is true:
 * a user without any access is not told what their role "lets them view".
 */
export function PermissionNotice({ mode, canView, backTo }: PermissionNoticeProps) {
  const reason = !canView
    ? 'GITOPS_WIZARD_NO_PROJECT_ACCESS'
    : mode === 'edit'
      ? 'GITOPS_WIZARD_NO_EDIT_VIEW_ONLY'
      : 'GITOPS_WIZARD_NO_CREATE_VIEW_ONLY';
  return (
    <Notice tone="warning" data-testid="wizard-no-permission">
      <Heading>{t(mode === 'edit' ? 'GITOPS_WIZARD_NO_EDIT_TITLE' : 'GITOPS_WIZARD_NO_CREATE_TITLE')}</Heading>
      <p>{t(reason)}</p>
      <p>
        <Back to={backTo}>{t(mode === 'edit' ? 'GITOPS_WIZARD_BACK_TO_APP' : 'GITOPS_BACK_TO_LIST')}</Back>
      </p>
    </Notice>
  );
}
