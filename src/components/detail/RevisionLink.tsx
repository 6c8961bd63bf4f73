import * as React from 'react';
import styled from 'styled-components';
import { revisionLink } from '../../model/live';
import { shortRevision } from './format';

const Sha = styled.span`
  font-family: Monaco, Menlo, Consolas, monospace;
  font-size: 12px;
  color: inherit;
  overflow-wrap: anywhere;
`;

/**
 * A revision: a commit id as a short SHA (`full`: as it is, where it is the subject, as in the
 * redeploy dialog), a branch or tag as it is. It links to the commit page, or to the tree at a
 * branch or tag on a forge whose URLs are known, only when the repository URL is an http(s) URL
 * (a `javascript:` or other scheme stays plain text); anything else stays text.
 */
export function RevisionLink({ repoURL, revision, full }: { repoURL: string | undefined; revision: string | undefined; full?: boolean }) {
  if (!revision) return null;
  const link = revisionLink(repoURL, revision);
  const text = full ? revision : shortRevision(revision);
  if (!link) return <Sha title={revision}>{text}</Sha>;
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer" title={revision}>
      <Sha>{text}</Sha>
    </a>
  );
}
