import * as React from 'react';
import type { ApplicationCondition } from '../../model';
import { t } from '../../host';
import { Section } from './Section';
import { Table } from './tableStyles';
import { Time } from './Time';

/** Every condition Argo CD reports, exactly as reported (type, message, time). */
export function ConditionsPanel({ conditions }: { conditions: readonly ApplicationCondition[] }) {
  if (conditions.length === 0) return null;
  return (
    <Section title={t('GITOPS_SECTION_CONDITIONS')}>
      <Table>
        <thead>
          <tr>
            <th scope="col">{t('GITOPS_COL_TYPE')}</th>
            <th scope="col">{t('GITOPS_COL_MESSAGE')}</th>
            <th scope="col">{t('GITOPS_COL_TIME')}</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((c, i) => (
            <tr key={`${c.type}-${i}`}>
              <td>{c.type}</td>
              <td>{c.message ?? ''}</td>
              <td>
                <Time value={c.lastTransitionTime} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}
