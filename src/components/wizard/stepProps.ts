import type { WizardForm } from '../../model/wizard/wizardForm';
import type { FormErrors } from '../../model/wizard/wizardValidate';

/** What every form step gets: the form (a view of the draft), a way to change it, and the errors to show. */
export interface StepProps {
  form: WizardForm;
  change(patch: Partial<WizardForm>): void;
  errors: FormErrors;
  mode: 'create' | 'edit';
}
