import styled from 'styled-components';
import { colors } from '../theme';

/** The detail page's tables: compact, text wraps, long messages never widen the page. */
export const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-size: 12px;
  table-layout: auto;
  th {
    text-align: left;
    font-weight: 600;
    color: ${colors.text.muted};
    padding: 6px 8px;
    border-bottom: 1px solid ${colors.border.default};
    white-space: nowrap;
  }
  td {
    padding: 6px 8px;
    border-bottom: 1px solid ${colors.border.row};
    color: ${colors.text.primary};
    vertical-align: top;
    word-break: break-word;
  }
`;

export const Empty = styled.p`
  margin: 0;
  font-size: 12px;
  color: ${colors.text.muted};
`;
