import * as React from 'react';
import { labelled, t } from '../../host';
import type { FieldError, FieldId, FormErrors } from '../../model/wizard/wizardValidate';
import { SharedTargetWarning } from '../../components/wizard/Notices';
import { RequestPreview, type RequestPreviewProps } from '../../components/wizard/RequestPreview';
import { ErrorText, Help, Notice } from '../../components/wizard/styles';

const FIELD_LABELS: Record<FieldId, string> = {
  name: 'GITOPS_WIZARD_NAME',
  alias: 'GITOPS_WIZARD_ALIAS',
  description: 'GITOPS_WIZARD_DESCRIPTION',
  repoURL: 'GITOPS_WIZARD_REPO_URL',
  revision: 'GITOPS_WIZARD_REVISION',
  path: 'GITOPS_WIZARD_PATH',
  valueFiles: 'GITOPS_WIZARD_HELM_VALUE_FILES',
  parameters: 'GITOPS_WIZARD_HELM_PARAMETERS',
  images: 'GITOPS_WIZARD_KUSTOMIZE_IMAGES',
  cluster: 'GITOPS_WIZARD_CLUSTER',
  namespace: 'GITOPS_WIZARD_NAMESPACE',
  retryLimit: 'GITOPS_WIZARD_RETRY_LIMIT',
  retryDuration: 'GITOPS_WIZARD_RETRY_DURATION',
  retryFactor: 'GITOPS_WIZARD_RETRY_FACTOR',
  retryMaxDuration: 'GITOPS_WIZARD_RETRY_MAX_DURATION',
};

export interface YamlProblemsProps {
  errors: FormErrors;
  nameProblem?: FieldError;
  sharedWith: string[];
  request: RequestPreviewProps;
  /** Id of the sentence explaining why submitting (and the form) is blocked. */
  blockedId: string;
  invalid: boolean;
}

/**
 * The request, folded. Written out only while unfolded: for a manifest of thousands of lines the
 * JSON and the curl command take a while to write, and the draft changes as the user types.
 */
function RequestDetails({ request }: { request: RequestPreviewProps }) {
  const [open, setOpen] = React.useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('GITOPS_WIZARD_REQUEST_PREVIEW')}</summary>
      {open ? (
        <>
          <Help>{t('GITOPS_WIZARD_REVIEW_HELP')}</Help>
          <RequestPreview {...request} />
        </>
      ) : null}
    </details>
  );
}

/** Under the YAML editor: what the form would flag, the shared-target warning, and the request that will be sent. */
export function YamlProblems({ errors, nameProblem, sharedWith, request, blockedId, invalid }: YamlProblemsProps) {
  const entries = Object.entries(errors) as Array<[FieldId, FieldError]>;
  return (
    <>
      {invalid ? <ErrorText id={blockedId}>{t('GITOPS_WIZARD_YAML_BLOCKED')}</ErrorText> : <span id={blockedId} hidden />}
      {nameProblem ? (
        <Notice tone="error" role="alert">
          <p>{t(nameProblem.key, nameProblem.params)}</p>
        </Notice>
      ) : null}
      {entries.length > 0 ? (
        <Notice tone="error" data-testid="wizard-yaml-form-errors">
          <p>{t('GITOPS_WIZARD_YAML_FIELD_ERRORS')}</p>
          <ul>
            {entries.map(([field, error]) => (
              <li key={field}>{labelled(t(FIELD_LABELS[field]), t(error.key, error.params))}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <SharedTargetWarning names={sharedWith} />
      <RequestDetails request={request} />
    </>
  );
}
