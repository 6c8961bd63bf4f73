import * as React from 'react';
import styled from 'styled-components';
import { type Application, hasLocationLabel, isUnreadable, type ParsedArgoStatus } from '../../model';
import { t } from '../../host';

const Box = styled.p`
  margin: 0 0 12px;
  padding: 10px 12px;
  border-radius: 4px;
  font-size: 12px;
  background: #f0f8fd;
  border: 1px solid #c7deef;
  color: #36435c;
`;

/**
 * Explains a page without Argo CD status: just created (the status arrives shortly; the page
 * polls) or a status that could not be read. A missing location label is a diagnostic instead.
 */
export function StatusNotice({ app, parsed }: { app: Application; parsed: ParsedArgoStatus }) {
  if (parsed.status) return null;
  if (!hasLocationLabel(app)) return null;
  return <Box role="status">{t(isUnreadable(parsed) ? 'GITOPS_STATUS_UNREADABLE' : 'GITOPS_STATUS_NOT_REPORTED')}</Box>;
}
