import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { Button } from '@kubed/components';
import { Add, Refresh } from '@kubed/icons';
import { Link } from 'react-router-dom';
import type { SortField } from '../../model/list/listQuery';
import { t } from '../../host';
import { SearchBox } from './SearchBox';
import { UpdatedAgo } from './UpdatedAgo';
import { COLORS, NativeSelect } from './styles';

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 12px;
  padding: 12px 20px;
  border-bottom: 1px solid ${COLORS.border};
`;

const Right = styled.div`
  display: flex;
  align-items: center;
  gap: 12px;
  margin-left: auto;
`;

const IconButton = styled.button`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 32px;
  height: 32px;
  border: 1px solid ${colors.border.control};
  border-radius: 4px;
  background: ${colors.surface.default};
  cursor: pointer;
  &:focus-visible {
    outline: 2px solid ${COLORS.focus};
    outline-offset: 1px;
  }
  &[aria-busy='true'] svg {
    animation: gitops-spin 1s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    &[aria-busy='true'] svg {
      animation: none;
    }
  }
  @keyframes gitops-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;

const Stale = styled.span`
  font-size: 12px;
  color: ${COLORS.danger};
  font-weight: 600;
`;

export type SortChoice = 'newest' | 'oldest' | 'name-asc' | 'name-desc';

export function sortChoice(sortBy: SortField, ascending: boolean): SortChoice {
  if (sortBy === 'name') return ascending ? 'name-asc' : 'name-desc';
  return ascending ? 'oldest' : 'newest';
}

export function sortFromChoice(choice: SortChoice): { sortBy: SortField; ascending: boolean } {
  switch (choice) {
    case 'oldest':
      return { sortBy: 'createTime', ascending: true };
    case 'name-asc':
      return { sortBy: 'name', ascending: true };
    case 'name-desc':
      return { sortBy: 'name', ascending: false };
    default:
      return { sortBy: 'createTime', ascending: false };
  }
}

export interface ListToolbarProps {
  /** The search in effect; the box hands a new one to `onSearch` once typing pauses. */
  search: string;
  onSearch: (text: string) => void;
  /** A new value drops text typed but not yet searched for (Clear filters). */
  searchResetKey?: number;
  sortBy: SortField;
  ascending: boolean;
  onSort: (sort: { sortBy: SortField; ascending: boolean }) => void;
  updatedAt: number;
  refreshing: boolean;
  onRefresh: () => void;
  /** The last refetch failed while older data is shown: say why, so nobody trusts it as current. */
  staleReason?: string;
  /** Where the Create button leads; no button without it. */
  createTo?: string;
}

export function ListToolbar(props: ListToolbarProps) {
  const { search, onSearch, searchResetKey, sortBy, ascending, onSort, updatedAt, refreshing, onRefresh, staleReason, createTo } = props;
  return (
    <Bar>
      <SearchBox key={searchResetKey} value={search} onCommit={onSearch} />
      <NativeSelect
        aria-label={t('GITOPS_LIST_SORT')}
        value={sortChoice(sortBy, ascending)}
        onChange={(e) => onSort(sortFromChoice(e.target.value as SortChoice))}
      >
        <option value="newest">{t('GITOPS_LIST_SORT_NEWEST')}</option>
        <option value="oldest">{t('GITOPS_LIST_SORT_OLDEST')}</option>
        <option value="name-asc">{t('GITOPS_LIST_SORT_NAME_ASC')}</option>
        <option value="name-desc">{t('GITOPS_LIST_SORT_NAME_DESC')}</option>
      </NativeSelect>
      <Right>
        {staleReason ? (
          <Stale className="gitops-stale" role="status" title={staleReason}>
            {t('GITOPS_LIST_STALE', { reason: staleReason })}
          </Stale>
        ) : null}
        <UpdatedAgo updatedAt={updatedAt} />
        <IconButton
          type="button"
          aria-label={t('GITOPS_LIST_REFRESH')}
          title={t('GITOPS_LIST_REFRESH')}
          aria-busy={refreshing}
          onClick={onRefresh}
        >
          <Refresh size={16} aria-hidden="true" />
        </IconButton>
        {createTo ? (
          <Button as={Link} to={createTo} color="secondary" leftIcon={<Add aria-hidden="true" />}>
            {t('GITOPS_LIST_CREATE')}
          </Button>
        ) : null}
      </Right>
    </Bar>
  );
}
