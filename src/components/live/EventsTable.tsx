import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import type { EventRow } from '../../model/live/events';
import { t } from '../../host';
import { formatAgo, formatDateTime, toMillis } from '../common/localeFormat';
import { Empty, Table } from '../detail/tableStyles';
import { StatusGlyph } from '../status/StatusBadge';
import { VisuallyHidden } from '../common/VisuallyHidden';

const Type = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 4px;
  white-space: nowrap;
`;

const ObjectName = styled.span`
  color: ${colors.text.muted};
  overflow-wrap: anywhere;
`;

export interface EventsTableProps {
  events: readonly EventRow[];
  now: number;
  /** Show which object each event is about (a workload's table includes its pods'). */
  showObject?: boolean;
  caption: string;
}

/** Kubernetes events, warnings first: type, reason, message, count and when last seen. */
export function EventsTable({ events, now, showObject, caption }: EventsTableProps) {
  if (events.length === 0) return <Empty>{t('GITOPS_LIVE_EVENTS_EMPTY')}</Empty>;
  return (
    <Table>
      <caption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('GITOPS_LIVE_EVENT_TYPE')}</th>
          <th scope="col">{t('GITOPS_LIVE_EVENT_REASON')}</th>
          {showObject ? <th scope="col">{t('GITOPS_LIVE_EVENT_OBJECT')}</th> : null}
          <th scope="col">{t('GITOPS_LIVE_EVENT_MESSAGE')}</th>
          <th scope="col">{t('GITOPS_LIVE_EVENT_COUNT')}</th>
          <th scope="col">{t('GITOPS_LIVE_EVENT_LAST_SEEN')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const warning = e.type === 'Warning';
          const last = toMillis(e.lastSeen);
          return (
            <tr key={e.key}>
              <td>
                <Type>
                  <StatusGlyph severity={warning ? 'warning' : 'info'} icon={warning ? 'Warning' : 'Information'} />
                  {warning ? t('GITOPS_LIVE_EVENT_WARNING') : e.type === 'Normal' ? t('GITOPS_LIVE_EVENT_NORMAL') : e.type}
                </Type>
              </td>
              <td>{e.reason}</td>
              {showObject ? (
                <td>
                  <ObjectName>{`${e.object.kind}/${e.object.name}`}</ObjectName>
                </td>
              ) : null}
              <td>{e.message}</td>
              <td>{e.count}</td>
              <td title={formatDateTime(last) ?? undefined}>{last === null ? '' : (formatAgo(last, now) ?? t('GITOPS_LIVE_JUST_NOW'))}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
