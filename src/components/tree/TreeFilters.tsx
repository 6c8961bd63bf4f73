import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button, Input } from '@kubed/components';
import { CollapseAll, Expand } from '@kubed/icons';
import { healthLabelKey, syncLabelKey, type TreeFacets } from '../../model';
import { t } from '../../host';
import type { TreeFilterState } from './treeFilter';

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: 12px;
  margin-bottom: 12px;
  label {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 12px;
    color: ${colors.text.secondary};
  }
  select {
    height: 32px;
    min-width: 140px;
    border: 1px solid ${colors.border.control};
    border-radius: 4px;
    background: ${colors.surface.default};
    padding: 0 8px;
  }
`;

const Actions = styled.div`
  display: flex;
  gap: 8px;
  margin-left: auto;
`;

export interface TreeFiltersProps {
  value: TreeFilterState;
  onChange(next: TreeFilterState): void;
  facets: TreeFacets;
  showHealth: boolean;
  onExpandAll(): void;
  onCollapseAll(): void;
}

const word = (key: string | null, code: string) => (key ? t(key) : code);

/** Name, kind, health and sync filters of the resource tree, plus expand and collapse all. */
export function TreeFilters({ value, onChange, facets, showHealth, onExpandAll, onCollapseAll }: TreeFiltersProps) {
  const set = (patch: Partial<TreeFilterState>) => onChange({ ...value, ...patch });
  return (
    <Bar className="gitops-tree-filters">
      <label>
        {t('GITOPS_TREE_FILTER_NAME')}
        <Input
          value={value.name}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ name: e.target.value })}
          placeholder={t('GITOPS_TREE_FILTER_NAME_PLACEHOLDER')}
        />
      </label>
      <label>
        {t('GITOPS_TREE_FILTER_KIND')}
        <select value={value.kind} onChange={(e) => set({ kind: e.target.value })}>
          <option value="">{t('GITOPS_TREE_FILTER_ANY')}</option>
          {facets.kinds.map((f) => (
            <option key={f.value} value={f.value}>{`${f.value} (${f.count})`}</option>
          ))}
        </select>
      </label>
      {showHealth ? (
        <label>
          {t('GITOPS_TREE_FILTER_HEALTH')}
          <select value={value.health} onChange={(e) => set({ health: e.target.value })}>
            <option value="">{t('GITOPS_TREE_FILTER_ANY')}</option>
            {facets.health.map((f) => (
              <option key={f.value} value={f.value}>{`${word(healthLabelKey(f.value), f.value)} (${f.count})`}</option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t('GITOPS_TREE_FILTER_SYNC')}
        <select value={value.sync} onChange={(e) => set({ sync: e.target.value })}>
          <option value="">{t('GITOPS_TREE_FILTER_ANY')}</option>
          {facets.sync.map((f) => (
            <option key={f.value} value={f.value}>{`${word(syncLabelKey(f.value), f.value)} (${f.count})`}</option>
          ))}
        </select>
      </label>
      <Actions>
        <Button variant="outline" leftIcon={<Expand size={16} aria-hidden />} onClick={onExpandAll}>
          {t('GITOPS_TREE_EXPAND_ALL')}
        </Button>
        <Button variant="outline" leftIcon={<CollapseAll size={16} aria-hidden />} onClick={onCollapseAll}>
          {t('GITOPS_TREE_COLLAPSE_ALL')}
        </Button>
      </Actions>
    </Bar>
  );
}
