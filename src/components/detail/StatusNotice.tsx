import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { type Application, hasLocationLabel, isNameTooLongToMirror, isTerminating, isUnreadable, type ParsedArgoStatus } from '../../model';
import { t } from '../../host';

const Box = styled.p`
  margin: 0 0 12px;
  padding: 10px 12px;
  border-radius: 4px;
  font-size: 12px;
  background: ${colors.tone.info.bg};
  border: 1px solid ${colors.tone.info.border};
  color: ${colors.text.secondary};
`;

/**
 * Explains a page without Argo CD status: just created (the status arrives shortly; the page
 * polls) or a status that could not be read. A status that will never come (no location label, a
 * name too long to mirror) is a diagnostic instead, and a terminating app has its own notice.
 */
export function StatusNotice({ app, parsed }: { app: Application; parsed: ParsedArgoStatus }) {
  if (parsed.status) return null;
  if (!hasLocationLabel(app) || isTerminating(app) || isNameTooLongToMirror(app, parsed)) return null;
  return <Box role="status">{t(isUnreadable(parsed) ? 'GITOPS_STATUS_UNREADABLE' : 'GITOPS_STATUS_NOT_REPORTED')}</Box>;
}
