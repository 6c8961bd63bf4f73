import styled from 'styled-components';
import { colors } from '../../theme';

export const Frame = styled.div`
  border: 1px solid ${colors.border.control};
  border-radius: 4px;
  overflow: hidden;
  &:focus-within {
    outline: 2px solid ${colors.focus};
    outline-offset: 1px;
  }
`;

/** Monaco as a viewer: read-only, no minimap, text is data (no links), the wizard's font. */
export const VIEWER_OPTIONS = {
  readOnly: true,
  domReadOnly: true,
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 12,
  lineHeight: 19,
  fixedOverflowWidgets: true,
  contextmenu: false,
  links: false,
  renderLineHighlight: 'none' as const,
  renderFinalNewline: 'on' as const,
};
