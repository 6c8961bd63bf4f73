import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { EditorHandle, EditorProps } from './editorTypes';

const Area = styled.textarea`
  width: 100%;
  min-height: 420px;
  box-sizing: border-box;
  padding: 8px 12px;
  border: 1px solid ${colors.border.control};
  border-radius: 4px;
  font-family: Monaco, Menlo, Consolas, monospace;
  font-size: 12px;
  line-height: 1.6;
  tab-size: 2;
  resize: vertical;
  &[aria-invalid='true'] {
    border-color: ${colors.danger};
  }
  &:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: 1px;
  }
`;

/** The plain YAML editor: a text area, for screen readers, for tests, and when the code editor cannot load. */
export const PlainEditor = React.forwardRef<EditorHandle, EditorProps>(function PlainEditor(
  { value, onChange, label, describedBy, invalid },
  ref,
) {
  const area = React.useRef<HTMLTextAreaElement>(null);
  React.useImperativeHandle(ref, () => ({
    focusAt(offset: number) {
      area.current?.focus();
      area.current?.setSelectionRange(offset, offset);
    },
  }));
  return (
    <Area
      ref={area}
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      value={value}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
    />
  );
});
