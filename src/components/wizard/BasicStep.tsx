import * as React from 'react';
import { t } from '../../host';
import type { FieldError } from '../../model/wizard/wizardValidate';
import { ALIAS_MAX_LENGTH, DESCRIPTION_MAX_LENGTH } from '../../model/wizard/wizardValidate';
import { TextField } from './fields';
import type { StepProps } from './stepProps';

export interface BasicStepProps extends StepProps {
  /** A problem only the server can tell (the name is taken), shown next to the name. */
  nameProblem?: FieldError;
  nameRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>;
}

/** Name, alias and description. The name is fixed once the application exists. */
export function BasicStep({ form, change, errors, mode, nameProblem, nameRef }: BasicStepProps) {
  return (
    <>
      <TextField
        name="name"
        label={t('GITOPS_WIZARD_NAME')}
        value={form.name}
        required
        readOnly={mode === 'edit'}
        inputRef={nameRef}
        onChange={(name) => change({ name })}
        error={errors.name ?? nameProblem}
        help={mode === 'edit' ? t('GITOPS_WIZARD_NAME_FIXED') : t('GITOPS_WIZARD_NAME_HELP')}
      />
      <TextField
        name="alias"
        label={t('GITOPS_WIZARD_ALIAS')}
        value={form.alias}
        onChange={(alias) => change({ alias })}
        error={errors.alias}
        help={t('GITOPS_WIZARD_ALIAS_HELP', { max: ALIAS_MAX_LENGTH })}
      />
      <TextField
        name="description"
        label={t('GITOPS_WIZARD_DESCRIPTION')}
        value={form.description}
        multiline
        rows={3}
        onChange={(description) => change({ description })}
        error={errors.description}
        help={t('GITOPS_WIZARD_DESCRIPTION_HELP', { max: DESCRIPTION_MAX_LENGTH })}
      />
    </>
  );
}
