import * as React from 'react';
import styled from 'styled-components';
import { t } from '../../host';
import type {
  ReviewChanges,
  ReviewSummary as Summary,
  SectionId,
  SummaryChange,
  SummaryRow,
  SummaryValue,
} from '../../model/wizard/reviewSummary';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { colors } from '../theme';
import { useFieldId } from './useFieldId';

const SECTION_TITLES: Record<SectionId, string> = {
  basic: 'GITOPS_WIZARD_STEP_BASIC',
  source: 'GITOPS_WIZARD_STEP_SOURCE',
  destination: 'GITOPS_WIZARD_STEP_DESTINATION',
  sync: 'GITOPS_WIZARD_STEP_SYNC',
  label: 'GITOPS_WIZARD_SUMMARY_LABEL',
};

const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(380px, 100%), 1fr));
  gap: 12px;
`;

const Box = styled.section`
  background: ${colors.surface.default};
  border: 1px solid ${colors.border.default};
  border-radius: 4px;
  padding: 12px 16px;
  min-width: 0;
  h3 {
    margin: 0 0 10px;
    font-size: 12px;
    font-weight: 600;
    color: ${colors.text.primary};
  }
  code {
    font-family: Monaco, Menlo, Consolas, monospace;
    /* The console colours code for its own pages; on this background that fails contrast. */
    color: ${colors.text.primary};
    background: ${colors.surface.muted};
    border-radius: 2px;
    padding: 0 4px;
  }
  code::before,
  code::after {
    content: none;
  }
`;

/** The console's attribute list: the label on the left, muted; the value on the right. */
const Attributes = styled.dl`
  display: grid;
  grid-template-columns: minmax(110px, max-content) minmax(0, 1fr);
  gap: 6px 20px;
  margin: 0;
  line-height: 1.67;
  dt {
    color: ${colors.text.muted};
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
    color: ${colors.text.primary};
    overflow-wrap: anywhere;
  }
  a {
    color: ${colors.text.link};
  }
  /* A label's key is too long for the left column: it takes the whole line, its value the next. */
  .gitops-review-wide {
    grid-column: 1 / -1;
  }
  dd.gitops-review-wide {
    margin-top: -4px;
  }
`;

const Plain = styled.ul`
  && {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  && > li {
    margin: 0;
  }
`;

const Note = styled.span`
  display: block;
  color: ${colors.text.muted};
`;

const Arrow = styled.span`
  padding: 0 6px;
  color: ${colors.text.muted};
`;

/** A value as text: words through `t`, the user's and the server's text as it is, links only for http(s). */
function Value({ value, inline }: { value: SummaryValue; inline?: boolean }) {
  switch (value.kind) {
    case 'text':
      return value.code ? <code>{value.text}</code> : <>{value.text}</>;
    case 'link':
      return (
        <a href={value.href} target="_blank" rel="noopener noreferrer">
          {value.text}
        </a>
      );
    case 'message':
      return <>{t(value.key, value.params)}</>;
    case 'list':
      // In a change, both sides stay on one line around the arrow.
      return inline ? (
        <>
          {value.items.map((item, i) => (
            <React.Fragment key={i}>
              {i > 0 ? ', ' : null}
              <Value value={item} />
            </React.Fragment>
          ))}
        </>
      ) : (
        <Plain>
          {value.items.map((item, i) => (
            <li key={i}>
              <Value value={item} />
            </li>
          ))}
        </Plain>
      );
  }
}

function Label({ row }: { row: Pick<SummaryRow, 'label' | 'rawLabel'> }) {
  return row.rawLabel ? <code>{row.label}</code> : <>{t(row.label)}</>;
}

const NOT_SET: SummaryValue = { kind: 'message', key: 'GITOPS_WIZARD_SUMMARY_NOT_SET' };

const wide = (row: { rawLabel?: boolean }) => (row.rawLabel ? 'gitops-review-wide' : undefined);

function Change({ change }: { change: SummaryChange }) {
  return (
    <>
      <dt className={wide(change)}>
        <Label row={change} />
      </dt>
      <dd className={wide(change)}>
        <Value value={change.before ?? NOT_SET} inline />
        <Arrow aria-hidden="true">→</Arrow>
        <VisuallyHidden> {t('GITOPS_WIZARD_SUMMARY_CHANGED_TO')} </VisuallyHidden>
        <Value value={change.after ?? NOT_SET} inline />
      </dd>
    </>
  );
}

/** Edit: what differs from the saved application, field by field: old → new. */
function Changes({ changes }: { changes: ReviewChanges }) {
  const id = useFieldId('changes');
  const none = changes.rows.length === 0 && changes.other.length === 0;
  return (
    <Box aria-labelledby={id} data-testid="wizard-review-changes">
      <h3 id={id}>{t('GITOPS_WIZARD_SUMMARY_CHANGES')}</h3>
      {none ? <p>{t('GITOPS_WIZARD_SUMMARY_NO_CHANGES')}</p> : null}
      {changes.rows.length > 0 ? (
        <Attributes>
          {changes.rows.map((change) => (
            <Change key={change.id} change={change} />
          ))}
        </Attributes>
      ) : null}
      {changes.other.length > 0 ? (
        <>
          <p>{t('GITOPS_WIZARD_SUMMARY_OTHER_CHANGES')}</p>
          <Plain>
            {changes.other.map((path) => (
              <li key={path}>
                <code>{path}</code>
              </li>
            ))}
          </Plain>
        </>
      ) : null}
    </Box>
  );
}

function Section({ id, rows }: { id: SectionId; rows: SummaryRow[] }) {
  const headingId = useFieldId(`summary-${id}`);
  return (
    <Box aria-labelledby={headingId} data-testid={`wizard-review-${id}`}>
      <h3 id={headingId}>{t(SECTION_TITLES[id])}</h3>
      <Attributes>
        {rows.map((row) => (
          <React.Fragment key={row.id}>
            <dt className={wide(row)}>
              <Label row={row} />
            </dt>
            <dd className={wide(row)}>
              <Value value={row.value} />
              {row.note ? (
                <Note>
                  <Value value={row.note} />
                </Note>
              ) : null}
            </dd>
          </React.Fragment>
        ))}
      </Attributes>
    </Box>
  );
}

/** What the request amounts to, in the console's attribute lists; when editing, the changes come first. */
export function ReviewSummary({ summary }: { summary: Summary }) {
  return (
    <>
      {summary.changes ? <Changes changes={summary.changes} /> : null}
      <Columns data-testid="wizard-review-summary">
        {summary.sections.map((section) => (
          <Section key={section.id} id={section.id} rows={section.rows} />
        ))}
      </Columns>
    </>
  );
}

/** The exact request, folded under the summary; the native element opens with Enter or Space. */
export const RequestFold = styled.details`
  border: 1px solid ${colors.border.default};
  border-radius: 4px;
  padding: 8px 12px;
  > summary {
    cursor: pointer;
    font-weight: 600;
    color: ${colors.text.primary};
    list-style: none;
  }
  > summary::-webkit-details-marker {
    display: none;
  }
  /* A drawn chevron, the same in every browser and theme; a text one would be read out. */
  > summary::before {
    content: '';
    display: inline-block;
    width: 6px;
    height: 6px;
    margin: 0 10px 2px 2px;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  &[open] > summary::before {
    transform: rotate(45deg);
  }
  > summary:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: 2px;
  }
  > div {
    display: flex;
    flex-direction: column;
    gap: 12px;
    margin-top: 12px;
  }
`;
