import * as React from 'react';
import styled from 'styled-components';
import { t } from '../../host';
import type { RowActions } from './RowActionsCell';
import { Muted } from './styles';

const Note = styled(Muted)`
  display: block;
  margin-bottom: 12px;
`;

/** Above the list: that the user may only view, and why an action the server refused is disabled. */
export function ListNotes({ viewOnly, actions }: { viewOnly: boolean; actions: RowActions }) {
  return (
    <>
      {viewOnly ? <Note className="gitops-view-only">{t('GITOPS_LIST_VIEW_ONLY')}</Note> : null}
      {actions.sync?.disabledReason ? <Note className="gitops-denied">{actions.sync.disabledReason}</Note> : null}
      {actions.delete?.disabledReason ? <Note className="gitops-denied">{actions.delete.disabledReason}</Note> : null}
    </>
  );
}
