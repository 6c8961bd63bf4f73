import styled from 'styled-components';

/** The detail page's tables: compact, text wraps, long messages never widen the page. */
export const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-size: 12px;
  table-layout: auto;
  th {
    text-align: left;
    font-weight: 600;
    color: #5f708a;
    padding: 6px 8px;
    border-bottom: 1px solid #e3e9ef;
    white-space: nowrap;
  }
  td {
    padding: 6px 8px;
    border-bottom: 1px solid #f1f4f7;
    color: #242e42;
    vertical-align: top;
    word-break: break-word;
  }
`;

export const Empty = styled.p`
  margin: 0;
  font-size: 12px;
  color: #5f708a;
`;
