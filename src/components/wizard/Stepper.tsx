import * as React from 'react';
import styled from 'styled-components';
import { t } from '../../host';
import type { StepId } from '../../model/wizardValidate';
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
    border: 1px solid #e3e9ef;
    border-radius: 16px;
    background: #fff;
    padding: 4px 12px 4px 4px;
    font: inherit;
    color: #36435c;
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
    background: #eff4f9;
    font-size: 11px;
  }
  button[aria-current='step'] {
    border-color: #00aa72;
    color: #242e42;
    font-weight: 600;
  }
  button[aria-current='step']::before {
    background: #00aa72;
    color: #fff;
  }
  button.gitops-wizard-step-error {
    border-color: #ca2621;
  }
  button.gitops-wizard-step-error::before {
    content: '!';
    background: #ca2621;
    color: #fff;
  }
  button:focus-visible {
    outline: 2px solid #00aa72;
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
