import * as React from 'react';
import type { WizardForm } from '../../model/wizard/wizardForm';
import { applyFormChange } from '../../model/wizard/wizardFormWrite';
import { errorsOfStep, STEPS, type StepId } from '../../model/wizard/wizardValidate';
import { stepsWithVisibleErrors, touchedFields, visibleErrors } from './shownErrors';
import type { DraftHandle } from './useDraft';
import type { WizardModel } from './useWizardModel';
import type { useWizardSubmit } from './useWizardSubmit';

export interface WizardStepsOptions {
  mode: 'create' | 'edit';
  draft: DraftHandle;
  model: WizardModel;
  submitter: ReturnType<typeof useWizardSubmit>;
  /** The YAML view cannot send yet. */
  yamlBlocked: boolean;
}

/**
 * Moving through the steps and sending: which errors are shown (of touched fields and of steps
 * the user tried to leave), where the focus goes after a step change or a failure, Next (which
 * checks the name on the server when creating) and Submit.
 */
export function useWizardSteps({ mode, draft, model, submitter, yamlBlocked }: WizardStepsOptions) {
  const { step } = draft.draft;
  const { errors, form, blockers } = model;
  const { state } = submitter;
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = React.useState<ReadonlySet<StepId>>(new Set());
  const [focus, setFocus] = React.useState({ token: 0, target: undefined as string | undefined });
  const alertRef = React.useRef<HTMLDivElement>(null);

  const setStep = (next: StepId, target?: string) => {
    draft.update((d) => ({ ...d, step: next }));
    setFocus((f) => ({ token: f.token + 1, target }));
  };
  const change = (patch: Partial<WizardForm>) => {
    draft.update((d) => ({ ...d, manifest: applyFormChange(d.manifest, patch) }));
    setTouched((old) => new Set([...old, ...touchedFields(patch)]));
    if (state.failure || state.takenName) submitter.dismiss();
  };

  // A failure is shown next to the step it concerns; the focus goes to it.
  React.useEffect(() => {
    if (!state.failure && !state.takenName && !state.conflict) return;
    if (draft.draft.mode === 'form') {
      if (state.takenName) setStep('basic', '[name="name"]');
      else if (state.failure) setStep(state.failure.step, '[data-testid="wizard-submit-error"]');
    }
    if (state.conflict || draft.draft.mode === 'yaml') window.setTimeout(() => alertRef.current?.focus(), 0);
    // Only when a new outcome arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.failure, state.takenName, state.conflict]);

  const submit = () => {
    if (draft.draft.mode === 'form' && blockers > 0) {
      setAttempted(new Set(STEPS));
      const first = STEPS.find((s) => stepsWithVisibleErrors(errors, new Set(), new Set(STEPS)).has(s)) ?? 'review';
      setStep(first, '[aria-invalid="true"], [data-testid="wizard-schema-errors"]');
      return;
    }
    if (yamlBlocked || blockers > 0) return;
    void submitter.submit(draft.draft.manifest, draft.draft.base);
  };
  const next: StepId | undefined = STEPS[STEPS.indexOf(step) + 1];
  const goNext = async () => {
    setAttempted((old) => new Set([...old, step]));
    if (Object.keys(errorsOfStep(errors, step)).length > 0) {
      setFocus((f) => ({ token: f.token + 1, target: '[aria-invalid="true"]' }));
      return;
    }
    if (step === 'basic' && mode === 'create' && (await submitter.isNameTaken(form.name))) return;
    if (next) setStep(next);
  };

  return {
    /** The errors the form shows now. */
    shown: visibleErrors(errors, touched, attempted),
    stepsWithErrors: stepsWithVisibleErrors(errors, touched, attempted),
    focus,
    /** The failure or conflict notice, focused when it appears in the YAML view. */
    alertRef,
    setStep,
    change,
    submit,
    goNext,
    next,
    previous: STEPS[STEPS.indexOf(step) - 1] as StepId | undefined,
  };
}

export type WizardSteps = ReturnType<typeof useWizardSteps>;
