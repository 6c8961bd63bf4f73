import * as React from 'react';
import type { WizardDraft } from '../../model/wizard/draft';
import type { StepId } from '../../model/wizard/wizardValidate';
import { FormView } from './FormView';
import { StepContent } from './StepContent';
import type { useWizardData } from './useWizardData';
import type { WizardModel } from './useWizardModel';
import type { WizardSteps } from './useWizardSteps';
import { YAML_BLOCKED_ID, type YamlMode } from './useYamlMode';
import { YamlProblems } from './YamlProblems';
import { YamlView } from './YamlView';

export interface WizardBodyProps {
  mode: 'create' | 'edit';
  draft: WizardDraft;
  model: WizardModel;
  steps: WizardSteps;
  yaml: YamlMode;
  data: ReturnType<typeof useWizardData>;
  /** The last submit's failure, shown in the step it concerns (form) or under the editor (YAML). */
  failureNotice: React.ReactNode;
  failureStep?: StepId;
}

/** The draft in the view the user chose: the current step of the form, or the YAML editor. */
export function WizardBody({ mode, draft, model, steps, yaml, data, failureNotice, failureStep }: WizardBodyProps) {
  const { step } = draft;
  if (draft.mode === 'form') {
    return (
      <FormView
        step={step}
        onStep={(s) => steps.setStep(s)}
        stepsWithErrors={steps.stepsWithErrors}
        focusToken={steps.focus.token}
        focusTarget={steps.focus.target}
      >
        {failureStep === step ? failureNotice : null}
        <StepContent
          step={step}
          form={model.form}
          change={steps.change}
          errors={steps.shown}
          mode={mode}
          nameProblem={model.nameProblem}
          repositories={data.repositories}
          repositoriesState={data.repositoriesState}
          clusters={data.clusters}
          clustersState={data.clustersState}
          ownCluster={data.cluster}
          sharedWith={model.sharedWith}
          request={model.request}
          issues={model.issues}
          restoredLabel={model.prepared.restoredLabel}
          base={draft.base}
        />
      </FormView>
    );
  }
  return (
    <>
      <YamlView manifest={draft.manifest} text={draft.yamlText} onChange={yaml.onChange} onStatus={yaml.onStatus} />
      <YamlProblems
        errors={model.errors}
        nameProblem={model.nameProblem}
        sharedWith={model.sharedWith}
        request={model.request}
        blockedId={YAML_BLOCKED_ID}
        invalid={yaml.invalid}
      />
      {failureNotice}
    </>
  );
}
