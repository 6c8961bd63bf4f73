import * as React from 'react';
import { t } from '../../host';
import { curlCommand } from '../../model/wizard/wizardSubmit';
import { CopyButton } from './CopyButton';
import { Code, Field, Row } from './styles';
import { useFieldId } from './useFieldId';

export interface RequestPreviewProps {
  method: 'POST' | 'PUT';
  /** Same-origin path, as the console sends it. */
  path: string;
  body: unknown;
}

/**
 * The exact JSON that will be sent and the equivalent `curl` command, each with a copy button.
 * Written out again only when the body changes: in the YAML view the page renders at every
 * keystroke, and the body of a long manifest takes a while to stringify.
 */
export const RequestPreview = React.memo(function RequestPreview({ method, path, body }: RequestPreviewProps) {
  const id = useFieldId('request');
  const json = JSON.stringify(body, null, 2);
  const url = `${typeof window === 'undefined' ? '' : window.location.origin}${path}`;
  const curl = curlCommand(method, url, body);
  return (
    <>
      <Field>
        <Row>
          <span className="gitops-wizard-label" id={`${id}-json`}>
            {t('GITOPS_WIZARD_REQUEST_BODY', { method, path })}
          </span>
          <CopyButton text={json} label={t('GITOPS_WIZARD_COPY_JSON')} />
        </Row>
        <Code aria-labelledby={`${id}-json`} tabIndex={0} data-testid="wizard-request-json">
          {json}
        </Code>
      </Field>
      <Field>
        <Row>
          <span className="gitops-wizard-label" id={`${id}-curl`}>
            {t('GITOPS_WIZARD_REQUEST_CURL')}
          </span>
          <CopyButton text={curl} label={t('GITOPS_WIZARD_COPY_CURL')} />
        </Row>
        <Code aria-labelledby={`${id}-curl`} tabIndex={0}>
          {curl}
        </Code>
      </Field>
    </>
  );
});
