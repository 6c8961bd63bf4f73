import * as React from 'react';
import styled from 'styled-components';
import { Cluster, Project } from '@kubed/icons';
import { Link } from 'react-router-dom';
import { labelled, t } from '../../host';
import { COLORS } from './styles';

const Bar = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 16px;
  margin-bottom: 12px;
  font-size: 12px;
  color: ${COLORS.secondary};
  span {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  strong {
    color: ${COLORS.text};
    word-break: break-all;
  }
  a {
    color: ${COLORS.link};
  }
  a:hover {
    text-decoration: underline;
  }
`;

/** Where the list is: cluster and DevOps project, with the way back to choose others. */
export function ContextBar({ cluster, namespace, changeTo }: { cluster: string; namespace: string; changeTo: string }) {
  return (
    <Bar aria-label={t('GITOPS_LIST_CONTEXT')} className="gitops-context">
      <span>
        <Cluster size={16} aria-hidden="true" />
        {labelled(t('GITOPS_CLUSTER'))}
        <strong>{cluster}</strong>
      </span>
      <span>
        <Project size={16} aria-hidden="true" />
        {labelled(t('GITOPS_DEVOPS_PROJECT'))}
        <strong>{namespace}</strong>
      </span>
      <Link to={changeTo}>{t('GITOPS_LIST_CHANGE_PROJECT')}</Link>
    </Bar>
  );
}
