import * as React from 'react';
import styled from 'styled-components';
import { commitUrl } from '../../model';
import { shortRevision } from './format';

const Sha = styled.span`
  font-family: Monaco, Menlo, Consolas, monospace;
  font-size: 12px;
  color: inherit;
`;

/**
 * A revision as a short SHA. It links to the commit page only when the repository URL is an
 * http(s) URL (a `javascript:` or other scheme stays plain text) and the revision is a commit id.
 */
export function RevisionLink({ repoURL, revision }: { repoURL: string | undefined; revision: string | undefined }) {
  if (!revision) return null;
  const href = commitUrl(repoURL, revision);
  const text = shortRevision(revision);
  if (!href) return <Sha title={revision}>{text}</Sha>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={revision}>
      <Sha>{text}</Sha>
    </a>
  );
}
