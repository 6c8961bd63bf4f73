import * as React from 'react';
import { Button, Input } from '@kubed/components';
import { t } from '../../../host';
import { useUniqueId } from '../../detail/useUniqueId';
import { VisuallyHidden } from '../../common/VisuallyHidden';
import { SearchRow } from './styles';

export interface LogSearchBarProps {
  query: string;
  onQuery(query: string): void;
  /** Matches in the shown lines. */
  total: number;
  /** Index of the current match, -1 for none yet. */
  current: number;
  onStep(direction: 1 | -1): void;
}

/** What the count says: nothing without a query, else "3 of 41" once a match is chosen. */
export function matchText(query: string, total: number, current: number): string {
  if (!query) return '';
  if (total === 0) return t('GITOPS_LOGS_NO_MATCH');
  if (current >= 0) return t('GITOPS_LOGS_MATCH_POSITION', { current: current + 1, total });
  return total === 1 ? t('GITOPS_LOGS_MATCH_ONE') : t('GITOPS_LOGS_MATCH_COUNT', { total });
}

/** The search box: Enter and Shift+Enter step through matches, as in a browser's find bar. */
export function LogSearchBar({ query, onQuery, total, current, onStep }: LogSearchBarProps) {
  const id = useUniqueId('gitops-logs-search');
  const keysId = `${id}-keys`;
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onStep(event.shiftKey ? -1 : 1);
  };
  return (
    <SearchRow>
      <VisuallyHidden as="label" htmlFor={id}>
        {t('GITOPS_LOGS_SEARCH')}
      </VisuallyHidden>
      <Input
        id={id}
        className="gitops-logs-search"
        type="search"
        value={query}
        placeholder={t('GITOPS_LOGS_SEARCH')}
        aria-describedby={keysId}
        autoComplete="off"
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <VisuallyHidden id={keysId}>{t('GITOPS_LOGS_SEARCH_KEYS')}</VisuallyHidden>
      <Button variant="outline" size="sm" disabled={total === 0} onClick={() => onStep(-1)}>
        {t('GITOPS_LOGS_MATCH_PREVIOUS')}
      </Button>
      <Button variant="outline" size="sm" disabled={total === 0} onClick={() => onStep(1)}>
        {t('GITOPS_LOGS_MATCH_NEXT')}
      </Button>
      <span role="status" aria-live="polite" className="gitops-logs-match-count">
        {matchText(query, total, current)}
      </span>
    </SearchRow>
  );
}
