import * as React from 'react';
import { t } from '../../host';
import { PRUNE_PROPAGATION_POLICIES, type RetryForm, type SyncOptionsForm } from '../../model/wizard/wizardForm';
import { CheckboxField, RadioGroup, SelectField, TextField } from './fields';
import type { StepProps } from './stepProps';
import { Grid } from './styles';

const OPTION_KEYS: Array<[keyof Omit<SyncOptionsForm, 'prunePropagationPolicy'>, string, string]> = [
  ['createNamespace', 'GITOPS_WIZARD_OPT_CREATE_NAMESPACE', 'GITOPS_WIZARD_OPT_CREATE_NAMESPACE_HELP'],
  ['pruneLast', 'GITOPS_WIZARD_OPT_PRUNE_LAST', 'GITOPS_WIZARD_OPT_PRUNE_LAST_HELP'],
  ['applyOutOfSyncOnly', 'GITOPS_WIZARD_OPT_OUT_OF_SYNC_ONLY', 'GITOPS_WIZARD_OPT_OUT_OF_SYNC_ONLY_HELP'],
  ['serverSideApply', 'GITOPS_WIZARD_OPT_SERVER_SIDE_APPLY', 'GITOPS_WIZARD_OPT_SERVER_SIDE_APPLY_HELP'],
  ['replace', 'GITOPS_WIZARD_OPT_REPLACE', 'GITOPS_WIZARD_OPT_REPLACE_HELP'],
  ['skipValidation', 'GITOPS_WIZARD_OPT_SKIP_VALIDATION', 'GITOPS_WIZARD_OPT_SKIP_VALIDATION_HELP'],
];

const RETRY_DEFAULTS = { limit: '5', duration: '5s', factor: '2', maxDuration: '3m0s' };

/** Manual or automated sync, the sync options Argo CD knows, and retries. */
export function SyncStep({ form, change, errors }: StepProps) {
  const sync = form.sync;
  const options = form.syncOptions;
  const retry = form.retry;
  const setRetry = (patch: Partial<Extract<RetryForm, { enabled: true }>>) => {
    if (retry.enabled) change({ retry: { ...retry, ...patch } });
  };
  return (
    <>
      <RadioGroup
        name="sync-mode"
        legend={t('GITOPS_WIZARD_SYNC_POLICY')}
        value={sync.mode}
        choices={[
          { value: 'manual', label: t('GITOPS_WIZARD_SYNC_MANUAL'), help: t('GITOPS_WIZARD_SYNC_MANUAL_HELP') },
          { value: 'automated', label: t('GITOPS_WIZARD_SYNC_AUTOMATED'), help: t('GITOPS_WIZARD_SYNC_AUTOMATED_HELP') },
        ]}
        onChange={(mode) => change({ sync: mode === 'manual' ? { mode } : { mode, prune: false, selfHeal: false } })}
      />
      {sync.mode === 'automated' ? (
        <fieldset>
          <legend>{t('GITOPS_WIZARD_SYNC_AUTOMATED')}</legend>
          <CheckboxField
            label={t('GITOPS_WIZARD_SYNC_PRUNE')}
            checked={sync.prune}
            onChange={(prune) => change({ sync: { ...sync, prune } })}
            help={t('GITOPS_WIZARD_SYNC_PRUNE_HELP')}
          />
          <CheckboxField
            label={t('GITOPS_WIZARD_SYNC_SELF_HEAL')}
            checked={sync.selfHeal}
            onChange={(selfHeal) => change({ sync: { ...sync, selfHeal } })}
            help={t('GITOPS_WIZARD_SYNC_SELF_HEAL_HELP')}
          />
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('GITOPS_WIZARD_SYNC_OPTIONS')}</legend>
        <Grid>
          {OPTION_KEYS.map(([field, label, help]) => (
            <CheckboxField
              key={field}
              label={t(label)}
              help={t(help)}
              checked={options[field]}
              onChange={(on) => change({ syncOptions: { ...options, [field]: on } })}
            />
          ))}
        </Grid>
        <SelectField
          name="prune-propagation"
          label={t('GITOPS_WIZARD_OPT_PROPAGATION')}
          value={options.prunePropagationPolicy}
          options={[
            { value: '', label: t('GITOPS_WIZARD_OPT_PROPAGATION_DEFAULT') },
            ...PRUNE_PROPAGATION_POLICIES.map((p) => ({ value: p, label: p })),
          ]}
          onChange={(value) =>
            change({ syncOptions: { ...options, prunePropagationPolicy: value as SyncOptionsForm['prunePropagationPolicy'] } })
          }
          help={t('GITOPS_WIZARD_OPT_PROPAGATION_HELP')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('GITOPS_WIZARD_RETRY')}</legend>
        <CheckboxField
          label={t('GITOPS_WIZARD_RETRY_ENABLE')}
          checked={retry.enabled}
          onChange={(on) => change({ retry: on ? { enabled: true, ...RETRY_DEFAULTS } : { enabled: false } })}
          help={t('GITOPS_WIZARD_RETRY_HELP')}
        />
        {retry.enabled ? (
          <Grid>
            <TextField
              name="retry-limit"
              label={t('GITOPS_WIZARD_RETRY_LIMIT')}
              value={retry.limit}
              onChange={(limit) => setRetry({ limit })}
              error={errors.retryLimit}
            />
            <TextField
              name="retry-duration"
              label={t('GITOPS_WIZARD_RETRY_DURATION')}
              value={retry.duration}
              onChange={(duration) => setRetry({ duration })}
              error={errors.retryDuration}
              help={t('GITOPS_WIZARD_DURATION_HELP')}
            />
            <TextField
              name="retry-factor"
              label={t('GITOPS_WIZARD_RETRY_FACTOR')}
              value={retry.factor}
              onChange={(factor) => setRetry({ factor })}
              error={errors.retryFactor}
            />
            <TextField
              name="retry-max"
              label={t('GITOPS_WIZARD_RETRY_MAX_DURATION')}
              value={retry.maxDuration}
              onChange={(maxDuration) => setRetry({ maxDuration })}
              error={errors.retryMaxDuration}
              help={t('GITOPS_WIZARD_DURATION_HELP')}
            />
          </Grid>
        ) : null}
      </fieldset>
    </>
  );
}
