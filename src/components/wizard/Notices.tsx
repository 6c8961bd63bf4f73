import * as React from 'react';
import { Button } from '@kubed/components';
import { t } from '../../host';
import { LABEL_ARGOCD_LOCATION } from '../../model/application/types';
import type { SubmitFailure } from '../../model/wizard/wizardErrors';
import { submitErrorKey } from '../common/errorText';
import { formatList } from '../common/localeFormat';
import { ConfirmButton } from './ConfirmButton';
import { Notice, Row } from './styles';

/** A failed request in our words, with the server's own text under it. Focusable, so it can be focused when it appears. */
export const SubmitErrorNotice = React.forwardRef<HTMLDivElement, { failure: SubmitFailure; mode: 'create' | 'edit'; name: string }>(
  function SubmitErrorNotice({ failure, mode, name }, ref) {
    return (
      <Notice tone="error" role="alert" ref={ref} tabIndex={-1} data-testid="wizard-submit-error">
        <p>{t(submitErrorKey(failure, mode), { name })}</p>
        {failure.serverMessage ? (
          <p className="gitops-wizard-server-message">{t('GITOPS_WIZARD_SERVER_SAID', { message: failure.serverMessage })}</p>
        ) : null}
      </Notice>
    );
  },
);

/** Other applications of the project deploy the same repository path to the same place. */
export function SharedTargetWarning({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <Notice tone="warning" data-testid="wizard-shared-warning">
      <p>{t('GITOPS_WIZARD_SHARED_TARGET', { names: formatList(names) })}</p>
      <p>{t('GITOPS_WIZARD_SHARED_TARGET_WHY')}</p>
    </Notice>
  );
}

/** The location label is missing from the YAML; it will be put back. */
export function LocationLabelNotice() {
  return (
    <Notice tone="warning" role="status" data-testid="wizard-label-notice">
      <p>{t('GITOPS_WIZARD_LABEL_MISSING', { label: LABEL_ARGOCD_LOCATION })}</p>
    </Notice>
  );
}

/** A draft from an earlier visit was restored; it can be thrown away, after a second click, from the same line. */
export function DraftRestoredNotice({ onDiscard }: { onDiscard(): void }) {
  return (
    <Notice tone="info" data-testid="wizard-draft-restored">
      <Row>
        <p>{t('GITOPS_WIZARD_DRAFT_RESTORED')}</p>
        <ConfirmButton
          label={t('GITOPS_WIZARD_DISCARD')}
          question={t('GITOPS_WIZARD_DISCARD_CONFIRM')}
          confirmLabel={t('GITOPS_WIZARD_DISCARD_YES')}
          onConfirm={onDiscard}
        />
      </Row>
    </Notice>
  );
}

/**
 * The draft was thrown away and the form starts again. It takes the focus, since the button that
 * was focused is gone, and says where the user now stands.
 */
export function DraftDiscardedNotice({ mode }: { mode: 'create' | 'edit' }) {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => ref.current?.focus(), []);
  return (
    <Notice tone="info" role="status" ref={ref} tabIndex={-1} data-testid="wizard-draft-discarded">
      <p>{t(mode === 'edit' ? 'GITOPS_WIZARD_DRAFT_DISCARDED_EDIT' : 'GITOPS_WIZARD_DRAFT_DISCARDED_CREATE')}</p>
    </Notice>
  );
}

export interface ConflictNoticeProps {
  /** Fields both the user and someone else changed; empty when only a 409 told of the change. */
  conflicts: string[];
  onReapply(): void;
  busy: boolean;
}

/** The application changed since it was opened: offer to re-apply the user's edits onto the latest version. */
export const ConflictNotice = React.forwardRef<HTMLDivElement, ConflictNoticeProps>(function ConflictNotice(
  { conflicts, onReapply, busy },
  ref,
) {
  return (
    <Notice tone="warning" role="alert" ref={ref} tabIndex={-1} data-testid="wizard-conflict">
      <p>{t('GITOPS_WIZARD_CONFLICT')}</p>
      {conflicts.length > 0 ? (
        <>
          <p>{t('GITOPS_WIZARD_CONFLICT_FIELDS')}</p>
          <ul>
            {conflicts.map((path) => (
              <li key={path}>
                <code>{path}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Row>
        <Button type="button" color="secondary" disabled={busy} onClick={onReapply}>
          {t('GITOPS_WIZARD_CONFLICT_REAPPLY')}
        </Button>
      </Row>
    </Notice>
  );
});

/** After re-applying: what the user should look at before sending again. */
export function ReappliedNotice({ conflicts }: { conflicts: string[] }) {
  return (
    <Notice tone="info" role="status" data-testid="wizard-reapplied">
      <p>{t('GITOPS_WIZARD_REAPPLIED')}</p>
      {conflicts.length > 0 ? <p>{t('GITOPS_WIZARD_REAPPLIED_KEPT', { fields: formatList(conflicts) })}</p> : null}
    </Notice>
  );
}

export interface SaveProgressNoticeProps {
  /** A 409 came back while the server's copy lags a recent write; it is being sent again. */
  catchingUp?: boolean;
  /** The server had not caught up in time: nothing saved, nothing lost. */
  lagging?: boolean;
  /** Saved, while the user went on changing the draft. */
  savedMeanwhile?: boolean;
}

/** A save held up by the server's lagging reads: a passing state, so said calmly, never as an error. */
export function SaveProgressNotice({ catchingUp, lagging, savedMeanwhile }: SaveProgressNoticeProps) {
  const key = catchingUp
    ? 'GITOPS_WIZARD_CATCHING_UP'
    : lagging
      ? 'GITOPS_WIZARD_LAGGING'
      : savedMeanwhile
        ? 'GITOPS_WIZARD_SAVED_MEANWHILE'
        : undefined;
  if (!key) return null;
  return (
    <Notice tone="info" role="status" data-testid="wizard-save-progress">
      <p>{t(key)}</p>
    </Notice>
  );
}
