import * as React from 'react';
import { t } from '../../host';
import { schemaIssueMessage, type SchemaIssue } from '../../model/schema/appSchemaValidate';
import { LocationLabelNotice, SharedTargetWarning } from './Notices';
import { RequestPreview, type RequestPreviewProps } from './RequestPreview';
import { Help, Notice } from './styles';

export interface ReviewStepProps extends RequestPreviewProps {
  /** Problems of the body against the Application schema. */
  issues: SchemaIssue[];
  sharedWith: string[];
  /** The draft lacks the location label; the body has it back. */
  restoredLabel: boolean;
}

/** What will be sent, exactly, and anything worth a second look before it is. */
export function ReviewStep({ issues, sharedWith, restoredLabel, ...request }: ReviewStepProps) {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return (
    <>
      <Help>{t('GITOPS_WIZARD_REVIEW_HELP')}</Help>
      {errors.length > 0 ? (
        <Notice tone="error" role="alert" data-testid="wizard-schema-errors">
          <p>{t('GITOPS_WIZARD_REVIEW_ERRORS')}</p>
          <ul>
            {errors.map((issue, i) => {
              const { key, params } = schemaIssueMessage(issue);
              return <li key={i}>{t(key, params)}</li>;
            })}
          </ul>
        </Notice>
      ) : null}
      {warnings.length > 0 ? (
        <Notice tone="warning">
          <ul>
            {warnings.map((issue, i) => {
              const { key, params } = schemaIssueMessage(issue);
              return <li key={i}>{t(key, params)}</li>;
            })}
          </ul>
        </Notice>
      ) : null}
      {restoredLabel ? <LocationLabelNotice /> : null}
      <SharedTargetWarning names={sharedWith} />
      <RequestPreview {...request} />
    </>
  );
}
