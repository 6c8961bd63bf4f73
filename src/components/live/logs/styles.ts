import styled from 'styled-components';
import { colors } from '../../theme';

/** One row of the unwrapped view: rows are this tall, so the view can place them without measuring. */
export const ROW_HEIGHT = 18;

export const Panel = styled.section`
  display: flex;
  flex-direction: column;
  gap: 8px;
  font-size: 12px;
  color: ${colors.text.primary};
`;

export const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 16px;
  label {
    color: ${colors.text.secondary};
  }
  select {
    margin-left: 6px;
    height: 28px;
    border: 1px solid ${colors.border.input};
    border-radius: 3px;
    background: ${colors.surface.default};
    color: ${colors.text.primary};
  }
  select:focus-visible {
    outline: 2px solid ${colors.focus};
  }
`;

export const Hint = styled.p`
  margin: 0;
  color: ${colors.text.muted};
`;

export const SearchRow = styled.div`
  display: flex;
  align-items: center;
  gap: 8px;
  .gitops-logs-search {
    width: 280px;
  }
`;

export const Viewport = styled.div`
  position: relative;
  overflow: auto;
  border: 1px solid ${colors.border.default};
  border-radius: 4px;
  background: ${colors.surface.subtle};
  font-family: Menlo, Consolas, 'Liberation Mono', monospace;
  font-size: 12px;
  line-height: ${ROW_HEIGHT}px;
  &:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: -2px;
  }
  /* Rows are plain elements styled from here: thousands of styled components would cost more. */
  .gitops-logs-line {
    box-sizing: border-box;
    padding: 0 8px;
    white-space: pre;
  }
  &.gitops-logs-wrapped .gitops-logs-line {
    white-space: pre-wrap;
    word-break: break-all;
  }
  .gitops-logs-line[data-current='true'] {
    background: ${colors.tone.warning.bg};
    box-shadow: inset 3px 0 0 ${colors.status.warning};
  }
  .gitops-logs-ts {
    color: ${colors.text.muted};
  }
  mark {
    background: ${colors.tone.warning.border};
    color: inherit;
  }
  .gitops-logs-cut {
    color: ${colors.text.muted};
    font-style: italic;
  }
`;

export const Note = styled.div<{ $tone?: 'info' | 'warning' }>`
  display: flex;
  align-items: center;
  gap: 12px;
  padding: 6px 12px;
  border-radius: 4px;
  border: 1px solid ${({ $tone }) => ($tone === 'warning' ? colors.tone.warning.border : colors.tone.info.border)};
  background: ${({ $tone }) => ($tone === 'warning' ? colors.tone.warning.bg : colors.tone.info.bg)};
  color: ${colors.text.secondary};
  p {
    margin: 0;
  }
`;

/** Holds the view and, over its lower right corner, the "Jump to latest" button. */
export const Frame = styled.div`
  position: relative;
  .gitops-logs-jump {
    position: absolute;
    right: 16px;
    bottom: 16px;
  }
`;
