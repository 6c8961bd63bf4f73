import styled from 'styled-components';
import { colors } from '../theme';
import { formBaseCss } from '../common/formCss';

export { Help, FieldError as ErrorText } from '../common/formCss';

/** The wizard's look, in the console's colours; every control shows its focus. */
export const Panel = styled.div`
  ${formBaseCss}
  fieldset {
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  select {
    max-width: 100%;
  }
  .input-wrapper textarea {
    min-height: 72px;
    resize: vertical;
  }
  .gitops-wizard-code textarea {
    font-family: Monaco, Menlo, Consolas, monospace;
    font-weight: 400;
  }
  [aria-invalid='true'] {
    border-color: ${colors.danger};
  }
  button.gitops-wizard-linklike {
    background: none;
    border: none;
    padding: 0;
    font: inherit;
    color: ${colors.text.link};
    text-decoration: underline;
    cursor: pointer;
  }
  ul {
    margin: 0;
    padding-left: 20px;
  }
`;

export const Field = styled.div`
  display: flex;
  flex-direction: column;
  gap: 4px;
  max-width: 640px;
  > label,
  .gitops-wizard-label {
    font-weight: 600;
    color: ${colors.text.primary};
  }
`;

export const Inline = styled.label`
  display: inline-flex;
  align-items: center;
  gap: 6px;
  font-weight: normal;
  cursor: pointer;
`;

export const Row = styled.div`
  display: flex;
  align-items: center;
  gap: 8px;
  flex-wrap: wrap;
  /* kube-design's Input is 100% wide: share the row instead, so a pair's name and value and its
     Remove button stand on one line. */
  > .input-wrapper {
    flex: 1 1 200px;
    width: auto;
    min-width: 0;
  }
`;

export const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
  gap: 8px 16px;
`;

type Tone = keyof typeof colors.tone;

export const Notice = styled.div<{ tone?: Tone }>`
  padding: 8px 12px;
  border-radius: 4px;
  background: ${(p) => colors.tone[p.tone ?? 'info'].bg(p)};
  border: 1px solid ${(p) => colors.tone[p.tone ?? 'info'].border(p)};
  color: ${colors.text.primary};
  display: flex;
  flex-direction: column;
  gap: 6px;
  p {
    margin: 0;
  }
`;

export const Code = styled.pre`
  margin: 0;
  padding: 10px 12px;
  background: ${colors.surface.subtle};
  border: 1px solid ${colors.border.default};
  border-radius: 4px;
  font-family: Monaco, Menlo, Consolas, monospace;
  font-size: 12px;
  line-height: 1.5;
  max-height: 420px;
  overflow: auto;
  white-space: pre;
`;

export const Heading = styled.h2`
  margin: 0;
  font-size: 14px;
  color: ${colors.text.primary};
`;

export const Actions = styled.div`
  display: flex;
  gap: 8px;
  flex-wrap: wrap;
  align-items: center;
  padding-top: 12px;
  border-top: 1px solid ${colors.border.default};
`;

export const StepBody = styled.div`
  display: flex;
  flex-direction: column;
  gap: 16px;
  margin-top: 12px;
`;
