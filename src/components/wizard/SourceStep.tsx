import * as React from 'react';
import { t } from '../../host';
import type { GitRepository } from '../../model/context/types';
import { SOURCE_TYPES, type SourceType } from '../../model/wizard/wizardForm';
import { normalizeRepoUrl } from '../../model/wizard/wizardTargets';
import { RadioGroup, SelectField, TextField } from './fields';
import { EMPTY_SOURCE, SourceTypeFields } from './SourceTypeFields';
import type { StepProps } from './stepProps';
import { Help } from './styles';

const OTHER = '__other__';

export interface SourceStepProps extends StepProps {
  repositories: GitRepository[];
  repositoriesState: 'loading' | 'error' | 'ready';
}

const TYPE_KEYS: Record<SourceType, [string, string]> = {
  directory: ['GITOPS_WIZARD_TYPE_DIRECTORY', 'GITOPS_WIZARD_TYPE_DIRECTORY_HELP'],
  helm: ['GITOPS_WIZARD_TYPE_HELM', 'GITOPS_WIZARD_TYPE_HELM_HELP'],
  kustomize: ['GITOPS_WIZARD_TYPE_KUSTOMIZE', 'GITOPS_WIZARD_TYPE_KUSTOMIZE_HELP'],
};

/** Repository (picked from the DevOps project's or typed), revision, path and source type. */
export function SourceStep({ form, change, errors, repositories, repositoriesState }: SourceStepProps) {
  const withUrl = repositories.filter((r) => r.spec?.url);
  const picked = withUrl.find((r) => form.repoURL !== '' && normalizeRepoUrl(r.spec?.url ?? '') === normalizeRepoUrl(form.repoURL));
  const [typing, setTyping] = React.useState(false);
  const selectValue = picked ? picked.metadata.name : typing || form.repoURL !== '' ? OTHER : '';
  const options = [
    { value: '', label: t('GITOPS_WIZARD_REPO_CHOOSE') },
    ...withUrl.map((r) => ({ value: r.metadata.name, label: `${r.metadata.name} (${r.spec?.url})` })),
    { value: OTHER, label: t('GITOPS_WIZARD_REPO_OTHER') },
  ];
  return (
    <>
      {repositoriesState === 'ready' && withUrl.length > 0 ? (
        <SelectField
          name="repository"
          label={t('GITOPS_WIZARD_REPO_PICK')}
          value={selectValue}
          options={options}
          help={t('GITOPS_WIZARD_REPO_PICK_HELP')}
          onChange={(value) => {
            setTyping(value === OTHER);
            const repo = withUrl.find((r) => r.metadata.name === value);
            if (repo) change({ repoURL: repo.spec?.url ?? '' });
            else if (value === '') change({ repoURL: '' });
          }}
        />
      ) : null}
      {repositoriesState === 'loading' ? <Help role="status">{t('GITOPS_WIZARD_REPO_LOADING')}</Help> : null}
      {repositoriesState === 'error' ? <Help role="status">{t('GITOPS_WIZARD_REPO_LOAD_FAILED')}</Help> : null}
      <TextField
        name="repoURL"
        label={t('GITOPS_WIZARD_REPO_URL')}
        value={form.repoURL}
        required
        placeholder="https://github.com/org/repo"
        onChange={(repoURL) => change({ repoURL })}
        error={errors.repoURL}
        help={t('GITOPS_WIZARD_REPO_URL_HELP')}
      />
      <TextField
        name="revision"
        label={t('GITOPS_WIZARD_REVISION')}
        value={form.revision}
        placeholder="HEAD"
        onChange={(revision) => change({ revision })}
        error={errors.revision}
        help={t('GITOPS_WIZARD_REVISION_HELP')}
      />
      <TextField
        name="path"
        label={t('GITOPS_WIZARD_PATH')}
        value={form.path}
        placeholder="."
        onChange={(path) => change({ path })}
        error={errors.path}
        help={t('GITOPS_WIZARD_PATH_HELP')}
      />
      <RadioGroup
        name="source-type"
        legend={t('GITOPS_WIZARD_SOURCE_TYPE')}
        value={form.source.type}
        choices={SOURCE_TYPES.map((type) => ({ value: type, label: t(TYPE_KEYS[type][0]), help: t(TYPE_KEYS[type][1]) }))}
        onChange={(type) => change({ source: EMPTY_SOURCE[type] })}
      />
      <fieldset>
        <legend>{t('GITOPS_WIZARD_SOURCE_OPTIONS', { type: t(TYPE_KEYS[form.source.type][0]) })}</legend>
        <SourceTypeFields value={form.source} onChange={(source) => change({ source })} errors={errors} />
      </fieldset>
    </>
  );
}
