import * as React from 'react';
import { t } from '../../host';
import type { ApplicationDestination } from '../../model/application/types';
import { clusterChoices, respellCluster } from '../../model/wizard/clusterChoices';
import type { DestinationForm } from '../../model/wizard/wizardForm';
import { RadioGroup, SelectField, TextField } from './fields';
import type { StepProps } from './stepProps';
import { Help } from './styles';

export interface DestinationStepProps extends StepProps {
  clusters: ApplicationDestination[];
  clustersState: 'loading' | 'error' | 'ready';
  /** The DevOps project's cluster: `in-cluster` is that cluster, whatever other name it is listed under. */
  ownCluster?: string;
  /** Shown under the fields: other apps deploying to the same place. */
  warning?: React.ReactNode;
}

function clusterOptions(clusters: ApplicationDestination[], dest: DestinationForm, ownCluster?: string) {
  const choices = clusterChoices(clusters, dest.by, dest.cluster, ownCluster);
  return [{ value: '', label: t('GITOPS_WIZARD_CLUSTER_CHOOSE') }, ...choices.map(({ value, label }) => ({ value, label }))];
}

/**
 * Where Argo CD deploys: a cluster from the GitOps `clusters` endpoint, by name or by API server
 * URL (Argo CD takes one of them, never both), and a namespace.
 */
export function DestinationStep({ form, change, errors, clusters, clustersState, ownCluster, warning }: DestinationStepProps) {
  const dest = form.destination;
  const set = (patch: Partial<DestinationForm>) => change({ destination: { ...dest, ...patch } });
  // Keep pointing at the same cluster, spelled the other way.
  const switchBy = (by: DestinationForm['by']) => set({ by, cluster: respellCluster(clusters, dest.by, by, dest.cluster, ownCluster) });
  return (
    <>
      <RadioGroup
        name="cluster-by"
        legend={t('GITOPS_WIZARD_CLUSTER_BY')}
        value={dest.by}
        choices={[
          { value: 'server', label: t('GITOPS_WIZARD_CLUSTER_BY_SERVER') },
          { value: 'name', label: t('GITOPS_WIZARD_CLUSTER_BY_NAME') },
        ]}
        onChange={switchBy}
      />
      {clustersState === 'error' ? (
        <TextField
          name="cluster"
          label={dest.by === 'name' ? t('GITOPS_WIZARD_CLUSTER_NAME') : t('GITOPS_WIZARD_CLUSTER_SERVER')}
          value={dest.cluster}
          required
          onChange={(cluster) => set({ cluster })}
          error={errors.cluster}
          help={t('GITOPS_WIZARD_CLUSTERS_FAILED')}
        />
      ) : (
        <SelectField
          name="cluster"
          label={dest.by === 'name' ? t('GITOPS_WIZARD_CLUSTER_NAME') : t('GITOPS_WIZARD_CLUSTER_SERVER')}
          value={dest.cluster}
          required
          options={clusterOptions(clusters, dest, ownCluster)}
          onChange={(cluster) => set({ cluster })}
          error={errors.cluster}
          help={t('GITOPS_WIZARD_CLUSTER_HELP')}
        />
      )}
      {clustersState === 'loading' ? <Help role="status">{t('GITOPS_WIZARD_CLUSTERS_LOADING')}</Help> : null}
      <TextField
        name="namespace"
        label={t('GITOPS_WIZARD_NAMESPACE')}
        value={dest.namespace}
        required
        onChange={(namespace) => set({ namespace })}
        error={errors.namespace}
        help={t('GITOPS_WIZARD_NAMESPACE_HELP')}
      />
      {warning}
    </>
  );
}
