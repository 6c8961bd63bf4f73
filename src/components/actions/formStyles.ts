import styled from 'styled-components';
import { colors } from '../theme';
import { formBaseCss } from '../common/formCss';

export { Help, FieldError } from '../common/formCss';

/** Shared look of the dialogs' forms: grouped fields, help text, a visible focus on every control. */
export const Form = styled.form`
  ${formBaseCss}
`;

export const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  gap: 8px 16px;
`;

export const Field = styled.div`
  display: flex;
  flex-direction: column;
  gap: 4px;
  label {
    font-weight: 600;
  }
`;

export const Notice = styled.div`
  padding: 8px 12px;
  border-radius: 4px;
  background: ${colors.tone.info.bg};
  border: 1px solid ${colors.tone.info.border};
  color: ${colors.text.secondary};
`;
