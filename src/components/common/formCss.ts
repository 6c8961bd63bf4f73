import styled, { css } from 'styled-components';
import { colors } from '../theme';

/**
 * The look every form shares (dialogs and the wizard): grouped fields, the console's colours and
 * a visible focus ring on every control — kube-design hides its checkbox input and draws none.
 */
export const formBaseCss = css`
  display: flex;
  flex-direction: column;
  gap: 16px;
  font-size: 12px;
  color: ${colors.text.secondary};
  fieldset {
    border: 1px solid ${colors.border.default};
    border-radius: 4px;
    padding: 8px 12px 12px;
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    color: ${colors.text.primary};
    padding: 0 4px;
  }
  .kubed-checkbox-control:focus-within,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: 1px;
  }
  select {
    height: 32px;
    border: 1px solid ${colors.border.control};
    border-radius: 4px;
    background: ${colors.surface.default};
    padding: 0 8px;
  }
`;

/** Help under a field; a grey that passes contrast on white. */
export const Help = styled.p`
  margin: 0;
  color: ${colors.text.muted};
`;

/** A field's error, linked to it with `aria-describedby` by the caller. */
export const FieldError = styled.p`
  margin: 0;
  color: ${colors.text.danger};
`;
