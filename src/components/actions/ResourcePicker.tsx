import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button, Input } from '@kubed/components';
import type { ResourceEntry } from '../../model';
import { t } from '../../host';
import { useUniqueId } from '../detail/useUniqueId';

/** Rendering thousands of checkboxes would freeze the dialog; a filter narrows the list instead. */
export const PICKER_LIMIT = 100;

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 4px 0;
  max-height: 220px;
  overflow-y: auto;
  border: 1px solid ${colors.border.default};
  border-radius: 4px;
  li label {
    display: flex;
    gap: 8px;
    align-items: center;
    padding: 2px 8px;
    overflow-wrap: anywhere;
  }
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  align-items: center;
`;

export interface ResourcePickerProps {
  resources: readonly ResourceEntry[];
  selected: readonly string[];
  onChange(keys: string[]): void;
}

const describe = (r: ResourceEntry) => (r.namespace ? `${r.kind} ${r.namespace}/${r.name}` : `${r.kind} ${r.name}`);

/** Chooses the resources of a selective sync: a name filter, select all matches, and a bounded list. */
export function ResourcePicker({ resources, selected, onChange }: ResourcePickerProps) {
  const [query, setQuery] = React.useState('');
  const filterId = useUniqueId('gitops-picker-filter');
  const chosen = React.useMemo(() => new Set(selected), [selected]);
  const matches = React.useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? resources.filter((r) => describe(r).toLowerCase().includes(q)) : resources;
  }, [resources, query]);

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    onChange([...next]);
  };

  return (
    <div className="gitops-resource-picker">
      <Row>
        <label htmlFor={filterId}>{t('GITOPS_SYNC_RESOURCES_FILTER')}</label>
        <Input id={filterId} value={query} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuery(e.target.value)} />
        <Button variant="text" size="sm" type="button" onClick={() => onChange([...new Set([...chosen, ...matches.map((r) => r.key)])])}>
          {t('GITOPS_SYNC_RESOURCES_SELECT_MATCHING', { count: matches.length })}
        </Button>
        <Button variant="text" size="sm" type="button" onClick={() => onChange([])}>
          {t('GITOPS_SYNC_RESOURCES_CLEAR')}
        </Button>
      </Row>
      <p role="status">{t('GITOPS_SYNC_RESOURCES_SELECTED', { count: chosen.size, total: resources.length })}</p>
      <List aria-label={t('GITOPS_SYNC_RESOURCES')}>
        {matches.slice(0, PICKER_LIMIT).map((r) => (
          <li key={r.key}>
            <label>
              <input type="checkbox" checked={chosen.has(r.key)} onChange={(e) => toggle(r.key, e.target.checked)} />
              <span>{describe(r)}</span>
            </label>
          </li>
        ))}
      </List>
      {matches.length > PICKER_LIMIT ? <p>{t('GITOPS_SYNC_RESOURCES_MORE', { shown: PICKER_LIMIT, total: matches.length })}</p> : null}
    </div>
  );
}
