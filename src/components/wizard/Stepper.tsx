import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { t } from '../../host';
import type { StepId } from '../../model/wizard/wizardValidate';
import { VisuallyHidden } from '../common/VisuallyHidden';

const List = styled.ol`
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  margin: 0;
  padding: 0;
  list-style: none;
  counter-reset: step;
  li {
    counter-increment: step;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    border: 1px solid ${colors.border.default};
    border-radius: 16px;
    background: ${colors.surface.default};
    padding: 4px 12px 4px 4px;
    font: inherit;
    color: ${colors.text.secondary};
    cursor: pointer;
  }
  button::before {
    content: counter(step);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: ${colors.surface.muted};
    font-size: 11px;
  }
  button[aria-current='step'] {
    border-color: ${colors.accent};
    color: ${colors.text.primary};
    font-weight: 600;
  }
  button[aria-current='step']::before {
    background: ${colors.accent};
    color: ${colors.text.onAccent};
  }
  button.gitops-wizard-step-error {
    border-color: ${colors.danger};
  }
  button.gitops-wizard-step-error::before {
    content: '!';
    background: ${colors.danger};
    color: ${colors.text.onAccent};
  }
  button:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: 1px;
  }
`;

export interface StepperProps {
  steps: ReadonlyArray<{ id: StepId; label: string }>;
  current: StepId;
  /** Steps whose fields have errors the user has been shown. */
  withErrors: ReadonlySet<StepId>;
  onSelect(step: StepId): void;
}

/** The steps as a list of buttons: where you are, which ones need attention, and a way to jump. */
export function Stepper({ steps, current, withErrors, onSelect }: StepperProps) {
  return (
    <nav aria-label={t('GITOPS_WIZARD_STEPS')}>
      <List>
        {steps.map((step) => {
          const hasErrors = withErrors.has(step.id);
          return (
            <li key={step.id}>
              <button
                type="button"
                className={hasErrors ? 'gitops-wizard-step-error' : undefined}
                aria-current={step.id === current ? 'step' : undefined}
                onClick={() => onSelect(step.id)}
              >
                {step.label}
                {hasErrors ? <VisuallyHidden>{` (${t('GITOPS_WIZARD_STEP_HAS_ERRORS')})`}</VisuallyHidden> : null}
              </button>
            </li>
          );
        })}
      </List>
    </nav>
  );
}
