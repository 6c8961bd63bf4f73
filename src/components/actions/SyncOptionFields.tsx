import * as React from 'react';
import { Checkbox, Input } from '@kubed/components';
import { t } from '../../host';
import { useUniqueId } from '../detail/useUniqueId';
import { Field, FieldError, Grid, Help } from './formStyles';
import { BOOLEAN_SYNC_OPTIONS, PRUNE_PROPAGATION_POLICIES, type SyncFormErrors, type SyncFormField, type SyncFormState } from './syncForm';

export interface FieldsProps {
  form: SyncFormState;
  update(patch: Partial<SyncFormState>): void;
  errors: SyncFormErrors;
}

type Flag = 'prune' | 'dryRun' | 'applyOnly' | 'force';
const FLAGS: Array<{ id: Flag; labelKey: string; helpKey: string }> = [
  { id: 'prune', labelKey: 'GITOPS_SYNC_PRUNE', helpKey: 'GITOPS_SYNC_PRUNE_HELP' },
  { id: 'dryRun', labelKey: 'GITOPS_SYNC_DRY_RUN', helpKey: 'GITOPS_SYNC_DRY_RUN_HELP' },
  { id: 'applyOnly', labelKey: 'GITOPS_SYNC_APPLY_ONLY', helpKey: 'GITOPS_SYNC_APPLY_ONLY_HELP' },
  { id: 'force', labelKey: 'GITOPS_SYNC_FORCE', helpKey: 'GITOPS_SYNC_FORCE_HELP' },
];

const onCheck = (set: (checked: boolean) => void) => (e: React.ChangeEvent<HTMLInputElement>) => set(e.target.checked);

/** Prune, dry run, apply only and force. */
export function SyncFlagFields({ form, update }: FieldsProps) {
  return (
    <fieldset>
      <legend>{t('GITOPS_SYNC_SETTINGS')}</legend>
      <Grid>
        {FLAGS.map((flag) => (
          <div key={flag.id}>
            <Checkbox label={t(flag.labelKey)} checked={form[flag.id]} onChange={onCheck((v) => update({ [flag.id]: v }))} />
            <Help>{t(flag.helpKey)}</Help>
          </div>
        ))}
      </Grid>
    </fieldset>
  );
}

/** The `syncOptions` strings Argo CD understands, as boxes and a propagation policy. */
export function SyncOptionsFields({ form, update }: FieldsProps) {
  const policyId = useUniqueId('gitops-prune-policy');
  return (
    <fieldset>
      <legend>{t('GITOPS_SYNC_OPTIONS')}</legend>
      <Grid>
        {BOOLEAN_SYNC_OPTIONS.map((option) => (
          <Checkbox
            key={option.id}
            label={t(option.labelKey)}
            checked={form.options[option.id]}
            onChange={onCheck((v) => update({ options: { ...form.options, [option.id]: v } }))}
          />
        ))}
        <Field>
          <label htmlFor={policyId}>{t('GITOPS_SYNC_OPT_PRUNE_PROPAGATION')}</label>
          <select
            id={policyId}
            value={form.prunePropagation}
            onChange={(e) => update({ prunePropagation: e.target.value as SyncFormState['prunePropagation'] })}
          >
            <option value="">{t('GITOPS_SYNC_OPT_PRUNE_PROPAGATION_DEFAULT')}</option>
            {PRUNE_PROPAGATION_POLICIES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
      </Grid>
    </fieldset>
  );
}

function RetryInput({
  field,
  labelKey,
  form,
  update,
  errors,
}: FieldsProps & { field: Exclude<SyncFormField, 'selected'>; labelKey: string }) {
  const id = useUniqueId(`gitops-${field}`);
  const errorId = `${id}-error`;
  const error = errors[field];
  return (
    <Field>
      <label htmlFor={id}>{t(labelKey)}</label>
      <Input
        id={id}
        value={form[field]}
        disabled={!form.retry}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ [field]: e.target.value })}
      />
      {error ? <FieldError id={errorId}>{t(error)}</FieldError> : null}
    </Field>
  );
}

/** Retry on failure: limit and backoff. */
export function RetryFields(props: FieldsProps) {
  const { form, update } = props;
  return (
    <fieldset>
      <legend>{t('GITOPS_SYNC_RETRY')}</legend>
      <Checkbox label={t('GITOPS_SYNC_RETRY_ENABLE')} checked={form.retry} onChange={onCheck((v) => update({ retry: v }))} />
      <Grid>
        <RetryInput {...props} field="retryLimit" labelKey="GITOPS_SYNC_RETRY_LIMIT" />
        <RetryInput {...props} field="backoffDuration" labelKey="GITOPS_SYNC_RETRY_DURATION" />
        <RetryInput {...props} field="backoffFactor" labelKey="GITOPS_SYNC_RETRY_FACTOR" />
        <RetryInput {...props} field="backoffMaxDuration" labelKey="GITOPS_SYNC_RETRY_MAX_DURATION" />
      </Grid>
    </fieldset>
  );
}
