import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { Application } from '../../model/application/types';
import { t } from '../../host';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { AppRow, type RowActions } from './AppRow';
import { COLORS } from './styles';

/** KubeSphere's table look: light header, row dividers, 12px text. */
export const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-size: 12px;
  color: ${COLORS.text};
  th {
    text-align: left;
    font-weight: 600;
    color: ${COLORS.secondary};
    background: ${COLORS.headerBg};
    padding: 10px 12px;
    white-space: nowrap;
  }
  td {
    padding: 10px 12px;
    vertical-align: top;
    border-top: 1px solid ${COLORS.border};
  }
  tbody tr:hover, tbody tr.gitops-row-selected { background: ${COLORS.headerBg}; }
  .gitops-cell-check { width: 32px; }
  /* Actions stay in view when the table scrolls sideways on a narrow screen. */
  .gitops-cell-actions { white-space: nowrap; text-align: right; position: sticky; right: 0; background: ${colors.surface.default}; }
  th.gitops-cell-actions { background: ${COLORS.headerBg}; }
  tbody tr:hover .gitops-cell-actions, tbody tr.gitops-row-selected .gitops-cell-actions { background: ${COLORS.headerBg}; }
  input[type='checkbox'] { width: 16px; height: 16px; margin: 2px 0 0; cursor: pointer; }
  &[aria-busy='true'] tbody { opacity: 0.6; }
`;

const Scroll = styled.div`
  overflow-x: auto;
`;

function SelectAll({ count, selected, onChange }: { count: number; selected: number; onChange: (all: boolean) => void }) {
  const ref = React.useRef<HTMLInputElement>(null);
  const some = selected > 0 && selected < count;
  React.useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={count > 0 && selected === count}
      disabled={count === 0}
      aria-label={t('GITOPS_LIST_SELECT_ALL')}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

export interface AppTableProps {
  apps: Application[];
  now: number;
  detailTo: (name: string) => string;
  editTo?: (name: string) => string;
  /** Row selection is offered only when some bulk action is. */
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (name: string, selected: boolean) => void;
  onSelectAll: (all: boolean) => void;
  actions: RowActions;
  onSync: (name: string) => void;
  onDelete: (name: string) => void;
  sortedByName?: 'ascending' | 'descending';
  /** The rows are those of the previous page or filter while the new ones load. */
  busy?: boolean;
}

export function AppTable(props: AppTableProps) {
  const { apps, now, detailTo, editTo, selectable, selected, onSelect, onSelectAll, actions, onSync, onDelete, sortedByName, busy } = props;
  const selectedHere = apps.filter((app) => selected.has(app.metadata?.name ?? '')).length;
  return (
    <Scroll>
      <Table aria-label={t('GITOPS_APPLICATIONS')} aria-busy={busy || undefined}>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className="gitops-cell-check">
                <SelectAll count={apps.length} selected={selectedHere} onChange={onSelectAll} />
              </th>
            ) : null}
            <th scope="col" aria-sort={sortedByName}>
              {t('GITOPS_LIST_COL_NAME')}
            </th>
            <th scope="col">{t('GITOPS_LIST_HEALTH')}</th>
            <th scope="col">{t('GITOPS_LIST_SYNC')}</th>
            <th scope="col">{t('GITOPS_LIST_COL_SOURCE')}</th>
            <th scope="col">{t('GITOPS_LIST_COL_DESTINATION')}</th>
            <th scope="col">{t('GITOPS_LIST_COL_RECONCILED')}</th>
            <th scope="col" className="gitops-cell-actions">
              <VisuallyHidden>{t('GITOPS_LIST_COL_ACTIONS')}</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {apps.map((app) => {
            const name = app.metadata?.name ?? '';
            return (
              <AppRow
                key={app.metadata?.uid ?? name}
                app={app}
                now={now}
                detailTo={detailTo(name)}
                editTo={editTo?.(name)}
                selectable={selectable}
                selected={selected.has(name)}
                onSelect={onSelect}
                actions={actions}
                onSync={onSync}
                onDelete={onDelete}
              />
            );
          })}
        </tbody>
      </Table>
    </Scroll>
  );
}
