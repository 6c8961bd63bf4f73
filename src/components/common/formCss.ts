import styled, { css } from 'styled-components';
import { colors, shadows } from '../theme';

/** kube-design's Input and Textarea: a wrapper (`.input-wrapper`) that draws the border around the control. */
const WRAPPED = '.input-wrapper';
const INVALID = "> [aria-invalid='true']";

/**
 * Text fields, selects and text areas as the console draws them (kube-design 0.2.31 `Input`,
 * `Textarea`, `Select` and `Form` styles, used so by kubesphere/console `packages/console` forms):
 * one focus indicator, on the field's border, never a second ring on the control inside it; the
 * border turns red on an invalid field (`aria-invalid="true"`) as kube-design's
 * `.form-item-status-error` does, and stays red while focused.
 *
 * The focused border is `colors.focus`, a little darker than kube-design's green so that it
 * reaches 3:1, and is drawn 2px wide (a 1px inset shadow on the 1px border) next to the console's
 * glow, so keyboard users see where they are on a red field too.
 */
const fieldCss = css`
  ${WRAPPED} {
    border-color: ${colors.border.input};
  }
  ${WRAPPED}:hover, select:hover {
    border-color: ${colors.border.inputHover};
  }
  ${WRAPPED} input,
  ${WRAPPED} input:focus-visible,
  ${WRAPPED} textarea,
  ${WRAPPED} textarea:focus-visible {
    outline: none;
  }
  ${WRAPPED}.input-focus,
  select:focus-visible {
    outline: none;
    border-color: ${colors.focus};
    box-shadow:
      0 0 0 1px ${colors.focus},
      ${shadows.controlFocus};
  }
  select[aria-invalid='true'],
  ${WRAPPED}:has(${INVALID}) {
    border-color: ${colors.danger};
  }
  select[aria-invalid='true']:focus-visible,
  ${WRAPPED}.input-focus:has(${INVALID}) {
    border-color: ${colors.danger};
    box-shadow:
      0 0 0 1px ${colors.danger},
      ${shadows.controlInvalidFocus};
  }
  select {
    height: 32px;
    border: 1px solid ${colors.border.input};
    border-radius: 4px;
    background: ${colors.surface.default};
    color: ${colors.text.secondary};
    font: inherit;
    font-weight: 600;
    padding: 0 8px;
    transition: all 0.3s ease-in-out;
  }
`;

/**
 * The look every form shares (dialogs and the wizard): grouped fields, the console's colours and
 * a visible focus on every control — kube-design hides its checkbox input and draws none.
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
  textarea:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: 1px;
  }
  /* Native radios and checkboxes in the console's green instead of the browser's blue. */
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: ${colors.accent};
  }
  ${fieldCss}
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
