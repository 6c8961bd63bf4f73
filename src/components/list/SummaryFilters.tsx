import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { KNOWN_HEALTH_STATUSES, KNOWN_SYNC_STATUSES } from '../../model/application/types';
import { type StatusCounts, UNKNOWN_STATUS } from '../../model/list/statusCounts';
import { healthIcon, healthLabelKey, healthSeverity, syncIcon, syncLabelKey, syncSeverity } from '../../model/status/status';
import { t } from '../../host';
import { StatusBadge } from '../status/StatusBadge';
import { COLORS, Card, Muted } from './styles';

export type SummaryKind = 'health' | 'sync';

const Bar = styled(Card)`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 12px 32px;
  padding: 12px 20px;
  margin-bottom: 12px;
`;

const Group = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
`;

const GroupTitle = styled.span`
  font-size: 12px;
  font-weight: 600;
  color: ${COLORS.secondary};
  margin-right: 4px;
`;

const FilterButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: 6px;
  height: 28px;
  padding: 0 10px;
  border: 1px solid ${COLORS.border};
  border-radius: 14px;
  background: ${colors.surface.default};
  font: inherit;
  font-size: 12px;
  cursor: pointer;
  &[aria-pressed='true'] {
    border-color: ${COLORS.text};
    background: ${COLORS.headerBg};
    box-shadow: inset 0 0 0 1px ${COLORS.text};
  }
  &:hover {
    border-color: ${colors.border.control};
  }
  &:focus-visible {
    outline: 2px solid ${COLORS.focus};
    outline-offset: 1px;
  }
`;

const Count = styled.span`
  font-weight: 600;
  color: ${COLORS.text};
`;

/** Known codes first in their usual order, then any code this console has not seen before. */
export function summaryCodes(known: readonly string[], counts: Record<string, number> | undefined, active: string): string[] {
  const present = (code: string) => (counts?.[code] ?? 0) > 0 || code === active;
  const extra = Object.keys(counts ?? {}).filter((code) => !known.includes(code));
  return [...known, ...extra].filter(present);
}

interface GroupProps {
  kind: SummaryKind;
  title: string;
  codes: string[];
  counts: Record<string, number> | undefined;
  active: string;
  onToggle: (kind: SummaryKind, code: string) => void;
}

function FilterGroup({ kind, title, codes, counts, active, onToggle }: GroupProps) {
  const labelKey = kind === 'health' ? healthLabelKey : syncLabelKey;
  const severity = kind === 'health' ? healthSeverity : syncSeverity;
  const icon = kind === 'health' ? healthIcon : syncIcon;
  return (
    <Group role="group" aria-label={title}>
      <GroupTitle aria-hidden="true">{title}</GroupTitle>
      {codes.length === 0 ? <Muted>{t('GITOPS_LIST_SUMMARY_NONE')}</Muted> : null}
      {codes.map((code) => {
        const key = labelKey(code);
        const label = key ? t(key) : code;
        const pressed = code === active;
        return (
          <FilterButton
            key={code}
            type="button"
            aria-pressed={pressed}
            title={
              pressed
                ? t('GITOPS_LIST_FILTER_CLEAR_HINT')
                : code === UNKNOWN_STATUS
                  ? t('GITOPS_LIST_FILTER_UNKNOWN_HINT')
                  : t('GITOPS_LIST_FILTER_HINT', { status: label })
            }
            onClick={() => onToggle(kind, code)}
          >
            <StatusBadge severity={severity(code)} icon={icon(code)} label={label} />
            <Count>{counts?.[code] ?? 0}</Count>
          </FilterButton>
        );
      })}
    </Group>
  );
}

export interface SummaryFiltersProps {
  /** The chips' counts (`statusCounts`): each group adds up to the total. */
  counts?: StatusCounts;
  /** The summary could not be loaded; the list still works, only the counts are missing. */
  failed?: boolean;
  health: string;
  sync: string;
  onToggle: (kind: SummaryKind, code: string) => void;
}

/**
 * Counts per health and per sync status, every application counted once per group: those
 * without a status label under Unknown, as the table shows them. Each count is a toggle that
 * filters the list by its status.
 */
export function SummaryFilters({ counts, failed, health, sync, onToggle }: SummaryFiltersProps) {
  if (!counts) {
    return (
      <Bar aria-label={t('GITOPS_LIST_SUMMARY')} aria-busy={!failed}>
        <Muted>{failed ? t('GITOPS_LIST_SUMMARY_FAILED') : t('GITOPS_LOADING')}</Muted>
      </Bar>
    );
  }
  return (
    <Bar aria-label={t('GITOPS_LIST_SUMMARY')}>
      <Group>
        <GroupTitle>{t('GITOPS_LIST_TOTAL_APPS')}</GroupTitle>
        <Count>{counts.total}</Count>
      </Group>
      <FilterGroup
        kind="health"
        title={t('GITOPS_LIST_HEALTH')}
        codes={summaryCodes(KNOWN_HEALTH_STATUSES, counts.health, health)}
        counts={counts.health}
        active={health}
        onToggle={onToggle}
      />
      <FilterGroup
        kind="sync"
        title={t('GITOPS_LIST_SYNC')}
        codes={summaryCodes(KNOWN_SYNC_STATUSES, counts.sync, sync)}
        counts={counts.sync}
        active={sync}
        onToggle={onToggle}
      />
    </Bar>
  );
}
