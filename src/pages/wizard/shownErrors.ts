import type { WizardForm } from '../../model/wizard/wizardForm';
import { FIELD_STEP, type FieldId, type FormErrors, type StepId } from '../../model/wizard/wizardValidate';

const SECTION_FIELDS: Partial<Record<keyof WizardForm, FieldId[]>> = {
  name: ['name'],
  alias: ['alias'],
  description: ['description'],
  repoURL: ['repoURL'],
  revision: ['revision'],
  path: ['path'],
  source: ['valueFiles', 'parameters', 'images'],
  destination: ['cluster', 'namespace'],
  retry: ['retryLimit', 'retryDuration', 'retryFactor', 'retryMaxDuration'],
};

/** The fields a form change touched: from then on their errors show as the user types. */
export function touchedFields(patch: Partial<WizardForm>): FieldId[] {
  return (Object.keys(patch) as Array<keyof WizardForm>).flatMap((section) => SECTION_FIELDS[section] ?? []);
}

const isShown = (field: FieldId, touched: ReadonlySet<string>, attempted: ReadonlySet<StepId>) =>
  touched.has(field) || attempted.has(FIELD_STEP[field]);

/** Errors of fields the user has touched, or of steps they tried to leave or submit. */
export function visibleErrors(errors: FormErrors, touched: ReadonlySet<string>, attempted: ReadonlySet<StepId>): FormErrors {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => isShown(field as FieldId, touched, attempted))) as FormErrors;
}

export function stepsWithVisibleErrors(errors: FormErrors, touched: ReadonlySet<string>, attempted: ReadonlySet<StepId>): Set<StepId> {
  return new Set(Object.keys(visibleErrors(errors, touched, attempted)).map((field) => FIELD_STEP[field as FieldId]));
}
