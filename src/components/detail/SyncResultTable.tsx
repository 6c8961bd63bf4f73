import * as React from 'react';
import { Button } from '@kubed/components';
import { hookPhaseOf, isHookResult, type ResourceResult } from '../../model';
import { t } from '../../host';
import { PhaseCode, ResultCode } from '../status/CodeBadges';
import { Section } from './Section';
import { Empty, Table } from './tableStyles';

/** Rows added per "show more": thousands of rows at once would stall the page. */
export const RESULT_PAGE = 100;

/** A hook's type and phase; nothing for an ordinary resource, whose hookPhase stays `Running` after the sync. */
function HookCell({ r }: { r: ResourceResult }) {
  if (!isHookResult(r)) return null;
  const phase = hookPhaseOf(r);
  return (
    <>
      {r.hookType} {phase ? <PhaseCode code={phase} /> : null}
    </>
  );
}

/** What the last sync did to each resource. */
export function SyncResultTable({ results }: { results: readonly ResourceResult[] }) {
  const [limit, setLimit] = React.useState(RESULT_PAGE);
  const shown = results.slice(0, limit);
  const hasHooks = results.some(isHookResult);
  return (
    <Section title={t('GITOPS_SECTION_SYNC_RESULT')}>
      {results.length === 0 ? (
        <Empty>{t('GITOPS_SYNC_RESULT_EMPTY')}</Empty>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <th scope="col">{t('GITOPS_COL_KIND')}</th>
                <th scope="col">{t('GITOPS_COL_NAMESPACE')}</th>
                <th scope="col">{t('GITOPS_COL_NAME')}</th>
                <th scope="col">{t('GITOPS_COL_RESULT')}</th>
                {hasHooks ? <th scope="col">{t('GITOPS_COL_HOOK')}</th> : null}
                <th scope="col">{t('GITOPS_COL_SYNC_PHASE')}</th>
                <th scope="col">{t('GITOPS_COL_MESSAGE')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <tr key={`${r.group ?? ''}/${r.kind ?? ''}/${r.namespace ?? ''}/${r.name ?? ''}/${i}`}>
                  <td>{r.kind ?? ''}</td>
                  <td>{r.namespace ?? ''}</td>
                  <td>{r.name ?? ''}</td>
                  <td>{r.status ? <ResultCode code={r.status} /> : null}</td>
                  {hasHooks ? (
                    <td>
                      <HookCell r={r} />
                    </td>
                  ) : null}
                  <td>{r.syncPhase ?? ''}</td>
                  <td>{r.message ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          {results.length > limit ? (
            <Button variant="text" onClick={() => setLimit((n) => n + RESULT_PAGE)}>
              {t('GITOPS_SHOW_MORE', { shown: limit, total: results.length })}
            </Button>
          ) : null}
        </>
      )}
    </Section>
  );
}
