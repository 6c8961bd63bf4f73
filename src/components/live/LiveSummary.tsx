import * as React from 'react';
import styled from 'styled-components';
import { Button } from '@kubed/components';
import { colors } from '../theme';
import { conditionRows, objectFacts, TIME_FACTS } from '../../model/live/objectSummary';
import type { ContainerSummary, PodSummary } from '../../model/live/podSummary';
import { t } from '../../host';
import { formatDateTime } from '../common/localeFormat';
import { Fields } from '../detail/Section';
import { Table } from '../detail/tableStyles';
import { PodStatus } from './PodStatus';

const Heading = styled.h3`
  font-size: 12px;
  font-weight: 600;
  color: ${colors.text.primary};
  margin: 16px 0 8px;
`;

const Bad = styled.span`
  color: ${colors.text.danger};
  font-weight: 600;
`;

const Mono = styled.span`
  font-family: Monaco, Menlo, Consolas, monospace;
  font-size: 12px;
  overflow-wrap: anywhere;
`;

function factValue(labelKey: string, value: string | number): string {
  return TIME_FACTS.has(labelKey) && typeof value === 'string' ? (formatDateTime(value) ?? value) : String(value);
}

function Conditions({ object }: { object: unknown }) {
  const rows = conditionRows(object);
  if (rows.length === 0) return null;
  return (
    <>
      <Heading>{t('GITOPS_LIVE_CONDITIONS')}</Heading>
      <Table>
        <thead>
          <tr>
            <th scope="col">{t('GITOPS_LIVE_CONDITION_TYPE')}</th>
            <th scope="col">{t('GITOPS_LIVE_CONDITION_STATUS')}</th>
            <th scope="col">{t('GITOPS_LIVE_CONDITION_REASON')}</th>
            <th scope="col">{t('GITOPS_LIVE_CONDITION_MESSAGE')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.type}>
              <td>{c.type}</td>
              <td>{c.bad ? <Bad>{c.status}</Bad> : c.status}</td>
              <td>{c.reason ?? ''}</td>
              <td>{c.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

function containerState(c: ContainerSummary): string {
  const word = c.reason ?? c.state;
  return c.exitCode !== undefined ? t('GITOPS_LIVE_CONTAINER_EXIT', { reason: word, code: c.exitCode }) : word;
}

function lastTermination(c: ContainerSummary): string {
  const last = c.lastTerminated;
  if (!last) return '';
  const when = formatDateTime(last.finishedAt) ?? '';
  return t('GITOPS_LIVE_CONTAINER_LAST', { reason: last.reason ?? '', code: last.exitCode ?? '', time: when });
}

export interface PodContainersProps {
  pod: PodSummary;
  /** Open the logs of a container (its previous run when `previous`). */
  onLogs?(container: string, previous: boolean): void;
}

/** A pod's containers: image, state, readiness, restarts, the last crash, and a way to their logs. */
function PodContainers({ pod, onLogs }: PodContainersProps) {
  return (
    <>
      <Heading>{t('GITOPS_LIVE_CONTAINERS')}</Heading>
      <Table>
        <thead>
          <tr>
            <th scope="col">{t('GITOPS_LIVE_CONTAINER_NAME')}</th>
            <th scope="col">{t('GITOPS_LIVE_CONTAINER_IMAGE')}</th>
            <th scope="col">{t('GITOPS_LIVE_CONTAINER_STATE')}</th>
            <th scope="col">{t('GITOPS_LIVE_CONTAINER_RESTARTS')}</th>
            <th scope="col">{t('GITOPS_LIVE_CONTAINER_LAST_TERMINATION')}</th>
            {onLogs ? <th scope="col">{t('GITOPS_LIVE_CONTAINER_LOGS')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {pod.containers.map((c) => (
            <tr key={`${c.init ? 'init:' : ''}${c.name}`}>
              <td>{c.init ? t('GITOPS_LIVE_CONTAINER_INIT', { name: c.name }) : c.name}</td>
              <td>
                <Mono>{c.image}</Mono>
              </td>
              <td>{c.ready ? containerState(c) : <Bad>{containerState(c)}</Bad>}</td>
              <td>{c.restartCount}</td>
              <td>{lastTermination(c)}</td>
              {onLogs ? (
                <td>
                  <Button
                    variant="text"
                    size="sm"
                    onClick={() => onLogs(c.name, false)}
                    aria-label={t('GITOPS_LIVE_LOGS_OF', { container: c.name })}
                  >
                    {t('GITOPS_LIVE_LOGS')}
                  </Button>
                  {c.lastTerminated ? (
                    <Button
                      variant="text"
                      size="sm"
                      onClick={() => onLogs(c.name, true)}
                      aria-label={t('GITOPS_LIVE_PREVIOUS_LOGS_OF', { container: c.name })}
                    >
                      {t('GITOPS_LIVE_PREVIOUS_LOGS')}
                    </Button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

export interface LiveSummaryProps {
  kind: string;
  object: unknown;
  /** For a pod: its summary, and the way to its logs. */
  pod?: PodSummary;
  onLogs?(container: string, previous: boolean): void;
}

/** How the live object is doing: the kind's facts, a pod's containers, the conditions. */
export function LiveSummary({ kind, object, pod, onLogs }: LiveSummaryProps) {
  const facts = objectFacts(kind, object);
  return (
    <div className="gitops-live-summary">
      <Fields>
        {pod ? (
          <>
            <dt>{t('GITOPS_LIVE_FACT_STATUS')}</dt>
            <dd>
              <PodStatus pod={pod} />
            </dd>
            <dt>{t('GITOPS_LIVE_FACT_READY')}</dt>
            <dd>{pod.ready}</dd>
            <dt>{t('GITOPS_LIVE_FACT_RESTARTS')}</dt>
            <dd>{pod.restarts}</dd>
            {pod.node ? (
              <>
                <dt>{t('GITOPS_LIVE_FACT_NODE')}</dt>
                <dd>{pod.node}</dd>
              </>
            ) : null}
            {pod.unschedulable ? (
              <>
                <dt>{t('GITOPS_LIVE_FACT_UNSCHEDULABLE')}</dt>
                <dd>{pod.unschedulable.message}</dd>
              </>
            ) : null}
          </>
        ) : null}
        {facts.map((f) => (
          <React.Fragment key={f.labelKey}>
            <dt>{t(f.labelKey)}</dt>
            <dd>{factValue(f.labelKey, f.value)}</dd>
          </React.Fragment>
        ))}
      </Fields>
      {pod ? <PodContainers pod={pod} onLogs={onLogs} /> : null}
      <Conditions object={object} />
    </div>
  );
}
