import * as React from 'react';
import { t } from '../../host';
import { STEPS, type StepId } from '../../model/wizard/wizardValidate';
import { Stepper } from '../../components/wizard/Stepper';
import { Heading, StepBody } from '../../components/wizard/styles';
import { useFieldId } from '../../components/wizard/useFieldId';

export const STEP_TITLES: Record<StepId, string> = {
  basic: 'GITOPS_WIZARD_STEP_BASIC',
  source: 'GITOPS_WIZARD_STEP_SOURCE',
  destination: 'GITOPS_WIZARD_STEP_DESTINATION',
  sync: 'GITOPS_WIZARD_STEP_SYNC',
  review: 'GITOPS_WIZARD_STEP_REVIEW',
};

export interface FormViewProps {
  step: StepId;
  onStep(step: StepId): void;
  stepsWithErrors: ReadonlySet<StepId>;
  /** Bumped to move the focus into the step (to its heading, or `focusTarget`) after it is shown. */
  focusToken: number;
  /** A selector inside the step to focus instead of the heading, such as the first invalid field. */
  focusTarget?: string;
  children: React.ReactNode;
}

/**
 * The stepper and the current step's section. When the step changes the focus moves to the
 * section's heading, so keyboard and screen reader users land at the start of the new step.
 */
export function FormView({ step, onStep, stepsWithErrors, focusToken, focusTarget, children }: FormViewProps) {
  const headingId = useFieldId('step');
  const section = React.useRef<HTMLElement>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (focusToken === 0) return;
    const target = focusTarget ? section.current?.querySelector<HTMLElement>(focusTarget) : null;
    (target ?? heading.current)?.focus();
  }, [focusToken, focusTarget]);
  const steps = STEPS.map((id) => ({ id, label: t(STEP_TITLES[id]) }));
  return (
    <>
      <Stepper steps={steps} current={step} withErrors={stepsWithErrors} onSelect={onStep} />
      <section ref={section} aria-labelledby={headingId} data-testid={`wizard-step-${step}`}>
        <Heading id={headingId} ref={heading} tabIndex={-1}>
          {t('GITOPS_WIZARD_STEP_OF', { n: STEPS.indexOf(step) + 1, total: STEPS.length, title: t(STEP_TITLES[step]) })}
        </Heading>
        <StepBody>{children}</StepBody>
      </section>
    </>
  );
}
