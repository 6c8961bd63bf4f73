import * as React from 'react';
import { t } from '../../host';
import type { DirectoryForm, HelmForm, KustomizeForm, SourceTypeForm } from '../../model/wizard/wizardForm';
import type { FormErrors } from '../../model/wizard/wizardValidate';
import { CheckboxField, TextField } from './fields';
import { ListEditor } from './ListEditor';
import { MapEditor, PairEditor } from './PairEditor';

interface TypeProps<T extends SourceTypeForm> {
  value: T;
  onChange(value: T): void;
  errors: FormErrors;
}

function DirectoryFields({ value, onChange }: TypeProps<DirectoryForm>) {
  return (
    <>
      <CheckboxField
        label={t('GITOPS_WIZARD_DIR_RECURSE')}
        checked={value.recurse}
        onChange={(recurse) => onChange({ ...value, recurse })}
        help={t('GITOPS_WIZARD_DIR_RECURSE_HELP')}
      />
      <TextField
        name="include"
        label={t('GITOPS_WIZARD_DIR_INCLUDE')}
        value={value.include}
        placeholder="*.yaml"
        onChange={(include) => onChange({ ...value, include })}
        help={t('GITOPS_WIZARD_DIR_GLOB_HELP')}
      />
      <TextField
        name="exclude"
        label={t('GITOPS_WIZARD_DIR_EXCLUDE')}
        value={value.exclude}
        placeholder="{config.json,env-usw2/*}"
        onChange={(exclude) => onChange({ ...value, exclude })}
        help={t('GITOPS_WIZARD_DIR_GLOB_HELP')}
      />
    </>
  );
}

function HelmFields({ value, onChange, errors }: TypeProps<HelmForm>) {
  return (
    <>
      <TextField
        name="releaseName"
        label={t('GITOPS_WIZARD_HELM_RELEASE')}
        value={value.releaseName}
        onChange={(releaseName) => onChange({ ...value, releaseName })}
        help={t('GITOPS_WIZARD_HELM_RELEASE_HELP')}
      />
      <ListEditor
        legend={t('GITOPS_WIZARD_HELM_VALUE_FILES')}
        itemLabel={t('GITOPS_WIZARD_HELM_VALUE_FILE')}
        items={value.valueFiles}
        placeholder="values-production.yaml"
        onChange={(valueFiles) => onChange({ ...value, valueFiles })}
        addLabel={t('GITOPS_WIZARD_HELM_ADD_VALUE_FILE')}
        error={errors.valueFiles}
      />
      <TextField
        name="values"
        label={t('GITOPS_WIZARD_HELM_VALUES')}
        value={value.values}
        multiline
        code
        rows={6}
        onChange={(values) => onChange({ ...value, values })}
        help={t('GITOPS_WIZARD_HELM_VALUES_HELP')}
      />
      <PairEditor
        legend={t('GITOPS_WIZARD_HELM_PARAMETERS')}
        nameLabel={t('GITOPS_WIZARD_PARAM_NAME')}
        valueLabel={t('GITOPS_WIZARD_PARAM_VALUE')}
        pairs={value.parameters}
        onChange={(parameters) => onChange({ ...value, parameters })}
        addLabel={t('GITOPS_WIZARD_HELM_ADD_PARAMETER')}
        error={errors.parameters}
      />
      <CheckboxField
        label={t('GITOPS_WIZARD_HELM_SKIP_CRDS')}
        checked={value.skipCrds}
        onChange={(skipCrds) => onChange({ ...value, skipCrds })}
      />
    </>
  );
}

function KustomizeFields({ value, onChange, errors }: TypeProps<KustomizeForm>) {
  return (
    <>
      <TextField
        name="namePrefix"
        label={t('GITOPS_WIZARD_KUSTOMIZE_PREFIX')}
        value={value.namePrefix}
        onChange={(namePrefix) => onChange({ ...value, namePrefix })}
      />
      <TextField
        name="nameSuffix"
        label={t('GITOPS_WIZARD_KUSTOMIZE_SUFFIX')}
        value={value.nameSuffix}
        onChange={(nameSuffix) => onChange({ ...value, nameSuffix })}
      />
      <ListEditor
        legend={t('GITOPS_WIZARD_KUSTOMIZE_IMAGES')}
        itemLabel={t('GITOPS_WIZARD_KUSTOMIZE_IMAGE')}
        items={value.images}
        placeholder="nginx=nginx:1.25"
        onChange={(images) => onChange({ ...value, images })}
        addLabel={t('GITOPS_WIZARD_KUSTOMIZE_ADD_IMAGE')}
        error={errors.images}
        help={t('GITOPS_WIZARD_KUSTOMIZE_IMAGES_HELP')}
      />
      <MapEditor
        legend={t('GITOPS_WIZARD_KUSTOMIZE_LABELS')}
        nameLabel={t('GITOPS_WIZARD_KEY')}
        valueLabel={t('GITOPS_WIZARD_VALUE')}
        map={value.commonLabels}
        onChange={(commonLabels) => onChange({ ...value, commonLabels })}
        addLabel={t('GITOPS_WIZARD_ADD_LABEL')}
      />
      <MapEditor
        legend={t('GITOPS_WIZARD_KUSTOMIZE_ANNOTATIONS')}
        nameLabel={t('GITOPS_WIZARD_KEY')}
        valueLabel={t('GITOPS_WIZARD_VALUE')}
        map={value.commonAnnotations}
        onChange={(commonAnnotations) => onChange({ ...value, commonAnnotations })}
        addLabel={t('GITOPS_WIZARD_ADD_ANNOTATION')}
      />
    </>
  );
}

/** The fields of the chosen source type. */
export function SourceTypeFields({ value, onChange, errors }: TypeProps<SourceTypeForm>) {
  if (value.type === 'helm') return <HelmFields value={value} onChange={onChange} errors={errors} />;
  if (value.type === 'kustomize') return <KustomizeFields value={value} onChange={onChange} errors={errors} />;
  return <DirectoryFields value={value} onChange={onChange} errors={errors} />;
}

/** An empty form of each type, for switching. */
export const EMPTY_SOURCE: { [K in SourceTypeForm['type']]: Extract<SourceTypeForm, { type: K }> } = {
  directory: { type: 'directory', recurse: false, include: '', exclude: '' },
  helm: { type: 'helm', releaseName: '', valueFiles: [], values: '', parameters: [], skipCrds: false },
  kustomize: { type: 'kustomize', namePrefix: '', nameSuffix: '', images: [], commonLabels: {}, commonAnnotations: {} },
};
