import * as React from 'react';
import { t } from '../../host';
import type { Application, ApplicationDestination } from '../../model/application/types';
import { schemaIssueMessage, type SchemaIssue } from '../../model/schema/appSchemaValidate';
import { reviewSummary } from '../../model/wizard/reviewSummary';
import { LocationLabelNotice, SharedTargetWarning } from './Notices';
import { RequestPreview, type RequestPreviewProps } from './RequestPreview';
import { RequestFold, ReviewSummary } from './ReviewSummary';
import { Help, Notice } from './styles';

export interface ReviewStepProps extends RequestPreviewProps {
  /** Problems of the body against the Application schema. */
  issues: SchemaIssue[];
  sharedWith: string[];
  /** The draft lacks the location label; the body has it back. */
  restoredLabel: boolean;
  mode: 'create' | 'edit';
  /** Edit: the saved application the draft started from, to show what changes. */
  base?: Application;
  /** The clusters Argo CD knows, to name the destination by name and server. */
  clusters?: ApplicationDestination[];
  /** The DevOps project's cluster. */
  ownCluster?: string;
}

function IssueList({ issues }: { issues: SchemaIssue[] }) {
  return (
    <ul>
      {issues.map((issue, i) => {
        const { key, params } = schemaIssueMessage(issue);
        return <li key={i}>{t(key, params)}</li>;
      })}
    </ul>
  );
}

/**
 * What will be sent, in words first (and, when editing, what changes), then anything worth a
 * second look, and the exact request folded at the end for those who want it.
 */
export function ReviewStep({ issues, sharedWith, restoredLabel, mode, base, clusters, ownCluster, ...request }: ReviewStepProps) {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const body = request.body as Application;
  const summary = React.useMemo(
    () => reviewSummary({ mode, body, restoredLabel, base, clusters, ownCluster }),
    [mode, body, restoredLabel, base, clusters, ownCluster],
  );
  return (
    <>
      <Help>{t('GITOPS_WIZARD_SUMMARY_HELP')}</Help>
      {errors.length > 0 ? (
        <Notice tone="error" role="alert" data-testid="wizard-schema-errors">
          <p>{t('GITOPS_WIZARD_REVIEW_ERRORS')}</p>
          <IssueList issues={errors} />
        </Notice>
      ) : null}
      {warnings.length > 0 ? (
        <Notice tone="warning">
          <IssueList issues={warnings} />
        </Notice>
      ) : null}
      {restoredLabel ? <LocationLabelNotice /> : null}
      <SharedTargetWarning names={sharedWith} />
      <ReviewSummary summary={summary} />
      <RequestFold data-testid="wizard-request">
        <summary>{t('GITOPS_WIZARD_REQUEST_PREVIEW')}</summary>
        <div>
          <Help>{t('GITOPS_WIZARD_REVIEW_HELP')}</Help>
          <RequestPreview {...request} />
        </div>
      </RequestFold>
    </>
  );
}
