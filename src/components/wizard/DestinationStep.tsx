import * as React from 'react';
import { t } from '../../host';
import type { ApplicationDestination } from '../../model/application/types';
import type { DestinationForm } from '../../model/wizard/wizardForm';
import { RadioGroup, SelectField, TextField } from './fields';
import type { StepProps } from './stepProps';
import { Help } from './styles';

export interface DestinationStepProps extends StepProps {
  clusters: ApplicationDestination[];
  clustersState: 'loading' | 'error' | 'ready';
  /** Shown under the fields: other apps deploying to the same place. */
  warning?: React.ReactNode;
}

function clusterOptions(clusters: ApplicationDestination[], dest: DestinationForm) {
  const seen = new Set<string>();
  const options: Array<{ value: string; label: string }> = [{ value: '', label: t('GITOPS_WIZARD_CLUSTER_CHOOSE') }];
  for (const c of clusters) {
    const value = (dest.by === 'name' ? c.name : c.server) ?? '';
    if (!value || seen.has(value)) continue;
    seen.add(value);
    const other = dest.by === 'name' ? c.server : c.name;
    options.push({ value, label: other ? `${value} (${other})` : value });
  }
  // A value typed in YAML, or from a cluster that is gone, stays visible and chosen.
  if (dest.cluster && !seen.has(dest.cluster)) options.push({ value: dest.cluster, label: dest.cluster });
  return options;
}

/**
 * Where Argo CD deploys: a cluster from the GitOps `clusters` endpoint, by name or by API server
 * URL (Argo CD takes one of them, never both), and a namespace.
 */
export function DestinationStep({ form, change, errors, clusters, clustersState, warning }: DestinationStepProps) {
  const dest = form.destination;
  const set = (patch: Partial<DestinationForm>) => change({ destination: { ...dest, ...patch } });
  const switchBy = (by: DestinationForm['by']) => {
    // Keep pointing at the same cluster, spelled the other way.
    const match = clusters.find((c) => (dest.by === 'name' ? c.name : c.server) === dest.cluster);
    set({ by, cluster: (match && (by === 'name' ? match.name : match.server)) || '' });
  };
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
          options={clusterOptions(clusters, dest)}
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
