import * as React from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { colors, shadows } from '../../components/theme';
import { t } from '../../host';
import type { DevOpsProject } from '../../model/context/types';
import { errorKind, serverMessageOf, type NormalisedError } from '../../model/errors/errorKind';
import { useDevOpsProjects } from '../../queries/context';
import { listPath } from '../paths';

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
  gap: 12px;
`;

const Card = styled(Link)`
  display: block;
  padding: 16px;
  background: ${colors.surface.default};
  border-radius: 4px;
  box-shadow: ${shadows.card};
  color: ${colors.text.primary};
  text-decoration: none;
  overflow-wrap: anywhere;
  &:hover,
  &:focus-visible {
    box-shadow: ${shadows.raised};
  }
  strong {
    display: block;
    font-size: 14px;
  }
  span {
    display: block;
    font-size: 12px;
    color: ${colors.text.muted};
    margin-top: 4px;
  }
`;

const Notice = styled.div`
  padding: 16px;
  background: ${colors.surface.default};
  border-radius: 4px;
  h2 {
    font-size: 14px;
    margin: 0 0 8px;
  }
  p {
    margin: 0 0 8px;
    color: ${colors.text.secondary};
  }
`;

const Hint = styled.p`
  margin: 0 0 12px;
  color: ${colors.text.muted};
`;

function namespaceOf(project: DevOpsProject): string {
  return project.status?.adminNamespace || project.metadata.name;
}

export interface ContextProblemProps {
  error: NormalisedError;
  /** What a 403 means here. */
  forbidden: string;
  /** Any other failure, with the server's words. */
  failed(message: string): string;
  onRetry(): void;
}

/** Why the workspace or its projects could not be read: one message, and Retry only where retrying can help. */
export function ContextProblem({ error, forbidden, failed, onRetry }: ContextProblemProps) {
  const kind = errorKind(error);
  const message =
    kind === 'sessionExpired'
      ? t('GITOPS_SESSION_EXPIRED')
      : kind === 'forbidden'
        ? forbidden
        : failed(serverMessageOf(error) || error.kind);
  return (
    <Notice role="alert">
      <p>{message}</p>
      {kind !== 'sessionExpired' && kind !== 'forbidden' ? (
        <button type="button" onClick={onRetry}>
          {t('GITOPS_RETRY')}
        </button>
      ) : null}
    </Notice>
  );
}

export function ProjectPicker({ workspace, cluster }: { workspace: string; cluster: string }) {
  const query = useDevOpsProjects(workspace, cluster);
  if (query.isLoading) {
    return (
      <p role="status" aria-busy="true">
        {t('GITOPS_LOADING')}
      </p>
    );
  }
  if (query.error) {
    const kind = errorKind(query.error);
    if (kind === 'engineMissing' || kind === 'notFound') {
      return (
        <Notice role="alert">
          <h2>{t('GITOPS_CONTEXT_DEVOPS_MISSING')}</h2>
          <p>{t('GITOPS_CONTEXT_DEVOPS_MISSING_DESC')}</p>
        </Notice>
      );
    }
    return (
      <ContextProblem
        error={query.error}
        forbidden={t('GITOPS_CONTEXT_FORBIDDEN')}
        failed={(message) => t('GITOPS_CONTEXT_LOAD_FAILED', { message })}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const projects = query.data?.items ?? [];
  if (projects.length === 0) {
    return (
      <Notice role="status">
        <h2>{t('GITOPS_CONTEXT_NO_PROJECTS', { cluster })}</h2>
        <p>{t('GITOPS_CONTEXT_NO_PROJECTS_DESC')}</p>
      </Notice>
    );
  }
  return (
    <section aria-labelledby="gitops-projects-heading">
      <h2 id="gitops-projects-heading" style={{ fontSize: 14, margin: '0 0 4px' }}>
        {t('GITOPS_CONTEXT_PICK_PROJECT')}
      </h2>
      <Hint>{t('GITOPS_CONTEXT_PICK_CLUSTER_HINT')}</Hint>
      <List>
        {projects.map((project) => {
          const namespace = namespaceOf(project);
          const alias = project.metadata.annotations?.['kubesphere.io/alias-name'];
          const description = project.metadata.annotations?.['kubesphere.io/description'];
          return (
            <li key={namespace}>
              <Card to={listPath(workspace, cluster, namespace)} aria-label={t('GITOPS_OPEN_PROJECT', { name: alias || namespace })}>
                <strong>{alias || namespace}</strong>
                {alias ? <span>{namespace}</span> : null}
                {description ? <span>{description}</span> : null}
              </Card>
            </li>
          );
        })}
      </List>
    </section>
  );
}
